// Asymmetric keys over EVP_PKEY: built from and exported to big-endian parameters, generated,
// checked, and used for key agreement.
#include "pkey_internal.h"

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/param_build.h>

OSSL_PARAM *stee_params_build(const stee_key_param *params, size_t count) {
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    /* The builder keeps pointers to the BIGNUMs until it is converted; free them after. */
    BIGNUM **numbers = OPENSSL_zalloc((count ? count : 1) * sizeof(*numbers));
    OSSL_PARAM *out = NULL;
    bool ok = bld && numbers;
    for (size_t i = 0; ok && i < count; i++) {
        const stee_key_param *p = &params[i];
        switch (p->kind) {
        case STEE_PARAM_BIGNUM:
            numbers[i] = BN_secure_new();
            ok = numbers[i] && p->length <= INT32_MAX && BN_bin2bn(p->data, (int)p->length, numbers[i]) &&
                 OSSL_PARAM_BLD_push_BN(bld, p->name, numbers[i]);
            break;
        case STEE_PARAM_OCTETS:
            ok = OSSL_PARAM_BLD_push_octet_string(bld, p->name, p->data, p->length);
            break;
        case STEE_PARAM_UTF8:
            ok = p->data && OSSL_PARAM_BLD_push_utf8_string(bld, p->name, p->data, 0);
            break;
        case STEE_PARAM_UINT:
            ok = OSSL_PARAM_BLD_push_uint(bld, p->name, p->value);
            break;
        default:
            ok = false;
        }
    }
    if (ok)
        out = OSSL_PARAM_BLD_to_param(bld);
    for (size_t i = 0; numbers && i < count; i++)
        BN_clear_free(numbers[i]);
    OPENSSL_free(numbers);
    OSSL_PARAM_BLD_free(bld);
    return out;
}

EVP_PKEY_CTX *stee_akey_ctx(const stee_akey *key) {
    return EVP_PKEY_CTX_new_from_pkey(NULL, stee_evp(key), NULL);
}

stee_akey *stee_akey_from_params(const char *type, stee_key_part part, const stee_key_param *params, size_t count) {
    static const int selections[] = {EVP_PKEY_KEY_PARAMETERS, EVP_PKEY_PUBLIC_KEY, EVP_PKEY_KEYPAIR};
    if ((unsigned)part > STEE_KEY_PAIR)
        return NULL;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(NULL, type, NULL);
    OSSL_PARAM *ossl = stee_params_build(params, count);
    EVP_PKEY *key = NULL;
    if (!ctx || !ossl || EVP_PKEY_fromdata_init(ctx) != 1 ||
        EVP_PKEY_fromdata(ctx, &key, selections[part], ossl) != 1) {
        EVP_PKEY_free(key);
        key = NULL;
    }
    OSSL_PARAM_free(ossl);
    EVP_PKEY_CTX_free(ctx);
    if (!key)
        ERR_clear_error();
    return (stee_akey *)key;
}

stee_akey *stee_akey_generate(const char *type, const stee_akey *domain, const stee_key_param *params, size_t count) {
    EVP_PKEY_CTX *ctx = domain ? stee_akey_ctx(domain) : EVP_PKEY_CTX_new_from_name(NULL, type, NULL);
    OSSL_PARAM *ossl = count ? stee_params_build(params, count) : NULL;
    EVP_PKEY *key = NULL;
    if (!ctx || (count && !ossl) || EVP_PKEY_keygen_init(ctx) != 1 ||
        (ossl && EVP_PKEY_CTX_set_params(ctx, ossl) != 1) || EVP_PKEY_generate(ctx, &key) != 1) {
        EVP_PKEY_free(key);
        key = NULL;
    }
    OSSL_PARAM_free(ossl);
    EVP_PKEY_CTX_free(ctx);
    if (!key)
        ERR_clear_error();
    return (stee_akey *)key;
}

void stee_akey_free(stee_akey *key) {
    EVP_PKEY_free(stee_evp(key));
}

int stee_akey_bits(const stee_akey *key) {
    return EVP_PKEY_get_bits(stee_evp(key));
}

int stee_akey_get_bignum(const stee_akey *key, const char *name, uint8_t *out, size_t *length) {
    BIGNUM *bn = NULL;
    if (EVP_PKEY_get_bn_param(stee_evp(key), name, &bn) != 1)
        return stee_fail(-ENOENT);
    size_t size = (size_t)BN_num_bytes(bn);
    int rc = 0;
    if (out && *length >= size)
        BN_bn2bin(bn, out);
    else if (out)
        rc = -ENOSPC;
    *length = size;
    BN_clear_free(bn);
    return rc;
}

int stee_akey_get_octets(const stee_akey *key, const char *name, uint8_t *out, size_t *length) {
    size_t size = 0;
    if (EVP_PKEY_get_octet_string_param(stee_evp(key), name, NULL, 0, &size) != 1)
        return stee_fail(-ENOENT);
    if (!out) {
        *length = size;
        return 0;
    }
    if (*length < size) {
        *length = size;
        return -ENOSPC;
    }
    if (EVP_PKEY_get_octet_string_param(stee_evp(key), name, out, *length, &size) != 1)
        return stee_fail(-EIO);
    *length = size;
    return 0;
}

int stee_akey_check_public(const stee_akey *key) {
    EVP_PKEY_CTX *ctx = stee_akey_ctx(key);
    int ok = ctx && EVP_PKEY_public_check(ctx) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok ? 0 : stee_fail(-EINVAL);
}

int stee_akey_check_pair(const stee_akey *key) {
    EVP_PKEY_CTX *ctx = stee_akey_ctx(key);
    int ok = ctx && EVP_PKEY_pairwise_check(ctx) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok ? 0 : stee_fail(-EINVAL);
}

int stee_akey_derive(const stee_akey *key, const stee_akey *peer, uint8_t *out, size_t *length) {
    EVP_PKEY_CTX *ctx = stee_akey_ctx(key);
    size_t size = 0;
    int rc = -EINVAL;
    /* validate = 1: OpenSSL checks the peer's public value (EC point on the curve and in the
     * group, DH value in [2, p-2]) and that both keys share their domain parameters. */
    if (ctx && EVP_PKEY_derive_init(ctx) == 1 && EVP_PKEY_derive_set_peer_ex(ctx, stee_evp(peer), 1) == 1 &&
        EVP_PKEY_derive(ctx, NULL, &size) == 1) {
        if (*length < size) {
            rc = -ENOSPC;
        } else if (EVP_PKEY_derive(ctx, out, &size) == 1) {
            rc = 0;
        }
        *length = size;
    }
    EVP_PKEY_CTX_free(ctx);
    return rc ? stee_fail(rc) : 0;
}
