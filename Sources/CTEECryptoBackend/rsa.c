// RSA over EVP_PKEY: raw (no padding), PKCS #1 v1.5 and OAEP encryption, PKCS #1 v1.5 and
// PSS signatures over a digest.
#include "pkey_internal.h"

#include <string.h>
#include <openssl/crypto.h>
#include <openssl/rsa.h>

size_t stee_rsa_size(const stee_akey *key) {
    int size = EVP_PKEY_get_size(stee_evp(key));
    return size > 0 ? (size_t)size : 0;
}

static bool set_signature_digest(EVP_PKEY_CTX *ctx, const char *md) {
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_DIGEST, (char *)md, 0),
                           OSSL_PARAM_construct_end()};
    return EVP_PKEY_CTX_set_params(ctx, params) == 1;
}

static bool configure(EVP_PKEY_CTX *ctx, const stee_rsa_padding *padding) {
    int mode;
    switch (padding->scheme) {
    case STEE_RSA_RAW: mode = RSA_NO_PADDING; break;
    case STEE_RSA_PKCS1: mode = RSA_PKCS1_PADDING; break;
    case STEE_RSA_OAEP: mode = RSA_PKCS1_OAEP_PADDING; break;
    case STEE_RSA_PSS: mode = RSA_PKCS1_PSS_PADDING; break;
    default: return false;
    }
    if (EVP_PKEY_CTX_set_rsa_padding(ctx, mode) != 1)
        return false;
    const char *mgf1 = padding->mgf1 ? padding->mgf1 : padding->md;
    switch (padding->scheme) {
    case STEE_RSA_OAEP:
        if (!padding->md || EVP_PKEY_CTX_set_rsa_oaep_md_name(ctx, padding->md, NULL) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md_name(ctx, mgf1, NULL) != 1)
            return false;
        if (padding->label_length) {
            if (padding->label_length > INT32_MAX)
                return false;
            /* set0 takes ownership of an OPENSSL_malloc'ed copy. */
            void *label = OPENSSL_memdup(padding->label, padding->label_length);
            if (!label || EVP_PKEY_CTX_set0_rsa_oaep_label(ctx, label, (int)padding->label_length) != 1) {
                OPENSSL_free(label);
                return false;
            }
        }
        return true;
    case STEE_RSA_PSS:
        return padding->md && set_signature_digest(ctx, padding->md) &&
               EVP_PKEY_CTX_set_rsa_mgf1_md_name(ctx, mgf1, NULL) == 1 &&
               EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, padding->salt_length) == 1;
    case STEE_RSA_PKCS1:
        /* Signing with a hash wraps the digest in its DigestInfo (MD5-SHA1: none, as TLS 1.0). */
        return !padding->md || set_signature_digest(ctx, padding->md);
    default:
        return true;
    }
}

/* Raw RSA takes the input as an integer: left-padded with zeros to the modulus size. */
static uint8_t *raw_block(const uint8_t *in, size_t in_length, size_t size) {
    if (in_length > size)
        return NULL;
    uint8_t *block = OPENSSL_zalloc(size ? size : 1);
    if (block && in_length)
        memcpy(block + size - in_length, in, in_length);
    return block;
}

/* OP-TEE returns raw RSA results without their leading zero bytes (one stays for zero). */
static void strip_leading_zeros(uint8_t *out, size_t *length) {
    size_t skip = 0;
    while (skip + 1 < *length && out[skip] == 0)
        skip++;
    if (skip) {
        memmove(out, out + skip, *length - skip);
        *length -= skip;
    }
}

int stee_rsa_encrypt(const stee_akey *key, const stee_rsa_padding *padding, const uint8_t *in, size_t in_length,
                     uint8_t *out, size_t *out_length) {
    size_t size = stee_rsa_size(key);
    if (*out_length < size) {
        *out_length = size;
        return -ENOSPC;
    }
    uint8_t *block = NULL;
    if (padding->scheme == STEE_RSA_RAW) {
        if (!(block = raw_block(in, in_length, size)))
            return in_length > size ? -EINVAL : -ENOMEM;
        in = block;
        in_length = size;
    }
    EVP_PKEY_CTX *ctx = stee_akey_ctx(key);
    size_t written = *out_length;
    int rc = -EINVAL;
    if (ctx && EVP_PKEY_encrypt_init(ctx) == 1 && configure(ctx, padding) &&
        EVP_PKEY_encrypt(ctx, out, &written, in, in_length) == 1) {
        if (padding->scheme == STEE_RSA_RAW)
            strip_leading_zeros(out, &written);
        *out_length = written;
        rc = 0;
    }
    EVP_PKEY_CTX_free(ctx);
    OPENSSL_free(block);
    return rc ? stee_fail(rc) : 0;
}

