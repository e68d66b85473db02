/*
 * Trusted storage through libutee, as a C TA uses it: persistent objects,
 * data streams, enumerators, keys kept in storage, GP's sharing rules and
 * results, in the GP 1.3.1 form and (called by their __GP11_ names) the 1.1
 * form. Checks that need two instances or another TA are driven by the
 * integration tests through CMD_STORAGE_HOLD / PUT / GET.
 */
#include <stdbool.h>
#include <string.h>
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

#include <api_test_ta.h>

#include "storage_checks.h"

#define CHECK(cond, res) \
	do { \
		if (!(cond)) { \
			EMSG("check failed: %s", #cond); \
			params[0].value.a = __LINE__; \
			return (res); \
		} \
	} while (0)
#define CHECK_RES(expr, expected) \
	do { \
		TEE_Result r__ = (expr); \
		if (r__ != (expected)) { \
			EMSG("%s returned 0x%x, expected 0x%x", #expr, r__, (unsigned)(expected)); \
			params[0].value.a = __LINE__; \
			return r__ ? r__ : TEE_ERROR_GENERIC; \
		} \
	} while (0)
/* Runs a sub-check; its failure (and line) is the command's. */
#define RUN(check) \
	do { \
		TEE_Result r__ = (check)(params); \
		if (r__ != TEE_SUCCESS) \
			return r__; \
	} while (0)

#define ID(s) (s), (sizeof(s) - 1)
#define RWM (TEE_DATA_FLAG_ACCESS_READ | TEE_DATA_FLAG_ACCESS_WRITE | TEE_DATA_FLAG_ACCESS_WRITE_META)
#define PERSISTENT_FLAGS (TEE_HANDLE_FLAG_PERSISTENT | TEE_HANDLE_FLAG_INITIALIZED)

static const char *const created_ids[] = {
	"data-1", "big", "key-1", "key-2", "ecdsa", "renamed", "enum-a", "enum-b", "enum-c",
	"", "shared",
};

/* Deletes what an earlier run left behind (instances of this TA share its storage). */
static void cleanup(void)
{
	uint8_t long_id[TEE_OBJECT_ID_MAX_LEN];
	TEE_ObjectHandle h = TEE_HANDLE_NULL;

	for (size_t i = 0; i < sizeof(created_ids) / sizeof(created_ids[0]); i++)
		if (TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, created_ids[i], strlen(created_ids[i]),
					     TEE_DATA_FLAG_ACCESS_WRITE_META, &h) == TEE_SUCCESS)
			TEE_CloseAndDeletePersistentObject1(h);
	memset(long_id, 'L', sizeof(long_id));
	if (TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, long_id, sizeof(long_id),
				     TEE_DATA_FLAG_ACCESS_WRITE_META, &h) == TEE_SUCCESS)
		TEE_CloseAndDeletePersistentObject1(h);
}

static TEE_Result info_of(TEE_ObjectHandle h, TEE_ObjectInfo *info)
{
	return TEE_GetObjectInfo1(h, info);
}

/* Storage ids OP-TEE without RPMB does not serve, and an empty storage. */
static TEE_Result check_storage_ids(TEE_Param params[4])
{
	TEE_ObjectHandle h = (TEE_ObjectHandle)(uintptr_t)0x1234;
	TEE_ObjectEnumHandle e = TEE_HANDLE_NULL;
	TEE_ObjectInfo info;
	uint8_t id[TEE_OBJECT_ID_MAX_LEN];
	size_t id_len = sizeof(id);
	uint32_t level = 1;

	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE_RPMB, ID("x"), TEE_DATA_FLAG_ACCESS_READ, &h),
		  TEE_ERROR_ITEM_NOT_FOUND);
	CHECK(h == TEE_HANDLE_NULL, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE_RPMB, ID("x"), 0, TEE_HANDLE_NULL, NULL, 0, &h),
		  TEE_ERROR_ITEM_NOT_FOUND);
	CHECK_RES(TEE_OpenPersistentObject(0x12345, ID("x"), TEE_DATA_FLAG_ACCESS_READ, &h),
		  TEE_ERROR_ITEM_NOT_FOUND);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("never-created"), TEE_DATA_FLAG_ACCESS_READ, &h),
		  TEE_ERROR_ITEM_NOT_FOUND);
	CHECK_RES(TEE_AllocatePersistentObjectEnumerator(&e), TEE_SUCCESS);
	/* Not started: nothing to find. */
	CHECK_RES(TEE_GetNextPersistentObject(e, &info, id, &id_len), TEE_ERROR_ITEM_NOT_FOUND);
	CHECK_RES(TEE_StartPersistentObjectEnumerator(e, TEE_STORAGE_PRIVATE_RPMB), TEE_ERROR_ITEM_NOT_FOUND);
	/* GP: ITEM_NOT_FOUND too when the storage holds no object. */
	CHECK_RES(TEE_StartPersistentObjectEnumerator(e, TEE_STORAGE_PRIVATE), TEE_ERROR_ITEM_NOT_FOUND);
	TEE_FreePersistentObjectEnumerator(e);
	TEE_FreePersistentObjectEnumerator(TEE_HANDLE_NULL);
	TEE_ResetPersistentObjectEnumerator(TEE_HANDLE_NULL);
	CHECK_RES(TEE_CloseAndDeletePersistentObject1(TEE_HANDLE_NULL), TEE_SUCCESS);
	TEE_CloseAndDeletePersistentObject(TEE_HANDLE_NULL);
	TEE_CloseObject(TEE_HANDLE_NULL);
	/* What the store in use says of itself: teed's default file store with its anchor file. */
	CHECK_RES(TEE_GetPropertyAsU32(TEE_PROPSET_TEE_IMPLEMENTATION,
				       "gpd.tee.trustedStorage.antiRollback.protectionLevel", &level), TEE_SUCCESS);
	CHECK(level == 100, TEE_ERROR_GENERIC);
	return TEE_SUCCESS;
}

