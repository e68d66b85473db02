// SPDX-License-Identifier: BSD-2-Clause
/*
 * The table a C TA hands to the TA host: its identity from ta_head and its
 * entry points, and TEE_Panic / cancellation over the host's services.
 */
#include <string.h>
#include <tee_internal_api.h>
#include <user_ta_header.h>

#include "utee_private.h"

/* One TA per process: these are the TA's own globals, as in OP-TEE's libutee. */
static const stee_host_api *host_api;
static struct utee_entry_points entry_points;
static stee_ta_exports exports;

const stee_host_api *__utee_host(void)
{
	return host_api;
}

static void bind(void *context, const stee_host_api *host)
{
	(void)context;
	host_api = host;
}

static uint32_t create(void *context)
{
	(void)context;
	return entry_points.create();
}

static void destroy(void *context)
{
	(void)context;
	entry_points.destroy();
}

static uint32_t open_session(void *context, const stee_identity *client, uint32_t types,
			     stee_param params[4], void **session)
{
	(void)context;
	(void)client; /* gpd.client.identity comes from the host on request */
	return entry_points.open_session(types, params, session);
}

static void close_session(void *context, void *session)
{
	(void)context;
	entry_points.close_session(session);
}

static uint32_t invoke(void *context, void *session, uint32_t command, uint32_t types,
		       stee_param params[4])
{
	(void)context;
	return entry_points.invoke(session, command, types, params);
}

void __utee_uuid_octets(const TEE_UUID *u, uint8_t out[16])
{
	out[0] = u->timeLow >> 24;
	out[1] = u->timeLow >> 16;
	out[2] = u->timeLow >> 8;
	out[3] = u->timeLow;
	out[4] = u->timeMid >> 8;
	out[5] = u->timeMid;
	out[6] = u->timeHiAndVersion >> 8;
	out[7] = u->timeHiAndVersion;
	memcpy(out + 8, u->clockSeqAndNode, 8);
}

static const char *string_property(const char *name)
{
	for (size_t i = 0; i < ta_num_props; i++)
		if (ta_props[i].type == USER_TA_PROP_TYPE_STRING &&
		    !strcmp(ta_props[i].name, name))
			return ta_props[i].value;
	return "";
}

const stee_ta_exports *__utee_exports(const struct utee_entry_points *entry)
{
	entry_points = *entry;
	exports.abi_version = STEE_TA_ABI_VERSION;
	__utee_uuid_octets(&ta_head.uuid, exports.uuid);
	exports.flags = ta_head.flags;
	exports.description = string_property(TA_PROP_STR_DESCRIPTION);
	exports.version = string_property(TA_PROP_STR_VERSION);
	exports.bind = bind;
	exports.create = create;
	exports.destroy = destroy;
	exports.open_session = open_session;
	exports.close_session = close_session;
	exports.invoke = invoke;
	return &exports;
}

void TEE_Panic(TEE_Result panicCode)
{
	if (host_api)
		host_api->panic(host_api->host, panicCode);
	__builtin_trap();
}

bool TEE_GetCancellationFlag(void)
{
	return host_api->get_cancellation_flag(host_api->host);
}

bool TEE_UnmaskCancellation(void)
{
	return host_api->unmask_cancellation(host_api->host);
}

bool TEE_MaskCancellation(void)
{
	return host_api->mask_cancellation(host_api->host);
}

void __utee_params_from_gp11(stee_param out[TEE_NUM_PARAMS], uint32_t types,
			     const __GP11_TEE_Param in[TEE_NUM_PARAMS])
{
	for (unsigned i = 0; i < TEE_NUM_PARAMS; i++) {
		switch (TEE_PARAM_TYPE_GET(types, i)) {
		case TEE_PARAM_TYPE_MEMREF_INPUT:
		case TEE_PARAM_TYPE_MEMREF_OUTPUT:
		case TEE_PARAM_TYPE_MEMREF_INOUT:
			out[i].memref.buffer = in[i].memref.buffer;
			out[i].memref.size = in[i].memref.size;
			break;
		default:
			out[i].value.a = in[i].value.a;
			out[i].value.b = in[i].value.b;
		}
	}
}

void __utee_params_to_gp11(__GP11_TEE_Param out[TEE_NUM_PARAMS], uint32_t types,
			   const stee_param in[TEE_NUM_PARAMS])
{
	for (unsigned i = 0; i < TEE_NUM_PARAMS; i++) {
		switch (TEE_PARAM_TYPE_GET(types, i)) {
		case TEE_PARAM_TYPE_MEMREF_INPUT:
		case TEE_PARAM_TYPE_MEMREF_OUTPUT:
		case TEE_PARAM_TYPE_MEMREF_INOUT:
			out[i].memref.buffer = in[i].memref.buffer;
			/* Sizes beyond 32 bits cannot be told to a GP 1.1 TA. */
			if (in[i].memref.size > UINT32_MAX)
				TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
			out[i].memref.size = (uint32_t)in[i].memref.size;
			break;
		default:
			out[i].value.a = in[i].value.a;
			out[i].value.b = in[i].value.b;
		}
	}
}

TEE_Result __ta_open_sess(uint32_t pt, TEE_Param params[TEE_NUM_PARAMS], void **sess_ctx,
			  TEE_Result (*fp)(uint32_t, __GP11_TEE_Param[TEE_NUM_PARAMS], void **))
{
	__GP11_TEE_Param p[TEE_NUM_PARAMS];

	__utee_params_to_gp11(p, pt, (stee_param *)params);
	TEE_Result res = fp(pt, p, sess_ctx);
	__utee_params_from_gp11((stee_param *)params, pt, p);
	return res;
}

TEE_Result __ta_invoke_cmd(void *sess_ctx, uint32_t cmd_id, uint32_t pt,
			   TEE_Param params[TEE_NUM_PARAMS],
			   TEE_Result (*fp)(void *, uint32_t, uint32_t,
					    __GP11_TEE_Param[TEE_NUM_PARAMS]))
{
	__GP11_TEE_Param p[TEE_NUM_PARAMS];

	__utee_params_to_gp11(p, pt, (stee_param *)params);
	TEE_Result res = fp(sess_ctx, cmd_id, pt, p);
	__utee_params_from_gp11((stee_param *)params, pt, p);
	return res;
}
