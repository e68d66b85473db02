/*
 * keystore: a Swift TA that keeps an AES-256 key and an HMAC key in the secure world
 * and hands out only what it computes with them. Shared by the TA and its clients.
 */
#ifndef KEYSTORE_TA_H
#define KEYSTORE_TA_H

/* c4a1f0e2-5d3b-4e7a-9f21-8b6c0d4e3a19 */
#define TA_KEYSTORE_UUID \
	{ 0xc4a1f0e2, 0x5d3b, 0x4e7a, \
		{ 0x9f, 0x21, 0x8b, 0x6c, 0x0d, 0x4e, 0x3a, 0x19 } }

/* memref in: plaintext; memref out: nonce (12) | ciphertext | tag (16), AES-256-GCM */
#define KEYSTORE_CMD_SEAL	0
/* memref in: a sealed blob; memref out: plaintext. TEE_ERROR_MAC_INVALID if altered */
#define KEYSTORE_CMD_OPEN	1
/* memref in: message; memref out: HMAC-SHA256 (32 bytes) */
#define KEYSTORE_CMD_MAC	2

#endif
