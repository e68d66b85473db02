/*
 * Runs one GP cryptographic operation per command (see crypto_test_ta.h):
 * the integration tests push published vectors through the real GP C API.
 */
#include <string.h>
#include <tee_internal_api.h>

#include <crypto_test_ta.h>

#define MAX_KEYS	2
#define MAX_ATTRS	16

struct reader {
	const uint8_t *p;
	size_t left;
	bool bad;
};

struct request {
	uint32_t key_count;
	TEE_ObjectHandle keys[MAX_KEYS];
	uint32_t param_count;
	TEE_Attribute params[MAX_ATTRS];
	const uint8_t *iv;
	size_t iv_len;
	const uint8_t *aad;
	size_t aad_len;
	uint32_t value;
};

static uint32_t u32(struct reader *r)
{
	uint32_t v;

	if (r->left < 4) {
		r->bad = true;
		return 0;
	}
	memcpy(&v, r->p, 4);
	r->p += 4;
	r->left -= 4;
	return v;
}

static const uint8_t *bytes(struct reader *r, size_t n)
{
	const uint8_t *p = r->p;

	if (r->left < n) {
		r->bad = true;
		return NULL;
	}
	r->p += n;
	r->left -= n;
	return p;
}

static uint32_t attributes(struct reader *r, TEE_Attribute *attrs, uint32_t max)
{
	uint32_t n = u32(r);

	if (n > max) {
		r->bad = true;
		return 0;
	}
	for (uint32_t i = 0; i < n && !r->bad; i++) {
		uint32_t id = u32(r);
		if (id & TEE_ATTR_FLAG_VALUE) {
			uint32_t a = u32(r);
			TEE_InitValueAttribute(&attrs[i], id, a, u32(r));
		} else {
			uint32_t len = u32(r);
			TEE_InitRefAttribute(&attrs[i], id, bytes(r, len), len);
		}
	}
	return n;
}

static void release(struct request *q)
{
	for (uint32_t i = 0; i < q->key_count; i++)
		TEE_FreeTransientObject(q->keys[i]);
}

/* Parses the request and makes its keys (populated unless `generate`). */
static TEE_Result parse(const void *buf, size_t len, struct request *q, bool generate)
{
	struct reader r = { buf, len, false };
	TEE_Attribute attrs[MAX_ATTRS];
	TEE_Result res = TEE_SUCCESS;

	memset(q, 0, sizeof(*q));
	uint32_t keys = u32(&r);
	if (keys > MAX_KEYS)
		return TEE_ERROR_BAD_PARAMETERS;
	for (uint32_t i = 0; i < keys && !r.bad; i++) {
		uint32_t type = u32(&r);
		uint32_t max_size = u32(&r);
		uint32_t count = attributes(&r, attrs, MAX_ATTRS);
		if (r.bad)
			break;
		res = TEE_AllocateTransientObject(type, max_size, &q->keys[i]);
		if (res)
			break;
		q->key_count++;
		if (!generate)
			res = TEE_PopulateTransientObject(q->keys[i], attrs, count);
		if (res)
			break;
	}
	if (!res && !r.bad) {
		q->param_count = attributes(&r, q->params, MAX_ATTRS);
		q->iv_len = u32(&r);
		q->iv = bytes(&r, q->iv_len);
		q->aad_len = u32(&r);
		q->aad = bytes(&r, q->aad_len);
		q->value = u32(&r);
	}
	if (r.bad && !res)
		res = TEE_ERROR_BAD_FORMAT;
	if (res)
		release(q);
	return res;
}

/* Feeds [data, data + len) in pieces of `chunk` (0: whole) to `feed`. */
#define FEED(data, len, chunk, feed) \
	do { \
		size_t off__ = 0; \
		size_t step__ = (chunk) ? (chunk) : (len); \
		while (off__ < (len) && step__) { \
			size_t n__ = (len) - off__ < step__ ? (len) - off__ : step__; \
			feed((const uint8_t *)(data) + off__, n__); \
			off__ += n__; \
		} \
	} while (0)