/* A data object's stream: reads, writes, seeks, truncation and GP's position limits. */
static TEE_Result check_data_stream(TEE_Param params[4])
{
	TEE_ObjectHandle h = TEE_HANDLE_NULL, other = (TEE_ObjectHandle)(uintptr_t)0x1234;
	TEE_ObjectInfo info;
	__GP11_TEE_ObjectInfo info11;
	char buf[32];
	size_t count = 99;
	uint32_t count32 = 99;

	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("data-1"), RWM, TEE_HANDLE_NULL,
					     "hello world", 11, &h), TEE_SUCCESS);
	CHECK_RES(info_of(h, &info), TEE_SUCCESS);
	CHECK(info.objectType == TEE_TYPE_DATA && info.objectSize == 0 && info.maxObjectSize == 0 &&
	      info.objectUsage == 0xFFFFFFFF && info.dataSize == 11 && info.dataPosition == 0 &&
	      info.handleFlags == (PERSISTENT_FLAGS | RWM), TEE_ERROR_GENERIC);
	CHECK_RES(TEE_ReadObjectData(h, buf, 5, &count), TEE_SUCCESS);
	CHECK(count == 5 && !memcmp(buf, "hello", 5), TEE_ERROR_GENERIC);
	CHECK_RES(TEE_ReadObjectData(h, buf, sizeof(buf), &count), TEE_SUCCESS);
	CHECK(count == 6 && !memcmp(buf, " world", 6), TEE_ERROR_GENERIC);
	CHECK_RES(TEE_ReadObjectData(h, buf, sizeof(buf), &count), TEE_SUCCESS);
	CHECK(count == 0, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_SeekObjectData(h, 0, TEE_DATA_SEEK_SET), TEE_SUCCESS);
	CHECK_RES(TEE_SeekObjectData(h, 6, TEE_DATA_SEEK_CUR), TEE_SUCCESS);
	CHECK_RES(TEE_ReadObjectData(h, buf, 5, &count), TEE_SUCCESS);
	CHECK(count == 5 && !memcmp(buf, "world", 5), TEE_ERROR_GENERIC);
	CHECK_RES(TEE_SeekObjectData(h, -5, TEE_DATA_SEEK_END), TEE_SUCCESS);
	CHECK_RES(info_of(h, &info), TEE_SUCCESS);
	CHECK(info.dataPosition == 6, TEE_ERROR_GENERIC);
	/* Below 0 is 0; past TEE_DATA_MAX_POSITION is OVERFLOW and the position stays. */
	CHECK_RES(TEE_SeekObjectData(h, -100, TEE_DATA_SEEK_CUR), TEE_SUCCESS);
	CHECK_RES(info_of(h, &info), TEE_SUCCESS);
	CHECK(info.dataPosition == 0, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_SeekObjectData(h, TEE_DATA_MAX_POSITION, TEE_DATA_SEEK_SET), TEE_SUCCESS);
	CHECK_RES(TEE_SeekObjectData(h, 1, TEE_DATA_SEEK_CUR), TEE_ERROR_OVERFLOW);
	CHECK_RES(TEE_SeekObjectData(h, (intmax_t)TEE_DATA_MAX_POSITION + 1, TEE_DATA_SEEK_SET), TEE_ERROR_OVERFLOW);
	CHECK_RES(TEE_SeekObjectData(h, TEE_DATA_MAX_POSITION, TEE_DATA_SEEK_END), TEE_ERROR_OVERFLOW);
	CHECK_RES(info_of(h, &info), TEE_SUCCESS);
	CHECK(info.dataPosition == TEE_DATA_MAX_POSITION, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_WriteObjectData(h, "x", 1), TEE_ERROR_OVERFLOW);
	CHECK_RES(TEE_WriteObjectData(h, "", 0), TEE_SUCCESS);
	CHECK_RES(TEE_ReadObjectData(h, buf, sizeof(buf), &count), TEE_SUCCESS);
	CHECK(count == 0, TEE_ERROR_GENERIC);
	/* Past the end, a write first fills with zeros. */
	CHECK_RES(TEE_SeekObjectData(h, 13, TEE_DATA_SEEK_SET), TEE_SUCCESS);
	CHECK_RES(TEE_WriteObjectData(h, "!!", 2), TEE_SUCCESS);
	CHECK_RES(info_of(h, &info), TEE_SUCCESS);
	CHECK(info.dataSize == 15 && info.dataPosition == 15, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_SeekObjectData(h, 0, TEE_DATA_SEEK_SET), TEE_SUCCESS);
	CHECK_RES(TEE_ReadObjectData(h, buf, sizeof(buf), &count), TEE_SUCCESS);
	CHECK(count == 15 && !memcmp(buf, "hello world\0\0!!", 15), TEE_ERROR_GENERIC);
	/* Truncation leaves the position alone. */
	CHECK_RES(TEE_TruncateObjectData(h, 5), TEE_SUCCESS);
	CHECK_RES(info_of(h, &info), TEE_SUCCESS);
	CHECK(info.dataSize == 5 && info.dataPosition == 15, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_ReadObjectData(h, buf, sizeof(buf), &count), TEE_SUCCESS);
	CHECK(count == 0, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_TruncateObjectData(h, 8), TEE_SUCCESS);
	/* The 1.1 forms: 32-bit sizes and offsets. */
	CHECK_RES(__GP11_TEE_SeekObjectData(h, -3, TEE_DATA_SEEK_END), TEE_SUCCESS);
	CHECK_RES(__GP11_TEE_ReadObjectData(h, buf, sizeof(buf), &count32), TEE_SUCCESS);
	CHECK(count32 == 3 && !memcmp(buf, "\0\0\0", 3), TEE_ERROR_GENERIC);
	CHECK_RES(__GP11_TEE_WriteObjectData(h, "abc", 3), TEE_SUCCESS);
	CHECK_RES(__GP11_TEE_TruncateObjectData(h, 10), TEE_SUCCESS);
	CHECK_RES(__GP11_TEE_GetObjectInfo1(h, &info11), TEE_SUCCESS);
	CHECK(info11.objectType == TEE_TYPE_DATA && info11.dataSize == 10 && info11.dataPosition == 11 &&
	      info11.handleFlags == (PERSISTENT_FLAGS | RWM), TEE_ERROR_GENERIC);
	TEE_GetObjectInfo(h, &info);
	CHECK(info.dataSize == 10, TEE_ERROR_GENERIC);
	CHECK_RES(__GP11_TEE_SeekObjectData(h, 0, TEE_DATA_SEEK_SET), TEE_SUCCESS);
	CHECK_RES(TEE_ReadObjectData(h, buf, sizeof(buf), &count), TEE_SUCCESS);
	CHECK(count == 10 && !memcmp(buf, "hello\0\0\0ab", 10), TEE_ERROR_GENERIC);
	/* An existing object is ACCESS_CONFLICT without OVERWRITE; the handle is NULL. */
	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("data-1"), RWM, TEE_HANDLE_NULL,
					     NULL, 0, &other), TEE_ERROR_ACCESS_CONFLICT);
	CHECK(other == TEE_HANDLE_NULL, TEE_ERROR_GENERIC);
	TEE_CloseObject(h);
	/* OVERWRITE replaces it; a NULL handle pointer closes the new object at once (1.1 form). */
	CHECK_RES(__GP11_TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("data-1"),
						    TEE_DATA_FLAG_OVERWRITE | TEE_DATA_FLAG_ACCESS_WRITE,
						    TEE_HANDLE_NULL, "again", 5, NULL), TEE_SUCCESS);
	/* PRIVATE_REE is the same store. */
	CHECK_RES(__GP11_TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE_REE, ID("data-1"),
						  TEE_DATA_FLAG_ACCESS_READ, &h), TEE_SUCCESS);
	CHECK_RES(TEE_ReadObjectData(h, buf, sizeof(buf), &count), TEE_SUCCESS);
	CHECK(count == 5 && !memcmp(buf, "again", 5), TEE_ERROR_GENERIC);
	CHECK_RES(info_of(h, &info), TEE_SUCCESS);
	CHECK(info.handleFlags == (PERSISTENT_FLAGS | TEE_DATA_FLAG_ACCESS_READ), TEE_ERROR_GENERIC);
	TEE_CloseObject(h);
	return TEE_SUCCESS;
}

