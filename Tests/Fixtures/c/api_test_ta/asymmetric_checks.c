/*
 * Asymmetric crypto and key derivation through libutee, as a C TA calls them:
 * ECDSA, RSA (OAEP, PKCS #1 v1.5), Ed25519, X25519, HKDF and SM2, with GP's
 * results. The vectors' own correctness is tested in TEECryptoTests; here the
 * point is the C ABI (attributes, sizes, results, panics).
 */
#include <string.h>
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

#include <api_test_ta.h>

#include "asymmetric_checks.h"

#define CHECK(cond, res) \
	do { \
		if (!(cond)) { \
			EMSG("check failed: %s", #cond); \
			params[0].value.a = __LINE__; \
			return (res); \
		} \
	} while (0)
#define CHECK_RES(expr, expected) \
	do { \
		TEE_Result r__ = (expr); \
		if (r__ != (expected)) { \
			EMSG("%s returned 0x%x, expected 0x%x", #expr, r__, (unsigned)(expected)); \
			params[0].value.a = __LINE__; \
			return r__ ? r__ : TEE_ERROR_GENERIC; \
		} \
	} while (0)

static TEE_Result sha256(const void *data, size_t length, uint8_t out[32])
{
	TEE_OperationHandle op = TEE_HANDLE_NULL;
	size_t size = 32;
	TEE_Result res = TEE_AllocateOperation(&op, TEE_ALG_SHA256, TEE_MODE_DIGEST, 0);

	if (res == TEE_SUCCESS)
		res = TEE_DigestDoFinal(op, data, length, out, &size);
	TEE_FreeOperation(op);
	return res;
}

static TEE_Result generate(uint32_t type, uint32_t size, const TEE_Attribute *attrs, uint32_t count,
			   TEE_ObjectHandle *key)
{
	TEE_Result res = TEE_AllocateTransientObject(type, size, key);

	if (res == TEE_SUCCESS)
		res = TEE_GenerateKey(*key, size, attrs, count);
	return res;
}

static TEE_Result keyed(uint32_t algorithm, uint32_t mode, uint32_t size, TEE_ObjectHandle key,
			TEE_OperationHandle *op)
{
	TEE_Result res = TEE_AllocateOperation(op, algorithm, mode, size);

	if (res == TEE_SUCCESS)
		res = TEE_SetOperationKey(*op, key);
	return res;
}

static TEE_Result check_ecdsa(TEE_Param params[4])
{
	TEE_ObjectHandle key = TEE_HANDLE_NULL, pub = TEE_HANDLE_NULL;
	TEE_OperationHandle sign = TEE_HANDLE_NULL, verify = TEE_HANDLE_NULL;
	TEE_Attribute curve;
	uint8_t digest[32], signature[80];
	size_t size = 10;

	TEE_InitValueAttribute(&curve, TEE_ATTR_ECC_CURVE, TEE_ECC_CURVE_NIST_P256, 0);
	CHECK_RES(generate(TEE_TYPE_ECDSA_KEYPAIR, 256, &curve, 1, &key), TEE_SUCCESS);
	CHECK_RES(TEE_AllocateTransientObject(TEE_TYPE_ECDSA_PUBLIC_KEY, 256, &pub), TEE_SUCCESS);
	CHECK_RES(TEE_CopyObjectAttributes1(pub, key), TEE_SUCCESS);
	CHECK_RES(sha256("abc", 3, digest), TEE_SUCCESS);
	CHECK_RES(keyed(TEE_ALG_ECDSA_SHA256, TEE_MODE_SIGN, 256, key, &sign), TEE_SUCCESS);
	CHECK_RES(TEE_AsymmetricSignDigest(sign, NULL, 0, digest, 32, signature, &size),
		  TEE_ERROR_SHORT_BUFFER);
	CHECK(size == 64, TEE_ERROR_GENERIC);
	size = sizeof(signature);
	CHECK_RES(TEE_AsymmetricSignDigest(sign, NULL, 0, digest, 32, signature, &size), TEE_SUCCESS);
	CHECK(size == 64, TEE_ERROR_GENERIC);
	CHECK_RES(keyed(TEE_ALG_ECDSA_SHA256, TEE_MODE_VERIFY, 256, pub, &verify), TEE_SUCCESS);
	CHECK_RES(TEE_AsymmetricVerifyDigest(verify, NULL, 0, digest, 32, signature, 64), TEE_SUCCESS);
	signature[5] ^= 1;
	CHECK_RES(TEE_AsymmetricVerifyDigest(verify, NULL, 0, digest, 32, signature, 64),
		  TEE_ERROR_SIGNATURE_INVALID);
	CHECK_RES(TEE_IsAlgorithmSupported(TEE_ALG_ECDSA_SHA256, TEE_ECC_CURVE_NIST_P256), TEE_SUCCESS);
	CHECK_RES(TEE_IsAlgorithmSupported(TEE_ALG_ECDSA_SHA256, TEE_ECC_CURVE_NIST_P384),
		  TEE_ERROR_NOT_SUPPORTED);
	TEE_FreeOperation(sign);
	TEE_FreeOperation(verify);
	TEE_FreeTransientObject(key);
	TEE_FreeTransientObject(pub);
	return TEE_SUCCESS;
}

static TEE_Result check_rsa(TEE_Param params[4])
{
	static const char message[] = "attack at dawn";
	TEE_ObjectHandle key = TEE_HANDLE_NULL;
	TEE_OperationHandle enc = TEE_HANDLE_NULL, dec = TEE_HANDLE_NULL, sign = TEE_HANDLE_NULL;
	TEE_OperationHandle verify = TEE_HANDLE_NULL;
	TEE_Attribute label;
	uint8_t cipher[128], plain[128], digest[32], signature[128];
	size_t size = sizeof(cipher);
	TEE_OperationInfo info;

	CHECK_RES(generate(TEE_TYPE_RSA_KEYPAIR, 1024, NULL, 0, &key), TEE_SUCCESS);
	TEE_InitRefAttribute(&label, TEE_ATTR_RSA_OAEP_LABEL, "label", 5);
	CHECK_RES(keyed(TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA256, TEE_MODE_ENCRYPT, 1024, key, &enc),
		  TEE_SUCCESS);
	CHECK_RES(TEE_AsymmetricEncrypt(enc, &label, 1, message, sizeof(message), cipher, &size),
		  TEE_SUCCESS);
	CHECK(size == 128, TEE_ERROR_GENERIC);
	CHECK_RES(keyed(TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA256, TEE_MODE_DECRYPT, 1024, key, &dec),
		  TEE_SUCCESS);
	size = 4;
	CHECK_RES(TEE_AsymmetricDecrypt(dec, &label, 1, cipher, 128, plain, &size),
		  TEE_ERROR_SHORT_BUFFER);
	CHECK(size == sizeof(message), TEE_ERROR_GENERIC);
	size = sizeof(plain);
	CHECK_RES(TEE_AsymmetricDecrypt(dec, &label, 1, cipher, 128, plain, &size), TEE_SUCCESS);
	CHECK(size == sizeof(message) && !TEE_MemCompare(plain, message, size), TEE_ERROR_GENERIC);
	/* Whatever is wrong with a ciphertext, the result is the same. */
	size = sizeof(plain);
	CHECK_RES(TEE_AsymmetricDecrypt(dec, NULL, 0, cipher, 128, plain, &size),
		  TEE_ERROR_BAD_PARAMETERS);
	cipher[100] ^= 1;
	CHECK_RES(TEE_AsymmetricDecrypt(dec, &label, 1, cipher, 128, plain, &size),
		  TEE_ERROR_BAD_PARAMETERS);

	CHECK_RES(sha256(message, sizeof(message), digest), TEE_SUCCESS);
	CHECK_RES(keyed(TEE_ALG_RSASSA_PKCS1_V1_5_SHA256, TEE_MODE_SIGN, 1024, key, &sign), TEE_SUCCESS);
	TEE_GetOperationInfo(sign, &info);
	CHECK(info.digestLength == 32 && info.keySize == 1024 &&
	      (info.handleState & TEE_HANDLE_FLAG_KEY_SET), TEE_ERROR_GENERIC);
	size = sizeof(signature);
	CHECK_RES(TEE_AsymmetricSignDigest(sign, NULL, 0, digest, 32, signature, &size), TEE_SUCCESS);
	CHECK_RES(keyed(TEE_ALG_RSASSA_PKCS1_V1_5_SHA256, TEE_MODE_VERIFY, 1024, key, &verify),
		  TEE_SUCCESS);
	CHECK_RES(TEE_AsymmetricVerifyDigest(verify, NULL, 0, digest, 32, signature, size), TEE_SUCCESS);
	CHECK_RES(TEE_AsymmetricVerifyDigest(verify, NULL, 0, digest, 32, signature, size - 1),
		  TEE_ERROR_SIGNATURE_INVALID);
	TEE_FreeOperation(enc);
	TEE_FreeOperation(dec);
	TEE_FreeOperation(sign);
	TEE_FreeOperation(verify);
	TEE_FreeTransientObject(key);
	return TEE_SUCCESS;
}

/* RFC 8032 7.1, test 1 (empty message). */
static TEE_Result check_ed25519(TEE_Param params[4])
{
	static const uint8_t secret[32] = {
		0x9d, 0x61, 0xb1, 0x9d, 0xef, 0xfd, 0x5a, 0x60, 0xba, 0x84, 0x4a, 0xf4, 0x92, 0xec, 0x2c, 0xc4,
		0x44, 0x49, 0xc5, 0x69, 0x7b, 0x32, 0x69, 0x19, 0x70, 0x3b, 0xac, 0x03, 0x1c, 0xae, 0x7f, 0x60,
	};
	static const uint8_t public[32] = {
		0xd7, 0x5a, 0x98, 0x01, 0x82, 0xb1, 0x0a, 0xb7, 0xd5, 0x4b, 0xfe, 0xd3, 0xc9, 0x64, 0x07, 0x3a,
		0x0e, 0xe1, 0x72, 0xf3, 0xda, 0xa6, 0x23, 0x25, 0xaf, 0x02, 0x1a, 0x68, 0xf7, 0x07, 0x51, 0x1a,
	};
	static const uint8_t expected[64] = {
		0xe5, 0x56, 0x43, 0x00, 0xc3, 0x60, 0xac, 0x72, 0x90, 0x86, 0xe2, 0xcc, 0x80, 0x6e, 0x82, 0x8a,
		0x84, 0x87, 0x7f, 0x1e, 0xb8, 0xe5, 0xd9, 0x74, 0xd8, 0x73, 0xe0, 0x65, 0x22, 0x49, 0x01, 0x55,
		0x5f, 0xb8, 0x82, 0x15, 0x90, 0xa3, 0x3b, 0xac, 0xc6, 0x1e, 0x39, 0x70, 0x1c, 0xf9, 0xb4, 0x6b,
		0xd2, 0x5b, 0xf5, 0xf0, 0x59, 0x5b, 0xbe, 0x24, 0x65, 0x51, 0x41, 0x43, 0x8e, 0x7a, 0x10, 0x0b,
	};
	TEE_ObjectHandle key = TEE_HANDLE_NULL;
	TEE_OperationHandle sign = TEE_HANDLE_NULL;
	TEE_Attribute attrs[2], ctx;
	uint8_t signature[64];
	size_t size = sizeof(signature);

	TEE_InitRefAttribute(&attrs[0], TEE_ATTR_ED25519_PUBLIC_VALUE, public, sizeof(public));
	TEE_InitRefAttribute(&attrs[1], TEE_ATTR_ED25519_PRIVATE_VALUE, secret, sizeof(secret));
	CHECK_RES(TEE_AllocateTransientObject(TEE_TYPE_ED25519_KEYPAIR, 256, &key), TEE_SUCCESS);
	CHECK_RES(TEE_PopulateTransientObject(key, attrs, 2), TEE_SUCCESS);
	CHECK_RES(keyed(TEE_ALG_ED25519, TEE_MODE_SIGN, 256, key, &sign), TEE_SUCCESS);
	CHECK_RES(TEE_AsymmetricSignDigest(sign, NULL, 0, NULL, 0, signature, &size), TEE_SUCCESS);
	CHECK(size == 64 && !TEE_MemCompare(signature, expected, 64), TEE_ERROR_GENERIC);
	/* Ed25519ctx needs OpenSSL 3.2: the backend says so instead of panicking. */
	TEE_InitRefAttribute(&ctx, TEE_ATTR_EDDSA_CTX, "ctx", 3);
	CHECK_RES(TEE_AsymmetricSignDigest(sign, &ctx, 1, NULL, 0, signature, &size),
		  TEE_ERROR_NOT_SUPPORTED);
	TEE_FreeOperation(sign);
	TEE_FreeTransientObject(key);
	return TEE_SUCCESS;
}

static TEE_Result x25519_secret(TEE_ObjectHandle key, TEE_ObjectHandle peer, uint8_t out[32])
{
	TEE_OperationHandle op = TEE_HANDLE_NULL;
	TEE_ObjectHandle derived = TEE_HANDLE_NULL;
	TEE_Attribute attr;
	uint8_t pub[32];
	size_t size = sizeof(pub);
	TEE_Result res = TEE_GetObjectBufferAttribute(peer, TEE_ATTR_X25519_PUBLIC_VALUE, pub, &size);

	if (res == TEE_SUCCESS)
		res = keyed(TEE_ALG_X25519, TEE_MODE_DERIVE, 256, key, &op);
	if (res == TEE_SUCCESS)
		res = TEE_AllocateTransientObject(TEE_TYPE_GENERIC_SECRET, 256, &derived);
	if (res == TEE_SUCCESS) {
		TEE_InitRefAttribute(&attr, TEE_ATTR_X25519_PUBLIC_VALUE, pub, size);
		TEE_DeriveKey(op, &attr, 1, derived);
		size = 32;
		res = TEE_GetObjectBufferAttribute(derived, TEE_ATTR_SECRET_VALUE, out, &size);
	}
	TEE_FreeOperation(op);
	TEE_FreeTransientObject(derived);
	return res;
}

static TEE_Result check_x25519(TEE_Param params[4])
{
	TEE_ObjectHandle a = TEE_HANDLE_NULL, b = TEE_HANDLE_NULL;
	uint8_t ab[32], ba[32];

	CHECK_RES(generate(TEE_TYPE_X25519_KEYPAIR, 256, NULL, 0, &a), TEE_SUCCESS);
	CHECK_RES(generate(TEE_TYPE_X25519_KEYPAIR, 256, NULL, 0, &b), TEE_SUCCESS);
	CHECK_RES(x25519_secret(a, b, ab), TEE_SUCCESS);
	CHECK_RES(x25519_secret(b, a, ba), TEE_SUCCESS);
	CHECK(!TEE_MemCompare(ab, ba, 32), TEE_ERROR_GENERIC);
	TEE_FreeTransientObject(a);
	TEE_FreeTransientObject(b);
	return TEE_SUCCESS;
}

/* RFC 5869 A.1 through OP-TEE's HKDF extension. */
static TEE_Result check_hkdf(TEE_Param params[4])
{
	static const uint8_t salt[13] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
	static const uint8_t info[10] = { 0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9 };
	static const uint8_t okm[42] = {
		0x3c, 0xb2, 0x5f, 0x25, 0xfa, 0xac, 0xd5, 0x7a, 0x90, 0x43, 0x4f, 0x64, 0xd0, 0x36,
		0x2f, 0x2a, 0x2d, 0x2d, 0x0a, 0x90, 0xcf, 0x1a, 0x5a, 0x4c, 0x5d, 0xb0, 0x2d, 0x56,
		0xec, 0xc4, 0xc5, 0xbf, 0x34, 0x00, 0x72, 0x08, 0xd5, 0xb8, 0x87, 0x18, 0x58, 0x65,
	};
	uint8_t ikm[22], out[42];
	TEE_ObjectHandle key = TEE_HANDLE_NULL, derived = TEE_HANDLE_NULL;
	TEE_OperationHandle op = TEE_HANDLE_NULL;
	TEE_Attribute attrs[3];
	size_t size = sizeof(out);
	TEE_ObjectInfo info_out;

	TEE_MemFill(ikm, 0x0b, sizeof(ikm));
	TEE_InitRefAttribute(&attrs[0], TEE_ATTR_HKDF_IKM, ikm, sizeof(ikm));
	CHECK_RES(TEE_AllocateTransientObject(TEE_TYPE_HKDF_IKM, 512, &key), TEE_SUCCESS);
	CHECK_RES(TEE_PopulateTransientObject(key, attrs, 1), TEE_SUCCESS);
	CHECK_RES(keyed(TEE_ALG_HKDF_SHA256_DERIVE_KEY, TEE_MODE_DERIVE, 512, key, &op), TEE_SUCCESS);
	CHECK_RES(TEE_AllocateTransientObject(TEE_TYPE_GENERIC_SECRET, 512, &derived), TEE_SUCCESS);
	TEE_InitRefAttribute(&attrs[0], __OPTEE_TEE_ATTR_HKDF_SALT, salt, sizeof(salt));
	TEE_InitRefAttribute(&attrs[1], __OPTEE_TEE_ATTR_HKDF_INFO, info, sizeof(info));
	TEE_InitValueAttribute(&attrs[2], TEE_ATTR_HKDF_OKM_LENGTH, sizeof(okm), 0);
	TEE_DeriveKey(op, attrs, 3, derived);
	TEE_GetObjectInfo1(derived, &info_out);
	CHECK(info_out.objectType == TEE_TYPE_GENERIC_SECRET && info_out.objectSize == 42 * 8,
	      TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetObjectBufferAttribute(derived, TEE_ATTR_SECRET_VALUE, out, &size), TEE_SUCCESS);
	CHECK(size == 42 && !TEE_MemCompare(out, okm, 42), TEE_ERROR_GENERIC);
	TEE_FreeOperation(op);
	TEE_FreeTransientObject(key);
	TEE_FreeTransientObject(derived);
	return TEE_SUCCESS;
}

/* SM2 signatures over an SM3 digest, and SM2 encryption (C1 || C3 || C2). */
static TEE_Result check_sm2(TEE_Param params[4])
{
	static const char message[] = "SM2";
	TEE_ObjectHandle dsa = TEE_HANDLE_NULL, pke = TEE_HANDLE_NULL;
	TEE_OperationHandle op = TEE_HANDLE_NULL;
	TEE_Attribute curve;
	uint8_t e[32] = { 1, 2, 3 }, signature[64], cipher[128], plain[16];
	size_t size = sizeof(signature);

	TEE_InitValueAttribute(&curve, TEE_ATTR_ECC_CURVE, TEE_ECC_CURVE_SM2, 0);
	CHECK_RES(generate(TEE_TYPE_SM2_DSA_KEYPAIR, 256, &curve, 1, &dsa), TEE_SUCCESS);
	CHECK_RES(keyed(TEE_ALG_SM2_DSA_SM3, TEE_MODE_SIGN, 256, dsa, &op), TEE_SUCCESS);
	CHECK_RES(TEE_AsymmetricSignDigest(op, NULL, 0, e, sizeof(e), signature, &size), TEE_SUCCESS);
	TEE_FreeOperation(op);
	CHECK_RES(keyed(TEE_ALG_SM2_DSA_SM3, TEE_MODE_VERIFY, 256, dsa, &op), TEE_SUCCESS);
	CHECK_RES(TEE_AsymmetricVerifyDigest(op, NULL, 0, e, sizeof(e), signature, size), TEE_SUCCESS);
	TEE_FreeOperation(op);

	CHECK_RES(generate(TEE_TYPE_SM2_PKE_KEYPAIR, 256, &curve, 1, &pke), TEE_SUCCESS);
	CHECK_RES(keyed(TEE_ALG_SM2_PKE, TEE_MODE_ENCRYPT, 256, pke, &op), TEE_SUCCESS);
	size = sizeof(cipher);
	CHECK_RES(TEE_AsymmetricEncrypt(op, NULL, 0, message, sizeof(message), cipher, &size), TEE_SUCCESS);
	CHECK(size == 97 + sizeof(message), TEE_ERROR_GENERIC);
	TEE_FreeOperation(op);
	CHECK_RES(keyed(TEE_ALG_SM2_PKE, TEE_MODE_DECRYPT, 256, pke, &op), TEE_SUCCESS);
	size = sizeof(plain);
	CHECK_RES(TEE_AsymmetricDecrypt(op, NULL, 0, cipher, 97 + sizeof(message), plain, &size),
		  TEE_SUCCESS);
	CHECK(size == sizeof(message) && !TEE_MemCompare(plain, message, size), TEE_ERROR_GENERIC);
	TEE_FreeOperation(op);
	TEE_FreeTransientObject(dsa);
	TEE_FreeTransientObject(pke);
	return TEE_SUCCESS;
}

TEE_Result check_asymmetric(TEE_Param params[4])
{
	TEE_Result (*const checks[])(TEE_Param[4]) = { check_ecdsa, check_rsa, check_ed25519, check_x25519,
						       check_hkdf, check_sm2 };

	for (size_t i = 0; i < sizeof(checks) / sizeof(checks[0]); i++) {
		TEE_Result res = checks[i](params);

		if (res != TEE_SUCCESS)
			return res;
	}
	return TEE_SUCCESS;
}

void asymmetric_misuse(uint32_t which)
{
	TEE_ObjectHandle key = TEE_HANDLE_NULL, derived = TEE_HANDLE_NULL;
	TEE_OperationHandle op = TEE_HANDLE_NULL;
	TEE_Attribute attrs[2];
	uint8_t bytes[64] = { 0 };
	size_t size = sizeof(bytes);

	switch (which) {
	case ASYM_MISUSE_DIGEST_LENGTH:
		/* A 20-byte digest for SHA-256: OP-TEE's libutee panics. */
		generate(TEE_TYPE_RSA_KEYPAIR, 1024, NULL, 0, &key);
		keyed(TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA256, TEE_MODE_SIGN, 1024, key, &op);
		TEE_AsymmetricSignDigest(op, NULL, 0, bytes, 20, bytes, &size);
		break;
	case ASYM_MISUSE_OFF_CURVE:
		/* ECDH with the point (0, 0), which is not on P-256. */
		TEE_InitValueAttribute(&attrs[0], TEE_ATTR_ECC_CURVE, TEE_ECC_CURVE_NIST_P256, 0);
		generate(TEE_TYPE_ECDH_KEYPAIR, 256, attrs, 1, &key);
		keyed(TEE_ALG_ECDH_DERIVE_SHARED_SECRET, TEE_MODE_DERIVE, 256, key, &op);
		TEE_AllocateTransientObject(TEE_TYPE_GENERIC_SECRET, 256, &derived);
		TEE_InitRefAttribute(&attrs[0], TEE_ATTR_ECC_PUBLIC_VALUE_X, bytes, 32);
		TEE_InitRefAttribute(&attrs[1], TEE_ATTR_ECC_PUBLIC_VALUE_Y, bytes, 32);
		TEE_DeriveKey(op, attrs, 2, derived);
		break;
	case ASYM_MISUSE_KEY_TYPE:
		/* An X25519 key for ECDSA. */
		generate(TEE_TYPE_X25519_KEYPAIR, 256, NULL, 0, &key);
		keyed(TEE_ALG_ECDSA_SHA256, TEE_MODE_SIGN, 256, key, &op);
		break;
	default:
		return;
	}
}
