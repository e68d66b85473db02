/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: kept for TAs that include <tee_api.h>; everything is
 * declared by <tee_internal_api.h>.
 */
#ifndef TEE_API_H
#define TEE_API_H

#include <tee_internal_api.h>

#endif /* TEE_API_H */
