// SPDX-License-Identifier: BSD-2-Clause
/*
 * MACs (GP TEE Internal Core API 1.3.1, 6.5). The host computes the MAC and
 * compares it in constant time; a wrong state or key panics the TA.
 */
#include <tee_internal_api.h>

#include "utee_private.h"

static uint32_t operation_id(TEE_OperationHandle operation)
{
	if (operation == TEE_HANDLE_NULL)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_operation_id(operation);
}

void TEE_MACInit(TEE_OperationHandle operation, const void *IV, size_t IVLen)
{
	__utee_crypto()->mac_init(__utee_host()->host, operation_id(operation), IV, IV ? IVLen : 0);
}

void __GP11_TEE_MACInit(TEE_OperationHandle operation, const void *IV, uint32_t IVLen)
{
	TEE_MACInit(operation, IV, IVLen);
}

void TEE_MACUpdate(TEE_OperationHandle operation, const void *chunk, size_t chunkSize)
{
	if (chunkSize && !chunk)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	__utee_crypto()->mac_update(__utee_host()->host, operation_id(operation), chunk, chunkSize);
}

void __GP11_TEE_MACUpdate(TEE_OperationHandle operation, const void *chunk, uint32_t chunkSize)
{
	TEE_MACUpdate(operation, chunk, chunkSize);
}

TEE_Result TEE_MACComputeFinal(TEE_OperationHandle operation, const void *message,
			       size_t messageLen, void *mac, size_t *macLen)
{
	if ((messageLen && !message) || !macLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->mac_compute_final(__utee_host()->host, operation_id(operation),
						  message, messageLen, mac, macLen);
}

TEE_Result __GP11_TEE_MACComputeFinal(TEE_OperationHandle operation, const void *message,
				      uint32_t messageLen, void *mac, uint32_t *macLen)
{
	if (!macLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	size_t length = *macLen;
	TEE_Result res = TEE_MACComputeFinal(operation, message, messageLen, mac, &length);
	*macLen = (uint32_t)length;
	return res;
}

TEE_Result TEE_MACCompareFinal(TEE_OperationHandle operation, const void *message,
			       size_t messageLen, const void *mac, size_t macLen)
{
	if ((messageLen && !message) || (macLen && !mac))
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return __utee_crypto()->mac_compare_final(__utee_host()->host, operation_id(operation),
						  message, messageLen, mac, macLen);
}

TEE_Result __GP11_TEE_MACCompareFinal(TEE_OperationHandle operation, const void *message,
				      uint32_t messageLen, const void *mac, uint32_t macLen)
{
	return TEE_MACCompareFinal(operation, message, messageLen, mac, macLen);
}
