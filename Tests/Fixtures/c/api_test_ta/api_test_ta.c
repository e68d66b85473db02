/*
 * Checks the GP Internal Core API groups libutee implements against the
 * results GP defines. Built in the default GP 1.3.1 mode.
 */
#include <atomic.h>
#include <memtag.h>
#include <stdlib.h>
#include <string.h>
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

#include <api_test_ta.h>

#include "asymmetric_checks.h"
#include "storage_checks.h"

/* The dev kit passes CFG_* make variables (y -> 1, n -> undefined) and the trace level. */
#if CFG_SWIFT_TEE_TEST_YES != 1 || defined(CFG_SWIFT_TEE_TEST_NO) || CFG_SWIFT_TEE_TEST_VALUE != 7
#error "CFG_* make variables did not reach the compiler as OP-TEE's dev kit passes them"
#endif
#if TRACE_LEVEL != 3 || CFG_TEE_TA_LOG_LEVEL != 3
#error "CFG_TEE_TA_LOG_LEVEL did not set TRACE_LEVEL"
#endif
#if __OPTEE_CORE_API_COMPAT_1_1
#error "this TA is built in the default GP 1.3.1 mode"
#endif

static const uint8_t read_only_bytes[64] = { 1, 2, 3 };

/* Fails the command with @res and the line, unless @cond holds. */
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

TEE_Result TA_CreateEntryPoint(void)
{
	return TEE_SUCCESS;
}

void TA_DestroyEntryPoint(void)
{
}

TEE_Result TA_OpenSessionEntryPoint(uint32_t types, TEE_Param params[4], void **session)
{
	(void)types;
	(void)params;
	(void)session;
	return TEE_SUCCESS;
}

void TA_CloseSessionEntryPoint(void *session)
{
	(void)session;
}

static TEE_Result enumerate(TEE_PropSetHandle set, size_t *count)
{
	TEE_PropSetHandle e;
	TEE_Result res = TEE_AllocatePropertyEnumerator(&e);

	if (res)
		return res;
	*count = 0;
	TEE_StartPropertyEnumerator(e, set);
	do {
		char name[128];
		size_t len = sizeof(name);
		char value[256];
		size_t vlen = sizeof(value);

		res = TEE_GetPropertyName(e, name, &len);
		if (res)
			break;
		/* Every property reads as a string. */
		res = TEE_GetPropertyAsString(e, NULL, value, &vlen);
		if (res)
			break;
		(*count)++;
	} while ((res = TEE_GetNextProperty(e)) == TEE_SUCCESS);
	TEE_FreePropertyEnumerator(e);
	return res == TEE_ERROR_ITEM_NOT_FOUND ? TEE_SUCCESS : res;
}