/* Data larger than a datagram, both ways and in pieces (static: the heap is 64 KiB). */
static uint8_t big_data[200 * 1024], big_back[200 * 1024];

static TEE_Result check_big_data(TEE_Param params[4])
{
	const size_t size = sizeof(big_data);
	uint8_t *data = big_data, *back = big_back;
	TEE_ObjectHandle h = TEE_HANDLE_NULL;
	size_t count = 0;

	for (size_t i = 0; i < size; i++)
		data[i] = (uint8_t)(i * 31 + (i >> 9));
	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("big"), RWM, TEE_HANDLE_NULL, data,
					     100 * 1024, &h), TEE_SUCCESS);
	CHECK_RES(TEE_SeekObjectData(h, 0, TEE_DATA_SEEK_END), TEE_SUCCESS);
	CHECK_RES(TEE_WriteObjectData(h, data + 100 * 1024, size - 100 * 1024), TEE_SUCCESS);
	CHECK_RES(TEE_SeekObjectData(h, 0, TEE_DATA_SEEK_SET), TEE_SUCCESS);
	CHECK_RES(TEE_ReadObjectData(h, back, size, &count), TEE_SUCCESS);
	CHECK(count == size && !memcmp(back, data, size), TEE_ERROR_GENERIC);
	memset(back, 0, size);
	CHECK_RES(TEE_SeekObjectData(h, 0, TEE_DATA_SEEK_SET), TEE_SUCCESS);
	for (size_t done = 0; done < size; done += count) {
		CHECK_RES(TEE_ReadObjectData(h, back + done, 4097, &count), TEE_SUCCESS);
		CHECK(count > 0, TEE_ERROR_GENERIC);
	}
	CHECK(!memcmp(back, data, size), TEE_ERROR_GENERIC);
	CHECK_RES(TEE_CloseAndDeletePersistentObject1(h), TEE_SUCCESS);
	return TEE_SUCCESS;
}

