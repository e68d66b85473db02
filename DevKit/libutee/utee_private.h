/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee libutee: what its parts share. libutee is linked into every C TA;
 * it reaches the TA host (this TEE's "kernel") only through the services
 * table the host hands over when it loads the TA.
 */
#ifndef UTEE_PRIVATE_H
#define UTEE_PRIVATE_H

#include <stddef.h>
#include <stdint.h>
#include <swift_tee_ta.h>
#include <tee_internal_api.h>

#include "../src/utee_entry.h"

/* The host's services; set once by __utee_bind() before any entry point runs. */
const stee_host_api *__utee_host(void);

/* TEE_Param (1.3, size_t sizes) <-> __GP11_TEE_Param (32-bit sizes). */
void __utee_params_from_gp11(stee_param out[TEE_NUM_PARAMS], uint32_t types,
			     const __GP11_TEE_Param in[TEE_NUM_PARAMS]);
void __utee_params_to_gp11(__GP11_TEE_Param out[TEE_NUM_PARAMS], uint32_t types,
			   const stee_param in[TEE_NUM_PARAMS]);

/* UUID fields in the RFC 4122 byte order the host compares. */
void __utee_uuid_octets(const TEE_UUID *uuid, uint8_t out[16]);

/* The host's crypto table. */
static inline const stee_crypto_api *__utee_crypto(void)
{
	return __utee_host()->crypto;
}

/*
 * Object and operation handles are the host's ids, which the host checks on
 * every call (a handle it does not know panics the TA).
 */
static inline uint32_t __utee_object_id(TEE_ObjectHandle object)
{
	return (uint32_t)(uintptr_t)object;
}

static inline uint32_t __utee_operation_id(TEE_OperationHandle operation)
{
	return (uint32_t)(uintptr_t)operation;
}

/* __GP11_TEE_Attribute[] -> stee_attribute[] (32-bit lengths); NULL if out of memory. */
stee_attribute *__utee_attributes_from_gp11(const __GP11_TEE_Attribute *attrs, uint32_t count);

#endif /* UTEE_PRIVATE_H */