static TEE_Result check_properties(TEE_Param params[4])
{
	const TEE_UUID own = TA_API_TEST_UUID;
	TEE_PropSetHandle ta = TEE_PROPSET_CURRENT_TA;
	bool b = false;
	uint32_t u32 = 0;
	uint64_t u64 = 0;
	TEE_UUID uuid;
	TEE_Identity id;
	char text[64];
	size_t len;
	uint8_t block[16];

	/* Every type, from the TA's own extra properties. */
	CHECK_RES(TEE_GetPropertyAsBool(ta, "test.bool", &b), TEE_SUCCESS);
	CHECK(b, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetPropertyAsU32(ta, "test.u32", &u32), TEE_SUCCESS);
	CHECK(u32 == 42, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetPropertyAsU64(ta, "test.u64", &u64), TEE_SUCCESS);
	CHECK(u64 == 0x123456789ULL, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetPropertyAsUUID(ta, "test.uuid", &uuid), TEE_SUCCESS);
	CHECK(!memcmp(&uuid, &own, sizeof(uuid)), TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetPropertyAsIdentity(ta, "test.identity", &id), TEE_SUCCESS);
	CHECK(id.login == TEE_LOGIN_USER && !memcmp(&id.uuid, &own, sizeof(own)), TEE_ERROR_GENERIC);
	len = sizeof(text);
	CHECK_RES(TEE_GetPropertyAsString(ta, "test.string", text, &len), TEE_SUCCESS);
	CHECK(len == 6 && !strcmp(text, "hello"), TEE_ERROR_GENERIC);
	len = sizeof(block);
	CHECK_RES(TEE_GetPropertyAsBinaryBlock(ta, "test.binary", block, &len), TEE_SUCCESS);
	CHECK(len == 9 && !memcmp(block, "swift-tee", 9), TEE_ERROR_GENERIC);

	/* Conversions to strings. */
	len = sizeof(text);
	CHECK_RES(TEE_GetPropertyAsString(ta, "test.bool", text, &len), TEE_SUCCESS);
	CHECK(!strcmp(text, "true"), TEE_ERROR_GENERIC);
	len = sizeof(text);
	CHECK_RES(TEE_GetPropertyAsString(ta, "test.u32", text, &len), TEE_SUCCESS);
	CHECK(!strcmp(text, "42"), TEE_ERROR_GENERIC);
	len = sizeof(text);
	CHECK_RES(TEE_GetPropertyAsString(ta, "gpd.ta.appID", text, &len), TEE_SUCCESS);
	CHECK(!strcmp(text, "ee3c9ed2-05ff-4b7d-b4a0-5bc33fabc681"), TEE_ERROR_GENERIC);

	/* Errors: wrong type, missing, short buffers (with the size needed). */
	CHECK_RES(TEE_GetPropertyAsU32(ta, "test.string", &u32), TEE_ERROR_BAD_FORMAT);
	CHECK_RES(TEE_GetPropertyAsBool(ta, "no.such.property", &b), TEE_ERROR_ITEM_NOT_FOUND);
	len = 3;
	CHECK_RES(TEE_GetPropertyAsString(ta, "test.string", text, &len), TEE_ERROR_SHORT_BUFFER);
	CHECK(len == 6, TEE_ERROR_GENERIC);
	len = 2;
	CHECK_RES(TEE_GetPropertyAsBinaryBlock(ta, "test.binary", block, &len), TEE_ERROR_SHORT_BUFFER);
	CHECK(len == 9, TEE_ERROR_GENERIC);

	/* gpd.ta.* from the header. */
	CHECK_RES(TEE_GetPropertyAsBool(ta, "gpd.ta.singleInstance", &b), TEE_SUCCESS);
	CHECK(!b, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetPropertyAsU32(ta, "gpd.ta.dataSize", &u32), TEE_SUCCESS);
	CHECK(u32 == 64 * 1024, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetPropertyAsU32(ta, "gpd.ta.stackSize", &u32), TEE_SUCCESS);
	CHECK(u32 == 8 * 1024, TEE_ERROR_GENERIC);
	len = sizeof(text);
	CHECK_RES(TEE_GetPropertyAsString(ta, "gpd.ta.version", text, &len), TEE_SUCCESS);
	CHECK(!strcmp(text, "2.5"), TEE_ERROR_GENERIC);

	/* The client: a normal-world program logged in as public. */
	CHECK_RES(TEE_GetPropertyAsIdentity(TEE_PROPSET_CURRENT_CLIENT, "gpd.client.identity", &id),
		  TEE_SUCCESS);
	CHECK(id.login == TEE_LOGIN_PUBLIC, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetPropertyAsU32(TEE_PROPSET_CURRENT_CLIENT, "gpd.client.endian", &u32),
		  TEE_SUCCESS);
	CHECK(u32 == 0, TEE_ERROR_GENERIC);

	/* The TEE. */
	CHECK_RES(TEE_GetPropertyAsU32(TEE_PROPSET_TEE_IMPLEMENTATION, "gpd.tee.internalCore.version",
				       &u32), TEE_SUCCESS);
	CHECK(u32 == 0x01030100, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetPropertyAsUUID(TEE_PROPSET_TEE_IMPLEMENTATION, "gpd.tee.deviceID", &uuid),
		  TEE_SUCCESS);
	CHECK_RES(TEE_GetPropertyAsU32(TEE_PROPSET_TEE_IMPLEMENTATION,
				       "gpd.tee.TAPersistentTime.protectionLevel", &u32), TEE_SUCCESS);
	CHECK(u32 == 100, TEE_ERROR_GENERIC);
	len = sizeof(text);
	CHECK_RES(TEE_GetPropertyAsString(TEE_PROPSET_TEE_IMPLEMENTATION, "gpd.tee.apiversion",
					  text, &len), TEE_SUCCESS);

	/* Enumerators over each set; every row converts to a string. */
	size_t count = 0;
	CHECK_RES(enumerate(TEE_PROPSET_CURRENT_TA, &count), TEE_SUCCESS);
	CHECK(count == 11 + 7, TEE_ERROR_GENERIC);	/* built-in rows + TA_CURRENT_TA_EXT_PROPERTIES */
	CHECK_RES(enumerate(TEE_PROPSET_CURRENT_CLIENT, &count), TEE_SUCCESS);
	CHECK(count == 2, TEE_ERROR_GENERIC);
	CHECK_RES(enumerate(TEE_PROPSET_TEE_IMPLEMENTATION, &count), TEE_SUCCESS);
	CHECK(count >= 8, TEE_ERROR_GENERIC);

	/* An enumerator that was not started has no current property. */
	TEE_PropSetHandle e;
	CHECK_RES(TEE_AllocatePropertyEnumerator(&e), TEE_SUCCESS);
	len = sizeof(text);
	CHECK_RES(TEE_GetPropertyName(e, text, &len), TEE_ERROR_ITEM_NOT_FOUND);
	TEE_StartPropertyEnumerator(e, TEE_PROPSET_CURRENT_CLIENT);
	len = 1;
	CHECK_RES(TEE_GetPropertyName(e, text, &len), TEE_ERROR_SHORT_BUFFER);
	CHECK(len == sizeof("gpd.client.identity"), TEE_ERROR_GENERIC);
	TEE_FreePropertyEnumerator(e);
	return TEE_SUCCESS;
}