static TEE_Result encrypt_block(TEE_ObjectHandle key, uint8_t out[16])
{
	TEE_OperationHandle op = TEE_HANDLE_NULL;
	size_t size = 16;
	TEE_Result res = TEE_AllocateOperation(&op, TEE_ALG_AES_ECB_NOPAD, TEE_MODE_ENCRYPT, 256);

	if (res == TEE_SUCCESS)
		res = TEE_SetOperationKey(op, key);
	if (res == TEE_SUCCESS) {
		TEE_CipherInit(op, NULL, 0);
		res = TEE_CipherDoFinal(op, "sixteen byte msg", 16, out, &size);
	}
	TEE_FreeOperation(op);
	return res;
}

/* Keys kept in storage: attributes, usage (restricted and persisted), use as keys. */
static TEE_Result check_keys(TEE_Param params[4])
{
	const uint32_t usage = TEE_USAGE_ENCRYPT | TEE_USAGE_DECRYPT | TEE_USAGE_EXTRACTABLE;
	TEE_ObjectHandle aes = TEE_HANDLE_NULL, key = TEE_HANDLE_NULL, copy = TEE_HANDLE_NULL;
	TEE_ObjectHandle key2 = TEE_HANDLE_NULL;
	TEE_ObjectInfo info;
	uint8_t secret[32], stored[32], a[16], b[16];
	size_t size = sizeof(stored), count = 0;
	char buf[8];

	CHECK_RES(TEE_AllocateTransientObject(TEE_TYPE_AES, 256, &aes), TEE_SUCCESS);
	CHECK_RES(TEE_GenerateKey(aes, 256, NULL, 0), TEE_SUCCESS);
	CHECK_RES(TEE_RestrictObjectUsage1(aes, usage), TEE_SUCCESS);
	size = sizeof(secret);
	CHECK_RES(TEE_GetObjectBufferAttribute(aes, TEE_ATTR_SECRET_VALUE, secret, &size), TEE_SUCCESS);
	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("key-1"),
					     TEE_DATA_FLAG_ACCESS_READ | TEE_DATA_FLAG_ACCESS_WRITE_META, aes,
					     "meta", 4, &key), TEE_SUCCESS);
	/* The stored attributes are a copy: the transient object may go. */
	TEE_ResetTransientObject(aes);
	CHECK_RES(info_of(key, &info), TEE_SUCCESS);
	CHECK(info.objectType == TEE_TYPE_AES && info.objectSize == 256 && info.maxObjectSize == 256 &&
	      info.objectUsage == usage && info.dataSize == 4, TEE_ERROR_GENERIC);
	size = sizeof(stored);
	CHECK_RES(TEE_GetObjectBufferAttribute(key, TEE_ATTR_SECRET_VALUE, stored, &size), TEE_SUCCESS);
	CHECK(size == 32 && !memcmp(stored, secret, 32), TEE_ERROR_GENERIC);
	CHECK_RES(TEE_ReadObjectData(key, buf, sizeof(buf), &count), TEE_SUCCESS);
	CHECK(count == 4 && !memcmp(buf, "meta", 4), TEE_ERROR_GENERIC);
	/* A persistent handle is a key, and a source of attributes. */
	CHECK_RES(encrypt_block(key, a), TEE_SUCCESS);
	CHECK_RES(TEE_AllocateTransientObject(TEE_TYPE_AES, 256, &copy), TEE_SUCCESS);
	CHECK_RES(TEE_CopyObjectAttributes1(copy, key), TEE_SUCCESS);
	CHECK_RES(encrypt_block(copy, b), TEE_SUCCESS);
	CHECK(!memcmp(a, b, 16), TEE_ERROR_GENERIC);
	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("key-2"), RWM, key, NULL, 0, &key2),
		  TEE_SUCCESS);
	CHECK_RES(info_of(key2, &info), TEE_SUCCESS);
	CHECK(info.objectType == TEE_TYPE_AES && info.objectUsage == usage && info.dataSize == 0, TEE_ERROR_GENERIC);
	CHECK_RES(encrypt_block(key2, b), TEE_SUCCESS);
	CHECK(!memcmp(a, b, 16), TEE_ERROR_GENERIC);
	TEE_CloseObject(key2);
	/* A usage restriction on a persistent object (WRITE_META) is committed. */
	CHECK_RES(TEE_RestrictObjectUsage1(key, TEE_USAGE_ENCRYPT), TEE_SUCCESS);
	CHECK_RES(info_of(key, &info), TEE_SUCCESS);
	CHECK(info.objectUsage == TEE_USAGE_ENCRYPT, TEE_ERROR_GENERIC);
	TEE_CloseObject(key);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("key-1"), TEE_DATA_FLAG_ACCESS_READ, &key),
		  TEE_SUCCESS);
	CHECK_RES(info_of(key, &info), TEE_SUCCESS);
	CHECK(info.objectUsage == TEE_USAGE_ENCRYPT && info.handleFlags == (PERSISTENT_FLAGS | TEE_DATA_FLAG_ACCESS_READ),
	      TEE_ERROR_GENERIC);
	/* Still the same key. */
	CHECK_RES(encrypt_block(key, b), TEE_SUCCESS);
	CHECK(!memcmp(a, b, 16), TEE_ERROR_GENERIC);
	TEE_CloseObject(key);
	TEE_FreeTransientObject(aes);
	TEE_FreeTransientObject(copy);
	return TEE_SUCCESS;
}

