/*
 * swift-tee: compile-time check that tee_client_api.h has the structure
 * layouts and constant values OP-TEE's libteec has on x86-64 (LP64), so
 * that binaries and sources built against one work with the other.
 *
 *   gcc -std=c11 -Wall -Wextra -Werror \
 *       -I Sources/CTEEClientAPI/include Tests/CTests/layout_check.c
 *
 * Compiling is the test; the program itself does nothing.
 */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include "tee_client_api.h"
#include "tee_client_api_extensions.h"

#define SIZE_IS(type, n) \
	_Static_assert(sizeof(type) == (n), "sizeof(" #type ") != " #n)
#define OFFSET_IS(type, member, n) \
	_Static_assert(offsetof(type, member) == (n), \
		       "offsetof(" #type ", " #member ") != " #n)
#define VALUE_IS(name, n) \
	_Static_assert((name) == (n), #name " != " #n)

#if defined(__x86_64__) || (defined(__LP64__) && (__SIZEOF_POINTER__ == 8))

/* TEEC_Context */
SIZE_IS(TEEC_Context, 8);
OFFSET_IS(TEEC_Context, imp, 0);
OFFSET_IS(TEEC_Context, imp.fd, 0);
OFFSET_IS(TEEC_Context, imp.reg_mem, 4);
OFFSET_IS(TEEC_Context, imp.memref_null, 5);

/* TEEC_UUID */
SIZE_IS(TEEC_UUID, 16);
OFFSET_IS(TEEC_UUID, timeLow, 0);
OFFSET_IS(TEEC_UUID, timeMid, 4);
OFFSET_IS(TEEC_UUID, timeHiAndVersion, 6);
OFFSET_IS(TEEC_UUID, clockSeqAndNode, 8);

/* TEEC_SharedMemory */
SIZE_IS(TEEC_SharedMemory, 56);
OFFSET_IS(TEEC_SharedMemory, buffer, 0);
OFFSET_IS(TEEC_SharedMemory, size, 8);
OFFSET_IS(TEEC_SharedMemory, flags, 16);
OFFSET_IS(TEEC_SharedMemory, imp, 24);
OFFSET_IS(TEEC_SharedMemory, imp.id, 24);
OFFSET_IS(TEEC_SharedMemory, imp.alloced_size, 32);
OFFSET_IS(TEEC_SharedMemory, imp.shadow_buffer, 40);
OFFSET_IS(TEEC_SharedMemory, imp.registered_fd, 48);
OFFSET_IS(TEEC_SharedMemory, imp.flags, 52);

/* TEEC_TempMemoryReference */
SIZE_IS(TEEC_TempMemoryReference, 16);
OFFSET_IS(TEEC_TempMemoryReference, buffer, 0);
OFFSET_IS(TEEC_TempMemoryReference, size, 8);

/* TEEC_RegisteredMemoryReference */
SIZE_IS(TEEC_RegisteredMemoryReference, 24);
OFFSET_IS(TEEC_RegisteredMemoryReference, parent, 0);
OFFSET_IS(TEEC_RegisteredMemoryReference, size, 8);
OFFSET_IS(TEEC_RegisteredMemoryReference, offset, 16);

/* TEEC_Value */
SIZE_IS(TEEC_Value, 8);
OFFSET_IS(TEEC_Value, a, 0);
OFFSET_IS(TEEC_Value, b, 4);

/* TEEC_Parameter */
SIZE_IS(TEEC_Parameter, 24);
OFFSET_IS(TEEC_Parameter, tmpref, 0);
OFFSET_IS(TEEC_Parameter, memref, 0);
OFFSET_IS(TEEC_Parameter, value, 0);

/* TEEC_Session */
SIZE_IS(TEEC_Session, 16);
OFFSET_IS(TEEC_Session, imp, 0);
OFFSET_IS(TEEC_Session, imp.ctx, 0);
OFFSET_IS(TEEC_Session, imp.session_id, 8);

/* TEEC_Operation */
SIZE_IS(TEEC_Operation, 112);
OFFSET_IS(TEEC_Operation, started, 0);
OFFSET_IS(TEEC_Operation, paramTypes, 4);
OFFSET_IS(TEEC_Operation, params, 8);
OFFSET_IS(TEEC_Operation, params[1], 32);
OFFSET_IS(TEEC_Operation, params[3], 80);
OFFSET_IS(TEEC_Operation, imp, 104);
OFFSET_IS(TEEC_Operation, imp.session, 104);

#else
#error "layout_check.c holds the x86-64 (LP64) layouts only"
#endif

/* Types of individual members. */
_Static_assert(sizeof(TEEC_Result) == 4, "TEEC_Result is 32 bits");
_Static_assert((TEEC_Result)-1 > 0, "TEEC_Result is unsigned");
_Static_assert(sizeof(((TEEC_UUID *)0)->clockSeqAndNode) == 8,
	       "clockSeqAndNode has 8 octets");
_Static_assert(sizeof(((TEEC_Operation *)0)->params) ==
	       TEEC_CONFIG_PAYLOAD_REF_COUNT * sizeof(TEEC_Parameter),
	       "params has TEEC_CONFIG_PAYLOAD_REF_COUNT entries");

/* Configuration and helper macros. */
VALUE_IS(TEEC_CONFIG_PAYLOAD_REF_COUNT, 4);
VALUE_IS(TEEC_CONFIG_SHAREDMEM_MAX_SIZE, ULONG_MAX);
VALUE_IS(TEEC_PARAM_TYPES(TEEC_VALUE_INOUT, TEEC_MEMREF_WHOLE,
			  TEEC_MEMREF_TEMP_OUTPUT, TEEC_MEMREF_PARTIAL_INOUT),
	 0xF6C3);
VALUE_IS(TEEC_PARAM_TYPE_GET(0xF6C3, 0), TEEC_VALUE_INOUT);
VALUE_IS(TEEC_PARAM_TYPE_GET(0xF6C3, 1), TEEC_MEMREF_WHOLE);
VALUE_IS(TEEC_PARAM_TYPE_GET(0xF6C3, 2), TEEC_MEMREF_TEMP_OUTPUT);
VALUE_IS(TEEC_PARAM_TYPE_GET(0xF6C3, 3), TEEC_MEMREF_PARTIAL_INOUT);

/* Parameter types. */
VALUE_IS(TEEC_NONE, 0);
VALUE_IS(TEEC_VALUE_INPUT, 1);
VALUE_IS(TEEC_VALUE_OUTPUT, 2);
VALUE_IS(TEEC_VALUE_INOUT, 3);
VALUE_IS(TEEC_MEMREF_TEMP_INPUT, 5);
VALUE_IS(TEEC_MEMREF_TEMP_OUTPUT, 6);
VALUE_IS(TEEC_MEMREF_TEMP_INOUT, 7);
VALUE_IS(TEEC_MEMREF_WHOLE, 0xC);
VALUE_IS(TEEC_MEMREF_PARTIAL_INPUT, 0xD);
VALUE_IS(TEEC_MEMREF_PARTIAL_OUTPUT, 0xE);
VALUE_IS(TEEC_MEMREF_PARTIAL_INOUT, 0xF);

/* Memory flags, logins, origins. */
VALUE_IS(TEEC_MEM_INPUT, 1);
VALUE_IS(TEEC_MEM_OUTPUT, 2);
VALUE_IS(TEEC_LOGIN_PUBLIC, 0);
VALUE_IS(TEEC_LOGIN_USER, 1);
VALUE_IS(TEEC_LOGIN_GROUP, 2);
VALUE_IS(TEEC_LOGIN_APPLICATION, 4);
VALUE_IS(TEEC_LOGIN_USER_APPLICATION, 5);
VALUE_IS(TEEC_LOGIN_GROUP_APPLICATION, 6);
VALUE_IS(TEEC_ORIGIN_API, 1);
VALUE_IS(TEEC_ORIGIN_COMMS, 2);
VALUE_IS(TEEC_ORIGIN_TEE, 3);
VALUE_IS(TEEC_ORIGIN_TRUSTED_APP, 4);

/* Result codes. */
VALUE_IS(TEEC_SUCCESS, 0x00000000);
VALUE_IS(TEEC_ERROR_STORAGE_NOT_AVAILABLE, 0xF0100003);
VALUE_IS(TEEC_ERROR_GENERIC, 0xFFFF0000);
VALUE_IS(TEEC_ERROR_ACCESS_DENIED, 0xFFFF0001);
VALUE_IS(TEEC_ERROR_CANCEL, 0xFFFF0002);
VALUE_IS(TEEC_ERROR_ACCESS_CONFLICT, 0xFFFF0003);
VALUE_IS(TEEC_ERROR_EXCESS_DATA, 0xFFFF0004);
VALUE_IS(TEEC_ERROR_BAD_FORMAT, 0xFFFF0005);
VALUE_IS(TEEC_ERROR_BAD_PARAMETERS, 0xFFFF0006);
VALUE_IS(TEEC_ERROR_BAD_STATE, 0xFFFF0007);
VALUE_IS(TEEC_ERROR_ITEM_NOT_FOUND, 0xFFFF0008);
VALUE_IS(TEEC_ERROR_NOT_IMPLEMENTED, 0xFFFF0009);
VALUE_IS(TEEC_ERROR_NOT_SUPPORTED, 0xFFFF000A);
VALUE_IS(TEEC_ERROR_NO_DATA, 0xFFFF000B);
VALUE_IS(TEEC_ERROR_OUT_OF_MEMORY, 0xFFFF000C);
VALUE_IS(TEEC_ERROR_BUSY, 0xFFFF000D);
VALUE_IS(TEEC_ERROR_COMMUNICATION, 0xFFFF000E);
VALUE_IS(TEEC_ERROR_SECURITY, 0xFFFF000F);
VALUE_IS(TEEC_ERROR_SHORT_BUFFER, 0xFFFF0010);
VALUE_IS(TEEC_ERROR_EXTERNAL_CANCEL, 0xFFFF0011);
VALUE_IS(TEEC_ERROR_TARGET_DEAD, 0xFFFF3024);
VALUE_IS(TEEC_ERROR_STORAGE_NO_SPACE, 0xFFFF3041);

/*
 * The nine GP functions and the extension have the expected types. The
 * controlling expression of _Generic is not evaluated, so nothing has to
 * be linked for these checks.
 */
#define SIGNATURE_IS(fn, type) \
	_Static_assert(_Generic(&(fn), type: 1, default: 0), \
		       #fn " has the wrong signature")

SIGNATURE_IS(TEEC_InitializeContext,
	     TEEC_Result (*)(const char *, TEEC_Context *));
SIGNATURE_IS(TEEC_FinalizeContext, void (*)(TEEC_Context *));
SIGNATURE_IS(TEEC_OpenSession,
	     TEEC_Result (*)(TEEC_Context *, TEEC_Session *,
			     const TEEC_UUID *, uint32_t, const void *,
			     TEEC_Operation *, uint32_t *));
SIGNATURE_IS(TEEC_CloseSession, void (*)(TEEC_Session *));
SIGNATURE_IS(TEEC_InvokeCommand,
	     TEEC_Result (*)(TEEC_Session *, uint32_t, TEEC_Operation *,
			     uint32_t *));
SIGNATURE_IS(TEEC_RegisterSharedMemory,
	     TEEC_Result (*)(TEEC_Context *, TEEC_SharedMemory *));
SIGNATURE_IS(TEEC_AllocateSharedMemory,
	     TEEC_Result (*)(TEEC_Context *, TEEC_SharedMemory *));
SIGNATURE_IS(TEEC_ReleaseSharedMemory, void (*)(TEEC_SharedMemory *));
SIGNATURE_IS(TEEC_RequestCancellation, void (*)(TEEC_Operation *));
SIGNATURE_IS(TEEC_RegisterSharedMemoryFileDescriptor,
	     TEEC_Result (*)(TEEC_Context *, TEEC_SharedMemory *, int));

int main(void)
{
	return 0;
}
