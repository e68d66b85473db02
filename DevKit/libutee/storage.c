// SPDX-License-Identifier: BSD-2-Clause
/*
 * Trusted storage (GP TEE Internal Core API 1.3.1 chapter 5: persistent
 * objects, enumerators, data streams) and its GP 1.1 forms. teed keeps the
 * objects and every handle of every instance; the host checks what GP says
 * must panic (invalid or transient handles, missing access rights, ids longer
 * than TEE_OBJECT_ID_MAX_LEN or in client memory, unknown flags) and keeps
 * each handle's data position. A result GP does not list for a function
 * panics the TA here, as OP-TEE's libutee does.
 */
#include <stdbool.h>
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

#include "utee_private.h"

static const stee_storage_api *storage(void)
{
	return __utee_host()->storage;
}

static void *host(void)
{
	return __utee_host()->host;
}

static TEE_ObjectHandle handle_of(uint32_t id)
{
	return (TEE_ObjectHandle)(uintptr_t)id;
}

static uint32_t enum_id(TEE_ObjectEnumHandle e)
{
	return (uint32_t)(uintptr_t)e;
}

/* Panics unless @res is one of the @n results GP lists. */
static TEE_Result allowed(TEE_Result res, size_t n, const TEE_Result *results)
{
	for (size_t i = 0; i < n; i++)
		if (res == results[i])
			return res;
	TEE_Panic(res);
}

#define ALLOWED(res, ...) \
	allowed((res), sizeof((TEE_Result[]){ __VA_ARGS__ }) / sizeof(TEE_Result), \
		(TEE_Result[]){ __VA_ARGS__ })

/* ---- persistent objects ----------------------------------------------- */