/* An ECDSA key pair kept in storage signs; its public half verifies. */
static TEE_Result check_key_pair(TEE_Param params[4])
{
	TEE_ObjectHandle pair = TEE_HANDLE_NULL, pub = TEE_HANDLE_NULL, stored = TEE_HANDLE_NULL;
	TEE_OperationHandle sign = TEE_HANDLE_NULL, verify = TEE_HANDLE_NULL;
	TEE_Attribute curve;
	uint8_t digest[32] = { 1, 2, 3 }, signature[64];
	size_t size = sizeof(signature);
	uint32_t a = 0, b = 0;

	TEE_InitValueAttribute(&curve, TEE_ATTR_ECC_CURVE, TEE_ECC_CURVE_NIST_P256, 0);
	CHECK_RES(TEE_AllocateTransientObject(TEE_TYPE_ECDSA_KEYPAIR, 256, &pair), TEE_SUCCESS);
	CHECK_RES(TEE_GenerateKey(pair, 256, &curve, 1), TEE_SUCCESS);
	CHECK_RES(TEE_AllocateTransientObject(TEE_TYPE_ECDSA_PUBLIC_KEY, 256, &pub), TEE_SUCCESS);
	CHECK_RES(TEE_CopyObjectAttributes1(pub, pair), TEE_SUCCESS);
	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("ecdsa"), 0, pair, NULL, 0, NULL),
		  TEE_SUCCESS);
	TEE_FreeTransientObject(pair);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("ecdsa"), 0, &stored), TEE_SUCCESS);
	CHECK_RES(TEE_GetObjectValueAttribute(stored, TEE_ATTR_ECC_CURVE, &a, &b), TEE_SUCCESS);
	CHECK(a == TEE_ECC_CURVE_NIST_P256, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_AllocateOperation(&sign, TEE_ALG_ECDSA_SHA256, TEE_MODE_SIGN, 256), TEE_SUCCESS);
	CHECK_RES(TEE_SetOperationKey(sign, stored), TEE_SUCCESS);
	CHECK_RES(TEE_AsymmetricSignDigest(sign, NULL, 0, digest, 32, signature, &size), TEE_SUCCESS);
	CHECK_RES(TEE_AllocateOperation(&verify, TEE_ALG_ECDSA_SHA256, TEE_MODE_VERIFY, 256), TEE_SUCCESS);
	CHECK_RES(TEE_SetOperationKey(verify, pub), TEE_SUCCESS);
	CHECK_RES(TEE_AsymmetricVerifyDigest(verify, NULL, 0, digest, 32, signature, size), TEE_SUCCESS);
	TEE_FreeOperation(sign);
	TEE_FreeOperation(verify);
	TEE_FreeTransientObject(pub);
	TEE_CloseObject(stored);
	return TEE_SUCCESS;
}

