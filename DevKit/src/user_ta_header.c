// SPDX-License-Identifier: BSD-2-Clause
/*
 * swift-tee dev kit: compiled into every C TA together with the TA's own
 * user_ta_header_defines.h. It describes the TA (ta_head, ta_props) and
 * hands its entry points to libutee, converting parameters for TAs built
 * against GP 1.1 (CFG_TA_OPTEE_CORE_API_COMPAT_1_1=y).
 */
#include <compiler.h>
#include <stdbool.h>
#include <stdint.h>
#include <tee_internal_api.h>
#include <trace.h>
#include <user_ta_header.h>
#include <user_ta_header_defines.h>

#include "utee_entry.h"

#ifndef TA_VERSION
#define TA_VERSION "Undefined version"
#endif
#ifndef TA_DESCRIPTION
#define TA_DESCRIPTION "Undefined description"
#endif
/* What OP-TEE adds to TA_STACK_SIZE for its own frames; reported the same way. */
#define TA_FRAMEWORK_STACK_SIZE 2048

const struct ta_head ta_head __attribute__((section(".ta_head"), used)) = {
	.uuid = TA_UUID,
	.stack_size = TA_STACK_SIZE + TA_FRAMEWORK_STACK_SIZE,
	.flags = TA_FLAGS,
	.depr_entry = UINT64_MAX,
};

#ifndef TRACE_LEVEL
#define TRACE_LEVEL 2
#endif
int trace_level = TRACE_LEVEL;
const char trace_ext_prefix[] = "TA";

static const bool prop_single_instance = (TA_FLAGS & TA_FLAG_SINGLE_INSTANCE) != 0;
static const bool prop_multi_session = (TA_FLAGS & TA_FLAG_MULTI_SESSION) != 0;
static const bool prop_keep_alive = (TA_FLAGS & TA_FLAG_INSTANCE_KEEP_ALIVE) != 0;
static const bool prop_keep_crashed = (TA_FLAGS & TA_FLAG_INSTANCE_KEEP_CRASHED) != 0;
static const bool prop_no_close_on_corrupt =
	(TA_FLAGS & TA_FLAG_DONT_CLOSE_HANDLE_ON_CORRUPT_OBJECT) != 0;
static const uint32_t prop_data_size = TA_DATA_SIZE;
static const uint32_t prop_stack_size = TA_STACK_SIZE;
static const uint32_t prop_endian; /* 0: little endian */

const struct user_ta_property ta_props[] = {
	{ "gpd.ta.appID", USER_TA_PROP_TYPE_UUID, &ta_head.uuid },
	{ TA_PROP_STR_SINGLE_INSTANCE, USER_TA_PROP_TYPE_BOOL, &prop_single_instance },
	{ TA_PROP_STR_MULTI_SESSION, USER_TA_PROP_TYPE_BOOL, &prop_multi_session },
	{ TA_PROP_STR_KEEP_ALIVE, USER_TA_PROP_TYPE_BOOL, &prop_keep_alive },
	{ TA_PROP_STR_KEEP_CRASHED, USER_TA_PROP_TYPE_BOOL, &prop_keep_crashed },
	{ TA_PROP_STR_DATA_SIZE, USER_TA_PROP_TYPE_U32, &prop_data_size },
	{ TA_PROP_STR_STACK_SIZE, USER_TA_PROP_TYPE_U32, &prop_stack_size },
	{ TA_PROP_STR_VERSION, USER_TA_PROP_TYPE_STRING, TA_VERSION },
	{ TA_PROP_STR_DESCRIPTION, USER_TA_PROP_TYPE_STRING, TA_DESCRIPTION },
	{ TA_PROP_STR_ENDIAN, USER_TA_PROP_TYPE_U32, &prop_endian },
	{ TA_PROP_STR_DOES_NOT_CLOSE_HANDLE_ON_CORRUPT_OBJECT, USER_TA_PROP_TYPE_BOOL,
	  &prop_no_close_on_corrupt },
#ifdef TA_CURRENT_TA_EXT_PROPERTIES
	TA_CURRENT_TA_EXT_PROPERTIES
#endif
};

const size_t ta_num_props = sizeof(ta_props) / sizeof(ta_props[0]);


#if __OPTEE_CORE_API_COMPAT_1_1
/*
 * The TA defines the __GP11_ entry points (tee_api_compat.h renames them);
 * libutee converts the parameters. TEE_Param is the 1.1 type here, hence void *.
 */
static TEE_Result open_session(uint32_t types, stee_param params[TEE_NUM_PARAMS],
			       void **session)
{
	return __ta_open_sess(types, (void *)params, session,
			      __GP11_TA_OpenSessionEntryPoint);
}

static TEE_Result invoke(void *session, uint32_t command, uint32_t types,
			 stee_param params[TEE_NUM_PARAMS])
{
	return __ta_invoke_cmd(session, command, types, (void *)params,
			       __GP11_TA_InvokeCommandEntryPoint);
}
#else
static TEE_Result open_session(uint32_t types, stee_param params[TEE_NUM_PARAMS],
			       void **session)
{
	return TA_OpenSessionEntryPoint(types, (TEE_Param *)params, session);
}

static TEE_Result invoke(void *session, uint32_t command, uint32_t types,
			 stee_param params[TEE_NUM_PARAMS])
{
	return TA_InvokeCommandEntryPoint(session, command, types, (TEE_Param *)params);
}
#endif

static void destroy(void)
{
	TA_DestroyEntryPoint();
}

static TEE_Result create(void)
{
	return TA_CreateEntryPoint();
}

__attribute__((visibility("default")))
const stee_ta_exports *swift_tee_ta_exports(void)
{
	static const struct utee_entry_points entry = {
		.create = create,
		.destroy = destroy,
		.open_session = open_session,
		.close_session = TA_CloseSessionEntryPoint,
		.invoke = invoke,
	};
	return __utee_exports(&entry);
}
