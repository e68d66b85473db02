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

// Asymmetric keys and operations, key derivation.
#include "stee_asymmetric.h"

#endif
