/*
 * ta_to_ta's caller: a TA that opens a session to another TA (the callee)
 * and invokes its commands, as a client application would through libteec.
 * Written against GP 1.1 types (the Makefile sets
 * CFG_TA_OPTEE_CORE_API_COMPAT_1_1=y).
 */
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

#include <ta_to_ta.h>

/* 32 bytes, sent to the callee without its terminating NUL */
static const char message[] = "swift-tee ta-to-ta: hello callee";
#define MESSAGE_SIZE	(sizeof(message) - 1)

static const TEE_UUID callee_uuid = TA_CALLEE_UUID;

TEE_Result TA_CreateEntryPoint(void)
{
	DMSG("has been called");
	return TEE_SUCCESS;
}

void TA_DestroyEntryPoint(void)
{
	DMSG("has been called");
}

TEE_Result TA_OpenSessionEntryPoint(uint32_t param_types, TEE_Param __maybe_unused params[4],
				    void __maybe_unused **sess_ctx)
{
	uint32_t exp_param_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE,
						   TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE);

	if (param_types != exp_param_types)
		return TEE_ERROR_BAD_PARAMETERS;
	DMSG("session opened");
	return TEE_SUCCESS;
}

void TA_CloseSessionEntryPoint(void __maybe_unused *sess_ctx)
{
	DMSG("session closed");
}

static TEE_Result open_callee(TEE_TASessionHandle *sess)
{
	uint32_t origin = 0;
	TEE_Result res;

	res = TEE_OpenTASession(&callee_uuid, TEE_TIMEOUT_INFINITE, 0, NULL, sess, &origin);
	if (res != TEE_SUCCESS)
		EMSG("TEE_OpenTASession failed: 0x%x origin 0x%x", res, origin);
	return res;
}

/* value[0].a = value[0].a squared, by the callee */
static TEE_Result call_square(TEE_TASessionHandle sess, uint32_t *value)
{
	uint32_t param_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_INOUT, TEE_PARAM_TYPE_NONE,
					       TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE);
	TEE_Param params[4];
	uint32_t origin = 0;
	TEE_Result res;

	TEE_MemFill(params, 0, sizeof(params));
	params[0].value.a = *value;
	res = TEE_InvokeTACommand(sess, TEE_TIMEOUT_INFINITE, CALLEE_CMD_SQUARE, param_types,
				  params, &origin);
	if (res != TEE_SUCCESS) {
		EMSG("CALLEE_CMD_SQUARE failed: 0x%x origin 0x%x", res, origin);
		return res;
	}
	if (params[0].value.a != *value * *value) {
		EMSG("CALLEE_CMD_SQUARE: %u squared is not %u", *value, params[0].value.a);
		return TEE_ERROR_GENERIC;
	}
	*value = params[0].value.a;
	return TEE_SUCCESS;
}

/* Has the callee reverse a buffer in this TA's private (TEE_Malloc'd) memory. */
static TEE_Result call_reverse(TEE_TASessionHandle sess)
{
	uint32_t param_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_MEMREF_INOUT, TEE_PARAM_TYPE_NONE,
					       TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE);
	TEE_Param params[4];
	uint32_t origin = 0;
	TEE_Result res;
	char *buf = NULL;
	size_t i = 0;

	buf = TEE_Malloc(MESSAGE_SIZE, TEE_MALLOC_FILL_ZERO);
	if (!buf)
		return TEE_ERROR_OUT_OF_MEMORY;
	TEE_MemMove(buf, message, MESSAGE_SIZE);

	TEE_MemFill(params, 0, sizeof(params));
	params[0].memref.buffer = buf;
	params[0].memref.size = MESSAGE_SIZE;
	res = TEE_InvokeTACommand(sess, TEE_TIMEOUT_INFINITE, CALLEE_CMD_REVERSE, param_types,
				  params, &origin);
	if (res != TEE_SUCCESS) {
		EMSG("CALLEE_CMD_REVERSE failed: 0x%x origin 0x%x", res, origin);
		goto out;
	}
	if (params[0].memref.size != MESSAGE_SIZE) {
		EMSG("CALLEE_CMD_REVERSE: got %u bytes back, expected %zu",
		     params[0].memref.size, MESSAGE_SIZE);
		res = TEE_ERROR_GENERIC;
		goto out;
	}
	for (i = 0; i < MESSAGE_SIZE; i++) {
		if (buf[i] != message[MESSAGE_SIZE - 1 - i]) {
			EMSG("CALLEE_CMD_REVERSE: byte %zu is '%c', expected '%c'", i, buf[i],
			     message[MESSAGE_SIZE - 1 - i]);
			res = TEE_ERROR_GENERIC;
			goto out;
		}
	}
	IMSG("Callee reversed \"%s\" into \"%.*s\"", message, (int)MESSAGE_SIZE, buf);
out:
	TEE_Free(buf);
	return res;
}

