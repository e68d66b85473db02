// The cryptographic backend of TEECrypto: thin wrappers over OpenSSL 3's libcrypto (EVP),
// one small C file per family. Algorithms are named as OpenSSL names them ("SHA256",
// "AES-128-CBC"…); contexts are opaque. Functions return 0 on success and a negative
// errno-style code otherwise; nothing here prints or aborts.
#ifndef CTEECRYPTOBACKEND_H
#define CTEECRYPTOBACKEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Wipes memory that held key material; not optimised away.
void stee_cleanse(void *buffer, size_t length);

/// Fills `buffer` from the kernel's CSPRNG. Returns 0 or -EIO.
int stee_crypto_random(void *buffer, size_t length);

// MARK: Digests (digest.c)

typedef struct stee_md stee_md;

/// A digest context for `name`, ready for input; NULL if OpenSSL does not offer it.
stee_md *stee_md_new(const char *name);
stee_md *stee_md_dup(const stee_md *ctx);
void stee_md_free(stee_md *ctx);
int stee_md_update(stee_md *ctx, const void *data, size_t length);
/// Writes the digest (stee_md_size bytes) and makes the context ready for a new message.
int stee_md_final(stee_md *ctx, uint8_t *out);
/// For SHAKE: squeezes `length` more bytes (the first call ends the input).
int stee_md_squeeze(stee_md *ctx, uint8_t *out, size_t length);
/// Starts a new message.
int stee_md_reset(stee_md *ctx);
/// The digest length of `name` in bytes (0 for an XOF or an unknown name).
size_t stee_md_size(const char *name);

// MARK: Big integers (bigint.c)

#include <swift_tee_ta.h>

/// GP big integers (TEE_BigInt*, GP TEE Internal Core API 1.3.1 chapter 8) on the TA's
/// own word arrays, for libutee through `stee_crypto_api.bigint`. Unlike the rest of this
/// header, the functions answer TEE_Result values, or STEE_BIGINT_PANIC for a call GP says
/// must panic (a malformed or uninitialised big integer included). `cmp` and `cmp_s32`
/// answer INT32_MIN for a malformed operand; `is_probable_prime` answers
/// (int32_t)STEE_BIGINT_PANIC, which is also "probably prime", so callers check the
/// operand first (`bit_count`). The header layout is described in bigint.c;
/// max_bits is 32768.
const stee_bigint_api *stee_bigint_table(void);

// MARK: Ciphers (cipher.c)

typedef struct stee_cipher stee_cipher;

/// A context for cipher `name` ("AES-128-CBC", "DES-EDE3-ECB", "AES-256-XTS"…) keyed with
/// `key` (exactly the cipher's key length), padding off; `cts_mode` ("CS3") for the
/// "-CBC-CTS" ciphers, else NULL. NULL if OpenSSL lacks the cipher or refuses the key.
stee_cipher *stee_cipher_new(const char *name, bool encrypt, const uint8_t *key, size_t key_length,
                             const char *cts_mode);
stee_cipher *stee_cipher_dup(const stee_cipher *c);
void stee_cipher_free(stee_cipher *c);
/// Starts a new message with the same key: `iv` (of the cipher's IV length) or NULL.
int stee_cipher_restart(stee_cipher *c, const uint8_t *iv, size_t iv_length);
/// Processes `length` bytes; `*written` gets what came out (whole blocks for ECB/CBC fed
/// whole blocks; everything for CTR; the whole message for CTS and XTS, one call each).
int stee_cipher_update(stee_cipher *c, const uint8_t *in, size_t length, uint8_t *out, size_t *written);
size_t stee_cipher_iv_length(const char *name);
bool stee_cipher_available(const char *name);

// MARK: MACs (mac.c)

typedef struct stee_mac stee_mac;

/// `algorithm` "HMAC" with digest `underlying` ("SHA256"), or "CMAC" with cipher
/// `underlying` ("AES-128-CBC"), keyed with `key`. NULL if unavailable.
stee_mac *stee_mac_new(const char *algorithm, const char *underlying, const uint8_t *key, size_t key_length);
stee_mac *stee_mac_dup(const stee_mac *m);
void stee_mac_free(stee_mac *m);
/// Drops the input so far: a new message with the same key.
int stee_mac_restart(stee_mac *m);
int stee_mac_update(stee_mac *m, const void *data, size_t length);
/// Writes the MAC (stee_mac_size bytes, `out_size` at least that) and restarts.
int stee_mac_final(stee_mac *m, uint8_t *out, size_t out_size, size_t *written);
size_t stee_mac_size(const stee_mac *m);
/// Compares in time independent of the contents.
bool stee_equal_consttime(const void *a, const void *b, size_t length);

// MARK: AES-GCM (aead.c)

typedef struct stee_gcm stee_gcm;

stee_gcm *stee_gcm_new(const char *name, bool encrypt, const uint8_t *key, size_t key_length);
stee_gcm *stee_gcm_dup(const stee_gcm *g);
void stee_gcm_free(stee_gcm *g);
/// Starts a message under `nonce` (1…128 bytes).
int stee_gcm_start(stee_gcm *g, const uint8_t *nonce, size_t nonce_length);
int stee_gcm_aad(stee_gcm *g, const uint8_t *aad, size_t length);
/// Writes exactly `length` bytes to `out`.
int stee_gcm_update(stee_gcm *g, const uint8_t *in, size_t length, uint8_t *out);
/// Ends an encryption: the first `tag_length` (4…16) bytes of the tag.
int stee_gcm_encrypt_final(stee_gcm *g, uint8_t *tag, size_t tag_length);
/// Ends a decryption: 0 if `tag` matches, -EBADMSG if not.
int stee_gcm_decrypt_final(stee_gcm *g, const uint8_t *tag, size_t tag_length);

// Asymmetric keys and operations, key derivation.
#include "stee_asymmetric.h"

#endif
