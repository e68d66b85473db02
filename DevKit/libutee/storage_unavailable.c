// SPDX-License-Identifier: BSD-2-Clause
/*
 * Trusted storage (GP TEE Internal Core API 1.3.1 chapter 5, persistent
 * objects): not implemented yet; issue 5 replaces this file (transient
 * objects are in objects.c). Until then a TA that uses them compiles and
 * links, and every call says so instead of pretending:
 *  - TEE_Result functions return TEE_ERROR_NOT_IMPLEMENTED (an output
 *    handle is set to TEE_HANDLE_NULL first, output sizes are untouched);
 *  - closing, freeing or resetting TEE_HANDLE_NULL is the no-op GP defines;
 *    no other object or enumerator handle can exist, so passing one is a TA
 *    bug (panic TEE_ERROR_BAD_PARAMETERS);
 *  - other void functions panic with TEE_ERROR_NOT_IMPLEMENTED.
 */
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

/* Stubs ignore their arguments by design. */
#pragma GCC diagnostic ignored "-Wunused-parameter"

#define UNAVAILABLE	TEE_ERROR_NOT_IMPLEMENTED

static inline void __noreturn unavailable(void)
{
	TEE_Panic(TEE_ERROR_NOT_IMPLEMENTED);
}

/* Close/free/reset of a handle: only TEE_HANDLE_NULL can be valid yet. */
static void release(const void *handle)
{
	if (handle != TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
}

#define NO_HANDLE_OUT(p) \
	do { \
		if (p) \
			*(p) = TEE_HANDLE_NULL; \
	} while (0)

/* ---- persistent objects ----------------------------------------------- */

TEE_Result TEE_OpenPersistentObject(uint32_t storageID, const void *objectID,
				    size_t objectIDLen, uint32_t flags,
				    TEE_ObjectHandle *object)
{
	NO_HANDLE_OUT(object);
	return UNAVAILABLE;
}

TEE_Result __GP11_TEE_OpenPersistentObject(uint32_t storageID,
					   const void *objectID,
					   uint32_t objectIDLen,
					   uint32_t flags,
					   TEE_ObjectHandle *object)
{
	NO_HANDLE_OUT(object);
	return UNAVAILABLE;
}

/* @object may be NULL here: GP lets a TA create without keeping a handle. */
TEE_Result TEE_CreatePersistentObject(uint32_t storageID, const void *objectID,
				      size_t objectIDLen, uint32_t flags,
				      TEE_ObjectHandle attributes,
				      const void *initialData,
				      size_t initialDataLen,
				      TEE_ObjectHandle *object)
{
	NO_HANDLE_OUT(object);
	return UNAVAILABLE;
}

TEE_Result __GP11_TEE_CreatePersistentObject(uint32_t storageID,
					     const void *objectID,
					     uint32_t objectIDLen,
					     uint32_t flags,
					     TEE_ObjectHandle attributes,
					     const void *initialData,
					     uint32_t initialDataLen,
					     TEE_ObjectHandle *object)
{
	NO_HANDLE_OUT(object);
	return UNAVAILABLE;
}

void TEE_CloseAndDeletePersistentObject(TEE_ObjectHandle object)
{ release(object); }

/* GP: TEE_HANDLE_NULL does nothing (and so succeeds). */
TEE_Result TEE_CloseAndDeletePersistentObject1(TEE_ObjectHandle object)
{
	return object == TEE_HANDLE_NULL ? TEE_SUCCESS : UNAVAILABLE;
}

TEE_Result TEE_RenamePersistentObject(TEE_ObjectHandle object,
				      const void *newObjectID,
				      size_t newObjectIDLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_RenamePersistentObject(TEE_ObjectHandle object,
					     const void *newObjectID,
					     uint32_t newObjectIDLen)
{ return UNAVAILABLE; }

/* ---- persistent object enumeration ------------------------------------ */

TEE_Result
TEE_AllocatePersistentObjectEnumerator(TEE_ObjectEnumHandle *objectEnumerator)
{
	NO_HANDLE_OUT(objectEnumerator);
	return UNAVAILABLE;
}

void TEE_FreePersistentObjectEnumerator(TEE_ObjectEnumHandle objectEnumerator)
{ release(objectEnumerator); }

void TEE_ResetPersistentObjectEnumerator(TEE_ObjectEnumHandle objectEnumerator)
{ release(objectEnumerator); }

TEE_Result
TEE_StartPersistentObjectEnumerator(TEE_ObjectEnumHandle objectEnumerator,
				    uint32_t storageID)
{ return UNAVAILABLE; }

TEE_Result TEE_GetNextPersistentObject(TEE_ObjectEnumHandle objectEnumerator,
				       TEE_ObjectInfo *objectInfo,
				       void *objectID, size_t *objectIDLen)
{ return UNAVAILABLE; }

TEE_Result
__GP11_TEE_GetNextPersistentObject(TEE_ObjectEnumHandle objectEnumerator,
				   __GP11_TEE_ObjectInfo *objectInfo,
				   void *objectID, uint32_t *objectIDLen)
{ return UNAVAILABLE; }

/* ---- data streams ----------------------------------------------------- */

TEE_Result TEE_ReadObjectData(TEE_ObjectHandle object, void *buffer,
			      size_t size, size_t *count)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_ReadObjectData(TEE_ObjectHandle object, void *buffer,
				     uint32_t size, uint32_t *count)
{ return UNAVAILABLE; }

TEE_Result TEE_WriteObjectData(TEE_ObjectHandle object, const void *buffer,
			       size_t size)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_WriteObjectData(TEE_ObjectHandle object,
				      const void *buffer, uint32_t size)
{ return UNAVAILABLE; }

TEE_Result TEE_TruncateObjectData(TEE_ObjectHandle object, size_t size)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_TruncateObjectData(TEE_ObjectHandle object,
					 uint32_t size)
{ return UNAVAILABLE; }

TEE_Result TEE_SeekObjectData(TEE_ObjectHandle object, intmax_t offset,
			      TEE_Whence whence)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_SeekObjectData(TEE_ObjectHandle object, int32_t offset,
				     TEE_Whence whence)
{ return UNAVAILABLE; }
