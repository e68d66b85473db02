// SPDX-License-Identifier: BSD-2-Clause
/*
 * Cryptographic operations (GP TEE Internal Core API 1.3.1 chapter 6): not
 * implemented yet; issue 4 replaces this file. Until then a TA that uses
 * them compiles and links, and every call says so instead of pretending:
 *  - TEE_Result functions return TEE_ERROR_NOT_IMPLEMENTED (an output
 *    handle is set to TEE_HANDLE_NULL first, output sizes are untouched);
 *    TEE_IsAlgorithmSupported() answers TEE_ERROR_NOT_SUPPORTED;
 *  - TEE_FreeOperation(TEE_HANDLE_NULL) is the no-op GP 1.3 makes it; no
 *    other operation handle can exist, so freeing one is a TA bug (panic
 *    TEE_ERROR_BAD_PARAMETERS);
 *  - void functions that would need the backend panic with
 *    TEE_ERROR_NOT_IMPLEMENTED.
 */
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

/* Stubs ignore their arguments by design. */
#pragma GCC diagnostic ignored "-Wunused-parameter"

#define UNAVAILABLE	TEE_ERROR_NOT_IMPLEMENTED

static void __noreturn unavailable(void)
{
	TEE_Panic(TEE_ERROR_NOT_IMPLEMENTED);
}

/* ---- generic ---------------------------------------------------------- */

TEE_Result TEE_AllocateOperation(TEE_OperationHandle *operation,
				 uint32_t algorithm, uint32_t mode,
				 uint32_t maxKeySize)
{
	if (operation)
		*operation = TEE_HANDLE_NULL;
	return UNAVAILABLE;
}

