// SPDX-License-Identifier: BSD-2-Clause
/*
 * Asymmetric operations (GP TEE Internal Core API 1.3.1, 6.8): encryption,
 * decryption, signing and verification run in the host (TEECrypto). As in
 * OP-TEE's libutee, a call with a result its function does not define panics
 * the TA: a digest of the wrong length for the hash, a key that does not fit
 * the data. TEE_ERROR_NOT_SUPPORTED is the one exception: it says this TEE's
 * backend lacks a variant (Ed25519ctx / Ed25519ph), which a TA can handle.
 */
#include <stdlib.h>
#include <tee_internal_api.h>

#include "utee_private.h"

static uint32_t operation_id(TEE_OperationHandle operation)
{
	if (operation == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_operation_id(operation);
}

/* The results TEE_AsymmetricEncrypt / Decrypt return (OP-TEE's libutee). */
static TEE_Result cipher_result(TEE_Result res)
{
	switch (res) {
	case TEE_SUCCESS:
	case TEE_ERROR_SHORT_BUFFER:
	case TEE_ERROR_BAD_PARAMETERS:
	case TEE_ERROR_CIPHERTEXT_INVALID:
	case TEE_ERROR_NOT_SUPPORTED:
		return res;
	default:
		TEE_Panic(res);
	}
}

/* GP 1.1 defined fewer. */
static TEE_Result gp11_cipher_result(TEE_Result res)
{
	if (res != TEE_SUCCESS && res != TEE_ERROR_SHORT_BUFFER && res != TEE_ERROR_BAD_PARAMETERS)
		TEE_Panic(res);
	return res;
}

static TEE_Result sign_result(TEE_Result res)
{
	if (res != TEE_SUCCESS && res != TEE_ERROR_SHORT_BUFFER && res != TEE_ERROR_NOT_SUPPORTED)
		TEE_Panic(res);
	return res;
}

static TEE_Result verify_result(TEE_Result res)
{
	if (res != TEE_SUCCESS && res != TEE_ERROR_SIGNATURE_INVALID && res != TEE_ERROR_NOT_SUPPORTED)
		TEE_Panic(res);
	return res;
}

static void check_inputs(const void *attrs, uint32_t count, const void *data, size_t length)
{
	if ((count && !attrs) || (length && !data))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
}

typedef uint32_t (*transform_fn)(void *host, uint32_t operation, const stee_attribute *params, uint32_t count,
				 const void *src, size_t src_length, void *dst, size_t *dst_length);

static TEE_Result transform(transform_fn fn, TEE_OperationHandle operation, const stee_attribute *params,
			    uint32_t count, const void *src, size_t src_length, void *dst, size_t *dst_length)
{
	if (!dst_length)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return fn(__utee_host()->host, operation_id(operation), params, count, src, src_length, dst,
		  dst_length);
}

/* The GP 1.1 forms: 32-bit sizes and attribute lengths, converted for the host. */
static TEE_Result transform_gp11(transform_fn fn, TEE_OperationHandle operation,
				 const __GP11_TEE_Attribute *params, uint32_t count, const void *src,
				 uint32_t src_length, void *dst, uint32_t *dst_length)
{
	if (!dst_length)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	check_inputs(params, count, src, src_length);
	stee_attribute *converted = __utee_attributes_from_gp11(params, count);
	if (!converted)
		return TEE_ERROR_OUT_OF_MEMORY;
	size_t length = *dst_length;
	TEE_Result res = transform(fn, operation, converted, count, src, src_length, dst, &length);
	free(converted);
	*dst_length = (uint32_t)length;
	return res;
}

TEE_Result TEE_AsymmetricEncrypt(TEE_OperationHandle operation, const TEE_Attribute *params,
				 uint32_t paramCount, const void *srcData, size_t srcLen, void *destData,
				 size_t *destLen)
{
	check_inputs(params, paramCount, srcData, srcLen);
	return cipher_result(transform(__utee_crypto()->asymmetric_encrypt, operation,
				       (const stee_attribute *)params, paramCount, srcData, srcLen,
				       destData, destLen));
}

TEE_Result __GP11_TEE_AsymmetricEncrypt(TEE_OperationHandle operation,
					const __GP11_TEE_Attribute *params, uint32_t paramCount,
					const void *srcData, uint32_t srcLen, void *destData,
					uint32_t *destLen)
{
	return gp11_cipher_result(transform_gp11(__utee_crypto()->asymmetric_encrypt, operation,
						 params, paramCount, srcData, srcLen, destData,
						 destLen));
}

TEE_Result TEE_AsymmetricDecrypt(TEE_OperationHandle operation, const TEE_Attribute *params,
				 uint32_t paramCount, const void *srcData, size_t srcLen, void *destData,
				 size_t *destLen)
{
	check_inputs(params, paramCount, srcData, srcLen);
	return cipher_result(transform(__utee_crypto()->asymmetric_decrypt, operation,
				       (const stee_attribute *)params, paramCount, srcData, srcLen,
				       destData, destLen));
}

TEE_Result __GP11_TEE_AsymmetricDecrypt(TEE_OperationHandle operation,
					const __GP11_TEE_Attribute *params, uint32_t paramCount,
					const void *srcData, uint32_t srcLen, void *destData,
					uint32_t *destLen)
{
	return gp11_cipher_result(transform_gp11(__utee_crypto()->asymmetric_decrypt, operation,
						 params, paramCount, srcData, srcLen, destData,
						 destLen));
}

TEE_Result TEE_AsymmetricSignDigest(TEE_OperationHandle operation, const TEE_Attribute *params,
				    uint32_t paramCount, const void *digest, size_t digestLen,
				    void *signature, size_t *signatureLen)
{
	check_inputs(params, paramCount, digest, digestLen);
	return sign_result(transform(__utee_crypto()->asymmetric_sign, operation,
				     (const stee_attribute *)params, paramCount, digest, digestLen,
				     signature, signatureLen));
}

TEE_Result __GP11_TEE_AsymmetricSignDigest(TEE_OperationHandle operation,
					   const __GP11_TEE_Attribute *params, uint32_t paramCount,
					   const void *digest, uint32_t digestLen, void *signature,
					   uint32_t *signatureLen)
{
	return sign_result(transform_gp11(__utee_crypto()->asymmetric_sign, operation, params,
					  paramCount, digest, digestLen, signature, signatureLen));
}

TEE_Result TEE_AsymmetricVerifyDigest(TEE_OperationHandle operation, const TEE_Attribute *params,
				      uint32_t paramCount, const void *digest, size_t digestLen,
				      const void *signature, size_t signatureLen)
{
	check_inputs(params, paramCount, digest, digestLen);
	check_inputs(NULL, 0, signature, signatureLen);
	return verify_result(__utee_crypto()->asymmetric_verify(
		__utee_host()->host, operation_id(operation), (const stee_attribute *)params, paramCount,
		digest, digestLen, signature, signatureLen));
}

TEE_Result __GP11_TEE_AsymmetricVerifyDigest(TEE_OperationHandle operation,
					     const __GP11_TEE_Attribute *params,
					     uint32_t paramCount, const void *digest,
					     uint32_t digestLen, const void *signature,
					     uint32_t signatureLen)
{
	check_inputs(params, paramCount, digest, digestLen);
	check_inputs(NULL, 0, signature, signatureLen);
	stee_attribute *converted = __utee_attributes_from_gp11(params, paramCount);
	if (!converted)
		TEE_Panic(TEE_ERROR_OUT_OF_MEMORY);
	TEE_Result res = __utee_crypto()->asymmetric_verify(__utee_host()->host, operation_id(operation),
							    converted, paramCount, digest, digestLen,
							    signature, signatureLen);
	free(converted);
	return verify_result(res);
}
