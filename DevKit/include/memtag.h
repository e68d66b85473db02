/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: OP-TEE's memory-tagging helpers. x86-64 has no memory
 * tagging, so tags are never set and these are the identity (as OP-TEE
 * builds them without CFG_MEMTAG).
 */
#ifndef MEMTAG_H
#define MEMTAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

static inline bool memtag_is_enabled(void)
{
	return false;
}

static inline void *memtag_strip_tag(void *addr)
{
	return addr;
}

static inline const void *memtag_strip_tag_const(const void *addr)
{
	return addr;
}

static inline uintptr_t memtag_strip_tag_vaddr(const void *addr)
{
	return (uintptr_t)addr;
}

static inline void *memtag_set_tags(void *addr, size_t size, uint8_t tag)
{
	(void)size;
	(void)tag;
	return addr;
}

static inline void *memtag_set_random_tags(void *addr, size_t size)
{
	(void)size;
	return addr;
}

static inline void *memtag_insert_tag(void *addr, uint8_t tag)
{
	(void)tag;
	return addr;
}

static inline uint8_t memtag_get_tag(const void *addr)
{
	(void)addr;
	return 0;
}

static inline size_t memtag_get_tag_granule_size(void)
{
	return 0;
}

#endif /* MEMTAG_H */
