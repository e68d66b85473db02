/* What the dev kit needs to know about this TA (see user_ta_header.c). */
#ifndef USER_TA_HEADER_DEFINES_H
#define USER_TA_HEADER_DEFINES_H

#include <ta_to_ta.h>

#define TA_UUID				TA_CALLEE_UUID

/* One instance serves every session, so a panic ends them all. */
#define TA_FLAGS			(TA_FLAG_SINGLE_INSTANCE | TA_FLAG_MULTI_SESSION)
#define TA_STACK_SIZE			(2 * 1024)
#define TA_DATA_SIZE			(32 * 1024)

#define TA_VERSION	"1.0"
#define TA_DESCRIPTION	"swift-tee C example: TA-to-TA, the called TA"

#endif /* USER_TA_HEADER_DEFINES_H */
