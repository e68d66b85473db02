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

#define STEE_TA_ABI_VERSION 4
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

/// `TEE_Attribute` in the GP 1.3 layout (24 bytes on LP64).
typedef struct stee_attribute {
    uint32_t id;
    union {
        struct { const void *buffer; size_t length; } ref;
        struct { uint32_t a; uint32_t b; } value;
    } content;
} stee_attribute;

/// `TEE_ObjectInfo` (1.3 field order).
typedef struct stee_object_info {
    uint32_t type;
    uint32_t object_size;
    uint32_t max_object_size;
    uint32_t usage;
    size_t data_size;
    size_t data_position;
    uint32_t handle_flags;
} stee_object_info;

/// What TEE_GetOperationInfo(Multiple) reports; up to two keys.
typedef struct stee_operation_info {
    uint32_t algorithm;
    uint32_t operation_class;
    uint32_t mode;
    uint32_t digest_length;
    uint32_t max_key_size;
    uint32_t key_size;
    uint32_t required_key_usage;
    uint32_t handle_state;
    uint32_t operation_state;
    uint32_t number_of_keys;
    uint32_t key_sizes[2];
} stee_operation_info;

/// GP big integers (TEE_BigInt*, chapter 8) as the backend computes them, on the TA's own
/// word arrays (`TEE_BigInt *`: two header words, then the value). Functions returning
/// uint32_t return a TEE_Result, or STEE_BIGINT_PANIC for a call GP says must panic.
#define STEE_BIGINT_PANIC 0xFFFFFFFFu

/// Operations of `stee_bigint_api.compute` (dest = f(a, b, n)).
enum stee_bigint_op {
    STEE_BIGINT_ADD, STEE_BIGINT_SUB, STEE_BIGINT_NEG, STEE_BIGINT_MUL, STEE_BIGINT_SQUARE,
    STEE_BIGINT_MOD, STEE_BIGINT_ADD_MOD, STEE_BIGINT_SUB_MOD, STEE_BIGINT_MUL_MOD,
    STEE_BIGINT_SQUARE_MOD, STEE_BIGINT_INV_MOD, STEE_BIGINT_EXP_MOD, STEE_BIGINT_ABS,
};

typedef struct stee_bigint_api {
    /// Largest value in bits (gpd.tee.arith.maxBigIntSize).
    uint32_t max_bits;
    uint32_t (*init)(uint32_t *big, size_t words);
    uint32_t (*from_octets)(uint32_t *dest, const uint8_t *buffer, size_t length, int32_t sign);
    uint32_t (*to_octets)(uint8_t *buffer, size_t *length, const uint32_t *src);
    uint32_t (*from_s32)(uint32_t *dest, int32_t value);
    uint32_t (*to_s32)(int32_t *dest, const uint32_t *src);
    int32_t (*cmp)(const uint32_t *a, const uint32_t *b);
    int32_t (*cmp_s32)(const uint32_t *a, int32_t b);
    uint32_t (*shift_right)(uint32_t *dest, const uint32_t *src, size_t bits);
    /// 0 or 1, or STEE_BIGINT_PANIC.
    uint32_t (*get_bit)(const uint32_t *src, uint32_t index);
    uint32_t (*bit_count)(const uint32_t *src);
    uint32_t (*set_bit)(uint32_t *big, uint32_t index, bool value);
    uint32_t (*assign)(uint32_t *dest, const uint32_t *src);
    /// `b` and `n` may be NULL where the operation takes no such operand.
    uint32_t (*compute)(enum stee_bigint_op op, uint32_t *dest, const uint32_t *a, const uint32_t *b,
                        const uint32_t *n);
    /// Either quotient or remainder may be NULL.
    uint32_t (*div)(uint32_t *quotient, uint32_t *remainder, const uint32_t *a, const uint32_t *b);
    /// u and v may be NULL.
    uint32_t (*extended_gcd)(uint32_t *gcd, uint32_t *u, uint32_t *v, const uint32_t *a, const uint32_t *b);
    /// GP's answer: 0 composite, 1 prime, -1 probably prime; or STEE_BIGINT_PANIC as int32.
    int32_t (*is_probable_prime)(const uint32_t *big, uint32_t confidence);
} stee_bigint_api;

