/*
 * Measures GP cryptography from inside a TA: one operation per call on a
 * buffer of the size asked for, timed with the kernel's monotonic clock
 * around the loop only (keys and operations are made before).
 */
#include <string.h>
#include <time.h>
#include <tee_internal_api.h>

#include <crypto_bench_ta.h>

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static TEE_Result key(uint32_t type, uint32_t bits, const TEE_Attribute *params, uint32_t count,
		      TEE_ObjectHandle *out)
{
	TEE_Result res = TEE_AllocateTransientObject(type, bits, out);

	if (!res)
		res = TEE_GenerateKey(*out, bits, params, count);
	return res;
}

static TEE_Result operation(uint32_t algorithm, uint32_t mode, TEE_ObjectHandle k, uint32_t bits,
			    TEE_OperationHandle *op)
{
	TEE_Result res = TEE_AllocateOperation(op, algorithm, mode, bits);

	if (!res && k)
		res = TEE_SetOperationKey(*op, k);
	return res;
}

static TEE_Result bench(uint32_t which, size_t size, uint32_t iterations, uint64_t *elapsed)
{
	static uint8_t in[1 << 20], out[(1 << 20) + 64];
	uint8_t iv[16] = { 0 }, tag[16];
	TEE_ObjectHandle k = TEE_HANDLE_NULL;
	TEE_OperationHandle op = TEE_HANDLE_NULL;
	TEE_Attribute curve;
	TEE_Result res = TEE_SUCCESS;
	size_t n, t;

	if (size > sizeof(in))
		return TEE_ERROR_BAD_PARAMETERS;
	switch (which) {
	case BENCH_SHA256:
		res = operation(TEE_ALG_SHA256, TEE_MODE_DIGEST, NULL, 0, &op);
		break;
	case BENCH_HMAC_SHA256:
		res = key(TEE_TYPE_HMAC_SHA256, 256, NULL, 0, &k);
		if (!res)
			res = operation(TEE_ALG_HMAC_SHA256, TEE_MODE_MAC, k, 256, &op);
		break;
	case BENCH_AES128_GCM:
	case BENCH_AES128_CTR:
		res = key(TEE_TYPE_AES, 128, NULL, 0, &k);
		if (!res)
			res = operation(which == BENCH_AES128_GCM ? TEE_ALG_AES_GCM : TEE_ALG_AES_CTR,
					TEE_MODE_ENCRYPT, k, 128, &op);
		break;
	case BENCH_AES256_CBC:
		res = key(TEE_TYPE_AES, 256, NULL, 0, &k);
		if (!res)
			res = operation(TEE_ALG_AES_CBC_NOPAD, TEE_MODE_ENCRYPT, k, 256, &op);
		break;
	case BENCH_RSA2048_SIGN:
		res = key(TEE_TYPE_RSA_KEYPAIR, 2048, NULL, 0, &k);
		if (!res)
			res = operation(TEE_ALG_RSASSA_PKCS1_V1_5_SHA256, TEE_MODE_SIGN, k, 2048, &op);
		size = 32;
		break;
	case BENCH_ECDSA_P256_SIGN:
		TEE_InitValueAttribute(&curve, TEE_ATTR_ECC_CURVE, TEE_ECC_CURVE_NIST_P256, 0);
		res = key(TEE_TYPE_ECDSA_KEYPAIR, 256, &curve, 1, &k);
		if (!res)
			res = operation(TEE_ALG_ECDSA_SHA256, TEE_MODE_SIGN, k, 256, &op);
		size = 32;
		break;
	case BENCH_ED25519_SIGN:
		res = key(TEE_TYPE_ED25519_KEYPAIR, 256, NULL, 0, &k);
		if (!res)
			res = operation(TEE_ALG_ED25519, TEE_MODE_SIGN, k, 256, &op);
		size = 32;
		break;
	default:
		return TEE_ERROR_BAD_PARAMETERS;
	}
	if (res)
		goto out;

	uint64_t start = now_ns();
	for (uint32_t i = 0; !res && i < iterations; i++) {
		n = sizeof(out);
		switch (which) {
		case BENCH_SHA256:
			res = TEE_DigestDoFinal(op, in, size, out, &n);
			break;
		case BENCH_HMAC_SHA256:
			TEE_MACInit(op, NULL, 0);
			res = TEE_MACComputeFinal(op, in, size, out, &n);
			break;
		case BENCH_AES128_GCM:
			t = sizeof(tag);
			res = TEE_AEInit(op, iv, 12, 128, 0, size);
			if (!res)
				res = TEE_AEEncryptFinal(op, in, size, out, &n, tag, &t);
			break;
		case BENCH_AES256_CBC:
		case BENCH_AES128_CTR:
			TEE_CipherInit(op, iv, 16);
			res = TEE_CipherDoFinal(op, in, size, out, &n);
			break;
		default:
			res = TEE_AsymmetricSignDigest(op, NULL, 0, in, size, out, &n);
		}
	}
	*elapsed = now_ns() - start;
out:
	TEE_FreeOperation(op);
	TEE_FreeTransientObject(k);
	return res;
}

TEE_Result TA_CreateEntryPoint(void)
{
	return TEE_SUCCESS;
}

void TA_DestroyEntryPoint(void)
{
}

TEE_Result TA_OpenSessionEntryPoint(uint32_t t, TEE_Param p[4], void **s)
{
	(void)t;
	(void)p;
	(void)s;
	return TEE_SUCCESS;
}

void TA_CloseSessionEntryPoint(void *s)
{
	(void)s;
}

TEE_Result TA_InvokeCommandEntryPoint(void *s, uint32_t cmd, uint32_t types, TEE_Param p[4])
{
	uint64_t elapsed = 0;
	(void)s;

	if (cmd != CMD_RUN ||
	    types != TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_INPUT, TEE_PARAM_TYPE_VALUE_INOUT,
				     TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE))
		return TEE_ERROR_BAD_PARAMETERS;
	TEE_Result res = bench(p[0].value.a, p[0].value.b, p[1].value.a, &elapsed);
	p[1].value.a = (uint32_t)(elapsed / 1000);
	p[1].value.b = (uint32_t)(elapsed % 1000);
	return res;
}
