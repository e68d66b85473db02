// Keyed MACs over EVP_MAC: HMAC (with any EVP_MD) and CMAC (with a CBC cipher).
#include "CTEECryptoBackend.h"

#include <errno.h>
#include <string.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

struct stee_mac {
    EVP_MAC_CTX *keyed; /* the key set, no input: each message starts from a copy */
    EVP_MAC_CTX *ctx;
};

stee_mac *stee_mac_new(const char *algorithm, const char *underlying, const uint8_t *key, size_t key_length) {
    EVP_MAC *mac = EVP_MAC_fetch(NULL, algorithm, NULL);
    stee_mac *m = OPENSSL_zalloc(sizeof(*m));
    if (!mac || !m)
        goto fail;
    m->keyed = EVP_MAC_CTX_new(mac);
    if (!m->keyed)
        goto fail;
    const char *key_name = strcmp(algorithm, "HMAC") == 0 ? OSSL_MAC_PARAM_DIGEST : OSSL_MAC_PARAM_CIPHER;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(key_name, (char *)underlying, 0),
        OSSL_PARAM_END,
    };
    /* EVP_MAC_init wants a non-NULL key even when it is empty. */
    static const uint8_t empty[1];
    if (EVP_MAC_init(m->keyed, key_length ? key : empty, key_length, params) != 1)
        goto fail;
    m->ctx = EVP_MAC_CTX_dup(m->keyed);
    if (!m->ctx)
        goto fail;
    EVP_MAC_free(mac);
    return m;
fail:
    EVP_MAC_free(mac);
    stee_mac_free(m);
    return NULL;
}

stee_mac *stee_mac_dup(const stee_mac *source) {
    stee_mac *m = OPENSSL_zalloc(sizeof(*m));
    if (!m)
        return NULL;
    m->keyed = EVP_MAC_CTX_dup(source->keyed);
    m->ctx = EVP_MAC_CTX_dup(source->ctx);
    if (!m->keyed || !m->ctx) {
        stee_mac_free(m);
        return NULL;
    }
    return m;
}

void stee_mac_free(stee_mac *m) {
    if (!m)
        return;
    EVP_MAC_CTX_free(m->ctx);
    EVP_MAC_CTX_free(m->keyed);
    OPENSSL_free(m);
}

int stee_mac_restart(stee_mac *m) {
    /* HMAC and CMAC restart with the key they hold when given none: no allocation. */
    if (EVP_MAC_init(m->ctx, NULL, 0, NULL) == 1)
        return 0;
    EVP_MAC_CTX *fresh = EVP_MAC_CTX_dup(m->keyed);
    if (!fresh)
        return -ENOMEM;
    EVP_MAC_CTX_free(m->ctx);
    m->ctx = fresh;
    return 0;
}

int stee_mac_update(stee_mac *m, const void *data, size_t length) {
    return length == 0 || EVP_MAC_update(m->ctx, data, length) == 1 ? 0 : -EIO;
}

int stee_mac_final(stee_mac *m, uint8_t *out, size_t out_size, size_t *written) {
    size_t n = 0;
    if (EVP_MAC_final(m->ctx, out, &n, out_size) != 1)
        return -EIO;
    *written = n;
    return stee_mac_restart(m);
}

size_t stee_mac_size(const stee_mac *m) {
    return EVP_MAC_CTX_get_mac_size(m->ctx);
}

bool stee_equal_consttime(const void *a, const void *b, size_t length) {
    return length == 0 || CRYPTO_memcmp(a, b, length) == 0;
}