/// Cryptography (GP chapter 6), run in the host by TEECrypto. Objects and operations are
/// named by non-zero ids; a bad id, or a call GP says must panic, panics the TA. Functions
/// returning uint32_t return TEE_Result values; `*_len` arguments are in/out sizes.
typedef struct stee_crypto_api {
    uint32_t (*object_allocate)(void *host, uint32_t type, uint32_t max_size, uint32_t *object);
    void (*object_free)(void *host, uint32_t object);
    void (*object_reset)(void *host, uint32_t object);
    uint32_t (*object_populate)(void *host, uint32_t object, const stee_attribute *attrs, uint32_t count);
    uint32_t (*object_generate)(void *host, uint32_t object, uint32_t size, const stee_attribute *params,
                                uint32_t count);
    /// Persistent objects report their data size and position and the flags they were
    /// opened with; TEE_ERROR_CORRUPT_OBJECT / STORAGE_NOT_AVAILABLE as GP allows.
    uint32_t (*object_info)(void *host, uint32_t object, stee_object_info *info);
    /// On a persistent object (opened with ACCESS_WRITE_META) the new usage is committed.
    uint32_t (*object_restrict)(void *host, uint32_t object, uint32_t usage);
    uint32_t (*object_buffer_attribute)(void *host, uint32_t object, uint32_t id, void *buffer, size_t *length);
    uint32_t (*object_value_attribute)(void *host, uint32_t object, uint32_t id, uint32_t *a, uint32_t *b);
    void (*object_copy)(void *host, uint32_t destination, uint32_t source);

    uint32_t (*operation_allocate)(void *host, uint32_t algorithm, uint32_t mode, uint32_t max_key_size,
                                   uint32_t *operation);
    void (*operation_free)(void *host, uint32_t operation);
    void (*operation_info)(void *host, uint32_t operation, stee_operation_info *info);
    void (*operation_reset)(void *host, uint32_t operation);
    /// 0 for no key; two keys only for two-key algorithms (AES-XTS). Returns GP's result
    /// (TEE_ERROR_SECURITY for two AES-XTS keys with the same bytes).
    uint32_t (*operation_set_keys)(void *host, uint32_t operation, uint32_t key1, uint32_t key2);
    void (*operation_copy)(void *host, uint32_t destination, uint32_t source);
    uint32_t (*algorithm_supported)(void *host, uint32_t algorithm, uint32_t element);

    void (*digest_update)(void *host, uint32_t operation, const void *chunk, size_t length);
    uint32_t (*digest_final)(void *host, uint32_t operation, const void *chunk, size_t length, void *hash,
                             size_t *hash_length);
    uint32_t (*digest_extract)(void *host, uint32_t operation, void *hash, size_t *hash_length);

    void (*cipher_init)(void *host, uint32_t operation, const void *iv, size_t iv_length);
    uint32_t (*cipher_update)(void *host, uint32_t operation, const void *src, size_t src_length, void *dst,
                              size_t *dst_length);
    uint32_t (*cipher_final)(void *host, uint32_t operation, const void *src, size_t src_length, void *dst,
                             size_t *dst_length);

    void (*mac_init)(void *host, uint32_t operation, const void *iv, size_t iv_length);
    void (*mac_update)(void *host, uint32_t operation, const void *chunk, size_t length);
    uint32_t (*mac_compute_final)(void *host, uint32_t operation, const void *message, size_t message_length,
                                  void *mac, size_t *mac_length);
    uint32_t (*mac_compare_final)(void *host, uint32_t operation, const void *message, size_t message_length,
                                  const void *mac, size_t mac_length);

    uint32_t (*ae_init)(void *host, uint32_t operation, const void *nonce, size_t nonce_length, uint32_t tag_bits,
                        size_t aad_length, size_t payload_length);
    void (*ae_update_aad)(void *host, uint32_t operation, const void *aad, size_t length);
    uint32_t (*ae_update)(void *host, uint32_t operation, const void *src, size_t src_length, void *dst,
                          size_t *dst_length);
    uint32_t (*ae_encrypt_final)(void *host, uint32_t operation, const void *src, size_t src_length, void *dst,
                                 size_t *dst_length, void *tag, size_t *tag_length);
    uint32_t (*ae_decrypt_final)(void *host, uint32_t operation, const void *src, size_t src_length, void *dst,
                                 size_t *dst_length, const void *tag, size_t tag_length);

    uint32_t (*asymmetric_encrypt)(void *host, uint32_t operation, const stee_attribute *params, uint32_t count,
                                   const void *src, size_t src_length, void *dst, size_t *dst_length);
    uint32_t (*asymmetric_decrypt)(void *host, uint32_t operation, const stee_attribute *params, uint32_t count,
                                   const void *src, size_t src_length, void *dst, size_t *dst_length);
    uint32_t (*asymmetric_sign)(void *host, uint32_t operation, const stee_attribute *params, uint32_t count,
                                const void *digest, size_t digest_length, void *signature, size_t *signature_length);
    uint32_t (*asymmetric_verify)(void *host, uint32_t operation, const stee_attribute *params, uint32_t count,
                                  const void *digest, size_t digest_length, const void *signature,
                                  size_t signature_length);
    void (*derive_key)(void *host, uint32_t operation, const stee_attribute *params, uint32_t count,
                       uint32_t derived_key);
    /// Big integers; NULL until the backend provides them.
    const stee_bigint_api *bigint;
} stee_crypto_api;

