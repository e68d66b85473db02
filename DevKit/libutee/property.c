// SPDX-License-Identifier: BSD-2-Clause
/*
 * GP properties: the current TA's (ta_props[] from user_ta_header.c), the
 * current client's (from the host) and the TEE's (a table the host provides),
 * read by name or walked with an enumerator, with GP's type conversions.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tee_internal_api.h>
#include <user_ta_header.h>

#include "utee_private.h"

struct utee_enumerator {
	struct utee_enumerator *next;	/* every live enumerator, to validate handles */
	TEE_PropSetHandle set;		/* NULL until started */
	size_t index;
};

static struct utee_enumerator *enumerators;

/* The rows of one property set; the client's are rebuilt for each lookup. */
struct prop_rows {
	const struct user_ta_property *rows;
	size_t count;
	struct user_ta_property client[2];
	TEE_Identity identity;
};

static const uint32_t little_endian;

static bool is_enumerator(TEE_PropSetHandle h)
{
	for (struct utee_enumerator *e = enumerators; e; e = e->next)
		if ((TEE_PropSetHandle)e == h)
			return true;
	return false;
}

static void rows_for(TEE_PropSetHandle set, struct prop_rows *out)
{
	const stee_host_api *host = __utee_host();

	if (set == TEE_PROPSET_CURRENT_TA) {
		out->rows = ta_props;
		out->count = ta_num_props;
	} else if (set == TEE_PROPSET_CURRENT_CLIENT) {
		stee_identity id;

		host->client_identity(host->host, &id);
		out->identity.login = id.login;
		out->identity.uuid.timeLow = id.time_low;
		out->identity.uuid.timeMid = id.time_mid;
		out->identity.uuid.timeHiAndVersion = id.time_hi_and_version;
		memcpy(out->identity.uuid.clockSeqAndNode, id.clock_seq_and_node, 8);
		out->client[0] = (struct user_ta_property){ "gpd.client.identity",
			USER_TA_PROP_TYPE_IDENTITY, &out->identity };
		out->client[1] = (struct user_ta_property){ "gpd.client.endian",
			USER_TA_PROP_TYPE_U32, &little_endian };
		out->rows = out->client;
		out->count = 2;
	} else if (set == TEE_PROPSET_TEE_IMPLEMENTATION) {
		/* stee_property has struct user_ta_property's layout. */
		out->rows = (const struct user_ta_property *)host->tee_properties;
		out->count = host->tee_property_count;
	} else {
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	}
}

/*
 * The row a lookup means: by name in a property set, or the enumerator's
 * current row (the name is then ignored, as GP specifies).
 */
static TEE_Result find(TEE_PropSetHandle h, const char *name, struct prop_rows *rows,
		       const struct user_ta_property **row)
{
	if (h == TEE_PROPSET_CURRENT_TA || h == TEE_PROPSET_CURRENT_CLIENT ||
	    h == TEE_PROPSET_TEE_IMPLEMENTATION) {
		if (!name)
			TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
		rows_for(h, rows);
		for (size_t i = 0; i < rows->count; i++) {
			if (!strcmp(rows->rows[i].name, name)) {
				*row = &rows->rows[i];
				return TEE_SUCCESS;
			}
		}
		return TEE_ERROR_ITEM_NOT_FOUND;
	}
	if (!is_enumerator(h))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	struct utee_enumerator *e = (struct utee_enumerator *)h;
	if (!e->set)
		return TEE_ERROR_ITEM_NOT_FOUND;
	rows_for(e->set, rows);
	if (e->index >= rows->count)
		return TEE_ERROR_ITEM_NOT_FOUND;
	*row = &rows->rows[e->index];
	return TEE_SUCCESS;
}

static int base64_value(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* Decodes base64 text into @out (NULL: only counts); -1 if it is not base64. */
static long base64_decode(const char *text, uint8_t *out)
{
	uint32_t acc = 0;
	int bits = 0;
	long n = 0;
	bool padding = false;

	for (const char *p = text; *p; p++) {
		if (*p == '=') {
			padding = true;
			continue;
		}
		int v = base64_value(*p);
		if (v < 0 || padding)
			return -1;
		acc = (acc << 6) | (uint32_t)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (out)
				out[n] = (uint8_t)(acc >> bits);
			n++;
		}
	}
	return n;
}

static void uuid_string(const TEE_UUID *u, char out[37])
{
	snprintf(out, 37, "%08" PRIx32 "-%04" PRIx16 "-%04" PRIx16
		 "-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 u->timeLow, u->timeMid, u->timeHiAndVersion,
		 u->clockSeqAndNode[0], u->clockSeqAndNode[1], u->clockSeqAndNode[2],
		 u->clockSeqAndNode[3], u->clockSeqAndNode[4], u->clockSeqAndNode[5],
		 u->clockSeqAndNode[6], u->clockSeqAndNode[7]);
}

