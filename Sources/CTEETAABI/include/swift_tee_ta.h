// The C boundary between a TA image and the TA host that loads it. A TA image (a shared
// object) exports `swift_tee_ta_exports`, returning a table of entry points that take
// GP-shaped parameters; the host passes its services in through `bind`. Nothing Swift
// crosses this boundary, so a TA built with one copy of the SDK runs in any host.
#ifndef SWIFT_TEE_TA_H
#define SWIFT_TEE_TA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define STEE_TA_ABI_VERSION 1
#define STEE_TA_EXPORTS_SYMBOL "swift_tee_ta_exports"

/// Layout-identical to GP 1.3 `TEE_Param` (16 bytes on LP64).
typedef union stee_param {
    struct { void *buffer; size_t size; } memref;
    struct { uint32_t a; uint32_t b; } value;
} stee_param;

/// Layout-identical to `TEE_Identity`: login, then the UUID as TEE_UUID fields.
typedef struct stee_identity {
    uint32_t login;
    uint32_t time_low;
    uint16_t time_mid;
    uint16_t time_hi_and_version;
    uint8_t clock_seq_and_node[8];
} stee_identity;

/// Services of the host, valid for the whole life of the instance.
typedef struct stee_host_api {
    uint32_t abi_version;
    void *host;
    /// TEE_GetCancellationFlag: false while masked.
    bool (*get_cancellation_flag)(void *host);
    /// TEE_MaskCancellation / TEE_UnmaskCancellation: return the previous "masked" state.
    bool (*mask_cancellation)(void *host);
    bool (*unmask_cancellation)(void *host);
    /// TEE_Wait: 0 (TEE_SUCCESS) or TEE_ERROR_CANCEL when cancelled while unmasked.
    uint32_t (*wait)(void *host, uint32_t milliseconds);
    /// Trace output at OP-TEE's levels (1 error, 2 info, 3 debug, 4 flow).
    void (*trace)(void *host, int level, const char *message);
    /// TEE_Panic: never returns; the client sees TEE_ERROR_TARGET_DEAD.
    void (*panic)(void *host, uint32_t code);
} stee_host_api;

/// What a TA image offers. Entry points return TEE_Result values.
typedef struct stee_ta_exports {
    uint32_t abi_version;
    uint8_t uuid[16];              // big-endian octets
    uint32_t flags;                // TA_FLAGS
    const char *description;
    const char *version;
    void *context;
    void (*bind)(void *context, const stee_host_api *host);
    uint32_t (*create)(void *context);
    void (*destroy)(void *context);
    uint32_t (*open_session)(void *context, const stee_identity *client, uint32_t param_types,
                             stee_param params[4], void **session);
    void (*close_session)(void *context, void *session);
    uint32_t (*invoke)(void *context, void *session, uint32_t command, uint32_t param_types,
                       stee_param params[4]);
} stee_ta_exports;

typedef const stee_ta_exports *(*stee_ta_exports_fn)(void);

#endif