void TEE_FreeOperation(TEE_OperationHandle operation)
{
	if (operation != TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
}

/* GP 1.1 made TEE_HANDLE_NULL a panic too, so every call is invalid. */
void __GP11_TEE_FreeOperation(TEE_OperationHandle operation)
{
	TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
}

void TEE_GetOperationInfo(TEE_OperationHandle operation,
			  TEE_OperationInfo *operationInfo)
{ unavailable(); }

TEE_Result
TEE_GetOperationInfoMultiple(TEE_OperationHandle operation,
			     TEE_OperationInfoMultiple *operationInfoMultiple,
			     size_t *operationSize)
{ return UNAVAILABLE; }

TEE_Result
__GP11_TEE_GetOperationInfoMultiple(TEE_OperationHandle operation,
				    TEE_OperationInfoMultiple *info,
				    uint32_t *operationSize)
{ return UNAVAILABLE; }

void TEE_ResetOperation(TEE_OperationHandle operation)
{ unavailable(); }

TEE_Result TEE_SetOperationKey(TEE_OperationHandle operation,
			       TEE_ObjectHandle key)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_SetOperationKey(TEE_OperationHandle operation,
				      TEE_ObjectHandle key)
{ return UNAVAILABLE; }

TEE_Result TEE_SetOperationKey2(TEE_OperationHandle operation,
				TEE_ObjectHandle key1, TEE_ObjectHandle key2)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_SetOperationKey2(TEE_OperationHandle operation,
				       TEE_ObjectHandle key1,
				       TEE_ObjectHandle key2)
{ return UNAVAILABLE; }

void TEE_CopyOperation(TEE_OperationHandle dstOperation,
		       TEE_OperationHandle srcOperation)
{ unavailable(); }

/* A query whose honest answer, for every algorithm, is "no". */
TEE_Result TEE_IsAlgorithmSupported(uint32_t algId, uint32_t element)
{
	return TEE_ERROR_NOT_SUPPORTED;
}

/* ---- message digests -------------------------------------------------- */

void TEE_DigestUpdate(TEE_OperationHandle operation, const void *chunk,
		      size_t chunkSize)
{ unavailable(); }

void __GP11_TEE_DigestUpdate(TEE_OperationHandle operation, const void *chunk,
			     uint32_t chunkSize)
{ unavailable(); }

TEE_Result TEE_DigestDoFinal(TEE_OperationHandle operation, const void *chunk,
			     size_t chunkLen, void *hash, size_t *hashLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_DigestDoFinal(TEE_OperationHandle operation,
				    const void *chunk, uint32_t chunkLen,
				    void *hash, uint32_t *hashLen)
{ return UNAVAILABLE; }

TEE_Result TEE_DigestExtract(TEE_OperationHandle operation, void *hash,
			     size_t *hashLen)
{ return UNAVAILABLE; }

/* ---- symmetric ciphers ------------------------------------------------ */

void TEE_CipherInit(TEE_OperationHandle operation, const void *IV,
		    size_t IVLen)
{ unavailable(); }

void __GP11_TEE_CipherInit(TEE_OperationHandle operation, const void *IV,
			   uint32_t IVLen)
{ unavailable(); }

TEE_Result TEE_CipherUpdate(TEE_OperationHandle operation, const void *srcData,
			    size_t srcLen, void *destData, size_t *destLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_CipherUpdate(TEE_OperationHandle operation,
				   const void *srcData, uint32_t srcLen,
				   void *destData, uint32_t *destLen)
{ return UNAVAILABLE; }

TEE_Result TEE_CipherDoFinal(TEE_OperationHandle operation,
			     const void *srcData, size_t srcLen,
			     void *destData, size_t *destLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_CipherDoFinal(TEE_OperationHandle operation,
				    const void *srcData, uint32_t srcLen,
				    void *destData, uint32_t *destLen)
{ return UNAVAILABLE; }

/* ---- MACs ------------------------------------------------------------- */

void TEE_MACInit(TEE_OperationHandle operation, const void *IV, size_t IVLen)
{ unavailable(); }

void __GP11_TEE_MACInit(TEE_OperationHandle operation, const void *IV,
			uint32_t IVLen)
{ unavailable(); }

void TEE_MACUpdate(TEE_OperationHandle operation, const void *chunk,
		   size_t chunkSize)
{ unavailable(); }

void __GP11_TEE_MACUpdate(TEE_OperationHandle operation, const void *chunk,
			  uint32_t chunkSize)
{ unavailable(); }

TEE_Result TEE_MACComputeFinal(TEE_OperationHandle operation,
			       const void *message, size_t messageLen,
			       void *mac, size_t *macLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_MACComputeFinal(TEE_OperationHandle operation,
				      const void *message, uint32_t messageLen,
				      void *mac, uint32_t *macLen)
{ return UNAVAILABLE; }

TEE_Result TEE_MACCompareFinal(TEE_OperationHandle operation,
			       const void *message, size_t messageLen,
			       const void *mac, size_t macLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_MACCompareFinal(TEE_OperationHandle operation,
				      const void *message, uint32_t messageLen,
				      const void *mac, uint32_t macLen)
{ return UNAVAILABLE; }

/* ---- authenticated encryption ----------------------------------------- */

TEE_Result TEE_AEInit(TEE_OperationHandle operation, const void *nonce,
		      size_t nonceLen, uint32_t tagLen, size_t AADLen,
		      size_t payloadLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_AEInit(TEE_OperationHandle operation, const void *nonce,
			     uint32_t nonceLen, uint32_t tagLen,
			     uint32_t AADLen, uint32_t payloadLen)
{ return UNAVAILABLE; }

void TEE_AEUpdateAAD(TEE_OperationHandle operation, const void *AADdata,
		     size_t AADdataLen)
{ unavailable(); }

void __GP11_TEE_AEUpdateAAD(TEE_OperationHandle operation, const void *AADdata,
			    uint32_t AADdataLen)
{ unavailable(); }

TEE_Result TEE_AEUpdate(TEE_OperationHandle operation, const void *srcData,
			size_t srcLen, void *destData, size_t *destLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_AEUpdate(TEE_OperationHandle operation,
			       const void *srcData, uint32_t srcLen,
			       void *destData, uint32_t *destLen)
{ return UNAVAILABLE; }

TEE_Result TEE_AEEncryptFinal(TEE_OperationHandle operation,
			      const void *srcData, size_t srcLen,
			      void *destData, size_t *destLen, void *tag,
			      size_t *tagLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_AEEncryptFinal(TEE_OperationHandle operation,
				     const void *srcData, uint32_t srcLen,
				     void *destData, uint32_t *destLen,
				     void *tag, uint32_t *tagLen)
{ return UNAVAILABLE; }

TEE_Result TEE_AEDecryptFinal(TEE_OperationHandle operation,
			      const void *srcData, size_t srcLen,
			      void *destData, size_t *destLen, void *tag,
			      size_t tagLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_AEDecryptFinal(TEE_OperationHandle operation,
				     const void *srcData, uint32_t srcLen,
				     void *destData, uint32_t *destLen,
				     void *tag, uint32_t tagLen)
{ return UNAVAILABLE; }

/* ---- asymmetric operations -------------------------------------------- */

TEE_Result TEE_AsymmetricEncrypt(TEE_OperationHandle operation,
				 const TEE_Attribute *params,
				 uint32_t paramCount, const void *srcData,
				 size_t srcLen, void *destData,
				 size_t *destLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_AsymmetricEncrypt(TEE_OperationHandle operation,
					const __GP11_TEE_Attribute *params,
					uint32_t paramCount,
					const void *srcData, uint32_t srcLen,
					void *destData, uint32_t *destLen)
{ return UNAVAILABLE; }

TEE_Result TEE_AsymmetricDecrypt(TEE_OperationHandle operation,
				 const TEE_Attribute *params,
				 uint32_t paramCount, const void *srcData,
				 size_t srcLen, void *destData,
				 size_t *destLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_AsymmetricDecrypt(TEE_OperationHandle operation,
					const __GP11_TEE_Attribute *params,
					uint32_t paramCount,
					const void *srcData, uint32_t srcLen,
					void *destData, uint32_t *destLen)
{ return UNAVAILABLE; }

TEE_Result TEE_AsymmetricSignDigest(TEE_OperationHandle operation,
				    const TEE_Attribute *params,
				    uint32_t paramCount, const void *digest,
				    size_t digestLen, void *signature,
				    size_t *signatureLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_AsymmetricSignDigest(TEE_OperationHandle operation,
					   const __GP11_TEE_Attribute *params,
					   uint32_t paramCount,
					   const void *digest,
					   uint32_t digestLen, void *signature,
					   uint32_t *signatureLen)
{ return UNAVAILABLE; }

TEE_Result TEE_AsymmetricVerifyDigest(TEE_OperationHandle operation,
				      const TEE_Attribute *params,
				      uint32_t paramCount, const void *digest,
				      size_t digestLen, const void *signature,
				      size_t signatureLen)
{ return UNAVAILABLE; }

TEE_Result
__GP11_TEE_AsymmetricVerifyDigest(TEE_OperationHandle operation,
				  const __GP11_TEE_Attribute *params,
				  uint32_t paramCount, const void *digest,
				  uint32_t digestLen, const void *signature,
				  uint32_t signatureLen)
{ return UNAVAILABLE; }

/* ---- key derivation --------------------------------------------------- */

void TEE_DeriveKey(TEE_OperationHandle operation, const TEE_Attribute *params,
		   uint32_t paramCount, TEE_ObjectHandle derivedKey)
{ unavailable(); }

void __GP11_TEE_DeriveKey(TEE_OperationHandle operation,
			  const __GP11_TEE_Attribute *params,
			  uint32_t paramCount, TEE_ObjectHandle derivedKey)
{ unavailable(); }
