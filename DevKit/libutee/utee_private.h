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

#endif /* UTEE_PRIVATE_H */
