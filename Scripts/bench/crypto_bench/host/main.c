/*
 * GP cryptography inside a TA against the same work through libcrypto in this
 * plain process, in one run. Each case runs 11 rounds of N calls (N sized to
 * about 40 ms); we print the median round's throughput for both and their
 * ratio, the slowest round's, and the per-call time.
 *
 *   crypto_bench [rounds]
 */
#include <err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/core_names.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <tee_client_api.h>

#include <crypto_bench_ta.h>

static uint8_t in[1 << 20], out[(1 << 20) + 64];

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int compare(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* ---- the TA side ----------------------------------------------------------- */

static TEEC_Session sess;

static double ta_round(int which, size_t size, uint32_t n)
{
	TEEC_Operation op;
	uint32_t origin;

	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_VALUE_INPUT, TEEC_VALUE_INOUT, TEEC_NONE, TEEC_NONE);
	op.params[0].value.a = which;
	op.params[0].value.b = size;
	op.params[1].value.a = n;
	TEEC_Result res = TEEC_InvokeCommand(&sess, CMD_RUN, &op, &origin);
	if (res)
		errx(1, "TA case %d: 0x%x origin %u", which, res, origin);
	return op.params[1].value.a / 1e6 + op.params[1].value.b / 1e9;
}

/* ---- the libcrypto side ---------------------------------------------------- */

struct direct {
	EVP_MD *sha256;
	EVP_CIPHER *algo;
	EVP_MD_CTX *md;
	EVP_MAC_CTX *mac;
	EVP_CIPHER_CTX *cipher;
	EVP_PKEY *pkey;
	EVP_PKEY_CTX *sign;
	EVP_MD_CTX *dsign;
};

/*
 * As fair to libcrypto as we know how: algorithms fetched once, keys set once, each call
 * only restarts with the same key, as the TA's operations do.
 */
static void direct_setup(int which, struct direct *d)
{
	static const uint8_t k[32] = { 1 };
	OSSL_PARAM params[] = { OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, "SHA256", 0),
				OSSL_PARAM_END };
	memset(d, 0, sizeof(*d));
	switch (which) {
	case BENCH_SHA256:
		d->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
		d->md = EVP_MD_CTX_new();
		break;
	case BENCH_HMAC_SHA256: {
		EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
		d->mac = EVP_MAC_CTX_new(mac);
		EVP_MAC_free(mac);
		EVP_MAC_init(d->mac, k, 32, params);
		break;
	}
	case BENCH_AES128_GCM:
	case BENCH_AES256_CBC:
	case BENCH_AES128_CTR:
		d->algo = EVP_CIPHER_fetch(NULL, which == BENCH_AES128_GCM ? "AES-128-GCM" :
					   which == BENCH_AES256_CBC ? "AES-256-CBC" : "AES-128-CTR", NULL);
		d->cipher = EVP_CIPHER_CTX_new();
		EVP_EncryptInit_ex2(d->cipher, d->algo, k, NULL, NULL);
		EVP_CIPHER_CTX_set_padding(d->cipher, 0);
		break;
	case BENCH_RSA2048_SIGN:
		d->pkey = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)2048);
		d->sign = EVP_PKEY_CTX_new(d->pkey, NULL);
		EVP_PKEY_sign_init(d->sign);
		EVP_PKEY_CTX_set_rsa_padding(d->sign, RSA_PKCS1_PADDING);
		EVP_PKEY_CTX_set_signature_md(d->sign, EVP_sha256());
		break;
	case BENCH_ECDSA_P256_SIGN:
		d->pkey = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
		d->sign = EVP_PKEY_CTX_new(d->pkey, NULL);
		EVP_PKEY_sign_init(d->sign);
		break;
	case BENCH_ED25519_SIGN:
		d->pkey = EVP_PKEY_Q_keygen(NULL, NULL, "ED25519");
		d->dsign = EVP_MD_CTX_new();
		break;
	}
	(void)k;
}

static double direct_round(int which, size_t size, uint32_t n, struct direct *d)
{
	static const uint8_t iv[16] = { 0 };
	unsigned int mdlen;
	size_t len;
	int l;
	uint8_t tag[16];
	double start = now();

	for (uint32_t i = 0; i < n; i++) {
		switch (which) {
		case BENCH_SHA256:
			EVP_DigestInit_ex2(d->md, d->sha256, NULL);
			EVP_DigestUpdate(d->md, in, size);
			EVP_DigestFinal_ex(d->md, out, &mdlen);
			break;
		case BENCH_HMAC_SHA256:
			EVP_MAC_init(d->mac, NULL, 0, NULL);	/* same key, new message */
			EVP_MAC_update(d->mac, in, size);
			EVP_MAC_final(d->mac, out, &len, sizeof(out));
			break;
		case BENCH_AES128_GCM:
			EVP_EncryptInit_ex2(d->cipher, NULL, NULL, iv, NULL);
			EVP_EncryptUpdate(d->cipher, out, &l, in, (int)size);
			EVP_EncryptFinal_ex(d->cipher, out + l, &l);
			EVP_CIPHER_CTX_ctrl(d->cipher, EVP_CTRL_GCM_GET_TAG, 16, tag);
			break;
		case BENCH_AES256_CBC:
		case BENCH_AES128_CTR:
			EVP_EncryptInit_ex2(d->cipher, NULL, NULL, iv, NULL);
			EVP_EncryptUpdate(d->cipher, out, &l, in, (int)size);
			EVP_EncryptFinal_ex(d->cipher, out + l, &l);
			break;
		case BENCH_RSA2048_SIGN:
		case BENCH_ECDSA_P256_SIGN:
			len = sizeof(out);
			EVP_PKEY_sign(d->sign, out, &len, in, 32);
			break;
		case BENCH_ED25519_SIGN:
			len = sizeof(out);
			EVP_DigestSignInit(d->dsign, NULL, NULL, NULL, d->pkey);
			EVP_DigestSign(d->dsign, out, &len, in, 32);
			break;
		}
	}
	return now() - start;
}