static TEE_Result run(uint32_t command, uint32_t algorithm, uint32_t mode, size_t chunk,
		      struct request *q, const uint8_t *in, size_t in_len, uint8_t *out,
		      size_t *out_len, uint32_t *extra)
{
	TEE_OperationHandle op = TEE_HANDLE_NULL;
	uint32_t max_key = 0;
	TEE_ObjectInfo info;
	TEE_Result res;

	/* One key: its size; AES-XTS's two keys: their sum (OP-TEE's reading of maxKeySize). */
	for (uint32_t i = 0; i < q->key_count; i++) {
		TEE_GetObjectInfo1(q->keys[i], &info);
		max_key = q->key_count == 2 ? max_key + info.objectSize :
			  (info.objectSize > max_key ? info.objectSize : max_key);
	}
	res = TEE_AllocateOperation(&op, algorithm, mode, max_key);
	if (res)
		return res;
	if (q->key_count == 1)
		TEE_SetOperationKey(op, q->keys[0]);
	else if (q->key_count == 2)
		TEE_SetOperationKey2(op, q->keys[0], q->keys[1]);

	size_t capacity = *out_len;
	size_t produced = 0;
	switch (command) {
	case CMD_DIGEST: {
		TEE_OperationInfo oi;
		TEE_GetOperationInfo(op, &oi);
		if (oi.digestLength == 0) {
#define DIGEST_FEED(p, n) TEE_DigestUpdate(op, p, n)
			FEED(in, in_len, chunk, DIGEST_FEED);
			produced = capacity;
			res = TEE_DigestExtract(op, out, &produced);
		} else {
			size_t last = chunk && in_len > chunk ? in_len - (in_len - 1) % chunk - 1 : 0;
			FEED(in, last, chunk, DIGEST_FEED);
			produced = capacity;
			res = TEE_DigestDoFinal(op, in + last, in_len - last, out, &produced);
		}
		break;
	}
	case CMD_CIPHER: {
		TEE_CipherInit(op, q->iv, q->iv_len);
		size_t off = 0;
		while (!res && chunk && in_len - off > chunk) {
			size_t n = capacity - produced;
			res = TEE_CipherUpdate(op, in + off, chunk, out + produced, &n);
			produced += n;
			off += chunk;
		}
		if (!res) {
			size_t n = capacity - produced;
			res = TEE_CipherDoFinal(op, in + off, in_len - off, out + produced, &n);
			produced += n;
		}
		break;
	}
	case CMD_MAC:
	case CMD_MAC_COMPARE: {
		size_t off = 0;
		TEE_MACInit(op, command == CMD_MAC ? q->iv : q->aad, command == CMD_MAC ? q->iv_len : q->aad_len);
		while (chunk && in_len - off > chunk) {
			TEE_MACUpdate(op, in + off, chunk);
			off += chunk;
		}
		if (command == CMD_MAC) {
			produced = capacity;
			res = TEE_MACComputeFinal(op, in + off, in_len - off, out, &produced);
		} else {
			res = TEE_MACCompareFinal(op, in + off, in_len - off, q->iv, q->iv_len);
		}
		break;
	}
	case CMD_AE_ENCRYPT:
	case CMD_AE_DECRYPT: {
		size_t tag_len = q->value / 8;
		size_t payload = command == CMD_AE_ENCRYPT ? in_len : in_len - (in_len < tag_len ? in_len : tag_len);
		res = TEE_AEInit(op, q->iv, q->iv_len, q->value, q->aad_len, payload);
		if (res)
			break;
#define AAD_FEED(p, n) TEE_AEUpdateAAD(op, p, n)
		FEED(q->aad, q->aad_len, chunk, AAD_FEED);
		size_t off = 0;
		while (!res && chunk && payload - off > chunk) {
			size_t n = capacity - produced;
			res = TEE_AEUpdate(op, in + off, chunk, out + produced, &n);
			produced += n;
			off += chunk;
		}
		if (res)
			break;
		size_t n = capacity - produced;
		if (command == CMD_AE_ENCRYPT) {
			size_t t = capacity - produced;
			/* ciphertext, then the tag right behind it */
			res = TEE_AEEncryptFinal(op, in + off, payload - off, out + produced, &n,
						 out + produced + (payload - off), &t);
			if (!res)
				produced += n + t;
		} else {
			res = TEE_AEDecryptFinal(op, in + off, payload - off, out + produced, &n,
						 (void *)(in + payload), tag_len);
			if (!res)
				produced += n;
		}
		break;
	}
	case CMD_SIGN:
		produced = capacity;
		res = TEE_AsymmetricSignDigest(op, q->params, q->param_count, in, in_len, out, &produced);
		break;
	case CMD_VERIFY:
		res = TEE_AsymmetricVerifyDigest(op, q->params, q->param_count, in, in_len, q->iv,
						 q->iv_len);
		break;
	case CMD_ENCRYPT:
		produced = capacity;
		res = TEE_AsymmetricEncrypt(op, q->params, q->param_count, in, in_len, out, &produced);
		break;
	case CMD_DECRYPT:
		produced = capacity;
		res = TEE_AsymmetricDecrypt(op, q->params, q->param_count, in, in_len, out, &produced);
		break;
	case CMD_DERIVE: {
		TEE_ObjectHandle derived;
		res = TEE_AllocateTransientObject(TEE_TYPE_GENERIC_SECRET, q->value, &derived);
		if (res)
			break;
		TEE_DeriveKey(op, q->params, q->param_count, derived);
		produced = capacity;
		res = TEE_GetObjectBufferAttribute(derived, TEE_ATTR_SECRET_VALUE, out, &produced);
		TEE_FreeTransientObject(derived);
		break;
	}
	default:
		res = TEE_ERROR_NOT_SUPPORTED;
	}
	*out_len = produced;
	*extra = 0;
	TEE_FreeOperation(op);
	return res;
}

