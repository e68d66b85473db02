/* The API test TA's commands, shared with the integration tests (TEECTests). */
#ifndef API_TEST_TA_H
#define API_TEST_TA_H

/* ee3c9ed2-05ff-4b7d-b4a0-5bc33fabc681 */
#define TA_API_TEST_UUID \
	{ 0xee3c9ed2, 0x05ff, 0x4b7d, \
		{ 0xb4, 0xa0, 0x5b, 0xc3, 0x3f, 0xab, 0xc6, 0x81 } }

/*
 * Every checking command returns TEE_SUCCESS, or the failing check's result
 * with value[0].a = its source line (value[0] is always VALUE_OUTPUT).
 */
#define CMD_PROPERTIES		0	/* value out */
#define CMD_MEMORY		1	/* value out, memref inout (client memory, >= 64 bytes) */
#define CMD_MALLOC_ZERO_USE	2	/* writes through TEE_Malloc(0): must fault */
#define CMD_PANIC		3	/* value in: a = panic code */
#define CMD_FAULT		4	/* value in: a = FAULT_* */
#define CMD_WAIT		5	/* value inout: a = ms in; a = TEE_Wait result, b = cancel flag out */
#define CMD_TIME		6	/* value out: a = REE seconds, b = ms a 50 ms TEE_Wait took */
#define CMD_PERSISTENT_GET	7	/* value out: a = seconds, b = millis; returns GP's result */
#define CMD_PERSISTENT_SET	8	/* value in: a = seconds, b = millis */
#define CMD_RANDOM		9	/* memref out: filled by TEE_GenerateRandom */
#define CMD_CALL_TIMEOUT	10	/* value inout: a = callee wait ms, b = timeout ms in;
				   a = result, b = origin out */
#define CMD_CALL_SELF		11	/* value out: a = result, b = origin of opening this TA */
#define CMD_CALL_PROPAGATE	12	/* value inout: a = callee wait ms in; a = result, b = origin
				   out; the caller unmasks cancellation and waits without timeout */

#define CMD_MALLOC_NO_FILL	13	/* TEE_Malloc(16, TEE_MALLOC_NO_FILL): panics on OP-TEE */
#define CMD_BIGINT		14	/* value out; big integers through the host's backend */

/* Asymmetric crypto and key derivation (asymmetric_checks.c). */
#define CMD_ASYMMETRIC		40	/* value out: ECDSA, RSA, Ed25519, X25519, HKDF, SM2 */
#define CMD_ASYMMETRIC_MISUSE	41	/* value in: a = ASYM_MISUSE_*; each panics the TA */

#define ASYM_MISUSE_DIGEST_LENGTH	0	/* signing a digest of the wrong length */
#define ASYM_MISUSE_OFF_CURVE		1	/* ECDH with a peer point off the curve */
#define ASYM_MISUSE_KEY_TYPE		2	/* a key of the wrong type for the algorithm */

/* Trusted storage (storage_checks.c). */
#define CMD_STORAGE		50	/* value out: every function, flag and result from one session */
#define CMD_STORAGE_MISUSE	51	/* value in: a = STORAGE_MISUSE_*, memref in (client memory);
				   each panics the TA */
#define CMD_STORAGE_HOLD	52	/* value inout: a = flags in, a = result, b = slot out; memref in:
				   object id. Opens it and keeps the handle until RELEASE */
#define CMD_STORAGE_RELEASE	53	/* value in: a = slot */
#define CMD_STORAGE_PUT		54	/* value out: a = result; memref in: id; memref in: data.
				   Creates (OVERWRITE) a data object */
#define CMD_STORAGE_GET		55	/* value out: a = result, b = data size; memref in: id;
				   memref out: data */

#define STORAGE_MISUSE_LONG_ID			0	/* a 65-byte object id */
#define STORAGE_MISUSE_SHARED_ID		1	/* an object id in client shared memory */
#define STORAGE_MISUSE_READ_WITHOUT_RIGHT	2
#define STORAGE_MISUSE_WRITE_WITHOUT_RIGHT	3
#define STORAGE_MISUSE_RENAME_WITHOUT_META	4
#define STORAGE_MISUSE_DELETE_WITHOUT_META	5
#define STORAGE_MISUSE_TRANSIENT_HANDLE		6	/* TEE_ReadObjectData on a transient object */
#define STORAGE_MISUSE_CLOSED_HANDLE		7
#define STORAGE_MISUSE_BAD_WHENCE		8
#define STORAGE_MISUSE_FREE_PERSISTENT		9	/* TEE_FreeTransientObject on a persistent one */
#define STORAGE_MISUSE_RESTRICT_WITHOUT_META	10
#define STORAGE_MISUSE_UNINITIALIZED_ATTRIBUTES	11
#define STORAGE_MISUSE_UNKNOWN_FLAGS		12	/* OVERWRITE given to an open */
#define STORAGE_MISUSE_LONG_NEW_ID		13	/* renaming to a 65-byte id */
#define STORAGE_MISUSE_ENUMERATOR_AS_OBJECT	14

#define FAULT_NULL_WRITE	0
#define FAULT_ABORT		1
#define FAULT_TRAP		2
#define FAULT_RODATA_WRITE	3
#define FAULT_STACK_OVERFLOW	4
#define FAULT_DIVIDE_BY_ZERO	5

#endif /* API_TEST_TA_H */
