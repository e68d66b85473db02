/*
 * The crypto test TA: runs one GP cryptographic operation per command with
 * keys and inputs the test sends, so published vectors go through the real
 * GP API in a real TA. Shared with Tests/IntegrationTests (CryptoTATests).
 */
#ifndef CRYPTO_TEST_TA_H
#define CRYPTO_TEST_TA_H

/* 0e5e4d9a-6b1c-4f0e-9a51-3c7d2b8e4f61 */
#define TA_CRYPTO_TEST_UUID \
	{ 0x0e5e4d9a, 0x6b1c, 0x4f0e, \
		{ 0x9a, 0x51, 0x3c, 0x7d, 0x2b, 0x8e, 0x4f, 0x61 } }

/*
 * Every command: params[0] VALUE_INOUT: a = algorithm, b = mode (low 8 bits)
 * | chunk size << 8 (0: one call; else inputs are fed in pieces of that
 * size); on return a = extra output (see below). params[1] MEMREF_INPUT: the
 * request (below). params[2] MEMREF_INPUT: the data. params[3] MEMREF_OUTPUT:
 * the result. The command's TEE_Result is the operation's.
 *
 * Request, little-endian u32 fields:
 *   u32 key count, then per key: u32 object type, u32 max size (bits),
 *       u32 attribute count, attributes;
 *   u32 parameter count, attributes (TEE_AsymmetricXxx / TEE_DeriveKey params);
 *   u32 iv/nonce length, bytes;
 *   u32 aad length, bytes;
 *   u32 value: MAC/tag length in bits (AE), expected length (compare), or
 *       derived key size in bits (derive).
 * Attribute: u32 id, then for a value attribute u32 a, u32 b; else u32
 *   length and the bytes.
 */
#define CMD_DIGEST	0	/* result: digest (SHAKE: as many bytes as the memref holds) */
#define CMD_CIPHER	1	/* result: output of Update calls + DoFinal */
#define CMD_MAC		2	/* result: the MAC */
#define CMD_MAC_COMPARE	3	/* data = message, request iv section = the MAC to compare */
#define CMD_AE_ENCRYPT	4	/* result: ciphertext then tag */
#define CMD_AE_DECRYPT	5	/* data: ciphertext then tag (tag length from the request) */
#define CMD_SIGN	6	/* data: digest; result: signature */
#define CMD_VERIFY	7	/* data: digest; request iv section = the signature */
#define CMD_ENCRYPT	8	/* asymmetric */
#define CMD_DECRYPT	9
#define CMD_DERIVE	10	/* result: the derived key's TEE_ATTR_SECRET_VALUE */
#define CMD_GENERATE	11	/* key 0 is generated with size = value, params; result: attributes */


#endif
