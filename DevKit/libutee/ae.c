// SPDX-License-Identifier: BSD-2-Clause
/*
 * Authenticated encryption (GP TEE Internal Core API 1.3.1, 6.6): AES-GCM and
 * AES-CCM in the host. A refused tag is TEE_ERROR_MAC_INVALID and the final call
 * then writes no plaintext.
 */
#include <tee_internal_api.h>

#include "utee_private.h"

static uint32_t operation_id(TEE_OperationHandle operation)
{
	if (operation == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_operation_id(operation);
}

TEE_Result TEE_AEInit(TEE_OperationHandle operation, const void *nonce, size_t nonceLen,
		      uint32_t tagLen, size_t AADLen, size_t payloadLen)
{
	if (!nonce && nonceLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->ae_init(__utee_host()->host, operation_id(operation), nonce,
					nonceLen, tagLen, AADLen, payloadLen);
}

TEE_Result __GP11_TEE_AEInit(TEE_OperationHandle operation, const void *nonce, uint32_t nonceLen,
			     uint32_t tagLen, uint32_t AADLen, uint32_t payloadLen)
{
	return TEE_AEInit(operation, nonce, nonceLen, tagLen, AADLen, payloadLen);
}

void TEE_AEUpdateAAD(TEE_OperationHandle operation, const void *AADdata, size_t AADdataLen)
{
	if (AADdataLen && !AADdata)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	__utee_crypto()->ae_update_aad(__utee_host()->host, operation_id(operation), AADdata,
				       AADdataLen);
}

void __GP11_TEE_AEUpdateAAD(TEE_OperationHandle operation, const void *AADdata, uint32_t AADdataLen)
{
	TEE_AEUpdateAAD(operation, AADdata, AADdataLen);
}

TEE_Result TEE_AEUpdate(TEE_OperationHandle operation, const void *srcData, size_t srcLen,
			void *destData, size_t *destLen)
{
	if ((srcLen && !srcData) || !destLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->ae_update(__utee_host()->host, operation_id(operation), srcData,
					  srcLen, destData, destLen);
}

TEE_Result __GP11_TEE_AEUpdate(TEE_OperationHandle operation, const void *srcData, uint32_t srcLen,
			       void *destData, uint32_t *destLen)
{
	if (!destLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t length = *destLen;
	TEE_Result res = TEE_AEUpdate(operation, srcData, srcLen, destData, &length);
	*destLen = (uint32_t)length;
	return res;
}

TEE_Result TEE_AEEncryptFinal(TEE_OperationHandle operation, const void *srcData, size_t srcLen,
			      void *destData, size_t *destLen, void *tag, size_t *tagLen)
{
	if ((srcLen && !srcData) || !destLen || !tagLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->ae_encrypt_final(__utee_host()->host, operation_id(operation),
						 srcData, srcLen, destData, destLen, tag, tagLen);
}

TEE_Result __GP11_TEE_AEEncryptFinal(TEE_OperationHandle operation, const void *srcData,
				     uint32_t srcLen, void *destData, uint32_t *destLen,
				     void *tag, uint32_t *tagLen)
{
	if (!destLen || !tagLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t length = *destLen, tag_length = *tagLen;
	TEE_Result res = TEE_AEEncryptFinal(operation, srcData, srcLen, destData, &length, tag,
					    &tag_length);
	*destLen = (uint32_t)length;
	*tagLen = (uint32_t)tag_length;
	return res;
}

TEE_Result TEE_AEDecryptFinal(TEE_OperationHandle operation, const void *srcData, size_t srcLen,
			      void *destData, size_t *destLen, void *tag, size_t tagLen)
{
	if ((srcLen && !srcData) || !destLen || (tagLen && !tag))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->ae_decrypt_final(__utee_host()->host, operation_id(operation),
						 srcData, srcLen, destData, destLen, tag, tagLen);
}

TEE_Result __GP11_TEE_AEDecryptFinal(TEE_OperationHandle operation, const void *srcData,
				     uint32_t srcLen, void *destData, uint32_t *destLen,
				     void *tag, uint32_t tagLen)
{
	if (!destLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t length = *destLen;
	TEE_Result res = TEE_AEDecryptFinal(operation, srcData, srcLen, destData, &length, tag,
					    tagLen);
	*destLen = (uint32_t)length;
	return res;
}
