/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: OP-TEE's extensions to the Internal Core API that a
 * TA may call (declared by OP-TEE in the header of the same name).
 *
 * What each one is for in swift-tee (libutee in the TA host provides the
 * symbols; this header only declares them):
 *  - tee_uuid_from_str(): string parsing, meant to work fully.
 *  - tee_user_mem_mark_heap(), tee_user_mem_check_heap(): heap debugging
 *    helpers, declared so that TAs using them link.
 *  - TEE_CacheClean/Flush/Invalidate(): x86-64 data caches are coherent,
 *    so there is nothing to maintain; OP-TEE requires
 *    TA_FLAG_CACHE_MAINTENANCE for them.
 *  - tee_map_zi(), tee_map_zi_va(), tee_unmap(): map/unmap zero-filled
 *    memory in the TA's address space.
 *  - tee_invoke_supp_plugin(): declared only. OP-TEE routes it to a
 *    tee-supplicant plugin; swift-tee has no supplicant plugins, so a TA
 *    calling it should expect an error.
 */
#ifndef TEE_INTERNAL_API_EXTENSIONS_H
#define TEE_INTERNAL_API_EXTENSIONS_H

#include <stddef.h>
#include <stdint.h>
#include <tee_api_defines_extensions.h>
#include <tee_api_types.h>
#include <trace.h>
#include <types_ext.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Heap debugging */
void tee_user_mem_mark_heap(void);
size_t tee_user_mem_check_heap(void);

/* Implementation-defined TEE_Malloc() hint: do not zero the block. */
#define TEE_USER_MEM_HINT_NO_FILL_ZERO	0x80000000

/*
 * Data cache maintenance on [buf, buf + len) (requires
 * TA_FLAG_CACHE_MAINTENANCE):
 *  - Clean: write dirty lines back, keep them valid;
 *  - Flush: write dirty lines back, then invalidate;
 *  - Invalidate: drop the lines without writing them back.
 */
TEE_Result TEE_CacheClean(char *buf, size_t len);
TEE_Result TEE_CacheFlush(char *buf, size_t len);
TEE_Result TEE_CacheInvalidate(char *buf, size_t len);

/*
 * Map @len bytes of zero-filled memory; @flags is 0 or
 * TEE_MEMORY_ACCESS_ANY_OWNER (shareable with other TAs). Returns NULL on
 * failure. tee_map_zi_va() asks for the address @va.
 */
void *tee_map_zi(size_t len, uint32_t flags);
void *tee_map_zi_va(vaddr_t va, size_t len, uint32_t flags);

/* Unmap exactly a range returned by tee_map_zi() / tee_map_zi_va(). */
TEE_Result tee_unmap(void *buf, size_t len);

/* Parse "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (hex digits) into @uuid. */
TEE_Result tee_uuid_from_str(TEE_UUID *uuid, const char *s);

/*
 * Send @cmd / @sub_cmd and the @len bytes at @buf to the normal-world
 * plugin @uuid; on return *@outlen (if not NULL) is the reply's length in
 * @buf.
 */
TEE_Result tee_invoke_supp_plugin(const TEE_UUID *uuid, uint32_t cmd,
				  uint32_t sub_cmd, void *buf, size_t len,
				  size_t *outlen);

#ifdef __cplusplus
}
#endif

#endif /* TEE_INTERNAL_API_EXTENSIONS_H */
