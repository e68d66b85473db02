// SPDX-License-Identifier: BSD-2-Clause
/*
 * OP-TEE extensions that swift-tee does not provide (yet), defined so that
 * a TA using them links; every call says so instead of pretending.
 *  - TEE_CacheClean/Flush/Invalidate() return TEE_ERROR_NOT_SUPPORTED, what
 *    OP-TEE answers a TA without TA_FLAG_CACHE_MAINTENANCE (so TAs already
 *    handle it). x86-64 caches are coherent and maintenance would be a
 *    no-op, but claiming success would also claim OP-TEE's checks (the TA
 *    flag, the buffer being shared memory), which nothing makes here.
 *  - tee_invoke_supp_plugin() returns TEE_ERROR_NOT_IMPLEMENTED and leaves
 *    *@outlen untouched: swift-tee has no tee-supplicant plugins.
 */
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

/* Stubs ignore their arguments by design. */
#pragma GCC diagnostic ignored "-Wunused-parameter"

TEE_Result TEE_CacheClean(char *buf, size_t len)
{ return TEE_ERROR_NOT_SUPPORTED; }

TEE_Result TEE_CacheFlush(char *buf, size_t len)
{ return TEE_ERROR_NOT_SUPPORTED; }

TEE_Result TEE_CacheInvalidate(char *buf, size_t len)
{ return TEE_ERROR_NOT_SUPPORTED; }

TEE_Result tee_invoke_supp_plugin(const TEE_UUID *uuid, uint32_t cmd,
				  uint32_t sub_cmd, void *buf, size_t len,
				  size_t *outlen)
{ return TEE_ERROR_NOT_IMPLEMENTED; }
