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

/* The host's services; set once by __utee_bind() before any entry point runs. */
const stee_host_api *__utee_host(void);

/* TEE_Param (1.3, size_t sizes) <-> __GP11_TEE_Param (32-bit sizes). */
void __utee_params_from_gp11(stee_param out[TEE_NUM_PARAMS], uint32_t types,
			     const __GP11_TEE_Param in[TEE_NUM_PARAMS]);
void __utee_params_to_gp11(__GP11_TEE_Param out[TEE_NUM_PARAMS], uint32_t types,
			   const stee_param in[TEE_NUM_PARAMS]);

/* The entry points of the TA being run, as the dev kit's user_ta_header.c sees them. */
struct utee_entry_points {
	TEE_Result (*create)(void);
	void (*destroy)(void);
	TEE_Result (*open_session)(uint32_t types, stee_param params[TEE_NUM_PARAMS],
				   void **session);
	void (*close_session)(void *session);
	TEE_Result (*invoke)(void *session, uint32_t command, uint32_t types,
			     stee_param params[TEE_NUM_PARAMS]);
};

/* Called by user_ta_header.c's swift_tee_ta_exports(). */
const stee_ta_exports *__utee_exports(const struct utee_entry_points *entry);

#endif /* UTEE_PRIVATE_H */
