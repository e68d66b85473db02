// SPDX-License-Identifier: BSD-2-Clause
/*
 * MACs (GP TEE Internal Core API 1.3.1 chapter 6): not implemented yet;
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

/* ---- MACs ------------------------------------------------------------- */

void TEE_MACInit(TEE_OperationHandle operation, const void *IV, size_t IVLen)
{ unavailable(); }

void __GP11_TEE_MACInit(TEE_OperationHandle operation, const void *IV,
			uint32_t IVLen)
{ unavailable(); }

void TEE_MACUpdate(TEE_OperationHandle operation, const void *chunk,
		   size_t chunkSize)
{ unavailable(); }

void __GP11_TEE_MACUpdate(TEE_OperationHandle operation, const void *chunk,
			  uint32_t chunkSize)
{ unavailable(); }

TEE_Result TEE_MACComputeFinal(TEE_OperationHandle operation,
			       const void *message, size_t messageLen,
			       void *mac, size_t *macLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_MACComputeFinal(TEE_OperationHandle operation,
				      const void *message, uint32_t messageLen,
				      void *mac, uint32_t *macLen)
{ return UNAVAILABLE; }

TEE_Result TEE_MACCompareFinal(TEE_OperationHandle operation,
			       const void *message, size_t messageLen,
			       const void *mac, size_t macLen)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_MACCompareFinal(TEE_OperationHandle operation,
				      const void *message, uint32_t messageLen,
				      const void *mac, uint32_t macLen)
{ return UNAVAILABLE; }

