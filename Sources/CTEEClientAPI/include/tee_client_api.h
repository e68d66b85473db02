/*
 * swift-tee: GlobalPlatform TEE Client API.
 *
 * This header is written for swift-tee. Its type names, structure layouts,
 * member names, macro names and constant values are chosen so that programs
 * written against OP-TEE's libteec compile unchanged against it (the "imp"
 * members included: some existing clients read them directly).
 */
#ifndef TEE_CLIENT_API_H
#define TEE_CLIENT_API_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Configuration
 * ------------------------------------------------------------------------ */

/* Number of parameters carried by one TEEC_Operation. */
#define TEEC_CONFIG_PAYLOAD_REF_COUNT 4

/* Largest block of shared memory a client may ask for. */
#define TEEC_CONFIG_SHAREDMEM_MAX_SIZE ULONG_MAX

/*
 * Build the paramTypes word of a TEEC_Operation from four parameter types,
 * and read back the type of parameter i from such a word.
 */
#define TEEC_PARAM_TYPES(p0, p1, p2, p3) \
	((p0) | ((p1) << 4) | ((p2) << 8) | ((p3) << 12))

#define TEEC_PARAM_TYPE_GET(p, i) (((p) >> ((i) * 4)) & 0xF)

/* ------------------------------------------------------------------------
 * Parameter types (4-bit fields of TEEC_Operation.paramTypes)
 * ------------------------------------------------------------------------ */

#define TEEC_NONE                   0x00000000
#define TEEC_VALUE_INPUT            0x00000001
#define TEEC_VALUE_OUTPUT           0x00000002
#define TEEC_VALUE_INOUT            0x00000003
#define TEEC_MEMREF_TEMP_INPUT      0x00000005
#define TEEC_MEMREF_TEMP_OUTPUT     0x00000006
#define TEEC_MEMREF_TEMP_INOUT      0x00000007
#define TEEC_MEMREF_WHOLE           0x0000000C
#define TEEC_MEMREF_PARTIAL_INPUT   0x0000000D
#define TEEC_MEMREF_PARTIAL_OUTPUT  0x0000000E
#define TEEC_MEMREF_PARTIAL_INOUT   0x0000000F

/* ------------------------------------------------------------------------
 * Shared memory direction flags (TEEC_SharedMemory.flags)
 * ------------------------------------------------------------------------ */

#define TEEC_MEM_INPUT   0x00000001
#define TEEC_MEM_OUTPUT  0x00000002

/* ------------------------------------------------------------------------
 * Login (connection) methods for TEEC_OpenSession
 * ------------------------------------------------------------------------ */

#define TEEC_LOGIN_PUBLIC             0x00000000
#define TEEC_LOGIN_USER               0x00000001
#define TEEC_LOGIN_GROUP              0x00000002
#define TEEC_LOGIN_APPLICATION        0x00000004
#define TEEC_LOGIN_USER_APPLICATION   0x00000005
#define TEEC_LOGIN_GROUP_APPLICATION  0x00000006

/* ------------------------------------------------------------------------
 * Return origins: which layer produced a result code
 * ------------------------------------------------------------------------ */

#define TEEC_ORIGIN_API          0x00000001
#define TEEC_ORIGIN_COMMS        0x00000002
#define TEEC_ORIGIN_TEE          0x00000003
#define TEEC_ORIGIN_TRUSTED_APP  0x00000004

/* ------------------------------------------------------------------------
 * Result codes
 * ------------------------------------------------------------------------ */

#define TEEC_SUCCESS                       0x00000000
#define TEEC_ERROR_STORAGE_NOT_AVAILABLE   0xF0100003
#define TEEC_ERROR_GENERIC                 0xFFFF0000
#define TEEC_ERROR_ACCESS_DENIED           0xFFFF0001
#define TEEC_ERROR_CANCEL                  0xFFFF0002
#define TEEC_ERROR_ACCESS_CONFLICT         0xFFFF0003
#define TEEC_ERROR_EXCESS_DATA             0xFFFF0004
#define TEEC_ERROR_BAD_FORMAT              0xFFFF0005
#define TEEC_ERROR_BAD_PARAMETERS          0xFFFF0006
#define TEEC_ERROR_BAD_STATE               0xFFFF0007
#define TEEC_ERROR_ITEM_NOT_FOUND          0xFFFF0008
#define TEEC_ERROR_NOT_IMPLEMENTED         0xFFFF0009
#define TEEC_ERROR_NOT_SUPPORTED           0xFFFF000A
#define TEEC_ERROR_NO_DATA                 0xFFFF000B
#define TEEC_ERROR_OUT_OF_MEMORY           0xFFFF000C
#define TEEC_ERROR_BUSY                    0xFFFF000D
#define TEEC_ERROR_COMMUNICATION           0xFFFF000E
#define TEEC_ERROR_SECURITY                0xFFFF000F
#define TEEC_ERROR_SHORT_BUFFER            0xFFFF0010
#define TEEC_ERROR_EXTERNAL_CANCEL         0xFFFF0011
#define TEEC_ERROR_TARGET_DEAD             0xFFFF3024
#define TEEC_ERROR_STORAGE_NO_SPACE        0xFFFF3041