/* Checks that the callee sees this TA as its client. */
static TEE_Result call_whoami(TEE_TASessionHandle sess)
{
	uint32_t param_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_OUTPUT,
					       TEE_PARAM_TYPE_MEMREF_OUTPUT,
					       TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE);
	TEE_Param params[4];
	TEE_UUID own_uuid;
	TEE_UUID seen_uuid;
	uint32_t origin = 0;
	TEE_Result res;

	res = TEE_GetPropertyAsUUID(TEE_PROPSET_CURRENT_TA, "gpd.ta.appID", &own_uuid);
	if (res != TEE_SUCCESS) {
		EMSG("TEE_GetPropertyAsUUID failed: 0x%x", res);
		return res;
	}

	TEE_MemFill(params, 0, sizeof(params));
	TEE_MemFill(&seen_uuid, 0, sizeof(seen_uuid));
	params[1].memref.buffer = &seen_uuid;
	params[1].memref.size = sizeof(seen_uuid);
	res = TEE_InvokeTACommand(sess, TEE_TIMEOUT_INFINITE, CALLEE_CMD_WHOAMI, param_types,
				  params, &origin);
	if (res != TEE_SUCCESS) {
		EMSG("CALLEE_CMD_WHOAMI failed: 0x%x origin 0x%x", res, origin);
		return res;
	}
	if (params[0].value.a != TEE_LOGIN_TRUSTED_APP) {
		EMSG("CALLEE_CMD_WHOAMI: login 0x%x, expected 0x%x", params[0].value.a,
		     TEE_LOGIN_TRUSTED_APP);
		return TEE_ERROR_GENERIC;
	}
	if (params[1].memref.size != sizeof(seen_uuid) ||
	    TEE_MemCompare(&seen_uuid, &own_uuid, sizeof(own_uuid))) {
		EMSG("CALLEE_CMD_WHOAMI: the callee does not see this TA's UUID");
		return TEE_ERROR_GENERIC;
	}
	IMSG("Callee sees login 0x%x and this TA's UUID", params[0].value.a);
	return TEE_SUCCESS;
}

static TEE_Result run(uint32_t param_types, TEE_Param params[4])
{
	uint32_t exp_param_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_INOUT, TEE_PARAM_TYPE_NONE,
						   TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE);
	TEE_TASessionHandle sess = TEE_HANDLE_NULL;
	uint32_t value = 0;
	TEE_Result res;

	if (param_types != exp_param_types)
		return TEE_ERROR_BAD_PARAMETERS;

	res = open_callee(&sess);
	if (res != TEE_SUCCESS)
		return res;

	value = params[0].value.a;
	res = call_square(sess, &value);
	if (res == TEE_SUCCESS)
		res = call_reverse(sess);
	if (res == TEE_SUCCESS)
		res = call_whoami(sess);

	TEE_CloseTASession(sess);
	if (res == TEE_SUCCESS)
		params[0].value.a = value;
	return res;
}

static TEE_Result call_panic(uint32_t param_types, TEE_Param params[4])
{
	uint32_t exp_param_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_OUTPUT,
						   TEE_PARAM_TYPE_VALUE_OUTPUT,
						   TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE);
	uint32_t square_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_INOUT, TEE_PARAM_TYPE_NONE,
						TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE);
	TEE_TASessionHandle sess = TEE_HANDLE_NULL;
	TEE_Param callee_params[4];
	uint32_t origin = 0;
	TEE_Result res;

	if (param_types != exp_param_types)
		return TEE_ERROR_BAD_PARAMETERS;

	res = open_callee(&sess);
	if (res != TEE_SUCCESS)
		return res;

	res = TEE_InvokeTACommand(sess, TEE_TIMEOUT_INFINITE, CALLEE_CMD_PANIC, 0, NULL,
				  &origin);
	IMSG("CALLEE_CMD_PANIC returned 0x%x origin 0x%x", res, origin);
	params[0].value.a = res;
	params[0].value.b = origin;

	/* The callee is dead: the session stays open but every call fails. */
	TEE_MemFill(callee_params, 0, sizeof(callee_params));
	callee_params[0].value.a = 3;
	origin = 0;
	res = TEE_InvokeTACommand(sess, TEE_TIMEOUT_INFINITE, CALLEE_CMD_SQUARE, square_types,
				  callee_params, &origin);
	IMSG("CALLEE_CMD_SQUARE after the panic returned 0x%x origin 0x%x", res, origin);
	params[1].value.a = res;
	params[1].value.b = origin;

	TEE_CloseTASession(sess);
	return TEE_SUCCESS;
}

TEE_Result TA_InvokeCommandEntryPoint(void __maybe_unused *sess_ctx, uint32_t cmd_id,
				      uint32_t param_types, TEE_Param params[4])
{
	switch (cmd_id) {
	case CALLER_CMD_RUN:
		return run(param_types, params);
	case CALLER_CMD_CALL_PANIC:
		return call_panic(param_types, params);
	default:
		return TEE_ERROR_BAD_PARAMETERS;
	}
}
