// OpenSSL-backed primitives for teed and teectl. Kept out of CTEEShims so that TA hosts
// and libteec do not load libcrypto. Every function returns 0 (or a documented positive
// value) on success and a negative errno-style code on failure; none prints anything.
#ifndef CTEECRYPTO_H
#define CTEECRYPTO_H

#include <stddef.h>
#include <stdint.h>

/// SHA-1 of `len` bytes (OpenSSL libcrypto); used for RFC 4122 version-5 UUIDs.
/// Returns 0 or -EIO.
int stee_sha1(const void *data, size_t len, uint8_t out[20]);

// MARK: SHA-256 and HMAC

/// A run of bytes, one of several hashed as if they were contiguous.
typedef struct {
    const void *data;
    size_t len;
} stee_span;

/// SHA-256 of `len` bytes. Returns 0, -EINVAL or -EIO.
int stee_sha256(const void *data, size_t len, uint8_t out[32]);

/// SHA-256 of the concatenation of `count` spans, without copying them together.
int stee_sha256_spans(const stee_span *spans, size_t count, uint8_t out[32]);

/// HMAC-SHA256 of `len` bytes under `key`. Returns 0, -EINVAL or -EIO.
int stee_hmac_sha256(const void *key, size_t key_len, const void *data, size_t len, uint8_t out[32]);

/// 1 if the `len` bytes at `a` and `b` are equal, else 0, in time independent of the contents.
int stee_equal_ct(const void *a, const void *b, size_t len);

// MARK: RSA keys (OpenSSL 3 EVP)

/// An RSA key, public or private, owned by the caller until `stee_pkey_free`.
typedef struct stee_pkey stee_pkey;

/// Generates an RSA key of `bits` bits (public exponent 65537) and writes the private key as
/// PKCS#8 PEM to `private_fd` and the public key as SubjectPublicKeyInfo PEM to `public_fd`.
/// The descriptors stay open. Returns 0, -EINVAL, -ENOMEM or -EIO.
int stee_rsa_generate(unsigned bits, int private_fd, int public_fd);

/// Parses a SubjectPublicKeyInfo PEM ("BEGIN PUBLIC KEY") of `len` bytes.
/// Returns 0, -EBADMSG (not a public key PEM), -ENOTSUP (not RSA) or -ENOMEM.
int stee_pkey_load_public(const void *pem, size_t len, stee_pkey **out);

/// Parses an unencrypted private key PEM (PKCS#8 or PKCS#1) of `len` bytes. Encrypted keys
/// are refused (never prompts). Returns 0, -EBADMSG, -ENOTSUP (not RSA) or -ENOMEM.
int stee_pkey_load_private(const void *pem, size_t len, stee_pkey **out);

/// A new key holding only the public part of `key`. Returns 0, -EINVAL, -EIO or -ENOMEM.
int stee_pkey_public_copy(const stee_pkey *key, stee_pkey **out);

void stee_pkey_free(stee_pkey *key);

/// The key's modulus size in bits (> 0), or -EINVAL.
int stee_pkey_bits(const stee_pkey *key);

/// 1 if the key holds a private part, 0 if only public.
int stee_pkey_is_private(const stee_pkey *key);

/// SHA-256 of the DER SubjectPublicKeyInfo: a stable name for the public key.
int stee_pkey_fingerprint(const stee_pkey *key, uint8_t out[32]);

/// Writes the public key as SubjectPublicKeyInfo PEM to `fd` (which stays open).
int stee_pkey_write_public(const stee_pkey *key, int fd);

/// RSA signature schemes over a SHA-256 digest.
enum {
    STEE_RSA_PSS_SHA256 = 1,      ///< RSASSA-PSS, MGF1-SHA256, salt length 32
    STEE_RSA_PKCS1V15_SHA256 = 2, ///< RSASSA-PKCS1-v1_5 with the SHA-256 DigestInfo
};

/// Signs a pre-computed SHA-256 digest. `sig_cap` must hold the modulus size; `*sig_len`
/// receives the signature size. Returns 0, -EINVAL, -ENOSPC or -EIO.
int stee_rsa_sign_digest(const stee_pkey *key, int scheme, const uint8_t digest[32],
                         uint8_t *sig, size_t sig_cap, size_t *sig_len);

/// Verifies `sig` over a pre-computed SHA-256 digest. Returns 0 if it verifies,
/// -EBADMSG if it does not, -EINVAL or -EIO.
int stee_rsa_verify_digest(const stee_pkey *key, int scheme, const uint8_t digest[32],
                           const uint8_t *sig, size_t sig_len);

#endif
