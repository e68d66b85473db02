#ifndef USER_TA_HEADER_DEFINES_H
#define USER_TA_HEADER_DEFINES_H

#include <api_test_ta.h>

#define TA_UUID			TA_API_TEST_UUID
/* Multi-instance: CMD_CALL_TIMEOUT opens a second instance of itself. */
#define TA_FLAGS		0
#define TA_STACK_SIZE		(8 * 1024)
#define TA_DATA_SIZE		(64 * 1024)
#define TA_VERSION		"2.5"
#define TA_DESCRIPTION		"swift-tee GP Internal Core API test TA"

/* One extra property of every type (checked by CMD_PROPERTIES). */
#define TA_CURRENT_TA_EXT_PROPERTIES \
	{ "test.bool", USER_TA_PROP_TYPE_BOOL, &(const bool){ true } }, \
	{ "test.u32", USER_TA_PROP_TYPE_U32, &(const uint32_t){ 42 } }, \
	{ "test.u64", USER_TA_PROP_TYPE_U64, &(const uint64_t){ 0x123456789ULL } }, \
	{ "test.uuid", USER_TA_PROP_TYPE_UUID, &(const TEE_UUID)TA_API_TEST_UUID }, \
	{ "test.identity", USER_TA_PROP_TYPE_IDENTITY, \
		&(const TEE_Identity){ TEE_LOGIN_USER, TA_API_TEST_UUID } }, \
	{ "test.string", USER_TA_PROP_TYPE_STRING, "hello" }, \
	{ "test.binary", USER_TA_PROP_TYPE_BINARY_BLOCK, "c3dpZnQtdGVl" },

#endif