/* ---- the report ------------------------------------------------------------ */

struct bench_case {
	int which;
	const char *name;
	size_t size;
};

int main(int argc, char **argv)
{
	TEEC_Context ctx;
	TEEC_UUID uuid = TA_CRYPTO_BENCH_UUID;
	uint32_t origin;
	int rounds = argc > 1 ? atoi(argv[1]) : 11;
	static const struct bench_case cases[] = {
		{ BENCH_SHA256, "SHA-256", 1024 }, { BENCH_SHA256, "SHA-256", 16384 },
		{ BENCH_SHA256, "SHA-256", 1 << 20 },
		{ BENCH_HMAC_SHA256, "HMAC-SHA256", 1024 }, { BENCH_HMAC_SHA256, "HMAC-SHA256", 16384 },
		{ BENCH_HMAC_SHA256, "HMAC-SHA256", 1 << 20 },
		{ BENCH_AES128_GCM, "AES-128-GCM", 1024 }, { BENCH_AES128_GCM, "AES-128-GCM", 16384 },
		{ BENCH_AES128_GCM, "AES-128-GCM", 1 << 20 },
		{ BENCH_AES256_CBC, "AES-256-CBC", 1024 }, { BENCH_AES256_CBC, "AES-256-CBC", 16384 },
		{ BENCH_AES256_CBC, "AES-256-CBC", 1 << 20 },
		{ BENCH_AES128_CTR, "AES-128-CTR", 1024 }, { BENCH_AES128_CTR, "AES-128-CTR", 16384 },
		{ BENCH_AES128_CTR, "AES-128-CTR", 1 << 20 },
		{ BENCH_RSA2048_SIGN, "RSA-2048 sign", 32 }, { BENCH_ECDSA_P256_SIGN, "ECDSA-P256 sign", 32 },
		{ BENCH_ED25519_SIGN, "Ed25519 sign", 32 },
	};

	if (TEEC_InitializeContext(NULL, &ctx) ||
	    TEEC_OpenSession(&ctx, &sess, &uuid, TEEC_LOGIN_PUBLIC, NULL, NULL, &origin))
		errx(1, "cannot reach the benchmark TA");
	printf("%-16s %9s %14s %14s %7s %12s %12s\n", "case", "bytes", "TA (median)", "libcrypto",
	       "ratio", "TA slowest", "TA per call");
	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		const struct bench_case *k = &cases[c];
		struct direct d;
		double ta[64], direct[64];

		direct_setup(k->which, &d);
		/* Calls per round: about 40 ms of libcrypto work. */
		double one = direct_round(k->which, k->size, 20, &d) / 20;
		uint32_t n = one > 0 ? (uint32_t)(0.04 / one) : 1000;
		if (n < 5)
			n = 5;
		ta_round(k->which, k->size, n);	/* warm-up: keys, caches */
		for (int r = 0; r < rounds && r < 64; r++) {
			ta[r] = ta_round(k->which, k->size, n) / n;
			direct[r] = direct_round(k->which, k->size, n, &d) / n;
		}
		qsort(ta, rounds, sizeof(double), compare);
		qsort(direct, rounds, sizeof(double), compare);
		double tm = ta[rounds / 2], dm = direct[rounds / 2];
		bool throughput = k->which <= BENCH_AES128_CTR;
		if (throughput)
			printf("%-16s %9zu %9.1f MB/s %9.1f MB/s %7.2f %7.1f MB/s %9.2f us\n", k->name, k->size,
			       k->size / tm / 1e6, k->size / dm / 1e6, dm / tm, k->size / ta[rounds - 1] / 1e6,
			       tm * 1e6);
		else
			printf("%-16s %9s %10.0f op/s %10.0f op/s %7.2f %8.0f op/s %9.2f us\n", k->name, "-",
			       1 / tm, 1 / dm, dm / tm, 1 / ta[rounds - 1], tm * 1e6);
		fflush(stdout);
		EVP_MD_free(d.sha256);
		EVP_CIPHER_free(d.algo);
		EVP_MD_CTX_free(d.md);
		EVP_MAC_CTX_free(d.mac);
		EVP_CIPHER_CTX_free(d.cipher);
		EVP_PKEY_CTX_free(d.sign);
		EVP_MD_CTX_free(d.dsign);
		EVP_PKEY_free(d.pkey);
	}
	TEEC_CloseSession(&sess);
	TEEC_FinalizeContext(&ctx);
	return 0;
}
