// SPDX-License-Identifier: BSD-2-Clause
/*
 * TA-to-TA sessions. teed opens them on the calling TA's behalf (the callee
 * sees login TEE_LOGIN_TRUSTED_APP and the caller's UUID); memrefs point into
 * the caller's own memory and the host copies them across.
 */
#include <stdlib.h>
#include <string.h>
#include <tee_internal_api.h>

#include "utee_private.h"

struct __TEE_TASessionHandle {
	struct __TEE_TASessionHandle *next;	/* every open session, to validate handles */
	uint32_t id;
};

static struct __TEE_TASessionHandle *sessions;

static void check_params(uint32_t types, const TEE_Param *params)
{
	if (types & 0xFFFF0000)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	for (unsigned i = 0; i < TEE_NUM_PARAMS; i++) {
		uint32_t t = TEE_PARAM_TYPE_GET(types, i);
		if (t == 4 || t > TEE_PARAM_TYPE_MEMREF_INOUT)
			TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
		if (t != TEE_PARAM_TYPE_NONE && !params)
			TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	}
}

TEE_Result TEE_OpenTASession(const TEE_UUID *destination, uint32_t cancellationRequestTimeout,
			     uint32_t paramTypes, TEE_Param params[TEE_NUM_PARAMS],
			     TEE_TASessionHandle *session, uint32_t *returnOrigin)
{
	const stee_host_api *host = __utee_host();
	stee_param none[TEE_NUM_PARAMS] = { 0 };
	uint8_t uuid[16];
	uint32_t origin = TEE_ORIGIN_TEE;
	uint32_t id = 0;

	if (!destination || !session)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	check_params(paramTypes, params);
	*session = TEE_HANDLE_NULL;
	struct __TEE_TASessionHandle *s = malloc(sizeof(*s));
	if (!s) {
		if (returnOrigin)
			*returnOrigin = TEE_ORIGIN_TEE;
		return TEE_ERROR_OUT_OF_MEMORY;
	}
	__utee_uuid_octets(destination, uuid);
	TEE_Result res = host->open_ta_session(host->host, uuid, cancellationRequestTimeout,
					       paramTypes,
					       params ? (stee_param *)params : none,
					       &id, &origin);
	if (returnOrigin)
		*returnOrigin = origin;
	if (res != TEE_SUCCESS) {
		free(s);
		return res;
	}
	s->id = id;
	s->next = sessions;
	sessions = s;
	*session = s;
	return TEE_SUCCESS;
}

static struct __TEE_TASessionHandle *lookup(TEE_TASessionHandle session)
{
	for (struct __TEE_TASessionHandle *s = sessions; s; s = s->next)
		if (s == session)
			return s;
	TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
}

void TEE_CloseTASession(TEE_TASessionHandle session)
{
	const stee_host_api *host = __utee_host();

	if (session == TEE_HANDLE_NULL)
		return;
	struct __TEE_TASessionHandle *s = lookup(session);
	for (struct __TEE_TASessionHandle **p = &sessions; *p; p = &(*p)->next) {
		if (*p == s) {
			*p = s->next;
			break;
		}
	}
	host->close_ta_session(host->host, s->id);
	free(s);
}

TEE_Result TEE_InvokeTACommand(TEE_TASessionHandle session, uint32_t cancellationRequestTimeout,
			       uint32_t commandID, uint32_t paramTypes,
			       TEE_Param params[TEE_NUM_PARAMS], uint32_t *returnOrigin)
{
	const stee_host_api *host = __utee_host();
	stee_param none[TEE_NUM_PARAMS] = { 0 };
	uint32_t origin = TEE_ORIGIN_TEE;

	struct __TEE_TASessionHandle *s = lookup(session);
	check_params(paramTypes, params);
	TEE_Result res = host->invoke_ta_command(host->host, s->id, cancellationRequestTimeout,
						 commandID, paramTypes,
						 params ? (stee_param *)params : none, &origin);
	if (returnOrigin)
		*returnOrigin = origin;
	return res;
}

TEE_Result __GP11_TEE_OpenTASession(const TEE_UUID *destination,
				    uint32_t cancellationRequestTimeout, uint32_t paramTypes,
				    __GP11_TEE_Param params[TEE_NUM_PARAMS],
				    TEE_TASessionHandle *session, uint32_t *returnOrigin)
{
	stee_param p[TEE_NUM_PARAMS] = { 0 };

	if (params)
		__utee_params_from_gp11(p, paramTypes, params);
	TEE_Result res = TEE_OpenTASession(destination, cancellationRequestTimeout, paramTypes,
					   (TEE_Param *)p, session, returnOrigin);
	if (params)
		__utee_params_to_gp11(params, paramTypes, p);
	return res;
}

TEE_Result __GP11_TEE_InvokeTACommand(TEE_TASessionHandle session,
				      uint32_t cancellationRequestTimeout, uint32_t commandID,
				      uint32_t paramTypes,
				      __GP11_TEE_Param params[TEE_NUM_PARAMS],
				      uint32_t *returnOrigin)
{
	stee_param p[TEE_NUM_PARAMS] = { 0 };

	if (params)
		__utee_params_from_gp11(p, paramTypes, params);
	TEE_Result res = TEE_InvokeTACommand(session, cancellationRequestTimeout, commandID,
					     paramTypes, (TEE_Param *)p, returnOrigin);
	if (params)
		__utee_params_to_gp11(params, paramTypes, p);
	return res;
}
