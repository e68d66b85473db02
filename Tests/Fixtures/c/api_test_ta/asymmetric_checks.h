/* Asymmetric crypto and key derivation checks of the API test TA. */
#ifndef ASYMMETRIC_CHECKS_H
#define ASYMMETRIC_CHECKS_H

#include <tee_internal_api.h>

/* CMD_ASYMMETRIC: TEE_SUCCESS, or the failing check's result with value[0].a = its line. */
TEE_Result check_asymmetric(TEE_Param params[4]);
/* CMD_ASYMMETRIC_MISUSE: panics the TA (returns only for an unknown case). */
void asymmetric_misuse(uint32_t which);

#endif
