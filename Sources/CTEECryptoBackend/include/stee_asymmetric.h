// Asymmetric keys, signatures, encryption, key agreement and KDFs over OpenSSL 3.0's EVP_PKEY
// and EVP_KDF (pkey.c, rsa.c, sign.c, sm2.c, kdf.c). Numbers cross this boundary as
// big-endian unsigned byte strings, the form GP gives key attributes in. Functions return 0
// on success or a negative errno-style code:
//   -EINVAL   the input makes no sense for this key (GP: TEE_ERROR_BAD_PARAMETERS)
//   -EBADMSG  a signature does not verify, or a ciphertext does not decrypt
//   -ENOSPC   an output buffer is too small (the size needed is written back)
//   -ENOTSUP  the backend does not offer it
//   -ENOMEM / -EIO  anything else
// Nothing here prints or aborts; OpenSSL's error queue is cleared before returning.
#ifndef STEE_ASYMMETRIC_H
#define STEE_ASYMMETRIC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// An asymmetric key (an OpenSSL EVP_PKEY): a key pair, a public key or domain parameters.
typedef struct stee_akey stee_akey;

typedef enum stee_param_kind {
    /// `data`/`length`: a big-endian unsigned integer.
    STEE_PARAM_BIGNUM = 0,
    /// `data`/`length`: a byte string.
    STEE_PARAM_OCTETS = 1,
    /// `data`: a NUL-terminated string.
    STEE_PARAM_UTF8 = 2,
    /// `value`.
    STEE_PARAM_UINT = 3,
} stee_param_kind;

/// One named OpenSSL parameter ("n", "priv", "group", "bits"…).
typedef struct stee_key_param {
    const char *name;
    stee_param_kind kind;
    const void *data;
    size_t length;
    unsigned int value;
} stee_key_param;

/// What `stee_akey_from_params` builds.
typedef enum stee_key_part {
    STEE_KEY_DOMAIN = 0,
    STEE_KEY_PUBLIC = 1,
    STEE_KEY_PAIR = 2,
} stee_key_part;

// MARK: Keys (pkey.c)

/// A key of OpenSSL type `type` ("RSA", "DSA", "DH", "EC", "SM2", "ED25519", "X25519") from
/// `params`; NULL if OpenSSL does not accept them (an EC point off its curve, say).
stee_akey *stee_akey_from_params(const char *type, stee_key_part part, const stee_key_param *params, size_t count);
/// A fresh key pair: from `domain`'s parameters when it is given (DSA, DH), else of `type`;
/// `params` are OpenSSL's key-generation parameters ("bits", "e", "group", "priv_len").
stee_akey *stee_akey_generate(const char *type, const stee_akey *domain, const stee_key_param *params, size_t count);
void stee_akey_free(stee_akey *key);
/// The size OpenSSL gives the key in bits (modulus, prime p, curve order; 253 for Ed25519).
int stee_akey_bits(const stee_akey *key);
/// Writes big-number parameter `name` as a minimal big-endian string. `*length` is the
/// capacity on entry and the size on return; `out` NULL asks for the size. -ENOENT if absent.
int stee_akey_get_bignum(const stee_akey *key, const char *name, uint8_t *out, size_t *length);
/// The same for a byte-string parameter ("pub", "priv", "encoded-pub-key").
int stee_akey_get_octets(const stee_akey *key, const char *name, uint8_t *out, size_t *length);
/// 0 if the public part passes OpenSSL's checks (an EC point on the curve and of the
/// group's order, a DH value in range), else -EINVAL.
int stee_akey_check_public(const stee_akey *key);
/// 0 if the private part matches the public part, else -EINVAL.
int stee_akey_check_pair(const stee_akey *key);
/// Key agreement (DH, ECDH, X25519): the shared secret of `key` and `peer`, after OpenSSL
/// validated the peer's public value. ECDH gives the x coordinate, DH the unpadded value.
int stee_akey_derive(const stee_akey *key, const stee_akey *peer, uint8_t *out, size_t *length);

// MARK: RSA (rsa.c)

typedef enum stee_rsa_scheme {
    STEE_RSA_RAW = 0,
    STEE_RSA_PKCS1 = 1,
    STEE_RSA_OAEP = 2,
    STEE_RSA_PSS = 3,
} stee_rsa_scheme;

