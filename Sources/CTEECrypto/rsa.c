// RSA keys and signatures over SHA-256 digests for signed TA images (OpenSSL 3 EVP only).
#define OPENSSL_NO_DEPRECATED
#include "CTEECrypto.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

struct stee_pkey {
    EVP_PKEY *pkey;
    int is_private;
};

// A key file's passphrase is never asked for: an encrypted key simply fails to load.
static int no_passphrase(char *buf, int size, int rwflag, void *u) {
    (void)buf; (void)size; (void)rwflag; (void)u;
    return -1;
}

static int fail(int rc) {
    ERR_clear_error();  // leave no stale errors for the next caller
    return rc;
}

int stee_rsa_generate(unsigned bits, int private_fd, int public_fd) {
    if (bits < 2048 || bits > 8192 || private_fd < 0 || public_fd < 0)
        return -EINVAL;
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)bits);
    if (!pkey)
        return fail(-EIO);
    int rc = -EIO;
    BIO *priv = BIO_new_fd(private_fd, BIO_NOCLOSE);
    BIO *pub = BIO_new_fd(public_fd, BIO_NOCLOSE);
    if (!priv || !pub) {
        rc = -ENOMEM;
        goto done;
    }
    if (PEM_write_bio_PKCS8PrivateKey(priv, pkey, NULL, NULL, 0, NULL, NULL) != 1 || BIO_flush(priv) != 1)
        goto done;
    if (PEM_write_bio_PUBKEY(pub, pkey) != 1 || BIO_flush(pub) != 1)
        goto done;
    rc = 0;
done:
    BIO_free(priv);
    BIO_free(pub);
    EVP_PKEY_free(pkey);
    return rc == 0 ? 0 : fail(rc);
}

static int wrap(EVP_PKEY *pkey, int is_private, stee_pkey **out) {
    if (!EVP_PKEY_is_a(pkey, "RSA")) {
        EVP_PKEY_free(pkey);
        return fail(-ENOTSUP);
    }
    stee_pkey *key = malloc(sizeof *key);
    if (!key) {
        EVP_PKEY_free(pkey);
        return fail(-ENOMEM);
    }
    key->pkey = pkey;
    key->is_private = is_private;
    *out = key;
    return 0;
}

static int load(const void *pem, size_t len, int is_private, stee_pkey **out) {
    if (!out || !pem || len == 0 || len > INT_MAX)
        return -EINVAL;
    *out = NULL;
    BIO *bio = BIO_new_mem_buf(pem, (int)len);
    if (!bio)
        return fail(-ENOMEM);
    EVP_PKEY *pkey = is_private ? PEM_read_bio_PrivateKey(bio, NULL, no_passphrase, NULL)
                                : PEM_read_bio_PUBKEY(bio, NULL, no_passphrase, NULL);
    BIO_free(bio);
    if (!pkey)
        return fail(-EBADMSG);
    return wrap(pkey, is_private, out);
}

int stee_pkey_load_public(const void *pem, size_t len, stee_pkey **out) { return load(pem, len, 0, out); }

int stee_pkey_load_private(const void *pem, size_t len, stee_pkey **out) { return load(pem, len, 1, out); }

int stee_pkey_public_copy(const stee_pkey *key, stee_pkey **out) {
    if (!key || !out)
        return -EINVAL;
    *out = NULL;
    unsigned char *der = NULL;
    int len = i2d_PUBKEY(key->pkey, &der);
    if (len <= 0)
        return fail(-EIO);
    const unsigned char *p = der;
    EVP_PKEY *pkey = d2i_PUBKEY(NULL, &p, len);
    OPENSSL_free(der);
    if (!pkey)
        return fail(-EIO);
    return wrap(pkey, 0, out);
}

void stee_pkey_free(stee_pkey *key) {
    if (!key)
        return;
    EVP_PKEY_free(key->pkey);
    free(key);
}

int stee_pkey_bits(const stee_pkey *key) {
    if (!key)
        return -EINVAL;
    int bits = EVP_PKEY_get_bits(key->pkey);
    return bits > 0 ? bits : fail(-EINVAL);
}

int stee_pkey_is_private(const stee_pkey *key) { return key && key->is_private; }

int stee_pkey_fingerprint(const stee_pkey *key, uint8_t out[32]) {
    if (!key || !out)
        return -EINVAL;
    unsigned char *der = NULL;
    int len = i2d_PUBKEY(key->pkey, &der);
    if (len <= 0)
        return fail(-EIO);
    int rc = stee_sha256(der, (size_t)len, out);
    OPENSSL_free(der);
    return rc;
}

int stee_pkey_write_public(const stee_pkey *key, int fd) {
    if (!key || fd < 0)
        return -EINVAL;
    BIO *bio = BIO_new_fd(fd, BIO_NOCLOSE);
    if (!bio)
        return fail(-ENOMEM);
    int ok = PEM_write_bio_PUBKEY(bio, key->pkey) == 1 && BIO_flush(bio) == 1;
    BIO_free(bio);
    return ok ? 0 : fail(-EIO);
}

// A context for one sign or verify operation with the scheme's parameters set.
static EVP_PKEY_CTX *scheme_context(const stee_pkey *key, int scheme, int sign) {
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, key->pkey, NULL);
    if (!ctx)
        return NULL;
    int ok = (sign ? EVP_PKEY_sign_init(ctx) : EVP_PKEY_verify_init(ctx)) == 1
        && EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) > 0;
    if (ok && scheme == STEE_RSA_PSS_SHA256) {
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) > 0
            && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) > 0
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, 32) > 0;
    } else if (ok) {
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
    }
    if (!ok) {
        EVP_PKEY_CTX_free(ctx);
        return NULL;
    }
    return ctx;
}

static int valid_scheme(int scheme) { return scheme == STEE_RSA_PSS_SHA256 || scheme == STEE_RSA_PKCS1V15_SHA256; }

int stee_rsa_sign_digest(const stee_pkey *key, int scheme, const uint8_t digest[32],
                         uint8_t *sig, size_t sig_cap, size_t *sig_len) {
    if (!key || !key->is_private || !valid_scheme(scheme) || !digest || !sig || !sig_len)
        return -EINVAL;
    int size = EVP_PKEY_get_size(key->pkey);
    if (size <= 0)
        return fail(-EIO);
    if (sig_cap < (size_t)size)
        return -ENOSPC;
    EVP_PKEY_CTX *ctx = scheme_context(key, scheme, 1);
    if (!ctx)
        return fail(-EIO);
    size_t len = sig_cap;
    int ok = EVP_PKEY_sign(ctx, sig, &len, digest, 32) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!ok)
        return fail(-EIO);
    *sig_len = len;
    return 0;
}

int stee_rsa_verify_digest(const stee_pkey *key, int scheme, const uint8_t digest[32],
                           const uint8_t *sig, size_t sig_len) {
    if (!key || !valid_scheme(scheme) || !digest || !sig)
        return -EINVAL;
    int size = EVP_PKEY_get_size(key->pkey);
    if (size <= 0)
        return fail(-EIO);
    if (sig_len != (size_t)size)
        return -EBADMSG;
    EVP_PKEY_CTX *ctx = scheme_context(key, scheme, 0);
    if (!ctx)
        return fail(-EIO);
    // 1: valid; 0: does not verify; < 0: malformed (also a signature that does not verify).
    int rc = EVP_PKEY_verify(ctx, sig, sig_len, digest, 32);
    EVP_PKEY_CTX_free(ctx);
    return rc == 1 ? 0 : fail(-EBADMSG);
}