/* Rename: a free name of up to 64 bytes; the 0-byte id is an id too. */
static TEE_Result check_rename(TEE_Param params[4])
{
	TEE_ObjectHandle h = TEE_HANDLE_NULL, other = TEE_HANDLE_NULL;
	uint8_t long_id[TEE_OBJECT_ID_MAX_LEN];
	char buf[8];
	size_t count = 0;

	memset(long_id, 'L', sizeof(long_id));
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("key-2"), TEE_DATA_FLAG_ACCESS_WRITE_META, &h),
		  TEE_SUCCESS);
	CHECK_RES(TEE_RenamePersistentObject(h, ID("key-1")), TEE_ERROR_ACCESS_CONFLICT);
	CHECK_RES(TEE_RenamePersistentObject(h, ID("key-2")), TEE_ERROR_ACCESS_CONFLICT);
	CHECK_RES(TEE_RenamePersistentObject(h, long_id, sizeof(long_id)), TEE_SUCCESS);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("key-2"), 0, &other), TEE_ERROR_ITEM_NOT_FOUND);
	CHECK_RES(__GP11_TEE_RenamePersistentObject(h, ID("renamed")), TEE_SUCCESS);
	TEE_CloseObject(h);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, long_id, sizeof(long_id), 0, &other),
		  TEE_ERROR_ITEM_NOT_FOUND);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("renamed"), 0, &other), TEE_SUCCESS);
	TEE_CloseObject(other);
	/* The empty id. */
	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, NULL, 0, RWM, TEE_HANDLE_NULL, "e", 1, &h),
		  TEE_SUCCESS);
	TEE_CloseObject(h);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, "", 0, TEE_DATA_FLAG_ACCESS_READ, &h), TEE_SUCCESS);
	CHECK_RES(TEE_ReadObjectData(h, buf, sizeof(buf), &count), TEE_SUCCESS);
	CHECK(count == 1 && buf[0] == 'e', TEE_ERROR_GENERIC);
	TEE_CloseObject(h);
	return TEE_SUCCESS;
}

/* GP's sharing table within one instance (two instances: CMD_STORAGE_HOLD). */
static TEE_Result check_sharing(TEE_Param params[4])
{
	const uint32_t read_shared = TEE_DATA_FLAG_ACCESS_READ | TEE_DATA_FLAG_SHARE_READ;
	TEE_ObjectHandle r1 = TEE_HANDLE_NULL, r2 = TEE_HANDLE_NULL, x = TEE_HANDLE_NULL;
	TEE_ObjectHandle meta = TEE_HANDLE_NULL;

	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("shared"), read_shared, TEE_HANDLE_NULL,
					     "s", 1, &r1), TEE_SUCCESS);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("shared"), read_shared, &r2), TEE_SUCCESS);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("shared"), TEE_DATA_FLAG_ACCESS_READ, &x),
		  TEE_ERROR_ACCESS_CONFLICT);
	CHECK(x == TEE_HANDLE_NULL, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("shared"),
					   TEE_DATA_FLAG_ACCESS_WRITE | TEE_DATA_FLAG_SHARE_READ |
					   TEE_DATA_FLAG_SHARE_WRITE, &x), TEE_ERROR_ACCESS_CONFLICT);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("shared"), TEE_DATA_FLAG_ACCESS_WRITE_META,
					   &x), TEE_ERROR_ACCESS_CONFLICT);
	/* No access at all needs no sharing… */
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("shared"), TEE_DATA_FLAG_SHARE_READ, &x),
		  TEE_SUCCESS);
	/* …and a create with OVERWRITE must be able to share too. */
	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("shared"),
					     TEE_DATA_FLAG_OVERWRITE | TEE_DATA_FLAG_ACCESS_WRITE_META,
					     TEE_HANDLE_NULL, NULL, 0, NULL), TEE_ERROR_ACCESS_CONFLICT);
	TEE_CloseObject(r1);
	TEE_CloseObject(r2);
	TEE_CloseObject(x);
	/* WRITE_META is exclusive, even against a handle without access. */
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("shared"), TEE_DATA_FLAG_ACCESS_WRITE_META,
					   &meta), TEE_SUCCESS);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("shared"), 0, &x), TEE_ERROR_ACCESS_CONFLICT);
	CHECK_RES(TEE_CloseAndDeletePersistentObject1(meta), TEE_SUCCESS);
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("shared"), 0, &x), TEE_ERROR_ITEM_NOT_FOUND);
	return TEE_SUCCESS;
}

