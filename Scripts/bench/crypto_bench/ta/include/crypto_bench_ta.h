/* The crypto benchmark TA's protocol (Scripts/bench/crypto-bench.sh). */
#ifndef CRYPTO_BENCH_TA_H
#define CRYPTO_BENCH_TA_H

/* 5b7c3e21-8f4a-4d6b-b0c9-2e1f7a9d3c55 */
#define TA_CRYPTO_BENCH_UUID \
	{ 0x5b7c3e21, 0x8f4a, 0x4d6b, \
		{ 0xb0, 0xc9, 0x2e, 0x1f, 0x7a, 0x9d, 0x3c, 0x55 } }

/*
 * CMD_RUN: params[0] VALUE_INPUT a = BENCH_* case, b = bytes per call;
 * params[1] VALUE_INOUT a = iterations in; a = elapsed ns / 1000 (µs) out,
 * b = elapsed ns % 1000. Keys are made inside the TA before the clock starts.
 */
#define CMD_RUN			0

#define BENCH_SHA256		0
#define BENCH_HMAC_SHA256	1
#define BENCH_AES128_GCM	2
#define BENCH_AES256_CBC	3
#define BENCH_AES128_CTR	4
#define BENCH_RSA2048_SIGN	5
#define BENCH_ECDSA_P256_SIGN	6
#define BENCH_ED25519_SIGN	7

#endif