static TEE_Result check_memory(uint32_t types, TEE_Param params[4])
{
	const uint32_t rw = TEE_MEMORY_ACCESS_READ | TEE_MEMORY_ACCESS_WRITE;
	uint8_t stack[32] = { 0 };

	CHECK(types == TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_OUTPUT, TEE_PARAM_TYPE_MEMREF_INOUT,
				       TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE),
	      TEE_ERROR_BAD_PARAMETERS);
	void *shared = params[1].memref.buffer;
	size_t shared_size = params[1].memref.size;
	CHECK(shared && shared_size >= 64, TEE_ERROR_BAD_PARAMETERS);

	/* Client memory: accessible only with ANY_OWNER. */
	CHECK_RES(TEE_CheckMemoryAccessRights(rw | TEE_MEMORY_ACCESS_ANY_OWNER, shared, shared_size),
		  TEE_SUCCESS);
	CHECK_RES(TEE_CheckMemoryAccessRights(TEE_MEMORY_ACCESS_READ, shared, shared_size),
		  TEE_ERROR_ACCESS_DENIED);
	CHECK_RES(TEE_CheckMemoryAccessRights(TEE_MEMORY_ACCESS_READ, (uint8_t *)shared + 8, 1),
		  TEE_ERROR_ACCESS_DENIED);

	/* TA-private memory: heap, stack, read-only data. */
	uint8_t *heap = TEE_Malloc(100, TEE_MALLOC_FILL_ZERO);
	CHECK(heap, TEE_ERROR_OUT_OF_MEMORY);
	CHECK_RES(TEE_CheckMemoryAccessRights(rw, heap, 100), TEE_SUCCESS);
	CHECK_RES(TEE_CheckMemoryAccessRights(rw | TEE_MEMORY_ACCESS_ANY_OWNER, heap, 100),
		  TEE_SUCCESS);
	CHECK_RES(TEE_CheckMemoryAccessRights(rw, stack, sizeof(stack)), TEE_SUCCESS);
	CHECK_RES(TEE_CheckMemoryAccessRights(TEE_MEMORY_ACCESS_READ, (void *)read_only_bytes,
					      sizeof(read_only_bytes)), TEE_SUCCESS);
	CHECK_RES(TEE_CheckMemoryAccessRights(TEE_MEMORY_ACCESS_WRITE, (void *)read_only_bytes,
					      sizeof(read_only_bytes)), TEE_ERROR_ACCESS_DENIED);

	/* Unmapped, wrapping and unknown-flag ranges. */
	void *gone = tee_map_zi(4096, 0);
	CHECK(gone, TEE_ERROR_OUT_OF_MEMORY);
	CHECK_RES(tee_unmap(gone, 4096), TEE_SUCCESS);
	CHECK_RES(TEE_CheckMemoryAccessRights(TEE_MEMORY_ACCESS_READ, gone, 16),
		  TEE_ERROR_ACCESS_DENIED);
	CHECK_RES(TEE_CheckMemoryAccessRights(TEE_MEMORY_ACCESS_READ, (void *)(UINTPTR_MAX - 8), 64),
		  TEE_ERROR_ACCESS_DENIED);
	CHECK_RES(TEE_CheckMemoryAccessRights(0x100, heap, 1), TEE_ERROR_ACCESS_DENIED);

	/* Malloc hints, Realloc, the heap limit (TA_DATA_SIZE), Mem* helpers. */
	for (int i = 0; i < 100; i++)
		CHECK(heap[i] == 0, TEE_ERROR_GENERIC);
	TEE_MemFill(heap, 0xAB, 100);
	heap = TEE_Realloc(heap, 200);
	CHECK(heap && heap[99] == 0xAB, TEE_ERROR_GENERIC);
	CHECK(TEE_Malloc(128 * 1024, TEE_MALLOC_FILL_ZERO) == NULL, TEE_ERROR_GENERIC);
	CHECK(TEE_MemCompare("abc", "abd", 3) < 0 && TEE_MemCompare("abd", "abc", 3) > 0 &&
	      TEE_MemCompare("abc", "abc", 3) == 0, TEE_ERROR_GENERIC);
	memcpy(heap, "0123456789", 10);
	TEE_MemMove(heap + 2, heap, 8);
	CHECK(!memcmp(heap, "0101234567", 10), TEE_ERROR_GENERIC);
	TEE_Free(heap);
	TEE_Free(NULL);
	void *zero = TEE_Malloc(0, TEE_MALLOC_FILL_ZERO);
	CHECK(zero != NULL, TEE_ERROR_GENERIC);
	/* OP-TEE's hints: an unknown one gets NULL; NO_FILL with NO_SHARE is fine. */
	CHECK(TEE_Malloc(16, 0x40) == NULL, TEE_ERROR_GENERIC);
	void *dirty = TEE_Malloc(16, TEE_MALLOC_NO_FILL | TEE_MALLOC_NO_SHARE);
	CHECK(dirty != NULL, TEE_ERROR_GENERIC);
	TEE_Free(dirty);
	CHECK_RES(TEE_CheckMemoryAccessRights(TEE_MEMORY_ACCESS_READ, zero, 1), TEE_ERROR_ACCESS_DENIED);
	TEE_Free(zero);

	/* OP-TEE's helper headers a TA may include. */
	uint32_t counter = 0;
	CHECK(atomic_inc32(&counter) == 1 && memtag_strip_tag(&counter) == (void *)&counter, TEE_ERROR_GENERIC);

	/* Instance data survives between calls of one instance. */
	static int marker;
	TEE_SetInstanceData(&marker);
	CHECK(TEE_GetInstanceData() == &marker, TEE_ERROR_GENERIC);

	/* Writes to client memory reach the client. */
	memset(shared, 0x5A, shared_size);
	return TEE_SUCCESS;
}