/* Enumerators: every object once, with its information, in both forms. */
static TEE_Result check_enumerator(TEE_Param params[4])
{
	static const char *const expected[] = { "", "data-1", "ecdsa", "enum-a", "enum-b", "enum-c",
						"key-1", "renamed" };
	TEE_ObjectEnumHandle e = TEE_HANDLE_NULL;
	TEE_ObjectHandle h = TEE_HANDLE_NULL;
	TEE_ObjectInfo info;
	__GP11_TEE_ObjectInfo info11;
	uint8_t id[TEE_OBJECT_ID_MAX_LEN];
	size_t id_len = 0, seen = 0;
	uint32_t id_len32 = 0;
	TEE_Result res;

	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("enum-b"), 0, TEE_HANDLE_NULL, "bb", 2, NULL),
		  TEE_SUCCESS);
	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("enum-a"), 0, TEE_HANDLE_NULL, "a", 1, NULL),
		  TEE_SUCCESS);
	CHECK_RES(TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("enum-c"), 0, TEE_HANDLE_NULL, NULL, 0, NULL),
		  TEE_SUCCESS);
	CHECK_RES(TEE_AllocatePersistentObjectEnumerator(&e), TEE_SUCCESS);
	CHECK_RES(TEE_StartPersistentObjectEnumerator(e, TEE_STORAGE_PRIVATE), TEE_SUCCESS);
	while ((res = TEE_GetNextPersistentObject(e, &info, id, &id_len)) == TEE_SUCCESS) {
		CHECK(seen < sizeof(expected) / sizeof(expected[0]), TEE_ERROR_GENERIC);
		CHECK(id_len == strlen(expected[seen]) && !memcmp(id, expected[seen], id_len), TEE_ERROR_GENERIC);
		CHECK((info.handleFlags & PERSISTENT_FLAGS) == PERSISTENT_FLAGS && info.dataPosition == 0,
		      TEE_ERROR_GENERIC);
		if (!strcmp(expected[seen], "enum-b"))
			CHECK(info.objectType == TEE_TYPE_DATA && info.dataSize == 2, TEE_ERROR_GENERIC);
		if (!strcmp(expected[seen], "key-1"))
			CHECK(info.objectType == TEE_TYPE_AES && info.objectSize == 256 &&
			      info.objectUsage == TEE_USAGE_ENCRYPT, TEE_ERROR_GENERIC);
		seen++;
	}
	CHECK_RES(res, TEE_ERROR_ITEM_NOT_FOUND);
	CHECK(seen == sizeof(expected) / sizeof(expected[0]), TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetNextPersistentObject(e, NULL, id, &id_len), TEE_ERROR_ITEM_NOT_FOUND);
	/* Reset: stopped again. Restart on the same store by its REE name; 1.1 form; no info. */
	TEE_ResetPersistentObjectEnumerator(e);
	CHECK_RES(TEE_GetNextPersistentObject(e, &info, id, &id_len), TEE_ERROR_ITEM_NOT_FOUND);
	CHECK_RES(TEE_StartPersistentObjectEnumerator(e, TEE_STORAGE_PRIVATE_REE), TEE_SUCCESS);
	CHECK_RES(__GP11_TEE_GetNextPersistentObject(e, &info11, id, &id_len32), TEE_SUCCESS);
	CHECK(id_len32 == 0, TEE_ERROR_GENERIC);
	CHECK_RES(TEE_GetNextPersistentObject(e, NULL, id, &id_len), TEE_SUCCESS);
	CHECK(id_len == 6 && !memcmp(id, "data-1", 6), TEE_ERROR_GENERIC);
	/* Objects deleted mid-walk are not found; the walk goes on after them. */
	CHECK_RES(TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("ecdsa"), TEE_DATA_FLAG_ACCESS_WRITE_META, &h),
		  TEE_SUCCESS);
	TEE_CloseAndDeletePersistentObject(h);
	CHECK_RES(__GP11_TEE_GetNextPersistentObject(e, &info11, id, &id_len32), TEE_SUCCESS);
	CHECK(id_len32 == 6 && !memcmp(id, "enum-a", 6) && info11.objectType == TEE_TYPE_DATA && info11.dataSize == 1,
	      TEE_ERROR_GENERIC);
	TEE_FreePersistentObjectEnumerator(e);
	return TEE_SUCCESS;
}

TEE_Result check_storage(TEE_Param params[4])
{
	cleanup();
	RUN(check_storage_ids);
	RUN(check_data_stream);
	RUN(check_big_data);
	RUN(check_keys);
	RUN(check_key_pair);
	RUN(check_rename);
	RUN(check_sharing);
	RUN(check_enumerator);
	cleanup();
	return TEE_SUCCESS;
}

/* ---- across instances and TAs ------------------------------------------ */

#define MAX_HELD 8
static TEE_ObjectHandle held[MAX_HELD];

/*
 * GP forbids object ids in client shared memory (a memref's buffer is that):
 * copy the id into the TA's own memory first, as xtest's storage TA does.
 */
struct object_id {
	uint8_t bytes[TEE_OBJECT_ID_MAX_LEN];
	size_t length;
};

static bool copy_id(const TEE_Param *param, struct object_id *id)
{
	if (param->memref.size > sizeof(id->bytes))
		return false;
	id->length = param->memref.size;
	TEE_MemMove(id->bytes, param->memref.buffer, id->length);
	return true;
}

TEE_Result storage_hold(TEE_Param params[4])
{
	struct object_id id;

	if (!copy_id(&params[1], &id))
		return TEE_ERROR_BAD_PARAMETERS;
	for (uint32_t i = 0; i < MAX_HELD; i++) {
		if (held[i] != TEE_HANDLE_NULL)
			continue;
		params[0].value.a = TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, id.bytes, id.length,
							     params[0].value.a, &held[i]);
		params[0].value.b = i;
		return TEE_SUCCESS;
	}
	return TEE_ERROR_OUT_OF_MEMORY;
}

TEE_Result storage_release(TEE_Param params[4])
{
	uint32_t i = params[0].value.a;

	if (i >= MAX_HELD)
		return TEE_ERROR_BAD_PARAMETERS;
	TEE_CloseObject(held[i]);
	held[i] = TEE_HANDLE_NULL;
	return TEE_SUCCESS;
}

