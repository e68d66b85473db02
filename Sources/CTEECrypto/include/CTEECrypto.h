// OpenSSL-backed primitives for teed. Kept out of CTEEShims so that TA hosts and
// libteec do not load libcrypto.
#ifndef CTEECRYPTO_H
#define CTEECRYPTO_H

#include <stddef.h>
#include <stdint.h>

/// SHA-1 of `len` bytes (OpenSSL libcrypto); used for RFC 4122 version-5 UUIDs.
/// Returns 0 or -EIO.
int stee_sha1(const void *data, size_t len, uint8_t out[20]);

/// HMAC-SHA256 of `len` bytes under `key`. Returns 0, -EINVAL or -EIO.
int stee_hmac_sha256(const void *key, size_t key_len, const void *data, size_t len, uint8_t out[32]);

#endif