typedef struct stee_rsa_padding {
    stee_rsa_scheme scheme;
    /// The hash: OAEP's, or the signature's (PKCS#1 v1.5 builds a DigestInfo for it; NULL
    /// signs the input as is). OpenSSL names ("SHA256", "MD5-SHA1").
    const char *md;
    /// MGF1's hash (OAEP, PSS); NULL means `md`.
    const char *mgf1;
    /// OAEP's label.
    const uint8_t *label;
    size_t label_length;
    /// PSS salt length in bytes.
    int salt_length;
} stee_rsa_padding;

/// The modulus size in bytes.
size_t stee_rsa_size(const stee_akey *key);
/// Encrypts `in` (for RAW: an integer below the modulus, up to its size) to exactly
/// stee_rsa_size bytes; `*out_length` must be at least that.
int stee_rsa_encrypt(const stee_akey *key, const stee_rsa_padding *padding, const uint8_t *in, size_t in_length,
                     uint8_t *out, size_t *out_length);
/// Decrypts into `out` (capacity stee_rsa_size bytes). Every failure is -EBADMSG, whatever
/// its cause; see rsa.c for what keeps it free of an oracle.
int stee_rsa_decrypt(const stee_akey *key, const stee_rsa_padding *padding, const uint8_t *in, size_t in_length,
                     uint8_t *out, size_t *out_length);
/// Signs the digest `in` into `out` (capacity stee_rsa_size bytes).
int stee_rsa_sign(const stee_akey *key, const stee_rsa_padding *padding, const uint8_t *in, size_t in_length,
                  uint8_t *out, size_t *out_length);
/// 0 if `signature` is valid for the digest `in`, else -EBADMSG.
int stee_rsa_verify(const stee_akey *key, const stee_rsa_padding *padding, const uint8_t *in, size_t in_length,
                    const uint8_t *signature, size_t signature_length);

// MARK: DSA, ECDSA, EdDSA (sign.c)

/// ECDSA / DSA signatures are r || s, each `half` bytes (the group order's size), as GP
/// and OP-TEE lay them out. The digest is used as OpenSSL uses it (truncated to the order).
int stee_ecdsa_sign(const stee_akey *key, const uint8_t *digest, size_t digest_length, uint8_t *signature,
                    size_t half);
int stee_ecdsa_verify(const stee_akey *key, const uint8_t *digest, size_t digest_length,
                      const uint8_t *signature, size_t signature_length, size_t half);
int stee_dsa_sign(const stee_akey *key, const uint8_t *digest, size_t digest_length, uint8_t *signature,
                  size_t half);
int stee_dsa_verify(const stee_akey *key, const uint8_t *digest, size_t digest_length,
                    const uint8_t *signature, size_t signature_length, size_t half);
/// Pure EdDSA (Ed25519) over the whole message.
int stee_eddsa_sign(const stee_akey *key, const uint8_t *message, size_t length, uint8_t *signature,
                    size_t *signature_length);
int stee_eddsa_verify(const stee_akey *key, const uint8_t *message, size_t length, const uint8_t *signature,
                      size_t signature_length);

// MARK: SM2 encryption (sm2.c)

/// SM2 encryption of `in` (not empty) into C1 || C3 || C2: 97 + in_length bytes.
int stee_sm2_encrypt(const stee_akey *key, const uint8_t *in, size_t in_length, uint8_t *out, size_t *out_length);
/// SM2 decryption of C1 || C3 || C2; any failure is -EBADMSG.
int stee_sm2_decrypt(const stee_akey *key, const uint8_t *in, size_t in_length, uint8_t *out, size_t *out_length);

// MARK: Key derivation functions (kdf.c)

/// RFC 5869 HKDF (extract and expand); an empty salt is HashLen zero bytes.
int stee_kdf_hkdf(const char *md, const uint8_t *key, size_t key_length, const uint8_t *salt, size_t salt_length,
                  const uint8_t *info, size_t info_length, uint8_t *out, size_t out_length);
/// NIST SP 800-56A / 56C one-step KDF with a hash ("Concat KDF"): H(counter || Z || OtherInfo)…
int stee_kdf_concat(const char *md, const uint8_t *z, size_t z_length, const uint8_t *other_info,
                    size_t other_length, uint8_t *out, size_t out_length);
/// PKCS #5 v2.0 PBKDF2 with HMAC-`md`.
int stee_kdf_pbkdf2(const char *md, const uint8_t *password, size_t password_length, const uint8_t *salt,
                    size_t salt_length, uint64_t iterations, uint8_t *out, size_t out_length);

#endif
