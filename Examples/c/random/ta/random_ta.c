/*
 * random: fills the client's buffer with bytes from TEE_GenerateRandom().
 * Built against the GP 1.3.1 types (the Makefile leaves
 * CFG_TA_OPTEE_CORE_API_COMPAT_1_1 unset), so memref sizes are size_t.
 */
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

#include <random_ta.h>

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

static TEE_Result generate(uint32_t param_types, TEE_Param params[4])
{
	uint32_t exp_param_types = TEE_PARAM_TYPES(TEE_PARAM_TYPE_MEMREF_OUTPUT,
						   TEE_PARAM_TYPE_NONE, TEE_PARAM_TYPE_NONE,
						   TEE_PARAM_TYPE_NONE);
	size_t size = 0;
	void *buf = NULL;

	if (param_types != exp_param_types)
		return TEE_ERROR_BAD_PARAMETERS;

	size = params[0].memref.size;
	buf = TEE_Malloc(size, TEE_MALLOC_FILL_ZERO);
	if (!buf)
		return TEE_ERROR_OUT_OF_MEMORY;

	IMSG("Generating %zu random bytes", size);
	TEE_GenerateRandom(buf, size);
	TEE_MemMove(params[0].memref.buffer, buf, size);
	TEE_Free(buf);
	return TEE_SUCCESS;
}

TEE_Result TA_InvokeCommandEntryPoint(void __maybe_unused *sess_ctx, uint32_t cmd_id,
				      uint32_t param_types, TEE_Param params[4])
{
	switch (cmd_id) {
	case TA_RANDOM_CMD_GENERATE:
		return generate(param_types, params);
	default:
		return TEE_ERROR_BAD_PARAMETERS;
	}
}