/* A few big-integer results worked out with Python's pow(). */
static TEE_Result check_bigint(TEE_Param params[4])
{
	TEE_BigInt n[TEE_BigIntSizeInU32(128)], x[TEE_BigIntSizeInU32(128)];
	TEE_BigInt r[TEE_BigIntSizeInU32(128)], e[TEE_BigIntSizeInU32(32)];
	uint8_t m[16] = { 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
			  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };	/* 2^127 - 1 */
	const uint8_t want[16] = { 0x08, 0x22, 0x1d, 0xeb, 0xd2, 0x8e, 0x34, 0x82,
				   0xd6, 0x38, 0xcb, 0x0c, 0x2e, 0xa5, 0xd8, 0x89 };	/* 3^200 mod n */
	uint8_t out[16];
	size_t len = sizeof(out);
	int32_t v = 0;
	uint32_t value = 0;

	TEE_BigIntInit(n, TEE_BigIntSizeInU32(128));
	TEE_BigIntInit(x, TEE_BigIntSizeInU32(128));
	TEE_BigIntInit(r, TEE_BigIntSizeInU32(128));
	TEE_BigIntInit(e, TEE_BigIntSizeInU32(32));
	CHECK_RES(TEE_BigIntConvertFromOctetString(n, m, sizeof(m), 0), TEE_SUCCESS);
	TEE_BigIntConvertFromS32(x, 3);
	TEE_BigIntConvertFromS32(e, 200);
	CHECK_RES(TEE_BigIntExpMod(r, x, e, n, NULL), TEE_SUCCESS);
	CHECK_RES(TEE_BigIntConvertToOctetString(out, &len, r), TEE_SUCCESS);
	CHECK(len == sizeof(want) && !memcmp(out, want, len), TEE_ERROR_GENERIC);
	CHECK(TEE_BigIntIsProbablePrime(n, 80) != 0, TEE_ERROR_GENERIC);
	TEE_BigIntSub(x, x, e);
	CHECK_RES(TEE_BigIntConvertToS32(&v, x), TEE_SUCCESS);
	CHECK(v == -197 && TEE_BigIntCmpS32(x, -197) == 0, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetPropertyAsU32(TEE_PROPSET_TEE_IMPLEMENTATION, "gpd.tee.arith.maxBigIntSize",
				       &value), TEE_SUCCESS);
	CHECK(value >= 2048, TEE_ERROR_GENERIC);
	return TEE_SUCCESS;
}

