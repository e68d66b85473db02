/*
 * swift-tee: client API extensions beyond GlobalPlatform, with the same
 * names and signatures as OP-TEE's libteec extensions.
 */
#ifndef TEE_CLIENT_API_EXTENSIONS_H
#define TEE_CLIENT_API_EXTENSIONS_H

#include "tee_client_api.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Register the memory behind file descriptor `fd` (for example a dma-buf)
 * as shared memory. On success `sharedMem->buffer` is NULL and
 * `sharedMem->size` holds the size of the registered memory.
 */
TEEC_Result TEEC_RegisterSharedMemoryFileDescriptor(TEEC_Context *context,
						    TEEC_SharedMemory *sharedMem,
						    int fd);

#ifdef __cplusplus
}
#endif

#endif /* TEE_CLIENT_API_EXTENSIONS_H */
