// SPDX-License-Identifier: BSD-2-Clause
/*
 * Generic and transient objects (GP TEE Internal Core API 1.3.1 chapter 5,
 * 5.5/5.6): keys and their attributes. The objects live in the host
 * (TEECrypto); a handle is the host's id for one. Persistent objects
 * (storage.c) are objects too: the generic functions take them, and report
 * their data size, data position and open flags.
 */
#include <stdlib.h>
#include <string.h>
#include <tee_internal_api.h>

#include "utee_private.h"

static TEE_ObjectHandle handle_of(uint32_t id)
{
	return (TEE_ObjectHandle)(uintptr_t)id;
}

static uint32_t object_id(TEE_ObjectHandle object)
{
	if (object == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_object_id(object);
}

stee_attribute *__utee_attributes_from_gp11(const __GP11_TEE_Attribute *attrs, uint32_t count)
{
	stee_attribute *out = calloc(count ? count : 1, sizeof(*out));

	if (!out)
		return NULL;
	for (uint32_t i = 0; i < count; i++) {
		out[i].id = attrs[i].attributeID;
		if (attrs[i].attributeID & TEE_ATTR_FLAG_VALUE) {
			out[i].content.value.a = attrs[i].content.value.a;
			out[i].content.value.b = attrs[i].content.value.b;
		} else {
			out[i].content.ref.buffer = attrs[i].content.ref.buffer;
			out[i].content.ref.length = attrs[i].content.ref.length;
		}
	}
	return out;
}

/* ---- generic object functions ------------------------------------------ */

/* GP: CORRUPT_OBJECT and STORAGE_NOT_AVAILABLE come back (persistent objects); anything else panics. */
static TEE_Result object_info(TEE_ObjectHandle object, stee_object_info *info)
{
	TEE_Result res = __utee_crypto()->object_info(__utee_host()->host, object_id(object), info);

	if (res != TEE_SUCCESS && res != TEE_ERROR_CORRUPT_OBJECT &&
	    res != TEE_ERROR_STORAGE_NOT_AVAILABLE)
		TEE_Panic(res);
	return res;
}

TEE_Result TEE_GetObjectInfo1(TEE_ObjectHandle object, TEE_ObjectInfo *objectInfo)
{
	stee_object_info info;

	if (!objectInfo)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = object_info(object, &info);
	objectInfo->objectType = info.type;
	objectInfo->objectSize = info.object_size;
	objectInfo->maxObjectSize = info.max_object_size;
	objectInfo->objectUsage = info.usage;
	objectInfo->dataSize = info.data_size;
	objectInfo->dataPosition = info.data_position;
	objectInfo->handleFlags = info.handle_flags;
	return res;
}

/* The deprecated forms cannot report an error: any failure panics (as in OP-TEE). */
void TEE_GetObjectInfo(TEE_ObjectHandle object, TEE_ObjectInfo *objectInfo)
{
	TEE_Result res = TEE_GetObjectInfo1(object, objectInfo);

	if (res != TEE_SUCCESS)
		TEE_Panic(res);
}

TEE_Result __GP11_TEE_GetObjectInfo1(TEE_ObjectHandle object, __GP11_TEE_ObjectInfo *objectInfo)
{
	TEE_ObjectInfo info;

	if (!objectInfo)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = TEE_GetObjectInfo1(object, &info);
	objectInfo->objectType = info.objectType;
	objectInfo->objectSize = info.objectSize;
	objectInfo->maxObjectSize = info.maxObjectSize;
	objectInfo->objectUsage = info.objectUsage;
	objectInfo->dataSize = (uint32_t)info.dataSize;
	objectInfo->dataPosition = (uint32_t)info.dataPosition;
	objectInfo->handleFlags = info.handleFlags;
	return res;
}

void __GP11_TEE_GetObjectInfo(TEE_ObjectHandle object, __GP11_TEE_ObjectInfo *objectInfo)
{
	TEE_Result res = __GP11_TEE_GetObjectInfo1(object, objectInfo);

	if (res != TEE_SUCCESS)
		TEE_Panic(res);
}

/* On a persistent object (opened with ACCESS_WRITE_META) the restriction is committed. */
TEE_Result TEE_RestrictObjectUsage1(TEE_ObjectHandle object, uint32_t objectUsage)
{
	TEE_Result res = __utee_crypto()->object_restrict(__utee_host()->host, object_id(object),
							  objectUsage);

	if (res != TEE_SUCCESS && res != TEE_ERROR_CORRUPT_OBJECT &&
	    res != TEE_ERROR_STORAGE_NOT_AVAILABLE)
		TEE_Panic(res);
	return res;
}

void TEE_RestrictObjectUsage(TEE_ObjectHandle object, uint32_t objectUsage)
{
	TEE_Result res = TEE_RestrictObjectUsage1(object, objectUsage);

	if (res != TEE_SUCCESS)
		TEE_Panic(res);
}

TEE_Result TEE_GetObjectBufferAttribute(TEE_ObjectHandle object, uint32_t attributeID,
					void *buffer, size_t *size)
{
	if (!size)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->object_buffer_attribute(__utee_host()->host, object_id(object),
							attributeID, buffer, size);
}

TEE_Result __GP11_TEE_GetObjectBufferAttribute(TEE_ObjectHandle object, uint32_t attributeID,
					       void *buffer, uint32_t *size)
{
	if (!size)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t length = *size;
	TEE_Result res = TEE_GetObjectBufferAttribute(object, attributeID, buffer, &length);
	*size = (uint32_t)length;
	return res;
}

TEE_Result TEE_GetObjectValueAttribute(TEE_ObjectHandle object, uint32_t attributeID,
				       uint32_t *a, uint32_t *b)
{
	return __utee_crypto()->object_value_attribute(__utee_host()->host, object_id(object),
						       attributeID, a, b);
}

void TEE_CloseObject(TEE_ObjectHandle object)
{
	if (object == TEE_HANDLE_NULL)
		return;
	__utee_crypto()->object_free(__utee_host()->host, object_id(object));
}

/* ---- transient objects --------------------------------------------------- */

TEE_Result TEE_AllocateTransientObject(TEE_ObjectType objectType, uint32_t maxObjectSize,
				       TEE_ObjectHandle *object)
{
	uint32_t id = 0;

	if (!object)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = __utee_crypto()->object_allocate(__utee_host()->host, objectType,
							  maxObjectSize, &id);
	*object = res == TEE_SUCCESS ? handle_of(id) : TEE_HANDLE_NULL;
	return res;
}

TEE_Result __GP11_TEE_AllocateTransientObject(TEE_ObjectType objectType, uint32_t maxKeySize,
					      TEE_ObjectHandle *object)
{
	return TEE_AllocateTransientObject(objectType, maxKeySize, object);
}

/* GP: a persistent handle here is a programming error (panic). */
static void check_transient(TEE_ObjectHandle object)
{
	stee_object_info info;

	if (object_info(object, &info) != TEE_SUCCESS ||
	    (info.handle_flags & TEE_HANDLE_FLAG_PERSISTENT))
		TEE_Panic(TEE_ERROR_BAD_STATE);
}

void TEE_FreeTransientObject(TEE_ObjectHandle object)
{
	if (object == TEE_HANDLE_NULL)
		return;
	check_transient(object);
	TEE_CloseObject(object);
}

void TEE_ResetTransientObject(TEE_ObjectHandle object)
{
	if (object == TEE_HANDLE_NULL)
		return;
	check_transient(object);
	__utee_crypto()->object_reset(__utee_host()->host, object_id(object));
}

TEE_Result TEE_PopulateTransientObject(TEE_ObjectHandle object, const TEE_Attribute *attrs,
				       uint32_t attrCount)
{
	if (attrCount && !attrs)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->object_populate(__utee_host()->host, object_id(object),
						(const stee_attribute *)attrs, attrCount);
}

TEE_Result __GP11_TEE_PopulateTransientObject(TEE_ObjectHandle object,
					      const __GP11_TEE_Attribute *attrs,
					      uint32_t attrCount)
{
	if (attrCount && !attrs)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	stee_attribute *converted = __utee_attributes_from_gp11(attrs, attrCount);
	if (!converted)
		return TEE_ERROR_OUT_OF_MEMORY;
	TEE_Result res = __utee_crypto()->object_populate(__utee_host()->host, object_id(object),
							  converted, attrCount);
	free(converted);
	return res;
}

/*
 * Defined by the spec from the arguments alone: a reference attribute must
 * not have TEE_ATTR_FLAG_VALUE (bit 29) set, a value attribute must.
 */
void TEE_InitRefAttribute(TEE_Attribute *attr, uint32_t attributeID, const void *buffer,
			  size_t length)
{
	if (!attr || (attributeID & TEE_ATTR_FLAG_VALUE))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	attr->attributeID = attributeID;
	attr->content.ref.buffer = (void *)buffer;
	attr->content.ref.length = length;
}

void __GP11_TEE_InitRefAttribute(__GP11_TEE_Attribute *attr, uint32_t attributeID,
				 const void *buffer, uint32_t length)
{
	if (!attr || (attributeID & TEE_ATTR_FLAG_VALUE))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	attr->attributeID = attributeID;
	attr->content.ref.buffer = (void *)buffer;
	attr->content.ref.length = length;
}

void TEE_InitValueAttribute(TEE_Attribute *attr, uint32_t attributeID, uint32_t a, uint32_t b)
{
	if (!attr || !(attributeID & TEE_ATTR_FLAG_VALUE))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	attr->attributeID = attributeID;
	attr->content.value.a = a;
	attr->content.value.b = b;
}

void __GP11_TEE_InitValueAttribute(__GP11_TEE_Attribute *attr, uint32_t attributeID, uint32_t a,
				   uint32_t b)
{
	if (!attr || !(attributeID & TEE_ATTR_FLAG_VALUE))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	attr->attributeID = attributeID;
	attr->content.value.a = a;
	attr->content.value.b = b;
}

TEE_Result TEE_CopyObjectAttributes1(TEE_ObjectHandle destObject, TEE_ObjectHandle srcObject)
{
	__utee_crypto()->object_copy(__utee_host()->host, object_id(destObject),
				     object_id(srcObject));
	return TEE_SUCCESS;
}

void TEE_CopyObjectAttributes(TEE_ObjectHandle destObject, TEE_ObjectHandle srcObject)
{
	TEE_CopyObjectAttributes1(destObject, srcObject);
}

TEE_Result TEE_GenerateKey(TEE_ObjectHandle object, uint32_t keySize, const TEE_Attribute *params,
			   uint32_t paramCount)
{
	if (paramCount && !params)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->object_generate(__utee_host()->host, object_id(object), keySize,
						(const stee_attribute *)params, paramCount);
}

TEE_Result __GP11_TEE_GenerateKey(TEE_ObjectHandle object, uint32_t keySize,
				  const __GP11_TEE_Attribute *params, uint32_t paramCount)
{
	if (paramCount && !params)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	stee_attribute *converted = __utee_attributes_from_gp11(params, paramCount);
	if (!converted)
		return TEE_ERROR_OUT_OF_MEMORY;
	TEE_Result res = __utee_crypto()->object_generate(__utee_host()->host, object_id(object),
							  keySize, converted, paramCount);
	free(converted);
	return res;
}