/* The data may come straight from client memory: GP allows that for data. */
TEE_Result storage_put(TEE_Param params[4])
{
	struct object_id id;

	if (!copy_id(&params[1], &id))
		return TEE_ERROR_BAD_PARAMETERS;
	params[0].value.a = TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, id.bytes, id.length,
						       TEE_DATA_FLAG_OVERWRITE | TEE_DATA_FLAG_ACCESS_READ,
						       TEE_HANDLE_NULL, params[2].memref.buffer,
						       params[2].memref.size, NULL);
	return TEE_SUCCESS;
}

TEE_Result storage_get(TEE_Param params[4])
{
	TEE_ObjectHandle h = TEE_HANDLE_NULL;
	TEE_ObjectInfo info;
	struct object_id id;
	size_t count = 0;

	if (!copy_id(&params[1], &id))
		return TEE_ERROR_BAD_PARAMETERS;
	params[0].value.a = TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, id.bytes, id.length,
						     TEE_DATA_FLAG_ACCESS_READ | TEE_DATA_FLAG_SHARE_READ, &h);
	if (params[0].value.a != TEE_SUCCESS)
		return TEE_SUCCESS;
	TEE_GetObjectInfo1(h, &info);
	params[0].value.b = info.dataSize;
	params[0].value.a = TEE_ReadObjectData(h, params[2].memref.buffer, params[2].memref.size, &count);
	params[2].memref.size = count;
	TEE_CloseObject(h);
	return TEE_SUCCESS;
}

/* ---- what GP says must panic --------------------------------------------- */

void storage_misuse(uint32_t which, TEE_Param params[4])
{
	uint8_t long_id[TEE_OBJECT_ID_MAX_LEN + 1];
	TEE_ObjectHandle h = TEE_HANDLE_NULL, t = TEE_HANDLE_NULL;
	char buf[4];
	size_t count = 0;

	memset(long_id, 'L', sizeof(long_id));
	TEE_AllocateTransientObject(TEE_TYPE_AES, 128, &t);
	/* A read-only handle and a read-write one without WRITE_META on a fresh object. */
	TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_OVERWRITE, TEE_HANDLE_NULL,
				   "m", 1, NULL);
	switch (which) {
	case STORAGE_MISUSE_LONG_ID:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, long_id, sizeof(long_id), 0, &h);
		break;
	case STORAGE_MISUSE_SHARED_ID:
		/* params[1]: client shared memory. */
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, params[1].memref.buffer, 4, 0, &h);
		break;
	case STORAGE_MISUSE_READ_WITHOUT_RIGHT:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_ACCESS_WRITE, &h);
		TEE_ReadObjectData(h, buf, sizeof(buf), &count);
		break;
	case STORAGE_MISUSE_WRITE_WITHOUT_RIGHT:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_ACCESS_READ, &h);
		TEE_WriteObjectData(h, "x", 1);
		break;
	case STORAGE_MISUSE_RENAME_WITHOUT_META:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_ACCESS_WRITE, &h);
		TEE_RenamePersistentObject(h, ID("other"));
		break;
	case STORAGE_MISUSE_DELETE_WITHOUT_META:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_ACCESS_WRITE, &h);
		TEE_CloseAndDeletePersistentObject1(h);
		break;
	case STORAGE_MISUSE_TRANSIENT_HANDLE:
		TEE_ReadObjectData(t, buf, sizeof(buf), &count);
		break;
	case STORAGE_MISUSE_CLOSED_HANDLE:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_ACCESS_READ, &h);
		TEE_CloseObject(h);
		TEE_SeekObjectData(h, 0, TEE_DATA_SEEK_SET);
		break;
	case STORAGE_MISUSE_BAD_WHENCE:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_ACCESS_READ, &h);
		TEE_SeekObjectData(h, 0, 3);
		break;
	case STORAGE_MISUSE_FREE_PERSISTENT:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_ACCESS_READ, &h);
		TEE_FreeTransientObject(h);
		break;
	case STORAGE_MISUSE_RESTRICT_WITHOUT_META:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_ACCESS_READ, &h);
		TEE_RestrictObjectUsage1(h, 0);
		break;
	case STORAGE_MISUSE_UNINITIALIZED_ATTRIBUTES:
		TEE_CreatePersistentObject(TEE_STORAGE_PRIVATE, ID("other"), 0, t, NULL, 0, NULL);
		break;
	case STORAGE_MISUSE_UNKNOWN_FLAGS:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_OVERWRITE, &h);
		break;
	case STORAGE_MISUSE_LONG_NEW_ID:
		TEE_OpenPersistentObject(TEE_STORAGE_PRIVATE, ID("misuse"), TEE_DATA_FLAG_ACCESS_WRITE_META, &h);
		TEE_RenamePersistentObject(h, long_id, sizeof(long_id));
		break;
	case STORAGE_MISUSE_ENUMERATOR_AS_OBJECT: {
		TEE_ObjectEnumHandle e = TEE_HANDLE_NULL;

		TEE_AllocatePersistentObjectEnumerator(&e);
		TEE_CloseObject((TEE_ObjectHandle)e);
		break;
	}
	default:
		return;
	}
}
