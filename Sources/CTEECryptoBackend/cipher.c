// Block and stream ciphers over EVP_CIPHER (ECB, CBC, CTR, CBC-CTS, XTS). No padding:
// GP's NOPAD modes leave whole blocks to the caller, which also does GP's buffering.
#include "CTEECryptoBackend.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

struct stee_cipher {
    EVP_CIPHER_CTX *ctx;
};

/* EVP takes int lengths: feed large inputs in pieces that keep block alignment. */
#define STEE_CIPHER_PIECE ((size_t)1 << 30)

stee_cipher *stee_cipher_new(const char *name, bool encrypt, const uint8_t *key, size_t key_length,
                             const char *cts_mode) {
    EVP_CIPHER *cipher = EVP_CIPHER_fetch(NULL, name, NULL);
    stee_cipher *c = OPENSSL_zalloc(sizeof(*c));
    if (!cipher || !c)
        goto fail;
    if ((size_t)EVP_CIPHER_get_key_length(cipher) != key_length)
        goto fail;
    c->ctx = EVP_CIPHER_CTX_new();
    if (!c->ctx)
        goto fail;
    OSSL_PARAM params[2] = { OSSL_PARAM_END, OSSL_PARAM_END };
    if (cts_mode)
        params[0] = OSSL_PARAM_construct_utf8_string(OSSL_CIPHER_PARAM_CTS_MODE, (char *)cts_mode, 0);
    if (EVP_CipherInit_ex2(c->ctx, cipher, key, NULL, encrypt ? 1 : 0, params) != 1)
        goto fail;
    EVP_CIPHER_CTX_set_padding(c->ctx, 0);
    EVP_CIPHER_free(cipher);
    return c;
fail:
    EVP_CIPHER_free(cipher);
    stee_cipher_free(c);
    return NULL;
}

stee_cipher *stee_cipher_dup(const stee_cipher *source) {
    stee_cipher *c = OPENSSL_zalloc(sizeof(*c));
    if (!c)
        return NULL;
    c->ctx = EVP_CIPHER_CTX_new();
    if (!c->ctx || EVP_CIPHER_CTX_copy(c->ctx, source->ctx) != 1) {
        stee_cipher_free(c);
        return NULL;
    }
    return c;
}

void stee_cipher_free(stee_cipher *c) {
    if (!c)
        return;
    EVP_CIPHER_CTX_free(c->ctx); /* providers wipe their key schedules */
    OPENSSL_free(c);
}

int stee_cipher_restart(stee_cipher *c, const uint8_t *iv, size_t iv_length) {
    if (iv && (size_t)EVP_CIPHER_CTX_get_iv_length(c->ctx) != iv_length)
        return -EINVAL;
    if (EVP_CipherInit_ex2(c->ctx, NULL, NULL, iv, -1, NULL) != 1)
        return -EIO;
    EVP_CIPHER_CTX_set_padding(c->ctx, 0);
    return 0;
}

int stee_cipher_update(stee_cipher *c, const uint8_t *in, size_t length, uint8_t *out, size_t *written) {
    size_t total = 0;
    while (length) {
        size_t piece = length < STEE_CIPHER_PIECE ? length : STEE_CIPHER_PIECE;
        int n = 0;
        if (EVP_CipherUpdate(c->ctx, out + total, &n, in, (int)piece) != 1 || n < 0)
            return -EIO;
        total += (size_t)n;
        in += piece;
        length -= piece;
    }
    *written = total;
    return 0;
}

size_t stee_cipher_iv_length(const char *name) {
    EVP_CIPHER *cipher = EVP_CIPHER_fetch(NULL, name, NULL);
    if (!cipher)
        return 0;
    int length = EVP_CIPHER_get_iv_length(cipher);
    EVP_CIPHER_free(cipher);
    return length > 0 ? (size_t)length : 0;
}

bool stee_cipher_available(const char *name) {
    EVP_CIPHER *cipher = EVP_CIPHER_fetch(NULL, name, NULL);
    EVP_CIPHER_free(cipher);
    return cipher != NULL;
}
