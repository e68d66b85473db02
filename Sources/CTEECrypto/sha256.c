// SHA-256, HMAC-SHA256 and a constant-time comparison, for TA image verification and
// the integrity tag of teed's version-floor file.
#define OPENSSL_NO_DEPRECATED
#include "CTEECrypto.h"

#include <errno.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/err.h>

int stee_sha256(const void *data, size_t len, uint8_t out[32]) {
    stee_span span = {data, len};
    return stee_sha256_spans(&span, 1, out);
}

int stee_sha256_spans(const stee_span *spans, size_t count, uint8_t out[32]) {
    if (!out || (count > 0 && !spans))
        return -EINVAL;
    for (size_t i = 0; i < count; i++)
        if (spans[i].len > 0 && !spans[i].data)
            return -EINVAL;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx)
        return -ENOMEM;
    int rc = -EIO;
    unsigned int md_len = 0;
    if (EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1)
        goto done;
    for (size_t i = 0; i < count; i++)
        if (spans[i].len > 0 && EVP_DigestUpdate(ctx, spans[i].data, spans[i].len) != 1)
            goto done;
    if (EVP_DigestFinal_ex(ctx, out, &md_len) != 1 || md_len != 32)
        goto done;
    rc = 0;
done:
    EVP_MD_CTX_free(ctx);
    if (rc != 0)
        ERR_clear_error();
    return rc;
}

int stee_hmac_sha256(const void *key, size_t key_len, const void *data, size_t len, uint8_t out[32]) {
    if (!out || !key || key_len == 0 || (len > 0 && !data))
        return -EINVAL;
    size_t out_len = 0;
    // EVP_Q_mac is OpenSSL 3's one-shot MAC; HMAC_CTX is deprecated.
    if (!EVP_Q_mac(NULL, "HMAC", NULL, "SHA256", NULL, key, key_len,
                   len ? data : (const void *)"", len, out, 32, &out_len) || out_len != 32) {
        ERR_clear_error();
        return -EIO;
    }
    return 0;
}

int stee_equal_ct(const void *a, const void *b, size_t len) {
    if (len == 0)
        return 1;
    if (!a || !b)
        return 0;
    return CRYPTO_memcmp(a, b, len) == 0;
}
