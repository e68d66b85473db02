/*
 * Applies one trusted-storage operation per command (include/storage_driver_ta.h),
 * so a test can drive the store one commit at a time and kill teed in between.
 */
#include <stdbool.h>
#include <string.h>
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

#include <storage_driver_ta.h>

#define RWM (TEE_DATA_FLAG_ACCESS_READ | TEE_DATA_FLAG_ACCESS_WRITE | TEE_DATA_FLAG_ACCESS_WRITE_META)

struct object_id {
	uint8_t bytes[TEE_OBJECT_ID_MAX_LEN];
	size_t length;
};

/* Object ids must not lie in client memory (GP): copy them. */
static bool copy_id(const TEE_Param *param, struct object_id *id)
{
	if (param->memref.size > sizeof(id->bytes))
		return false;
	id->length = param->memref.size;
	if (id->length)
		TEE_MemMove(id->bytes, param->memref.buffer, id->length);
	return true;
}

/* Opens `id` with `flags`, runs one operation on it, closes it. */
static TEE_Result with_object(const struct object_id *id, uint32_t op, uint32_t arg,
			      TEE_Param params[4])
{
	TEE_ObjectHandle h = TEE_HANDLE_NULL;
	struct object_id new_id;
	TEE_Result res;

	res = TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, id->bytes, id->length, RWM, &h);
	if (res != TEE_SUCCESS)
		return res;
	switch (op) {
	case OP_WRITE:
		res = TEE_SeekObjectData(h, arg, TEE_DATA_SEEK_SET);
		if (res == TEE_SUCCESS)
			res = TEE_WriteObjectData(h, params[2].memref.buffer, params[2].memref.size);
		break;
	case OP_TRUNCATE:
		res = TEE_TruncateObjectData(h, arg);
		break;
	case OP_RENAME:
		if (!copy_id(&params[2], &new_id)) {
			res = TEE_ERROR_BAD_PARAMETERS;
			break;
		}
		res = TEE_RenamePersistentObject(h, new_id.bytes, new_id.length);
		break;
	case OP_DELETE:
		/* Closes the handle whatever happens. */
		return TEE_CloseAndDeletePersistentObject1(h);
	}
	TEE_CloseObject(h);
	return res;
}

static TEE_Result read_object(const struct object_id *id, TEE_Param params[4])
{
	TEE_ObjectHandle h = TEE_HANDLE_NULL;
	TEE_ObjectInfo info;
	size_t capacity = params[2].memref.size, count = 0;
	TEE_Result res;

	params[2].memref.size = 0;
	res = TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, id->bytes, id->length,
				       TEE_DATA_FLAG_ACCESS_READ | TEE_DATA_FLAG_SHARE_READ, &h);
	if (res != TEE_SUCCESS)
		return res;
	res = TEE_GetObjectInfo1(h, &info);
	if (res == TEE_SUCCESS) {
		params[0].value.b = info.dataSize;
		if (info.dataSize > capacity)
			res = TEE_ERROR_SHORT_BUFFER;
	}
	if (res == TEE_SUCCESS)
		res = TEE_ReadObjectData(h, params[2].memref.buffer, info.dataSize, &count);
	if (res == TEE_SUCCESS) {
		params[2].memref.size = count;
		params[0].value.b = count;
	}
	TEE_CloseObject(h);
	return res;
}

static TEE_Result list_objects(TEE_Param params[4])
{
	TEE_ObjectEnumHandle e = TEE_HANDLE_NULL;
	TEE_ObjectInfo info;
	uint8_t id[TEE_OBJECT_ID_MAX_LEN];
	uint8_t *out = params[2].memref.buffer;
	size_t capacity = params[2].memref.size, used = 0, id_len;
	uint32_t count = 0;
	TEE_Result res;

	params[2].memref.size = 0;
	res = TEE_AllocatePersistentObjectEnumerator(&e);
	if (res != TEE_SUCCESS)
		return res;
	res = TEE_StartPersistentObjectEnumerator(e, TEE_STORAGE_PRIVATE);
	while (res == TEE_SUCCESS) {
		id_len = sizeof(id);
		res = TEE_GetNextPersistentObject(e, &info, id, &id_len);
		if (res != TEE_SUCCESS)
			break;
		if (used + 1 + id_len <= capacity) {
			out[used] = (uint8_t)id_len;
			memcpy(out + used + 1, id, id_len);
		}
		used += 1 + id_len;
		count++;
	}
	TEE_FreePersistentObjectEnumerator(e);
	/* GP: ITEM_NOT_FOUND at the end, and at the start of an empty storage. */
	if (res != TEE_ERROR_ITEM_NOT_FOUND)
		return res;
	if (used > capacity) {
		params[0].value.b = used;
		return TEE_ERROR_SHORT_BUFFER;
	}
	params[2].memref.size = used;
	params[0].value.b = count;
	return TEE_SUCCESS;
}

static TEE_Result apply(uint32_t types, TEE_Param params[4])
{
	uint32_t op = params[0].value.a, arg = params[0].value.b;
	struct object_id id;

	if (TEE_PARAM_TYPE_GET(types, 0) != TEE_PARAM_TYPE_VALUE_INOUT)
		return TEE_ERROR_BAD_PARAMETERS;
	params[0].value.b = 0;
	if (op == OP_LIST)
		return list_objects(params);
	if (TEE_PARAM_TYPE_GET(types, 1) != TEE_PARAM_TYPE_MEMREF_INPUT || !copy_id(&params[1], &id))
		return TEE_ERROR_BAD_PARAMETERS;
	switch (op) {
	case OP_CREATE:
		return TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, id.bytes, id.length,
						  TEE_DATA_FLAG_OVERWRITE | TEE_DATA_FLAG_ACCESS_READ,
						  TEE_HANDLE_NULL, params[2].memref.buffer,
						  params[2].memref.size, NULL);
	case OP_WRITE:
	case OP_TRUNCATE:
	case OP_RENAME:
	case OP_DELETE:
		return with_object(&id, op, arg, params);
	case OP_READ:
		return read_object(&id, params);
	default:
		return TEE_ERROR_BAD_PARAMETERS;
	}
}

TEE_Result TA_CreateEntryPoint(void)
{
	return TEE_SUCCESS;
}

void TA_DestroyEntryPoint(void)
{
}

TEE_Result TA_OpenSessionEntryPoint(uint32_t types, TEE_Param params[4], void **session)
{
	(void)types;
	(void)params;
	(void)session;
	return TEE_SUCCESS;
}

void TA_CloseSessionEntryPoint(void *session)
{
	(void)session;
}

TEE_Result TA_InvokeCommandEntryPoint(void *session, uint32_t command, uint32_t types,
				      TEE_Param params[4])
{
	(void)session;
	if (command != CMD_APPLY)
		return TEE_ERROR_NOT_SUPPORTED;
	/* The operation's result travels in value[0].a; the command itself succeeded. */
	TEE_Result res = apply(types, params);
	if (res == TEE_ERROR_BAD_PARAMETERS && TEE_PARAM_TYPE_GET(types, 0) != TEE_PARAM_TYPE_VALUE_INOUT)
		return res;
	params[0].value.a = res;
	return TEE_SUCCESS;
}
