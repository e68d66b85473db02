// SPDX-License-Identifier: BSD-2-Clause
/* Message digests (GP TEE Internal Core API 1.3.1, 6.3). */
#include <tee_internal_api.h>

#include "utee_private.h"

static uint32_t operation_id(TEE_OperationHandle operation)
{
	if (operation == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_operation_id(operation);
}

void TEE_DigestUpdate(TEE_OperationHandle operation, const void *chunk, size_t chunkSize)
{
	if (chunkSize && !chunk)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	__utee_crypto()->digest_update(__utee_host()->host, operation_id(operation), chunk,
				       chunkSize);
}

void __GP11_TEE_DigestUpdate(TEE_OperationHandle operation, const void *chunk, uint32_t chunkSize)
{
	TEE_DigestUpdate(operation, chunk, chunkSize);
}

TEE_Result TEE_DigestDoFinal(TEE_OperationHandle operation, const void *chunk, size_t chunkLen,
			     void *hash, size_t *hashLen)
{
	if ((chunkLen && !chunk) || !hashLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->digest_final(__utee_host()->host, operation_id(operation), chunk,
					     chunkLen, hash, hashLen);
}

TEE_Result __GP11_TEE_DigestDoFinal(TEE_OperationHandle operation, const void *chunk,
				    uint32_t chunkLen, void *hash, uint32_t *hashLen)
{
	if (!hashLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t length = *hashLen;
	TEE_Result res = TEE_DigestDoFinal(operation, chunk, chunkLen, hash, &length);
	*hashLen = (uint32_t)length;
	return res;
}

TEE_Result TEE_DigestExtract(TEE_OperationHandle operation, void *hash, size_t *hashLen)
{
	if (!hashLen || (*hashLen && !hash))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->digest_extract(__utee_host()->host, operation_id(operation), hash,
					       hashLen);
}