TEE_Result TEE_OpenPersistentObject(uint32_t storageID, const void *objectID,
				    size_t objectIDLen, uint32_t flags,
				    TEE_ObjectHandle *object)
{
	uint32_t id = 0;

	if (!object)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = storage()->open(host(), storageID, objectID, objectIDLen, flags, &id);
	*object = res == TEE_SUCCESS ? handle_of(id) : TEE_HANDLE_NULL;
	return ALLOWED(res, TEE_SUCCESS, TEE_ERROR_ITEM_NOT_FOUND, TEE_ERROR_ACCESS_CONFLICT,
		       TEE_ERROR_OUT_OF_MEMORY, TEE_ERROR_CORRUPT_OBJECT,
		       TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

TEE_Result __GP11_TEE_OpenPersistentObject(uint32_t storageID, const void *objectID,
					   uint32_t objectIDLen, uint32_t flags,
					   TEE_ObjectHandle *object)
{
	return TEE_OpenPersistentObject(storageID, objectID, objectIDLen, flags, object);
}

/* @object may be NULL: the object is then closed once created. */
TEE_Result TEE_CreatePersistentObject(uint32_t storageID, const void *objectID,
				      size_t objectIDLen, uint32_t flags,
				      TEE_ObjectHandle attributes, const void *initialData,
				      size_t initialDataLen, TEE_ObjectHandle *object)
{
	uint32_t id = 0;
	TEE_Result res = storage()->create(host(), storageID, objectID, objectIDLen, flags,
					   __utee_object_id(attributes), initialData,
					   initialDataLen, object ? &id : NULL);

	if (object)
		*object = res == TEE_SUCCESS ? handle_of(id) : TEE_HANDLE_NULL;
	return ALLOWED(res, TEE_SUCCESS, TEE_ERROR_ITEM_NOT_FOUND, TEE_ERROR_ACCESS_CONFLICT,
		       TEE_ERROR_OUT_OF_MEMORY, TEE_ERROR_STORAGE_NO_SPACE,
		       TEE_ERROR_CORRUPT_OBJECT, TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

TEE_Result __GP11_TEE_CreatePersistentObject(uint32_t storageID, const void *objectID,
					     uint32_t objectIDLen, uint32_t flags,
					     TEE_ObjectHandle attributes,
					     const void *initialData, uint32_t initialDataLen,
					     TEE_ObjectHandle *object)
{
	return TEE_CreatePersistentObject(storageID, objectID, objectIDLen, flags, attributes,
					  initialData, initialDataLen, object);
}

/* GP: TEE_HANDLE_NULL does nothing (and so succeeds). */
TEE_Result TEE_CloseAndDeletePersistentObject1(TEE_ObjectHandle object)
{
	if (object == TEE_HANDLE_NULL)
		return TEE_SUCCESS;
	return ALLOWED(storage()->close_and_delete(host(), __utee_object_id(object)),
		       TEE_SUCCESS, TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

/* The deprecated form cannot report an error: any failure panics. */
void TEE_CloseAndDeletePersistentObject(TEE_ObjectHandle object)
{
	if (TEE_CloseAndDeletePersistentObject1(object) != TEE_SUCCESS)
		TEE_Panic(TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

TEE_Result TEE_RenamePersistentObject(TEE_ObjectHandle object, const void *newObjectID,
				      size_t newObjectIDLen)
{
	if (object == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return ALLOWED(storage()->rename(host(), __utee_object_id(object), newObjectID,
					 newObjectIDLen),
		       TEE_SUCCESS, TEE_ERROR_ACCESS_CONFLICT, TEE_ERROR_CORRUPT_OBJECT,
		       TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

TEE_Result __GP11_TEE_RenamePersistentObject(TEE_ObjectHandle object, const void *newObjectID,
					     uint32_t newObjectIDLen)
{
	return TEE_RenamePersistentObject(object, newObjectID, newObjectIDLen);
}

/* ---- persistent object enumeration ------------------------------------ */

TEE_Result TEE_AllocatePersistentObjectEnumerator(TEE_ObjectEnumHandle *objectEnumerator)
{
	uint32_t id = 0;

	if (!objectEnumerator)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = storage()->enumerator_allocate(host(), &id);
	*objectEnumerator = res == TEE_SUCCESS ? (TEE_ObjectEnumHandle)(uintptr_t)id : TEE_HANDLE_NULL;
	return ALLOWED(res, TEE_SUCCESS, TEE_ERROR_OUT_OF_MEMORY);
}

void TEE_FreePersistentObjectEnumerator(TEE_ObjectEnumHandle objectEnumerator)
{
	if (objectEnumerator == TEE_HANDLE_NULL)
		return;
	storage()->enumerator_free(host(), enum_id(objectEnumerator));
}

void TEE_ResetPersistentObjectEnumerator(TEE_ObjectEnumHandle objectEnumerator)
{
	if (objectEnumerator == TEE_HANDLE_NULL)
		return;
	storage()->enumerator_reset(host(), enum_id(objectEnumerator));
}

TEE_Result TEE_StartPersistentObjectEnumerator(TEE_ObjectEnumHandle objectEnumerator,
					       uint32_t storageID)
{
	if (objectEnumerator == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return ALLOWED(storage()->enumerator_start(host(), enum_id(objectEnumerator), storageID),
		       TEE_SUCCESS, TEE_ERROR_ITEM_NOT_FOUND, TEE_ERROR_CORRUPT_OBJECT,
		       TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

/* @objectInfo may be NULL; @objectID holds TEE_OBJECT_ID_MAX_LEN bytes. */
static TEE_Result next_object(TEE_ObjectEnumHandle objectEnumerator, stee_object_info *info,
			      void *objectID, size_t *objectIDLen)
{
	if (objectEnumerator == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return ALLOWED(storage()->enumerator_next(host(), enum_id(objectEnumerator), info,
						  objectID, objectIDLen),
		       TEE_SUCCESS, TEE_ERROR_ITEM_NOT_FOUND, TEE_ERROR_CORRUPT_OBJECT,
		       TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

TEE_Result TEE_GetNextPersistentObject(TEE_ObjectEnumHandle objectEnumerator,
				       TEE_ObjectInfo *objectInfo, void *objectID,
				       size_t *objectIDLen)
{
	stee_object_info info;
	TEE_Result res = next_object(objectEnumerator, &info, objectID, objectIDLen);

	if (res == TEE_SUCCESS && objectInfo) {
		objectInfo->objectType = info.type;
		objectInfo->objectSize = info.object_size;
		objectInfo->maxObjectSize = info.max_object_size;
		objectInfo->objectUsage = info.usage;
		objectInfo->dataSize = info.data_size;
		objectInfo->dataPosition = info.data_position;
		objectInfo->handleFlags = info.handle_flags;
	}
	return res;
}

TEE_Result __GP11_TEE_GetNextPersistentObject(TEE_ObjectEnumHandle objectEnumerator,
					      __GP11_TEE_ObjectInfo *objectInfo,
					      void *objectID, uint32_t *objectIDLen)
{
	stee_object_info info;
	size_t length = 0;

	if (!objectIDLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = next_object(objectEnumerator, &info, objectID, &length);
	if (res == TEE_SUCCESS) {
		*objectIDLen = (uint32_t)length;
		if (objectInfo) {
			objectInfo->objectType = info.type;
			objectInfo->objectSize = info.object_size;
			objectInfo->maxObjectSize = info.max_object_size;
			objectInfo->objectUsage = info.usage;
			objectInfo->dataSize = (uint32_t)info.data_size;
			objectInfo->dataPosition = (uint32_t)info.data_position;
			objectInfo->handleFlags = info.handle_flags;
		}
	}
	return res;
}

/* ---- data streams ----------------------------------------------------- */

static uint32_t persistent_id(TEE_ObjectHandle object)
{
	if (object == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_object_id(object);
}

TEE_Result TEE_ReadObjectData(TEE_ObjectHandle object, void *buffer, size_t size, size_t *count)
{
	return ALLOWED(storage()->read(host(), persistent_id(object), buffer, size, count),
		       TEE_SUCCESS, TEE_ERROR_CORRUPT_OBJECT, TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

TEE_Result __GP11_TEE_ReadObjectData(TEE_ObjectHandle object, void *buffer, uint32_t size,
				     uint32_t *count)
{
	size_t read = 0;

	if (!count)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = TEE_ReadObjectData(object, buffer, size, &read);
	*count = (uint32_t)read;
	return res;
}

TEE_Result TEE_WriteObjectData(TEE_ObjectHandle object, const void *buffer, size_t size)
{
	return ALLOWED(storage()->write(host(), persistent_id(object), buffer, size),
		       TEE_SUCCESS, TEE_ERROR_STORAGE_NO_SPACE, TEE_ERROR_OVERFLOW,
		       TEE_ERROR_CORRUPT_OBJECT, TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

TEE_Result __GP11_TEE_WriteObjectData(TEE_ObjectHandle object, const void *buffer, uint32_t size)
{
	return TEE_WriteObjectData(object, buffer, size);
}

TEE_Result TEE_TruncateObjectData(TEE_ObjectHandle object, size_t size)
{
	return ALLOWED(storage()->truncate(host(), persistent_id(object), size),
		       TEE_SUCCESS, TEE_ERROR_STORAGE_NO_SPACE, TEE_ERROR_CORRUPT_OBJECT,
		       TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

TEE_Result __GP11_TEE_TruncateObjectData(TEE_ObjectHandle object, uint32_t size)
{
	return TEE_TruncateObjectData(object, size);
}

TEE_Result TEE_SeekObjectData(TEE_ObjectHandle object, intmax_t offset, TEE_Whence whence)
{
	return ALLOWED(storage()->seek(host(), persistent_id(object), (int64_t)offset, whence),
		       TEE_SUCCESS, TEE_ERROR_OVERFLOW, TEE_ERROR_CORRUPT_OBJECT,
		       TEE_ERROR_STORAGE_NOT_AVAILABLE);
}

/* GP 1.1: a 32-bit signed offset. */
TEE_Result __GP11_TEE_SeekObjectData(TEE_ObjectHandle object, int32_t offset, TEE_Whence whence)
{
	return TEE_SeekObjectData(object, offset, whence);
}
