// SPDX-License-Identifier: BSD-2-Clause
/*
 * Symmetric ciphers (GP TEE Internal Core API 1.3.1, 6.4). The operation lives in
 * the host (TEECrypto), which buffers blocks as GP requires and panics the TA on
 * a wrong state, key or IV.
 */
#include <tee_internal_api.h>

#include "utee_private.h"

static uint32_t operation_id(TEE_OperationHandle operation)
{
	if (operation == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_operation_id(operation);
}

void TEE_CipherInit(TEE_OperationHandle operation, const void *IV, size_t IVLen)
{
	__utee_crypto()->cipher_init(__utee_host()->host, operation_id(operation), IV,
				     IV ? IVLen : 0);
}

void __GP11_TEE_CipherInit(TEE_OperationHandle operation, const void *IV, uint32_t IVLen)
{
	TEE_CipherInit(operation, IV, IVLen);
}

TEE_Result TEE_CipherUpdate(TEE_OperationHandle operation, const void *srcData, size_t srcLen,
			    void *destData, size_t *destLen)
{
	if ((srcLen && !srcData) || !destLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->cipher_update(__utee_host()->host, operation_id(operation), srcData,
					      srcLen, destData, destLen);
}

TEE_Result __GP11_TEE_CipherUpdate(TEE_OperationHandle operation, const void *srcData,
				   uint32_t srcLen, void *destData, uint32_t *destLen)
{
	if (!destLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t length = *destLen;
	TEE_Result res = TEE_CipherUpdate(operation, srcData, srcLen, destData, &length);
	*destLen = (uint32_t)length;
	return res;
}

/* destLen may be NULL: then there is no room for output. */
TEE_Result TEE_CipherDoFinal(TEE_OperationHandle operation, const void *srcData, size_t srcLen,
			     void *destData, size_t *destLen)
{
	size_t none = 0;

	if (srcLen && !srcData)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->cipher_final(__utee_host()->host, operation_id(operation), srcData,
					     srcLen, destData, destLen ? destLen : &none);
}

TEE_Result __GP11_TEE_CipherDoFinal(TEE_OperationHandle operation, const void *srcData,
				    uint32_t srcLen, void *destData, uint32_t *destLen)
{
	size_t length = destLen ? *destLen : 0;
	TEE_Result res = TEE_CipherDoFinal(operation, srcData, srcLen, destData, &length);
	if (destLen)
		*destLen = (uint32_t)length;
	return res;
}
