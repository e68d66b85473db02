/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: how user_ta_header.c (compiled into each TA) hands the
 * TA's entry points to libutee, which builds the table the TA host loads.
 * Parameters use the GP 1.3 layout (stee_param); GP 1.1 TAs are converted
 * in user_ta_header.c.
 */
#ifndef UTEE_ENTRY_H
#define UTEE_ENTRY_H

#include <stdint.h>
#include <tee_api_types.h>

#include "swift_tee_ta.h"

struct utee_entry_points {
	TEE_Result (*create)(void);
	void (*destroy)(void);
	TEE_Result (*open_session)(uint32_t types, stee_param params[4], void **session);
	void (*close_session)(void *session);
	TEE_Result (*invoke)(void *session, uint32_t command, uint32_t types,
			     stee_param params[4]);
};

const stee_ta_exports *__utee_exports(const struct utee_entry_points *entry);

#endif /* UTEE_ENTRY_H */