static int recurse(volatile int depth)
{
	volatile char pad[4096];

	pad[0] = (char)depth;
	return recurse(depth + 1) + pad[0];
}

static TEE_Result fault(uint32_t kind)
{
	volatile int zero = 0;

	switch (kind) {
	case FAULT_NULL_WRITE:
		*(volatile int *)NULL = 1;
		break;
	case FAULT_ABORT:
		abort();
	case FAULT_TRAP:
		__builtin_trap();
	case FAULT_RODATA_WRITE:
		*(volatile uint8_t *)&read_only_bytes[1] = 7;
		break;
	case FAULT_STACK_OVERFLOW:
		return (TEE_Result)recurse(0);
	case FAULT_DIVIDE_BY_ZERO:
		return (TEE_Result)(10 / zero);
	}
	return TEE_ERROR_BAD_PARAMETERS;
}

static TEE_Result call_with_timeout(TEE_Param params[4], uint32_t timeout)
{
	const TEE_UUID self = TA_API_TEST_UUID;
	TEE_TASessionHandle session;
	uint32_t origin = 0;
	TEE_Param p[4] = { 0 };

	/* A multi-instance TA opening itself gets a second instance. */
	TEE_Result res = TEE_OpenTASession(&self, TEE_TIMEOUT_INFINITE, 0, NULL, &session, &origin);
	if (res == TEE_SUCCESS) {
		p[0].value.a = params[0].value.a;
		res = TEE_InvokeTACommand(session, timeout, CMD_WAIT,
					  TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_INOUT, TEE_PARAM_TYPE_NONE,
							  TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE),
					  p, &origin);
		/* The callee's TEE_Wait result is what it returned. */
		TEE_CloseTASession(session);
	}
	params[0].value.a = res;
	params[0].value.b = origin;
	return TEE_SUCCESS;
}

