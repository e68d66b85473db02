/* What the dev kit needs to know about this TA (see user_ta_header.c). */
#ifndef USER_TA_HEADER_DEFINES_H
#define USER_TA_HEADER_DEFINES_H

#include <hello_world_ta.h>

#define TA_UUID				TA_HELLO_WORLD_UUID

#define TA_FLAGS			TA_FLAG_EXEC_DDR
#define TA_STACK_SIZE			(2 * 1024)
#define TA_DATA_SIZE			(32 * 1024)

#define TA_VERSION	"1.0"
#define TA_DESCRIPTION	"swift-tee C example: hello world"

/* An extra TA property, readable with TEE_GetPropertyAsU32(). */
#define TA_CURRENT_TA_EXT_PROPERTIES \
	{ "org.swift-tee.example.answer", USER_TA_PROP_TYPE_U32, \
		&(const uint32_t){ 42 } },

#endif /* USER_TA_HEADER_DEFINES_H */
