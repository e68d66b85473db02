// SPDX-License-Identifier: BSD-2-Clause
/*
 * TA memory: TEE_Malloc and friends over the C library's allocator, capped at
 * the TA's heap size (gpd.ta.dataSize, TA_DATA_SIZE) as OP-TEE's TA heap is,
 * and TEE_CheckMemoryAccessRights, which the host answers.
 */
#include <malloc.h>
#include <string.h>
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

#include "utee_private.h"

/*
 * What TEE_Malloc(0) returns, as OP-TEE does: non-NULL addresses in the
 * never-mapped first page, so using a zero-sized allocation faults.
 */
#define TEE_NULL_SIZED_VA		((void *)1)
#define TEE_NULL_SIZED_NO_SHARE_VA	((void *)2)

static size_t heap_used;
static const void *instance_data;

static bool is_null_sized(const void *p)
{
	return p == TEE_NULL_SIZED_VA || p == TEE_NULL_SIZED_NO_SHARE_VA;
}

static size_t heap_limit(void)
{
	static bool known;
	static uint32_t size;

	if (!known) {
		if (TEE_GetPropertyAsU32(TEE_PROPSET_CURRENT_TA, "gpd.ta.dataSize", &size))
			size = 0;
		known = true;
	}
	return size;
}

static bool heap_can_grow(size_t bytes)
{
	size_t limit = heap_limit();

	return bytes <= limit && heap_used <= limit - bytes;
}

static void *allocate(size_t size, bool zero)
{
	if (!heap_can_grow(size))
		return NULL;
	void *p = zero ? calloc(1, size) : malloc(size);
	if (p)
		heap_used += malloc_usable_size(p);
	return p;
}

/* The hints as OP-TEE reads them: NO_FILL alone panics, an unknown hint gets NULL. */
void *TEE_Malloc(size_t size, uint32_t hint)
{
	switch (hint) {
	case TEE_MALLOC_FILL_ZERO:
		return size ? allocate(size, true) : TEE_NULL_SIZED_VA;
	case TEE_MALLOC_NO_SHARE:
		return size ? allocate(size, true) : TEE_NULL_SIZED_NO_SHARE_VA;
	case TEE_MALLOC_NO_FILL | TEE_MALLOC_NO_SHARE:
		return size ? allocate(size, false) : TEE_NULL_SIZED_NO_SHARE_VA;
	case TEE_USER_MEM_HINT_NO_FILL_ZERO:
		return size ? allocate(size, false) : TEE_NULL_SIZED_VA;
	case TEE_MALLOC_NO_FILL:
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	default:
		EMSG("invalid TEE_Malloc hint %#x", hint);
		return NULL;
	}
}

void *__GP11_TEE_Malloc(uint32_t size, uint32_t hint)
{
	return TEE_Malloc(size, hint);
}

void TEE_Free(void *buffer)
{
	if (!buffer || is_null_sized(buffer))
		return;
	heap_used -= malloc_usable_size(buffer);
	free(buffer);
}

void *TEE_Realloc(void *buffer, size_t newSize)
{
	if (!buffer || is_null_sized(buffer))
		return TEE_Malloc(newSize, TEE_MALLOC_FILL_ZERO);
	if (!newSize) {
		TEE_Free(buffer);
		return TEE_NULL_SIZED_VA;
	}
	size_t old = malloc_usable_size(buffer);
	if (newSize > old && !heap_can_grow(newSize - old))
		return NULL;
	void *p = realloc(buffer, newSize);
	if (!p)
		return NULL;
	heap_used = heap_used - old + malloc_usable_size(p);
	return p;
}

void *__GP11_TEE_Realloc(void *buffer, uint32_t newSize)
{
	return TEE_Realloc(buffer, newSize);
}

void *TEE_MemMove(void *dest, const void *src, size_t size)
{
	return memmove(dest, src, size);
}

void *__GP11_TEE_MemMove(void *dest, const void *src, uint32_t size)
{
	return memmove(dest, src, size);
}

/* Reads every byte whatever the contents, so comparing secrets leaks no timing. */
int32_t TEE_MemCompare(const void *buffer1, const void *buffer2, size_t size)
{
	const volatile uint8_t *a = buffer1;
	const volatile uint8_t *b = buffer2;
	int32_t result = 0;

	for (size_t i = 0; i < size; i++) {
		int32_t diff = (int32_t)a[i] - (int32_t)b[i];
		/* Keep the first difference: result is zero until then. */
		int32_t unset = ((result | -result) >> 31) + 1;
		result |= diff & -unset;
	}
	return result;
}

int32_t __GP11_TEE_MemCompare(const void *buffer1, const void *buffer2, uint32_t size)
{
	return TEE_MemCompare(buffer1, buffer2, size);
}

void TEE_MemFill(void *buff, uint32_t x, size_t size)
{
	memset(buff, (uint8_t)x, size);
}

void __GP11_TEE_MemFill(void *buff, uint32_t x, uint32_t size)
{
	memset(buff, (uint8_t)x, size);
}

void TEE_SetInstanceData(const void *instanceData)
{
	instance_data = instanceData;
}

const void *TEE_GetInstanceData(void)
{
	return instance_data;
}

TEE_Result TEE_CheckMemoryAccessRights(uint32_t accessFlags, void *buffer, size_t size)
{
	const stee_host_api *host = __utee_host();

	if (accessFlags & ~(TEE_MEMORY_ACCESS_READ | TEE_MEMORY_ACCESS_WRITE |
			    TEE_MEMORY_ACCESS_ANY_OWNER))
		return TEE_ERROR_ACCESS_DENIED;
	return host->check_memory_access(host->host, accessFlags, buffer, size);
}

TEE_Result __GP11_TEE_CheckMemoryAccessRights(uint32_t accessFlags, void *buffer,
					      uint32_t size)
{
	return TEE_CheckMemoryAccessRights(accessFlags, buffer, size);
}

/* Heap debugging: what TEE_Malloc holds now, relative to the last mark. */
static size_t heap_mark;

void tee_user_mem_mark_heap(void)
{
	heap_mark = heap_used;
}

size_t tee_user_mem_check_heap(void)
{
	return heap_used > heap_mark ? heap_used - heap_mark : 0;
}