TEE_Result TEE_GetPropertyAsString(TEE_PropSetHandle propsetOrEnumerator, const char *name,
				   char *valueBuffer, size_t *valueBufferLen)
{
	struct prop_rows rows;
	const struct user_ta_property *row;
	char text[80];
	const char *value = text;

	if (!valueBufferLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = find(propsetOrEnumerator, name, &rows, &row);
	if (res)
		return res;
	switch (row->type) {
	case USER_TA_PROP_TYPE_BOOL:
		value = *(const bool *)row->value ? "true" : "false";
		break;
	case USER_TA_PROP_TYPE_U32:
		snprintf(text, sizeof(text), "%" PRIu32, *(const uint32_t *)row->value);
		break;
	case USER_TA_PROP_TYPE_U64:
		snprintf(text, sizeof(text), "%" PRIu64, *(const uint64_t *)row->value);
		break;
	case USER_TA_PROP_TYPE_UUID:
		uuid_string(row->value, text);
		break;
	case USER_TA_PROP_TYPE_IDENTITY: {
		const TEE_Identity *id = row->value;
		char uuid[37];

		uuid_string(&id->uuid, uuid);
		snprintf(text, sizeof(text), "%" PRIu32 ":%s", id->login, uuid);
		break;
	}
	case USER_TA_PROP_TYPE_STRING:
	case USER_TA_PROP_TYPE_BINARY_BLOCK:
		value = row->value;
		break;
	default:
		return TEE_ERROR_BAD_FORMAT;
	}
	size_t needed = strlen(value) + 1;
	if (!valueBuffer || *valueBufferLen < needed) {
		*valueBufferLen = needed;
		return TEE_ERROR_SHORT_BUFFER;
	}
	memcpy(valueBuffer, value, needed);
	*valueBufferLen = needed;
	return TEE_SUCCESS;
}

TEE_Result __GP11_TEE_GetPropertyAsString(TEE_PropSetHandle propsetOrEnumerator,
					  const char *name, char *valueBuffer,
					  uint32_t *valueBufferLen)
{
	if (!valueBufferLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t len = *valueBufferLen;
	TEE_Result res = TEE_GetPropertyAsString(propsetOrEnumerator, name, valueBuffer, &len);
	*valueBufferLen = (uint32_t)len;
	return res;
}

/* Looks up a row that must have @type; BAD_FORMAT if it has another. */
static TEE_Result typed(TEE_PropSetHandle h, const char *name, enum user_ta_prop_type type,
			struct prop_rows *rows, const struct user_ta_property **row)
{
	TEE_Result res = find(h, name, rows, row);

	if (res)
		return res;
	return (*row)->type == type ? TEE_SUCCESS : TEE_ERROR_BAD_FORMAT;
}

TEE_Result TEE_GetPropertyAsBool(TEE_PropSetHandle propsetOrEnumerator, const char *name,
				 bool *value)
{
	struct prop_rows rows;
	const struct user_ta_property *row;

	if (!value)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = typed(propsetOrEnumerator, name, USER_TA_PROP_TYPE_BOOL, &rows, &row);
	if (!res)
		*value = *(const bool *)row->value;
	return res;
}

TEE_Result TEE_GetPropertyAsU32(TEE_PropSetHandle propsetOrEnumerator, const char *name,
				uint32_t *value)
{
	struct prop_rows rows;
	const struct user_ta_property *row;

	if (!value)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = typed(propsetOrEnumerator, name, USER_TA_PROP_TYPE_U32, &rows, &row);
	if (!res)
		*value = *(const uint32_t *)row->value;
	return res;
}

TEE_Result TEE_GetPropertyAsU64(TEE_PropSetHandle propsetOrEnumerator, const char *name,
				uint64_t *value)
{
	struct prop_rows rows;
	const struct user_ta_property *row;

	if (!value)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = typed(propsetOrEnumerator, name, USER_TA_PROP_TYPE_U64, &rows, &row);
	if (!res)
		*value = *(const uint64_t *)row->value;
	return res;
}

TEE_Result TEE_GetPropertyAsBinaryBlock(TEE_PropSetHandle propsetOrEnumerator,
					const char *name, void *valueBuffer,
					size_t *valueBufferLen)
{
	struct prop_rows rows;
	const struct user_ta_property *row;

	if (!valueBufferLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = typed(propsetOrEnumerator, name, USER_TA_PROP_TYPE_BINARY_BLOCK,
			       &rows, &row);
	if (res)
		return res;
	long needed = base64_decode(row->value, NULL);
	if (needed < 0)
		return TEE_ERROR_BAD_FORMAT;
	if (!valueBuffer || *valueBufferLen < (size_t)needed) {
		*valueBufferLen = (size_t)needed;
		return TEE_ERROR_SHORT_BUFFER;
	}
	base64_decode(row->value, valueBuffer);
	*valueBufferLen = (size_t)needed;
	return TEE_SUCCESS;
}

TEE_Result __GP11_TEE_GetPropertyAsBinaryBlock(TEE_PropSetHandle propsetOrEnumerator,
					       const char *name, void *valueBuffer,
					       uint32_t *valueBufferLen)
{
	if (!valueBufferLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t len = *valueBufferLen;
	TEE_Result res = TEE_GetPropertyAsBinaryBlock(propsetOrEnumerator, name, valueBuffer,
						      &len);
	*valueBufferLen = (uint32_t)len;
	return res;
}

TEE_Result TEE_GetPropertyAsUUID(TEE_PropSetHandle propsetOrEnumerator, const char *name,
				 TEE_UUID *value)
{
	struct prop_rows rows;
	const struct user_ta_property *row;

	if (!value)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = typed(propsetOrEnumerator, name, USER_TA_PROP_TYPE_UUID, &rows, &row);
	if (!res)
		*value = *(const TEE_UUID *)row->value;
	return res;
}

TEE_Result TEE_GetPropertyAsIdentity(TEE_PropSetHandle propsetOrEnumerator, const char *name,
				     TEE_Identity *value)
{
	struct prop_rows rows;
	const struct user_ta_property *row;

	if (!value)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = typed(propsetOrEnumerator, name, USER_TA_PROP_TYPE_IDENTITY, &rows,
			       &row);
	if (!res)
		*value = *(const TEE_Identity *)row->value;
	return res;
}

TEE_Result TEE_AllocatePropertyEnumerator(TEE_PropSetHandle *enumerator)
{
	if (!enumerator)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	struct utee_enumerator *e = calloc(1, sizeof(*e));
	if (!e) {
		*enumerator = TEE_HANDLE_NULL;
		return TEE_ERROR_OUT_OF_MEMORY;
	}
	e->next = enumerators;
	enumerators = e;
	*enumerator = (TEE_PropSetHandle)e;
	return TEE_SUCCESS;
}

static struct utee_enumerator *enumerator_of(TEE_PropSetHandle h)
{
	if (!is_enumerator(h))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return (struct utee_enumerator *)h;
}

void TEE_FreePropertyEnumerator(TEE_PropSetHandle enumerator)
{
	if (enumerator == TEE_HANDLE_NULL)
		return;
	struct utee_enumerator *e = enumerator_of(enumerator);
	for (struct utee_enumerator **p = &enumerators; *p; p = &(*p)->next) {
		if (*p == e) {
			*p = e->next;
			break;
		}
	}
	free(e);
}

void TEE_StartPropertyEnumerator(TEE_PropSetHandle enumerator, TEE_PropSetHandle propSet)
{
	struct utee_enumerator *e = enumerator_of(enumerator);

	if (propSet != TEE_PROPSET_CURRENT_TA && propSet != TEE_PROPSET_CURRENT_CLIENT &&
	    propSet != TEE_PROPSET_TEE_IMPLEMENTATION)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	e->set = propSet;
	e->index = 0;
}

void TEE_ResetPropertyEnumerator(TEE_PropSetHandle enumerator)
{
	struct utee_enumerator *e = enumerator_of(enumerator);

	e->set = NULL;
	e->index = 0;
}

TEE_Result TEE_GetPropertyName(TEE_PropSetHandle enumerator, void *nameBuffer,
			       size_t *nameBufferLen)
{
	struct prop_rows rows;
	const struct user_ta_property *row;

	enumerator_of(enumerator);
	if (!nameBufferLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = find(enumerator, NULL, &rows, &row);
	if (res)
		return res;
	size_t needed = strlen(row->name) + 1;
	if (!nameBuffer || *nameBufferLen < needed) {
		*nameBufferLen = needed;
		return TEE_ERROR_SHORT_BUFFER;
	}
	memcpy(nameBuffer, row->name, needed);
	*nameBufferLen = needed;
	return TEE_SUCCESS;
}

TEE_Result __GP11_TEE_GetPropertyName(TEE_PropSetHandle enumerator, void *nameBuffer,
				      uint32_t *nameBufferLen)
{
	if (!nameBufferLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t len = *nameBufferLen;
	TEE_Result res = TEE_GetPropertyName(enumerator, nameBuffer, &len);
	*nameBufferLen = (uint32_t)len;
	return res;
}

TEE_Result TEE_GetNextProperty(TEE_PropSetHandle enumerator)
{
	struct utee_enumerator *e = enumerator_of(enumerator);
	struct prop_rows rows;

	if (!e->set)
		return TEE_ERROR_ITEM_NOT_FOUND;
	rows_for(e->set, &rows);
	if (e->index + 1 >= rows.count) {
		e->index = rows.count;
		return TEE_ERROR_ITEM_NOT_FOUND;
	}
	e->index++;
	return TEE_SUCCESS;
}
