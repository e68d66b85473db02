// SPDX-License-Identifier: BSD-2-Clause
/*
 * Symmetric ciphers (GP TEE Internal Core API 1.3.1 chapter 6): not implemented yet;
 * issue 4 replaces this file. Until then a TA that uses
 * them compiles and links, and every call says so instead of pretending:
 *  - TEE_Result functions return TEE_ERROR_NOT_IMPLEMENTED (an output
 *    handle is set to TEE_HANDLE_NULL first, output sizes are untouched);
 *    TEE_IsAlgorithmSupported() answers TEE_ERROR_NOT_SUPPORTED;
 *  - TEE_FreeOperation(TEE_HANDLE_NULL) is the no-op GP 1.3 makes it; no
 *    other operation handle can exist, so freeing one is a TA bug (panic
 *    TEE_ERROR_BAD_PARAMETERS);
 *  - void functions that would need the backend panic with
 *    TEE_ERROR_NOT_IMPLEMENTED.
 */
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

/* Stubs ignore their arguments by design. */
#pragma GCC diagnostic ignored "-Wunused-parameter"

#define UNAVAILABLE	TEE_ERROR_NOT_IMPLEMENTED

static inline void __noreturn unavailable(void)
{
	TEE_Panic(TEE_ERROR_NOT_IMPLEMENTED);
}

/* ---- symmetric ciphers ------------------------------------------------ */

void TEE_CipherInit(TEE_OperationHandle operation, const void *IV,
		    size_t IVLen)
{ unavailable(); }

void __GP11_TEE_CipherInit(TEE_OperationHandle operation, const void *IV,
			   uint32_t IVLen)
{ unavailable(); }

TEE_Result TEE_CipherUpdate(TEE_OperationHandle operation, const void *srcData,
			    size_t srcLen, void *destData, size_t *destLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_CipherUpdate(TEE_OperationHandle operation,
				   const void *srcData, uint32_t srcLen,
				   void *destData, uint32_t *destLen)
{ return UNAVAILABLE; }

TEE_Result TEE_CipherDoFinal(TEE_OperationHandle operation,
			     const void *srcData, size_t srcLen,
			     void *destData, size_t *destLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_CipherDoFinal(TEE_OperationHandle operation,
				    const void *srcData, uint32_t srcLen,
				    void *destData, uint32_t *destLen)
{ return UNAVAILABLE; }

