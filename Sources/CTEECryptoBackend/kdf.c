// Key derivation functions over EVP_KDF: HKDF, the one-step "Concat" KDF, PBKDF2.
#include "pkey_internal.h"

#include <openssl/kdf.h>

/* Runs KDF `name` with `params` (ended by OSSL_PARAM_END) into out[0..<length]. */
static int derive(const char *name, const OSSL_PARAM *params, uint8_t *out, size_t length) {
    EVP_KDF *kdf = EVP_KDF_fetch(NULL, name, NULL);
    EVP_KDF_CTX *ctx = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
    int rc = ctx && EVP_KDF_derive(ctx, out, length, params) == 1 ? 0 : -EINVAL;
    EVP_KDF_CTX_free(ctx);
    EVP_KDF_free(kdf);
    return rc ? stee_fail(rc) : 0;
}

/* OpenSSL reads string parameters as non-const; it does not write them. */
static OSSL_PARAM octets(const char *name, const uint8_t *data, size_t length) {
    static const uint8_t empty[1];
    return OSSL_PARAM_construct_octet_string(name, (void *)(length ? data : empty), length);
}

static OSSL_PARAM digest(const char *md) {
    return OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)md, 0);
}

int stee_kdf_hkdf(const char *md, const uint8_t *key, size_t key_length, const uint8_t *salt, size_t salt_length,
                  const uint8_t *info, size_t info_length, uint8_t *out, size_t out_length) {
    OSSL_PARAM params[5] = {digest(md), octets(OSSL_KDF_PARAM_KEY, key, key_length)};
    size_t n = 2;
    /* No salt: OpenSSL uses HashLen zero bytes, as RFC 5869 2.2 says. */
    if (salt_length)
        params[n++] = octets(OSSL_KDF_PARAM_SALT, salt, salt_length);
    if (info_length)
        params[n++] = octets(OSSL_KDF_PARAM_INFO, info, info_length);
    params[n] = OSSL_PARAM_construct_end();
    return derive(OSSL_KDF_NAME_HKDF, params, out, out_length);
}

int stee_kdf_concat(const char *md, const uint8_t *z, size_t z_length, const uint8_t *other_info,
                    size_t other_length, uint8_t *out, size_t out_length) {
    OSSL_PARAM params[4] = {digest(md), octets(OSSL_KDF_PARAM_KEY, z, z_length)};
    size_t n = 2;
    if (other_length)
        params[n++] = octets(OSSL_KDF_PARAM_INFO, other_info, other_length);
    params[n] = OSSL_PARAM_construct_end();
    return derive(OSSL_KDF_NAME_SSKDF, params, out, out_length);
}

int stee_kdf_pbkdf2(const char *md, const uint8_t *password, size_t password_length, const uint8_t *salt,
                    size_t salt_length, uint64_t iterations, uint8_t *out, size_t out_length) {
    /* pkcs5 = 1 turns off SP 800-132's lower bounds (salt >= 128 bits, iterations >= 1000):
     * PKCS #5 and OP-TEE allow less, and RFC 6070's vectors use less. */
    int pkcs5 = 1;
    OSSL_PARAM params[] = {
        digest(md),
        octets(OSSL_KDF_PARAM_PASSWORD, password, password_length),
        octets(OSSL_KDF_PARAM_SALT, salt, salt_length),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_ITER, &iterations),
        OSSL_PARAM_construct_int(OSSL_KDF_PARAM_PKCS5, &pkcs5),
        OSSL_PARAM_construct_end(),
    };
    return derive(OSSL_KDF_NAME_PBKDF2, params, out, out_length);
}