static TEE_Result generate(struct request *q, uint8_t *out, size_t *out_len)
{
	TEE_Result res = TEE_GenerateKey(q->keys[0], q->value, q->params, q->param_count);
	size_t produced = 0;

	/* The requested attributes (ids in the parameter section) as u32 length + bytes. */
	for (uint32_t i = 0; !res && i < q->param_count; i++) {
		if (!(q->params[i].attributeID & TEE_ATTR_FLAG_VALUE) &&
		    q->params[i].content.ref.length == 0) {
			size_t n = *out_len - produced - (*out_len - produced >= 4 ? 4 : 0);
			res = TEE_GetObjectBufferAttribute(q->keys[0], q->params[i].attributeID,
							   out + produced + 4, &n);
			if (!res) {
				uint32_t l = (uint32_t)n;
				memcpy(out + produced, &l, 4);
				produced += 4 + n;
			}
		}
	}
	*out_len = produced;
	return res;
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
	struct request q;
	(void)session;

	if (types != TEE_PARAM_TYPES(TEE_PARAM_TYPE_VALUE_INOUT, TEE_PARAM_TYPE_MEMREF_INPUT,
				     TEE_PARAM_TYPE_MEMREF_INPUT, TEE_PARAM_TYPE_MEMREF_OUTPUT))
		return TEE_ERROR_BAD_PARAMETERS;
	uint32_t algorithm = params[0].value.a;
	uint32_t mode = params[0].value.b & 0xFF;
	size_t chunk = params[0].value.b >> 8;
	TEE_Result res = parse(params[1].memref.buffer, params[1].memref.size, &q,
			       command == CMD_GENERATE);
	if (res)
		return res;
	uint32_t extra = 0;
	if (command == CMD_GENERATE) {
		res = generate(&q, params[3].memref.buffer, &params[3].memref.size);
	} else {
		size_t out_len = params[3].memref.size;
		res = run(command, algorithm, mode, chunk, &q, params[2].memref.buffer,
			  params[2].memref.size, params[3].memref.buffer, &out_len, &extra);
		params[3].memref.size = out_len;
		params[0].value.a = extra;
	}
	release(&q);
	return res;
}
