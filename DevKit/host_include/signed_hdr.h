/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee: the signed TA image format (OP-TEE's "shdr"), for host tools
 * that read or write .ta files. All fields are little endian.
 *
 *   struct shdr | hash[hash_size] | sig[sig_size] |
 *   struct shdr_bootstrap_ta | ELF image (img_size bytes)
 *
 * hash = SHA-256 over shdr | shdr_bootstrap_ta | ELF image; sig signs hash.
 */
#ifndef SIGNED_HDR_H
#define SIGNED_HDR_H

#include <stdint.h>

#define SHDR_MAGIC		0x4f545348	/* "HSTO" */

enum shdr_img_type {
	SHDR_TA = 0,
	SHDR_BOOTSTRAP_TA = 1,
	SHDR_ENCRYPTED_TA = 2,
	SHDR_SUBKEY = 3,
};

/* Signature algorithms (TEE_ALG_* values). */
#define SHDR_ALGO_RSASSA_PKCS1_PSS_MGF1_SHA256	0x70414930
#define SHDR_ALGO_RSASSA_PKCS1_V1_5_SHA256	0x70004830

struct shdr {
	uint32_t magic;
	uint32_t img_type;
	uint32_t img_size;
	uint32_t algo;
	uint16_t hash_size;
	uint16_t sig_size;
	/* followed by hash[hash_size] and sig[sig_size] */
};

#define SHDR_GET_SIZE(x)	(sizeof(struct shdr) + (x)->hash_size + (x)->sig_size)
#define SHDR_GET_HASH(x)	((uint8_t *)((struct shdr *)(x) + 1))
#define SHDR_GET_SIG(x)		(SHDR_GET_HASH(x) + (x)->hash_size)

struct shdr_bootstrap_ta {
	uint8_t uuid[16];	/* RFC 4122 byte order */
	uint32_t ta_version;
};

#endif /* SIGNED_HDR_H */