/* ------------------------------------------------------------------------
 * Types
 * ------------------------------------------------------------------------ */

/* Every API call that can fail reports one of the result codes above. */
typedef uint32_t TEEC_Result;

/* RFC 4122 UUID naming a Trusted Application. */
typedef struct {
	uint32_t timeLow;
	uint16_t timeMid;
	uint16_t timeHiAndVersion;
	uint8_t clockSeqAndNode[8];
} TEEC_UUID;

/* A connection between a client application and the TEE. */
typedef struct {
	/* Implementation defined. */
	struct {
		int fd;
		bool reg_mem;
		bool memref_null;
	} imp;
} TEEC_Context;

/*
 * A block of memory shared with the TEE, either registered from client
 * memory (TEEC_RegisterSharedMemory) or allocated by the implementation
 * (TEEC_AllocateSharedMemory).
 */
typedef struct {
	void *buffer;
	size_t size;
	uint32_t flags;
	/* Implementation defined. */
	struct {
		int id;
		size_t alloced_size;
		void *shadow_buffer;
		int registered_fd;
		uint32_t flags;
	} imp;
} TEEC_SharedMemory;

/* A client buffer passed for the duration of one operation only. */
typedef struct {
	void *buffer;
	size_t size;
} TEEC_TempMemoryReference;

/* A window [offset, offset + size) into a block of shared memory. */
typedef struct {
	TEEC_SharedMemory *parent;
	size_t size;
	size_t offset;
} TEEC_RegisteredMemoryReference;

/* Two 32-bit integers passed by value. */
typedef struct {
	uint32_t a;
	uint32_t b;
} TEEC_Value;

/* One operation parameter; which member applies depends on its type. */
typedef union {
	TEEC_TempMemoryReference tmpref;
	TEEC_RegisteredMemoryReference memref;
	TEEC_Value value;
} TEEC_Parameter;

/* An open session with a Trusted Application. */
typedef struct {
	/* Implementation defined. */
	struct {
		TEEC_Context *ctx;
		uint32_t session_id;
	} imp;
} TEEC_Session;

/* The payload of an open-session or invoke-command request. */
typedef struct {
	uint32_t started;
	uint32_t paramTypes;
	TEEC_Parameter params[TEEC_CONFIG_PAYLOAD_REF_COUNT];
	/* Implementation defined. */
	struct {
		TEEC_Session *session;
	} imp;
} TEEC_Operation;

/* ------------------------------------------------------------------------
 * Functions
 * ------------------------------------------------------------------------ */

/*
 * Connect to the TEE named `name` (NULL selects the default TEE) and
 * initialise `context`.
 */
TEEC_Result TEEC_InitializeContext(const char *name, TEEC_Context *context);

/* Tear down a context set up by TEEC_InitializeContext. */
void TEEC_FinalizeContext(TEEC_Context *context);

/*
 * Open a session with the Trusted Application `destination`, using the
 * login method `connectionMethod` (with `connectionData` where that method
 * needs it). `operation` may be NULL. When `returnOrigin` is not NULL it
 * receives the TEEC_ORIGIN_* of the result.
 */
TEEC_Result TEEC_OpenSession(TEEC_Context *context,
			     TEEC_Session *session,
			     const TEEC_UUID *destination,
			     uint32_t connectionMethod,
			     const void *connectionData,
			     TEEC_Operation *operation,
			     uint32_t *returnOrigin);

/* Close a session opened by TEEC_OpenSession. */
void TEEC_CloseSession(TEEC_Session *session);

/*
 * Ask the Trusted Application behind `session` to run command
 * `commandID`. `operation` may be NULL; `returnOrigin` as above.
 */
TEEC_Result TEEC_InvokeCommand(TEEC_Session *session,
			       uint32_t commandID,
			       TEEC_Operation *operation,
			       uint32_t *returnOrigin);

/* Make the client buffer described by `sharedMem` visible to the TEE. */
TEEC_Result TEEC_RegisterSharedMemory(TEEC_Context *context,
				      TEEC_SharedMemory *sharedMem);

/*
 * Allocate `sharedMem->size` bytes of memory shared with the TEE and
 * store its address in `sharedMem->buffer`.
 */
TEEC_Result TEEC_AllocateSharedMemory(TEEC_Context *context,
				      TEEC_SharedMemory *sharedMem);

/* Release memory registered or allocated with the two functions above. */
void TEEC_ReleaseSharedMemory(TEEC_SharedMemory *sharedMemory);

/*
 * Ask for a pending TEEC_OpenSession or TEEC_InvokeCommand that uses
 * `operation` to be cancelled.
 */
void TEEC_RequestCancellation(TEEC_Operation *operation);

#ifdef __cplusplus
}
#endif

#endif /* TEE_CLIENT_API_H */
