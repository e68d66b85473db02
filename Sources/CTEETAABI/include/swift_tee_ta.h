// The C boundary between a TA image and the TA host that loads it. A TA image (a shared
// object) exports `swift_tee_ta_exports`, returning a table of entry points that take
// GP-shaped parameters; the host passes its services in through `bind`. Nothing Swift
// crosses this boundary, so a TA built with one copy of the SDK runs in any host.
//
// Swift TAs get the table from TEETrustedApp; C TAs from the dev kit's user_ta_header.c,
// and their libutee reaches the host only through `stee_host_api`: it is the "syscall"
// interface of this TEE.
#ifndef SWIFT_TEE_TA_H
#define SWIFT_TEE_TA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define STEE_TA_ABI_VERSION 2
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

/// One property row; the layout of OP-TEE's `struct user_ta_property` (type values are
/// USER_TA_PROP_TYPE_*: 0 bool, 1 u32, 2 UUID, 3 identity, 4 string, 5 base64 block, 6 u64).
typedef struct stee_property {
    const char *name;
    uint32_t type;
    const void *value;
} stee_property;

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

    /// The client of the entry point that is running (gpd.client.identity).
    void (*client_identity)(void *host, stee_identity *out);
    /// gpd.tee.* properties, fixed for the life of the instance.
    const stee_property *tee_properties;
    size_t tee_property_count;
    /// TEE_CheckMemoryAccessRights: TEE_SUCCESS or TEE_ERROR_ACCESS_DENIED. The host
    /// knows which ranges are client memory (memrefs of any open session).
    uint32_t (*check_memory_access)(void *host, uint32_t flags, const void *buffer, size_t size);
    /// TEE_Get/SetTAPersistentTime, kept by teed per TA. Results as GP defines them.
    uint32_t (*get_persistent_time)(void *host, uint32_t *seconds, uint32_t *millis);
    uint32_t (*set_persistent_time)(void *host, uint32_t seconds, uint32_t millis);
    /// TA-to-TA sessions through teed. `params` use the 1.3 layout and are read and
    /// updated in place (memrefs point into the calling TA's own memory).
    uint32_t (*open_ta_session)(void *host, const uint8_t uuid[16], uint32_t timeout_ms,
                                uint32_t param_types, stee_param params[4],
                                uint32_t *session, uint32_t *origin);
    uint32_t (*invoke_ta_command)(void *host, uint32_t session, uint32_t timeout_ms,
                                  uint32_t command, uint32_t param_types, stee_param params[4],
                                  uint32_t *origin);
    void (*close_ta_session)(void *host, uint32_t session);
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
