// Message digests over EVP_MD (MD5, SHA-1, SHA-2, SHA-3, SHAKE, MD5-SHA1, SM3).
#include "CTEECryptoBackend.h"

#include <errno.h>
#include <stdint.h>
#include <sys/random.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

struct stee_md {
    EVP_MD *md;
    EVP_MD_CTX *ctx;
    /* OpenSSL 3.0 has no incremental squeeze: an XOF's output is produced again from
     * the absorbed state, `squeezed` bytes of it already handed out. */
    bool squeezing;
    size_t squeezed;
};

void stee_cleanse(void *buffer, size_t length) {
    if (buffer && length)
        OPENSSL_cleanse(buffer, length);
}

int stee_crypto_random(void *buffer, size_t length) {
    uint8_t *p = buffer;
    while (length) {
        ssize_t n = getrandom(p, length, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -EIO;
        p += n;
        length -= (size_t)n;
    }
    return 0;
}

stee_md *stee_md_new(const char *name) {
    stee_md *m = OPENSSL_zalloc(sizeof(*m));
    if (!m)
        return NULL;
    m->md = EVP_MD_fetch(NULL, name, NULL);
    m->ctx = EVP_MD_CTX_new();
    if (!m->md || !m->ctx || EVP_DigestInit_ex2(m->ctx, m->md, NULL) != 1) {
        stee_md_free(m);
        return NULL;
    }
    return m;
}

stee_md *stee_md_dup(const stee_md *ctx) {
    stee_md *m = OPENSSL_zalloc(sizeof(*m));
    if (!m)
        return NULL;
    m->ctx = EVP_MD_CTX_new();
    if (!m->ctx || EVP_MD_up_ref(ctx->md) != 1) {
        EVP_MD_CTX_free(m->ctx);
        OPENSSL_free(m);
        return NULL;
    }
    m->md = ctx->md;
    m->squeezing = ctx->squeezing;
    m->squeezed = ctx->squeezed;
    if (EVP_MD_CTX_copy_ex(m->ctx, ctx->ctx) != 1) {
        stee_md_free(m);
        return NULL;
    }
    return m;
}

void stee_md_free(stee_md *ctx) {
    if (!ctx)
        return;
    EVP_MD_CTX_free(ctx->ctx);
    EVP_MD_free(ctx->md);
    OPENSSL_free(ctx);
}

int stee_md_update(stee_md *ctx, const void *data, size_t length) {
    if (ctx->squeezing)
        return -EINVAL;
    return length == 0 || EVP_DigestUpdate(ctx->ctx, data, length) == 1 ? 0 : -EIO;
}

int stee_md_final(stee_md *ctx, uint8_t *out) {
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx->ctx, out, &len) != 1)
        return -EIO;
    return stee_md_reset(ctx);
}

int stee_md_squeeze(stee_md *ctx, uint8_t *out, size_t length) {
    if (length == 0)
        return 0;
    if (!(EVP_MD_get_flags(ctx->md) & EVP_MD_FLAG_XOF) || length > SIZE_MAX - ctx->squeezed)
        return -EINVAL;
    size_t total = ctx->squeezed + length;
    uint8_t *all = OPENSSL_malloc(total);
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    int rc = -EIO;
    if (all && copy && EVP_MD_CTX_copy_ex(copy, ctx->ctx) == 1 && EVP_DigestFinalXOF(copy, all, total) == 1) {
        for (size_t i = 0; i < length; i++)
            out[i] = all[ctx->squeezed + i];
        ctx->squeezed = total;
        ctx->squeezing = true;
        rc = 0;
    }
    EVP_MD_CTX_free(copy);
    if (all) {
        OPENSSL_cleanse(all, total);
        OPENSSL_free(all);
    }
    return rc;
}

int stee_md_reset(stee_md *ctx) {
    ctx->squeezing = false;
    ctx->squeezed = 0;
    return EVP_DigestInit_ex2(ctx->ctx, ctx->md, NULL) == 1 ? 0 : -EIO;
}

size_t stee_md_size(const char *name) {
    EVP_MD *md = EVP_MD_fetch(NULL, name, NULL);
    if (!md)
        return 0;
    int size = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) ? 0 : EVP_MD_get_size(md);
    EVP_MD_free(md);
    return size > 0 ? (size_t)size : 0;
}
