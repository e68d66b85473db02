// SPDX-License-Identifier: BSD-2-Clause
/*
 * Cryptographic operations, generic functions (GP TEE Internal Core API
 * 1.3.1, 6.2). Operations live in the host (TEECrypto), which enforces GP's
 * state machine: a call in the wrong state or with the wrong key panics the TA.
 */
#include <tee_internal_api.h>

#include "utee_private.h"

static uint32_t operation_id(TEE_OperationHandle operation)
{
	if (operation == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_operation_id(operation);
}

TEE_Result TEE_AllocateOperation(TEE_OperationHandle *operation, uint32_t algorithm, uint32_t mode,
				 uint32_t maxKeySize)
{
	uint32_t id = 0;

	if (!operation)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = __utee_crypto()->operation_allocate(__utee_host()->host, algorithm, mode,
							     maxKeySize, &id);
	*operation = res == TEE_SUCCESS ? (TEE_OperationHandle)(uintptr_t)id : TEE_HANDLE_NULL;
	return res;
}

void TEE_FreeOperation(TEE_OperationHandle operation)
{
	if (operation == TEE_HANDLE_NULL)
		return;
	__utee_crypto()->operation_free(__utee_host()->host, operation_id(operation));
}

/* GP 1.1 did not allow freeing TEE_HANDLE_NULL. */
void __GP11_TEE_FreeOperation(TEE_OperationHandle operation)
{
	TEE_FreeOperation((TEE_OperationHandle)(uintptr_t)operation_id(operation));
}

static void read_info(TEE_OperationHandle operation, stee_operation_info *info)
{
	__utee_crypto()->operation_info(__utee_host()->host, operation_id(operation), info);
}

void TEE_GetOperationInfo(TEE_OperationHandle operation, TEE_OperationInfo *operationInfo)
{
	stee_operation_info info;

	if (!operationInfo)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	read_info(operation, &info);
	operationInfo->algorithm = info.algorithm;
	operationInfo->operationClass = info.operation_class;
	operationInfo->mode = info.mode;
	operationInfo->digestLength = info.digest_length;
	operationInfo->maxKeySize = info.max_key_size;
	operationInfo->keySize = info.key_size;
	operationInfo->requiredKeyUsage = info.required_key_usage;
	operationInfo->handleState = info.handle_state;
}

TEE_Result TEE_GetOperationInfoMultiple(TEE_OperationHandle operation,
					TEE_OperationInfoMultiple *operationInfoMultiple,
					size_t *operationSize)
{
	stee_operation_info info;

	if (!operationInfoMultiple || !operationSize)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	read_info(operation, &info);
	size_t needed = sizeof(*operationInfoMultiple) +
			info.number_of_keys * sizeof(TEE_OperationInfoKey);
	if (*operationSize < needed) {
		*operationSize = needed;
		return TEE_ERROR_SHORT_BUFFER;
	}
	operationInfoMultiple->algorithm = info.algorithm;
	operationInfoMultiple->operationClass = info.operation_class;
	operationInfoMultiple->mode = info.mode;
	operationInfoMultiple->digestLength = info.digest_length;
	operationInfoMultiple->maxKeySize = info.max_key_size;
	operationInfoMultiple->handleState = info.handle_state;
	operationInfoMultiple->operationState = info.operation_state;
	operationInfoMultiple->numberOfKeys = info.number_of_keys;
	for (uint32_t i = 0; i < info.number_of_keys && i < 2; i++) {
		operationInfoMultiple->keyInformation[i].keySize = info.key_sizes[i];
		operationInfoMultiple->keyInformation[i].requiredKeyUsage = info.required_key_usage;
	}
	*operationSize = needed;
	return TEE_SUCCESS;
}

TEE_Result __GP11_TEE_GetOperationInfoMultiple(TEE_OperationHandle operation,
					       TEE_OperationInfoMultiple *operationInfoMultiple,
					       uint32_t *operationSize)
{
	if (!operationSize)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t size = *operationSize;
	TEE_Result res = TEE_GetOperationInfoMultiple(operation, operationInfoMultiple, &size);
	*operationSize = (uint32_t)size;
	return res;
}

void TEE_ResetOperation(TEE_OperationHandle operation)
{
	__utee_crypto()->operation_reset(__utee_host()->host, operation_id(operation));
}

TEE_Result TEE_SetOperationKey(TEE_OperationHandle operation, TEE_ObjectHandle key)
{
	return __utee_crypto()->operation_set_keys(__utee_host()->host, operation_id(operation),
						   __utee_object_id(key), 0);
}

TEE_Result __GP11_TEE_SetOperationKey(TEE_OperationHandle operation, TEE_ObjectHandle key)
{
	return TEE_SetOperationKey(operation, key);
}

TEE_Result TEE_SetOperationKey2(TEE_OperationHandle operation, TEE_ObjectHandle key1,
				TEE_ObjectHandle key2)
{
	/* Both or neither: one NULL key with the other set is a programming error. */
	if ((key1 == TEE_HANDLE_NULL) != (key2 == TEE_HANDLE_NULL))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	/* The same object twice is TEE_ERROR_SECURITY, as in OP-TEE's libutee; the host
	 * says the same of two objects holding the same key. */
	if (key1 != TEE_HANDLE_NULL && key1 == key2)
		return TEE_ERROR_SECURITY;
	return __utee_crypto()->operation_set_keys(__utee_host()->host, operation_id(operation),
						   __utee_object_id(key1), __utee_object_id(key2));
}

TEE_Result __GP11_TEE_SetOperationKey2(TEE_OperationHandle operation, TEE_ObjectHandle key1,
				       TEE_ObjectHandle key2)
{
	return TEE_SetOperationKey2(operation, key1, key2);
}

void TEE_CopyOperation(TEE_OperationHandle dstOperation, TEE_OperationHandle srcOperation)
{
	__utee_crypto()->operation_copy(__utee_host()->host, operation_id(dstOperation),
					operation_id(srcOperation));
}

TEE_Result TEE_IsAlgorithmSupported(uint32_t algId, uint32_t element)
{
	return __utee_crypto()->algorithm_supported(__utee_host()->host, algId, element);
}
