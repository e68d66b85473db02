/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: the entry points every trusted application defines.
 *
 * The TA host calls them with GP semantics: TA_CreateEntryPoint() when an
 * instance is created (before its first session), TA_OpenSessionEntryPoint()
 * per client session, TA_InvokeCommandEntryPoint() per command,
 * TA_CloseSessionEntryPoint() when a session ends and TA_DestroyEntryPoint()
 * when the instance goes away.
 *
 * A TA built with __OPTEE_CORE_API_COMPAT_1_1=1 defines the __GP11_ forms
 * of the open-session and invoke-command entry points (taking
 * __GP11_TEE_Param); <tee_api_compat.h> renames them so that the TA source
 * keeps using the GP names.
 */
#ifndef TEE_TA_API_H
#define TEE_TA_API_H

#include <stdint.h>
#include <tee_api_defines.h>
#include <tee_api_types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Marks TA entry points; nothing is needed on this platform. */
#ifndef TA_EXPORT
#define TA_EXPORT
#endif

TEE_Result TA_EXPORT TA_CreateEntryPoint(void);

void TA_EXPORT TA_DestroyEntryPoint(void);

TEE_Result TA_EXPORT TA_OpenSessionEntryPoint(uint32_t paramTypes,
					      TEE_Param params[TEE_NUM_PARAMS],
					      void **sessionContext);

TEE_Result TA_EXPORT
__GP11_TA_OpenSessionEntryPoint(uint32_t paramTypes,
				__GP11_TEE_Param params[TEE_NUM_PARAMS],
				void **sessionContext);

void TA_EXPORT TA_CloseSessionEntryPoint(void *sessionContext);

TEE_Result TA_EXPORT
TA_InvokeCommandEntryPoint(void *sessionContext, uint32_t commandID,
			   uint32_t paramTypes,
			   TEE_Param params[TEE_NUM_PARAMS]);

TEE_Result TA_EXPORT
__GP11_TA_InvokeCommandEntryPoint(void *sessionContext, uint32_t commandID,
				  uint32_t paramTypes,
				  __GP11_TEE_Param params[TEE_NUM_PARAMS]);

#ifdef __cplusplus
}
#endif

#endif /* TEE_TA_API_H */