TEE_Result TA_InvokeCommandEntryPoint(void *session, uint32_t command, uint32_t types,
				      TEE_Param params[4])
{
	(void)session;
	switch (command) {
	case CMD_PROPERTIES:
		return check_properties(params);
	case CMD_MEMORY:
		return check_memory(types, params);
	case CMD_MALLOC_ZERO_USE: {
		volatile uint8_t *p = TEE_Malloc(0, TEE_MALLOC_FILL_ZERO);
		p[0] = 1;
		return TEE_ERROR_GENERIC;
	}
	case CMD_PANIC:
		TEE_Panic(params[0].value.a);
	case CMD_BIGINT:
		return check_bigint(params);
	case CMD_MALLOC_NO_FILL:
		/* OP-TEE panics on NO_FILL alone. */
		return TEE_Malloc(16, TEE_MALLOC_NO_FILL) ? TEE_ERROR_GENERIC : TEE_ERROR_OUT_OF_MEMORY;
	case CMD_FAULT:
		return fault(params[0].value.a);
	case CMD_WAIT: {
		TEE_UnmaskCancellation();
		TEE_Result res = TEE_Wait(params[0].value.a);
		params[0].value.b = TEE_GetCancellationFlag();
		TEE_MaskCancellation();
		params[0].value.a = res;
		return res;
	}
	case CMD_TIME: {
		TEE_Time before, after, ree;

		TEE_GetSystemTime(&before);
		TEE_Wait(50);
		TEE_GetSystemTime(&after);
		TEE_GetREETime(&ree);
		params[0].value.a = ree.seconds;
		params[0].value.b = (after.seconds - before.seconds) * 1000 + after.millis - before.millis;
		return TEE_SUCCESS;
	}
	case CMD_PERSISTENT_GET: {
		TEE_Time t = { 1, 1 };
		TEE_Result res = TEE_GetTAPersistentTime(&t);

		params[0].value.a = t.seconds;
		params[0].value.b = t.millis;
		return res;
	}
	case CMD_PERSISTENT_SET: {
		TEE_Time t = { params[0].value.a, params[0].value.b };

		return TEE_SetTAPersistentTime(&t);
	}
	case CMD_RANDOM:
		TEE_GenerateRandom(params[0].memref.buffer, params[0].memref.size);
		return TEE_SUCCESS;
	case CMD_CALL_TIMEOUT:
		return call_with_timeout(params, params[0].value.b);
	case CMD_CALL_PROPAGATE: {
		/* A cancellation of this operation reaches the callee. */
		TEE_UnmaskCancellation();
		TEE_Result res = call_with_timeout(params, TEE_TIMEOUT_INFINITE);
		TEE_MaskCancellation();
		return res;
	}
	case CMD_CALL_SELF: {
		/* Opening this very instance is refused (it would wait for itself). */
		TEE_UUID self;
		TEE_TASessionHandle s;
		uint32_t origin = 0;

		TEE_GetPropertyAsUUID(TEE_PROPSET_CURRENT_TA, "gpd.ta.appID", &self);
		params[0].value.a = TEE_OpenTASession(&self, 1000, 0, NULL, &s, &origin);
		params[0].value.b = origin;
		if (params[0].value.a == TEE_SUCCESS)
			TEE_CloseTASession(s);
		return TEE_SUCCESS;
	}
	case CMD_ASYMMETRIC:
		return check_asymmetric(params);
	case CMD_ASYMMETRIC_MISUSE:
		asymmetric_misuse(params[0].value.a);
		return TEE_ERROR_GENERIC;
	case CMD_STORAGE:
		return check_storage(params);
	case CMD_STORAGE_MISUSE:
		storage_misuse(params[0].value.a, params);
		return TEE_ERROR_GENERIC;
	case CMD_STORAGE_HOLD:
		return storage_hold(params);
	case CMD_STORAGE_RELEASE:
		return storage_release(params);
	case CMD_STORAGE_PUT:
		return storage_put(params);
	case CMD_STORAGE_GET:
		return storage_get(params);
	default:
		return TEE_ERROR_NOT_SUPPORTED;
	}
}
