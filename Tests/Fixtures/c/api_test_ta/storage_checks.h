/* Trusted storage checks of the API test TA. */
#ifndef STORAGE_CHECKS_H
#define STORAGE_CHECKS_H

#include <tee_internal_api.h>

/* CMD_STORAGE: TEE_SUCCESS, or the failing check's result with value[0].a = its line. */
TEE_Result check_storage(TEE_Param params[4]);
/* CMD_STORAGE_HOLD / _RELEASE / _PUT / _GET (api_test_ta.h). */
TEE_Result storage_hold(TEE_Param params[4]);
TEE_Result storage_release(TEE_Param params[4]);
TEE_Result storage_put(TEE_Param params[4]);
TEE_Result storage_get(TEE_Param params[4]);
/* CMD_STORAGE_MISUSE: panics the TA (returns only for an unknown case). */
void storage_misuse(uint32_t which, TEE_Param params[4]);

#endif
