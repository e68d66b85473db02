/*
 * ta_to_ta's callee: a TA meant to be called by another TA. Written against
 * GP 1.1 types (the Makefile sets CFG_TA_OPTEE_CORE_API_COMPAT_1_1=y).
 */
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

#include <ta_to_ta.h>

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

static TEE_Result whoami(uint32_t param_types, TEE_Param params[4])
{
	uint32_t exp_param_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_OUTPUT,
						   TEE_PARAM_TYPE_MEMREF_OUTPUT,
						   TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE);
	TEE_Identity id;
	TEE_Result res;

	if (param_types != exp_param_types)
		return TEE_ERROR_BAD_PARAMETERS;

	res = TEE_GetPropertyAsIdentity(TEE_PROPSET_CURRENT_CLIENT, "gpd.client.identity", &id);
	if (res != TEE_SUCCESS) {
		EMSG("TEE_GetPropertyAsIdentity failed: 0x%x", res);
		return res;
	}
	if (params[1].memref.size < sizeof(id.uuid)) {
		params[1].memref.size = sizeof(id.uuid);
		return TEE_ERROR_SHORT_BUFFER;
	}

	IMSG("Client login 0x%x", id.login);
	params[0].value.a = id.login;
	params[0].value.b = 0;
	TEE_MemMove(params[1].memref.buffer, &id.uuid, sizeof(id.uuid));
	params[1].memref.size = sizeof(id.uuid);
	return TEE_SUCCESS;
}

static TEE_Result square(uint32_t param_types, TEE_Param params[4])
{
	uint32_t exp_param_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_INOUT, TEE_PARAM_TYPE_NONE,
						   TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE);

	if (param_types != exp_param_types)
		return TEE_ERROR_BAD_PARAMETERS;
	IMSG("Squaring %u", params[0].value.a);
	params[0].value.a *= params[0].value.a;
	return TEE_SUCCESS;
}

static TEE_Result reverse(uint32_t param_types, TEE_Param params[4])
{
	uint32_t exp_param_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_MEMREF_INOUT,
						   TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE,
						   TEE_PARAM_TYPE_NONE);
	uint8_t *buf = NULL;
	uint32_t i = 0;
	uint32_t j = 0;

	if (param_types != exp_param_types)
		return TEE_ERROR_BAD_PARAMETERS;

	buf = params[0].memref.buffer;
	if (!buf && params[0].memref.size)
		return TEE_ERROR_BAD_PARAMETERS;
	IMSG("Reversing %u bytes", params[0].memref.size);
	for (i = 0, j = params[0].memref.size; i + 1 < j; i++, j--) {
		uint8_t tmp = buf[i];

		buf[i] = buf[j - 1];
		buf[j - 1] = tmp;
	}
	return TEE_SUCCESS;
}

TEE_Result TA_InvokeCommandEntryPoint(void __maybe_unused *sess_ctx, uint32_t cmd_id,
				      uint32_t param_types, TEE_Param params[4])
{
	switch (cmd_id) {
	case CALLEE_CMD_WHOAMI:
		return whoami(param_types, params);
	case CALLEE_CMD_SQUARE:
		return square(param_types, params);
	case CALLEE_CMD_REVERSE:
		return reverse(param_types, params);
	case CALLEE_CMD_PANIC:
		IMSG("Panicking on request");
		TEE_Panic(0xDEAD);
		return TEE_ERROR_GENERIC; /* not reached */
	default:
		return TEE_ERROR_BAD_PARAMETERS;
	}
}
