// SPDX-License-Identifier: BSD-2-Clause
/*
 * Key derivation (GP TEE Internal Core API 1.3.1, 6.9): TEE_DeriveKey runs in
 * the host (TEECrypto), which writes the derived secret into the object. GP
 * gives TEE_DeriveKey no result, so every failure panics the TA there (as in
 * OP-TEE): an invalid peer key, a missing parameter, an object too small.
 */
#include <stdlib.h>
#include <tee_internal_api.h>

#include "utee_private.h"

static void derive(TEE_OperationHandle operation, const stee_attribute *params, uint32_t count,
		   TEE_ObjectHandle derivedKey)
{
	if (operation == TEE_HANDLE_NULL || derivedKey == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	__utee_crypto()->derive_key(__utee_host()->host, __utee_operation_id(operation), params, count,
				    __utee_object_id(derivedKey));
}

void TEE_DeriveKey(TEE_OperationHandle operation, const TEE_Attribute *params, uint32_t paramCount,
		   TEE_ObjectHandle derivedKey)
{
	if (paramCount && !params)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	derive(operation, (const stee_attribute *)params, paramCount, derivedKey);
}

void __GP11_TEE_DeriveKey(TEE_OperationHandle operation, const __GP11_TEE_Attribute *params,
			  uint32_t paramCount, TEE_ObjectHandle derivedKey)
{
	if (paramCount && !params)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	stee_attribute *converted = __utee_attributes_from_gp11(params, paramCount);
	if (!converted)
		TEE_Panic(TEE_ERROR_OUT_OF_MEMORY);
	derive(operation, converted, paramCount, derivedKey);
	free(converted);
}