/// GP trusted storage (chapter 5, persistent objects and enumerators), served by teed
/// through the host. Persistent object handles are ids of the crypto table's object space
/// (so they work as keys, with object_info and object_free); enumerators are ids there too.
/// What GP says must panic (an invalid or transient handle, a missing access right, an id
/// longer than 64 bytes or in client memory, unknown flags) panics the TA in the host;
/// functions return TEE_Result values.
typedef struct stee_storage_api {
    uint32_t (*open)(void *host, uint32_t storage_id, const void *id, size_t id_length, uint32_t flags,
                     uint32_t *object);
    /// `attributes` 0 makes a data object; `object` NULL closes the new object at once.
    uint32_t (*create)(void *host, uint32_t storage_id, const void *id, size_t id_length, uint32_t flags,
                       uint32_t attributes, const void *data, size_t data_length, uint32_t *object);
    /// Closes the handle whatever the result.
    uint32_t (*close_and_delete)(void *host, uint32_t object);
    uint32_t (*rename)(void *host, uint32_t object, const void *id, size_t id_length);
    uint32_t (*read)(void *host, uint32_t object, void *buffer, size_t size, size_t *count);
    uint32_t (*write)(void *host, uint32_t object, const void *buffer, size_t size);
    uint32_t (*truncate)(void *host, uint32_t object, size_t size);
    /// `whence` is TEE_DATA_SEEK_SET / _CUR / _END.
    uint32_t (*seek)(void *host, uint32_t object, int64_t offset, uint32_t whence);

    uint32_t (*enumerator_allocate)(void *host, uint32_t *enumerator);
    void (*enumerator_free)(void *host, uint32_t enumerator);
    void (*enumerator_reset)(void *host, uint32_t enumerator);
    uint32_t (*enumerator_start)(void *host, uint32_t enumerator, uint32_t storage_id);
    /// `info` may be NULL; `id` holds at least TEE_OBJECT_ID_MAX_LEN bytes.
    uint32_t (*enumerator_next)(void *host, uint32_t enumerator, stee_object_info *info, void *id,
                                size_t *id_length);

    /// An object's attributes in TEECrypto's storage form (Swift TAs move keys between
    /// their own TEECrypto and the host's this way). SHORT_BUFFER sets the size needed.
    uint32_t (*object_export)(void *host, uint32_t object, void *buffer, size_t *length, uint32_t *type,
                              uint32_t *object_size, uint32_t *usage);
    /// A new initialized transient object from that form.
    uint32_t (*object_import)(void *host, uint32_t type, uint32_t object_size, uint32_t usage,
                              const void *buffer, size_t length, uint32_t *object);
} stee_storage_api;

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
    /// Cryptography (TEE_*Object*, TEE_*Operation*, digests, ciphers, MACs, AE, asymmetric,
    /// key derivation).
    const stee_crypto_api *crypto;
    /// Trusted storage (persistent objects, enumerators).
    const stee_storage_api *storage;
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
