// SPDX-License-Identifier: BSD-2-Clause
/* OP-TEE's libutee extensions a TA may use: zero-filled mappings, UUID parsing. */
#include <errno.h>
#include <sys/mman.h>
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

void *tee_map_zi(size_t len, uint32_t flags)
{
	if (flags & ~TEE_MEMORY_ACCESS_ANY_OWNER)
		return NULL;
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

void *tee_map_zi_va(vaddr_t va, size_t len, uint32_t flags)
{
	if (flags & ~TEE_MEMORY_ACCESS_ANY_OWNER)
		return NULL;
	void *p = mmap((void *)va, len, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

TEE_Result tee_unmap(void *buf, size_t len)
{
	return munmap(buf, len) ? TEE_ERROR_BAD_PARAMETERS : TEE_SUCCESS;
}

static int hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

TEE_Result tee_uuid_from_str(TEE_UUID *uuid, const char *s)
{
	uint8_t b[16];
	unsigned n = 0;

	if (!uuid || !s)
		return TEE_ERROR_BAD_PARAMETERS;
	for (unsigned i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return TEE_ERROR_BAD_PARAMETERS;
			continue;
		}
		int hi = hex(s[i]);
		int lo = hi < 0 ? -1 : hex(s[++i]);
		if (lo < 0)
			return TEE_ERROR_BAD_PARAMETERS;
		b[n++] = (uint8_t)(hi << 4 | lo);
	}
	if (s[36])
		return TEE_ERROR_BAD_PARAMETERS;
	uuid->timeLow = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
	uuid->timeMid = (uint16_t)(b[4] << 8 | b[5]);
	uuid->timeHiAndVersion = (uint16_t)(b[6] << 8 | b[7]);
	for (unsigned i = 0; i < 8; i++)
		uuid->clockSeqAndNode[i] = b[8 + i];
	return TEE_SUCCESS;
}
