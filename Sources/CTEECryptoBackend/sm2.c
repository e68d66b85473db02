// SM2 public-key encryption (GB/T 32918.4) in the layout GP and OP-TEE use,
// C1 (04 || x1 || y1) || C3 (SM3 hash) || C2, over OpenSSL's, which DER-encodes the same
// parts as SEQUENCE { x1 INTEGER, y1 INTEGER, C3 OCTET STRING, C2 OCTET STRING }.
// SM2 signatures use sign.c (their DER is ECDSA's SEQUENCE { r, s }).
#include "pkey_internal.h"

#include <string.h>
#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>

#define SM2_COORDINATE 32
#define SM2_HASH 32
#define SM2_OVERHEAD (1 + 2 * SM2_COORDINATE + SM2_HASH)

static const ASN1_TYPE *part(const ASN1_SEQUENCE_ANY *seq, int i, int type) {
    const ASN1_TYPE *t = sk_ASN1_TYPE_value(seq, i);
    return t && t->type == type ? t : NULL;
}

int stee_sm2_encrypt(const stee_akey *key, const uint8_t *in, size_t in_length, uint8_t *out, size_t *out_length) {
    size_t needed = SM2_OVERHEAD + in_length;
    if (in_length == 0 || needed < in_length)
        return -EINVAL;
    if (*out_length < needed) {
        *out_length = needed;
        return -ENOSPC;
    }
    EVP_PKEY_CTX *ctx = stee_akey_ctx(key);
    size_t der_length = 0;
    uint8_t *der = NULL;
    ASN1_SEQUENCE_ANY *seq = NULL;
    BIGNUM *x = NULL, *y = NULL;
    int rc = -EINVAL;
    if (ctx && EVP_PKEY_encrypt_init(ctx) == 1 && EVP_PKEY_encrypt(ctx, NULL, &der_length, in, in_length) == 1 &&
        (der = OPENSSL_malloc(der_length)) && EVP_PKEY_encrypt(ctx, der, &der_length, in, in_length) == 1) {
        const unsigned char *p = der;
        seq = d2i_ASN1_SEQUENCE_ANY(NULL, &p, (long)der_length);
        const ASN1_TYPE *tx = seq && sk_ASN1_TYPE_num(seq) == 4 ? part(seq, 0, V_ASN1_INTEGER) : NULL;
        const ASN1_TYPE *ty = tx ? part(seq, 1, V_ASN1_INTEGER) : NULL;
        const ASN1_TYPE *c3 = ty ? part(seq, 2, V_ASN1_OCTET_STRING) : NULL;
        const ASN1_TYPE *c2 = c3 ? part(seq, 3, V_ASN1_OCTET_STRING) : NULL;
        if (c2 && ASN1_STRING_length(c3->value.octet_string) == SM2_HASH &&
            (size_t)ASN1_STRING_length(c2->value.octet_string) == in_length &&
            (x = ASN1_INTEGER_to_BN(tx->value.integer, NULL)) && (y = ASN1_INTEGER_to_BN(ty->value.integer, NULL)) &&
            BN_bn2binpad(x, out + 1, SM2_COORDINATE) == SM2_COORDINATE &&
            BN_bn2binpad(y, out + 1 + SM2_COORDINATE, SM2_COORDINATE) == SM2_COORDINATE) {
            out[0] = 4;
            memcpy(out + 1 + 2 * SM2_COORDINATE, ASN1_STRING_get0_data(c3->value.octet_string), SM2_HASH);
            memcpy(out + SM2_OVERHEAD, ASN1_STRING_get0_data(c2->value.octet_string), in_length);
            *out_length = needed;
            rc = 0;
        } else {
            rc = -EIO;
        }
    }
    BN_free(x);
    BN_free(y);
    sk_ASN1_TYPE_pop_free(seq, ASN1_TYPE_free);
    OPENSSL_free(der);
    EVP_PKEY_CTX_free(ctx);
    return rc ? stee_fail(rc) : 0;
}

/* Appends an INTEGER (from big-endian bytes) or an OCTET STRING to `seq`. */
static bool push(ASN1_SEQUENCE_ANY *seq, int type, const uint8_t *data, size_t length) {
    ASN1_TYPE *t = ASN1_TYPE_new();
    void *value = NULL;
    if (type == V_ASN1_INTEGER) {
        BIGNUM *bn = BN_bin2bn(data, (int)length, NULL);
        value = bn ? BN_to_ASN1_INTEGER(bn, NULL) : NULL;
        BN_free(bn);
    } else {
        ASN1_OCTET_STRING *s = ASN1_OCTET_STRING_new();
        if (s && ASN1_OCTET_STRING_set(s, data, (int)length) == 1)
            value = s;
        else
            ASN1_OCTET_STRING_free(s);
    }
    if (!t || !value) {
        ASN1_TYPE_free(t);
        if (type == V_ASN1_INTEGER)
            ASN1_INTEGER_free(value);
        else
            ASN1_OCTET_STRING_free(value);
        return false;
    }
    ASN1_TYPE_set(t, type, value);
    if (sk_ASN1_TYPE_push(seq, t) <= 0) {
        ASN1_TYPE_free(t);
        return false;
    }
    return true;
}

/* Every malformed or unauthentic ciphertext is -EBADMSG (C3 is checked by OpenSSL). */
int stee_sm2_decrypt(const stee_akey *key, const uint8_t *in, size_t in_length, uint8_t *out, size_t *out_length) {
    if (in_length <= SM2_OVERHEAD || in_length > INT32_MAX || in[0] != 4)
        return -EBADMSG;
    size_t plain = in_length - SM2_OVERHEAD;
    if (*out_length < plain) {
        *out_length = plain;
        return -ENOSPC;
    }
    ASN1_SEQUENCE_ANY *seq = sk_ASN1_TYPE_new_null();
    uint8_t *der = NULL;
    int der_length = -1;
    if (seq && push(seq, V_ASN1_INTEGER, in + 1, SM2_COORDINATE) &&
        push(seq, V_ASN1_INTEGER, in + 1 + SM2_COORDINATE, SM2_COORDINATE) &&
        push(seq, V_ASN1_OCTET_STRING, in + 1 + 2 * SM2_COORDINATE, SM2_HASH) &&
        push(seq, V_ASN1_OCTET_STRING, in + SM2_OVERHEAD, plain))
        der_length = i2d_ASN1_SEQUENCE_ANY(seq, &der);
    sk_ASN1_TYPE_pop_free(seq, ASN1_TYPE_free);
    EVP_PKEY_CTX *ctx = der_length > 0 ? stee_akey_ctx(key) : NULL;
    size_t written = *out_length;
    int rc = -EBADMSG;
    if (ctx && EVP_PKEY_decrypt_init(ctx) == 1 &&
        EVP_PKEY_decrypt(ctx, out, &written, der, (size_t)der_length) == 1 && written == plain) {
        *out_length = written;
        rc = 0;
    }
    EVP_PKEY_CTX_free(ctx);
    OPENSSL_free(der);
    return rc ? stee_fail(rc) : 0;
}
