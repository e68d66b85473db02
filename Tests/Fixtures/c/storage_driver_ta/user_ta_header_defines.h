#ifndef USER_TA_HEADER_DEFINES_H
#define USER_TA_HEADER_DEFINES_H

#include <storage_driver_ta.h>

#define TA_UUID			TA_STORAGE_DRIVER_UUID
#define TA_FLAGS		(TA_FLAG_SINGLE_INSTANCE | TA_FLAG_MULTI_SESSION)
#define TA_STACK_SIZE		(8 * 1024)
#define TA_DATA_SIZE		(64 * 1024)
#define TA_VERSION		"1.0"
#define TA_DESCRIPTION		"swift-tee storage driver TA (crash-consistency tests)"

#endif
