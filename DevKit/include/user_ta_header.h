/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: what a TA image carries about itself: the TA_FLAG_*
 * bits of user_ta_header_defines.h's TA_FLAGS, the ".ta_head" record and
 * the property table that the dev kit's generated user_ta_header.c fills.
 */
#ifndef USER_TA_HEADER_H
#define USER_TA_HEADER_H

#include <stddef.h>
#include <stdint.h>
#include <tee_api_types.h>
#include <util.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- TA_FLAGS bits ---------------------------------------------------- */
/* No longer meaningful; kept at 0 so old headers still compile. */
#define TA_FLAG_USER_MODE		0	/* was bit 0 */
#define TA_FLAG_EXEC_DDR		0	/* was bit 1 */
#define TA_FLAG_REMAP_SUPPORT		0	/* was bit 6 */

/* One instance serves every session (gpd.ta.singleInstance). */
#define TA_FLAG_SINGLE_INSTANCE		BIT32(2)
/* A single instance accepts several sessions (gpd.ta.multiSession). */
#define TA_FLAG_MULTI_SESSION		BIT32(3)
/* A single instance outlives its last session (gpd.ta.instanceKeepAlive). */
#define TA_FLAG_INSTANCE_KEEP_ALIVE	BIT32(4)
/* May access secure data path memory. */
#define TA_FLAG_SECURE_DATA_PATH	BIT32(5)
/* May use the cache maintenance calls (TEE_CacheClean() ...). */
#define TA_FLAG_CACHE_MAINTENANCE	BIT32(7)
/* Sessions may run concurrently; pseudo-TAs only, refused for user TAs. */
#define TA_FLAG_CONCURRENT		BIT32(8)
/* Listed on the TEE bus before / after the supplicant is running. */
#define TA_FLAG_DEVICE_ENUM		BIT32(9)
#define TA_FLAG_DEVICE_ENUM_SUPP	BIT32(10)
/* gpd.ta.doesNotCloseHandleOnCorruptObject */
#define TA_FLAG_DONT_CLOSE_HANDLE_ON_CORRUPT_OBJECT	BIT32(11)
/* Listed on the TEE bus once TEE private storage is available. */
#define TA_FLAG_DEVICE_ENUM_TEE_STORAGE_PRIVATE	BIT32(12)
/* A keep-alive instance that panicked is kept (not restarted). */
#define TA_FLAG_INSTANCE_KEEP_CRASHED	BIT32(13)

#define TA_FLAGS_MASK			GENMASK_32(13, 0)

/* ---- The ".ta_head" section ------------------------------------------- */
struct ta_head {
	TEE_UUID uuid;
	uint32_t stack_size;
	uint32_t flags;
	uint64_t depr_entry;	/* formerly the entry point; now UINT64_MAX */
};

/* ---- Properties --------------------------------------------------------- */
#define TA_PROP_STR_SINGLE_INSTANCE	"gpd.ta.singleInstance"
#define TA_PROP_STR_MULTI_SESSION	"gpd.ta.multiSession"
#define TA_PROP_STR_KEEP_ALIVE		"gpd.ta.instanceKeepAlive"
#define TA_PROP_STR_KEEP_CRASHED	"optee.ta.instanceKeepCrashed"
#define TA_PROP_STR_DATA_SIZE		"gpd.ta.dataSize"
#define TA_PROP_STR_STACK_SIZE		"gpd.ta.stackSize"
#define TA_PROP_STR_VERSION		"gpd.ta.version"
#define TA_PROP_STR_DESCRIPTION		"gpd.ta.description"
#define TA_PROP_STR_ENDIAN		"gpd.ta.endian"
#define TA_PROP_STR_DOES_NOT_CLOSE_HANDLE_ON_CORRUPT_OBJECT \
	"gpd.ta.doesNotCloseHandleOnCorruptObject"

/* How the value of a property row is stored. */
enum user_ta_prop_type {
	USER_TA_PROP_TYPE_BOOL = 0,		/* bool */
	USER_TA_PROP_TYPE_U32 = 1,		/* uint32_t */
	USER_TA_PROP_TYPE_UUID = 2,		/* TEE_UUID */
	USER_TA_PROP_TYPE_IDENTITY = 3,		/* TEE_Identity */
	USER_TA_PROP_TYPE_STRING = 4,		/* NUL-terminated char[] */
	USER_TA_PROP_TYPE_BINARY_BLOCK = 5,	/* NUL-terminated base64 text */
	USER_TA_PROP_TYPE_U64 = 6,		/* uint64_t */
	USER_TA_PROP_TYPE_INVALID = 7,
};

/*
 * One row of ta_props[]; TA_CURRENT_TA_EXT_PROPERTIES in
 * user_ta_header_defines.h appends rows of this shape.
 */
struct user_ta_property {
	const char *name;
	enum user_ta_prop_type type;
	const void *value;
};

/* Defined by the dev kit's generated user_ta_header.c. */
extern const struct ta_head ta_head;
extern const struct user_ta_property ta_props[];
extern const size_t ta_num_props;

#ifdef __cplusplus
}
#endif

#endif /* USER_TA_HEADER_H */
