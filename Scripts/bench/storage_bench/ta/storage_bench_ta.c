/*
 * Times GP trusted-storage calls from inside a TA, one object per size, with
 * the kernel's monotonic clock around the loop only.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <tee_internal_api.h>

#include <storage_bench_ta.h>

static uint8_t buffer[1 << 20];

static uint64_t now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static TEE_Result one(uint32_t which, const char *id, size_t size)
{
	const uint32_t rw = TEE_DATA_FLAG_ACCESS_READ | TEE_DATA_FLAG_ACCESS_WRITE;
	TEE_ObjectHandle h;
	TEE_Result res;
	size_t n;

	switch (which) {
	case BENCH_CREATE:
		res = TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, id, strlen(id),
						 rw | TEE_DATA_FLAG_OVERWRITE, TEE_HANDLE_NULL, buffer,
						 size, &h);
		break;
	case BENCH_OPEN:
		res = TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, id, strlen(id),
					       TEE_DATA_FLAG_ACCESS_READ, &h);
		break;
	case BENCH_READ:
		res = TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, id, strlen(id),
					       TEE_DATA_FLAG_ACCESS_READ, &h);
		if (!res)
			res = TEE_ReadObjectData(h, buffer, size, &n);
		break;
	case BENCH_REWRITE:
		res = TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, id, strlen(id), rw, &h);
		if (!res)
			res = TEE_WriteObjectData(h, buffer, size);
		break;
	default:
		return TEE_ERROR_BAD_PARAMETERS;
	}
	if (!res || which != BENCH_CREATE)
		TEE_CloseObject(h);
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
	char id[32];
	(void)s;

	if (cmd != CMD_RUN || p[0].value.b > sizeof(buffer) ||
	    types != TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_INPUT, TEE_PARAM_TYPE_VALUE_INOUT,
				     TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE))
		return TEE_ERROR_BAD_PARAMETERS;
	size_t size = p[0].value.b;
	snprintf(id, sizeof(id), "bench-%zu", size);
	TEE_GenerateRandom(buffer, size);
	/* Every case but create needs the object there first. */
	TEE_Result res = p[0].value.a == BENCH_CREATE ? TEE_SUCCESS : one(BENCH_CREATE, id, size);
	uint64_t start = now_us();
	for (uint32_t i = 0; !res && i < p[1].value.a; i++)
		res = one(p[0].value.a, id, size);
	p[1].value.a = (uint32_t)(now_us() - start);
	return res;
}
