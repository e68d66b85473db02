// AES-GCM over EVP_CIPHER: nonce of any length OpenSSL accepts, AAD and data streamed, the
// tag written or checked at the end. (CCM is composed in Swift from CTR and CBC: OpenSSL's
// CCM takes a message in one call only.)
#include "CTEECryptoBackend.h"

#include <errno.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

struct stee_gcm {
    EVP_CIPHER_CTX *ctx;
};

#define STEE_GCM_PIECE ((size_t)1 << 30)

stee_gcm *stee_gcm_new(const char *name, bool encrypt, const uint8_t *key, size_t key_length) {
    EVP_CIPHER *cipher = EVP_CIPHER_fetch(NULL, name, NULL);
    stee_gcm *g = OPENSSL_zalloc(sizeof(*g));
    if (!cipher || !g || (size_t)EVP_CIPHER_get_key_length(cipher) != key_length)
        goto fail;
    g->ctx = EVP_CIPHER_CTX_new();
    if (!g->ctx || EVP_CipherInit_ex2(g->ctx, cipher, key, NULL, encrypt ? 1 : 0, NULL) != 1)
        goto fail;
    EVP_CIPHER_free(cipher);
    return g;
fail:
    EVP_CIPHER_free(cipher);
    stee_gcm_free(g);
    return NULL;
}

stee_gcm *stee_gcm_dup(const stee_gcm *source) {
    stee_gcm *g = OPENSSL_zalloc(sizeof(*g));
    if (!g)
        return NULL;
    g->ctx = EVP_CIPHER_CTX_new();
    if (!g->ctx || EVP_CIPHER_CTX_copy(g->ctx, source->ctx) != 1) {
        stee_gcm_free(g);
        return NULL;
    }
    return g;
}

void stee_gcm_free(stee_gcm *g) {
    if (!g)
        return;
    EVP_CIPHER_CTX_free(g->ctx);
    OPENSSL_free(g);
}

int stee_gcm_start(stee_gcm *g, const uint8_t *nonce, size_t nonce_length) {
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_size_t(OSSL_CIPHER_PARAM_AEAD_IVLEN, &nonce_length),
        OSSL_PARAM_END,
    };
    if (nonce_length == 0 || EVP_CIPHER_CTX_set_params(g->ctx, params) != 1)
        return -EINVAL;
    return EVP_CipherInit_ex2(g->ctx, NULL, NULL, nonce, -1, NULL) == 1 ? 0 : -EIO;
}

int stee_gcm_aad(stee_gcm *g, const uint8_t *aad, size_t length) {
    while (length) {
        size_t piece = length < STEE_GCM_PIECE ? length : STEE_GCM_PIECE;
        int n = 0;
        if (EVP_CipherUpdate(g->ctx, NULL, &n, aad, (int)piece) != 1)
            return -EIO;
        aad += piece;
        length -= piece;
    }
    return 0;
}

int stee_gcm_update(stee_gcm *g, const uint8_t *in, size_t length, uint8_t *out) {
    while (length) {
        size_t piece = length < STEE_GCM_PIECE ? length : STEE_GCM_PIECE;
        int n = 0;
        if (EVP_CipherUpdate(g->ctx, out, &n, in, (int)piece) != 1 || (size_t)n != piece)
            return -EIO;
        in += piece;
        out += piece;
        length -= piece;
    }
    return 0;
}

int stee_gcm_encrypt_final(stee_gcm *g, uint8_t *tag, size_t tag_length) {
    uint8_t rest[16];
    int n = 0;
    if (EVP_EncryptFinal_ex(g->ctx, rest, &n) != 1)
        return -EIO;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, tag, tag_length),
        OSSL_PARAM_END,
    };
    return EVP_CIPHER_CTX_get_params(g->ctx, params) == 1 ? 0 : -EIO;
}

int stee_gcm_decrypt_final(stee_gcm *g, const uint8_t *tag, size_t tag_length) {
    uint8_t rest[16];
    int n = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, (void *)tag, tag_length),
        OSSL_PARAM_END,
    };
    if (EVP_CIPHER_CTX_set_params(g->ctx, params) != 1)
        return -EINVAL;
    return EVP_DecryptFinal_ex(g->ctx, rest, &n) == 1 ? 0 : -EBADMSG;
}
