// DSA and ECDSA signatures over a digest (laid out r || s, as GP and OP-TEE do) and pure
// EdDSA over a message.
#include "pkey_internal.h"

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>

int stee_sig_der_to_raw(const uint8_t *der, size_t der_length, uint8_t *raw, size_t half, int is_dsa) {
    const BIGNUM *r = NULL, *s = NULL;
    const unsigned char *p = der;
    ECDSA_SIG *ec = NULL;
    DSA_SIG *dsa = NULL;
    if (der_length > INT32_MAX)
        return -EIO;
    if (is_dsa) {
        if ((dsa = d2i_DSA_SIG(NULL, &p, (long)der_length)))
            DSA_SIG_get0(dsa, &r, &s);
    } else if ((ec = d2i_ECDSA_SIG(NULL, &p, (long)der_length))) {
        ECDSA_SIG_get0(ec, &r, &s);
    }
    int rc = r && s && BN_bn2binpad(r, raw, (int)half) == (int)half && BN_bn2binpad(s, raw + half, (int)half) == (int)half
                 ? 0
                 : -EIO;
    DSA_SIG_free(dsa);
    ECDSA_SIG_free(ec);
    return rc ? stee_fail(rc) : 0;
}

int stee_sig_raw_to_der(const uint8_t *raw, size_t raw_length, size_t half, uint8_t **der, int is_dsa) {
    if (half == 0 || half > INT32_MAX / 2 || raw_length != 2 * half)
        return -EBADMSG;
    BIGNUM *r = BN_bin2bn(raw, (int)half, NULL);
    BIGNUM *s = BN_bin2bn(raw + half, (int)half, NULL);
    int length = -ENOMEM;
    *der = NULL;
    if (r && s) {
        if (is_dsa) {
            DSA_SIG *sig = DSA_SIG_new();
            if (sig && DSA_SIG_set0(sig, r, s) == 1) {
                r = s = NULL;
                length = i2d_DSA_SIG(sig, der);
            }
            DSA_SIG_free(sig);
        } else {
            ECDSA_SIG *sig = ECDSA_SIG_new();
            if (sig && ECDSA_SIG_set0(sig, r, s) == 1) {
                r = s = NULL;
                length = i2d_ECDSA_SIG(sig, der);
            }
            ECDSA_SIG_free(sig);
        }
    }
    BN_free(r);
    BN_free(s);
    return length > 0 ? length : stee_fail(-ENOMEM);
}

/* EVP_PKEY_sign with no digest set signs `digest` as given (OpenSSL truncates it to the
 * group order's length, as FIPS 186 does), so any digest length is accepted. */
static int sign_digest(const stee_akey *key, const uint8_t *digest, size_t digest_length, uint8_t *signature,
                       size_t half, int is_dsa) {
    EVP_PKEY_CTX *ctx = stee_akey_ctx(key);
    size_t der_length = 0;
    uint8_t *der = NULL;
    int rc = -EINVAL;
    if (ctx && EVP_PKEY_sign_init(ctx) == 1 && EVP_PKEY_sign(ctx, NULL, &der_length, digest, digest_length) == 1 &&
        (der = OPENSSL_malloc(der_length)) &&
        EVP_PKEY_sign(ctx, der, &der_length, digest, digest_length) == 1)
        rc = stee_sig_der_to_raw(der, der_length, signature, half, is_dsa);
    OPENSSL_free(der);
    EVP_PKEY_CTX_free(ctx);
    return rc ? stee_fail(rc) : 0;
}

static int verify_digest(const stee_akey *key, const uint8_t *digest, size_t digest_length,
                         const uint8_t *signature, size_t signature_length, size_t half, int is_dsa) {
    uint8_t *der = NULL;
    int der_length = stee_sig_raw_to_der(signature, signature_length, half, &der, is_dsa);
    if (der_length < 0)
        return der_length == -EBADMSG ? -EBADMSG : stee_fail(der_length);
    EVP_PKEY_CTX *ctx = stee_akey_ctx(key);
    int rc = -EINVAL;
    if (ctx && EVP_PKEY_verify_init(ctx) == 1)
        rc = EVP_PKEY_verify(ctx, der, (size_t)der_length, digest, digest_length) == 1 ? 0 : -EBADMSG;
    OPENSSL_free(der);
    EVP_PKEY_CTX_free(ctx);
    return rc ? stee_fail(rc) : 0;
}

int stee_ecdsa_sign(const stee_akey *key, const uint8_t *digest, size_t digest_length, uint8_t *signature,
                    size_t half) {
    return sign_digest(key, digest, digest_length, signature, half, 0);
}

int stee_ecdsa_verify(const stee_akey *key, const uint8_t *digest, size_t digest_length,
                      const uint8_t *signature, size_t signature_length, size_t half) {
    return verify_digest(key, digest, digest_length, signature, signature_length, half, 0);
}

int stee_dsa_sign(const stee_akey *key, const uint8_t *digest, size_t digest_length, uint8_t *signature,
                  size_t half) {
    return sign_digest(key, digest, digest_length, signature, half, 1);
}

int stee_dsa_verify(const stee_akey *key, const uint8_t *digest, size_t digest_length,
                    const uint8_t *signature, size_t signature_length, size_t half) {
    return verify_digest(key, digest, digest_length, signature, signature_length, half, 1);
}

int stee_eddsa_sign(const stee_akey *key, const uint8_t *message, size_t length, uint8_t *signature,
                    size_t *signature_length) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t needed = 0;
    int rc = -EINVAL;
    if (ctx && EVP_DigestSignInit_ex(ctx, NULL, NULL, NULL, NULL, stee_evp(key), NULL) == 1 &&
        EVP_DigestSign(ctx, NULL, &needed, message, length) == 1) {
        if (*signature_length < needed) {
            rc = -ENOSPC;
        } else if (EVP_DigestSign(ctx, signature, &needed, message, length) == 1) {
            rc = 0;
        }
        *signature_length = needed;
    }
    EVP_MD_CTX_free(ctx);
    return rc ? stee_fail(rc) : 0;
}

int stee_eddsa_verify(const stee_akey *key, const uint8_t *message, size_t length, const uint8_t *signature,
                      size_t signature_length) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    int rc = -EINVAL;
    if (ctx && EVP_DigestVerifyInit_ex(ctx, NULL, NULL, NULL, NULL, stee_evp(key), NULL) == 1)
        rc = EVP_DigestVerify(ctx, signature, signature_length, message, length) == 1 ? 0 : -EBADMSG;
    EVP_MD_CTX_free(ctx);
    return rc ? stee_fail(rc) : 0;
}