/*
 * Decryption reports every failure the same way (-EBADMSG): a ciphertext of the wrong
 * length, one not below the modulus, bad PKCS #1 v1.5 padding, a bad OAEP encoding or
 * label. OpenSSL 3.0 checks both paddings in constant time (RSA_padding_check_PKCS1_type_2
 * and RSA_padding_check_PKCS1_OAEP_mgf1 build masks instead of branching and keep the error
 * queue free of the reason), and RSA blinding is on, so the only thing a caller learns is
 * the success bit GP's API returns. OpenSSL 3.0 predates implicit rejection (3.2), which
 * would hide even that for PKCS #1 v1.5; TAs that decrypt attacker-chosen ciphertexts
 * should prefer OAEP. The plaintext goes to the caller's buffer only after the backend
 * succeeded, so its length (and SHORT_BUFFER) is never learned from a bad ciphertext.
 */
int stee_rsa_decrypt(const stee_akey *key, const stee_rsa_padding *padding, const uint8_t *in, size_t in_length,
                     uint8_t *out, size_t *out_length) {
    size_t size = stee_rsa_size(key);
    if (*out_length < size) {
        *out_length = size;
        return -ENOSPC;
    }
    uint8_t *block = NULL;
    if (padding->scheme == STEE_RSA_RAW) {
        if (!(block = raw_block(in, in_length, size)))
            return in_length > size ? -EBADMSG : -ENOMEM;
        in = block;
        in_length = size;
    }
    EVP_PKEY_CTX *ctx = stee_akey_ctx(key);
    size_t written = *out_length;
    int rc = -EBADMSG;
    if (ctx && EVP_PKEY_decrypt_init(ctx) == 1 && configure(ctx, padding) &&
        EVP_PKEY_decrypt(ctx, out, &written, in, in_length) == 1) {
        if (padding->scheme == STEE_RSA_RAW)
            strip_leading_zeros(out, &written);
        *out_length = written;
        rc = 0;
    }
    EVP_PKEY_CTX_free(ctx);
    OPENSSL_free(block);
    return rc ? stee_fail(rc) : 0;
}

int stee_rsa_sign(const stee_akey *key, const stee_rsa_padding *padding, const uint8_t *in, size_t in_length,
                  uint8_t *out, size_t *out_length) {
    size_t size = stee_rsa_size(key);
    if (*out_length < size) {
        *out_length = size;
        return -ENOSPC;
    }
    EVP_PKEY_CTX *ctx = stee_akey_ctx(key);
    size_t written = *out_length;
    int rc = -EINVAL;
    if (ctx && EVP_PKEY_sign_init(ctx) == 1 && configure(ctx, padding) &&
        EVP_PKEY_sign(ctx, out, &written, in, in_length) == 1) {
        *out_length = written;
        rc = 0;
    }
    EVP_PKEY_CTX_free(ctx);
    return rc ? stee_fail(rc) : 0;
}

int stee_rsa_verify(const stee_akey *key, const stee_rsa_padding *padding, const uint8_t *in, size_t in_length,
                    const uint8_t *signature, size_t signature_length) {
    EVP_PKEY_CTX *ctx = stee_akey_ctx(key);
    int rc = -EINVAL;
    if (ctx && EVP_PKEY_verify_init(ctx) == 1 && configure(ctx, padding))
        rc = EVP_PKEY_verify(ctx, signature, signature_length, in, in_length) == 1 ? 0 : -EBADMSG;
    EVP_PKEY_CTX_free(ctx);
    return rc ? stee_fail(rc) : 0;
}
