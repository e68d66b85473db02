// What the asymmetric backend files share (not part of the module's interface).
#ifndef STEE_PKEY_INTERNAL_H
#define STEE_PKEY_INTERNAL_H

// Only OpenSSL 3.0's non-deprecated interfaces (no RSA_* / EC_KEY_* / DSA_* key calls).
#define OPENSSL_API_COMPAT 30000
#define OPENSSL_NO_DEPRECATED 1

#include "stee_asymmetric.h"

#include <errno.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>

/// A stee_akey is an EVP_PKEY.
static inline EVP_PKEY *stee_evp(const stee_akey *key) { return (EVP_PKEY *)key; }

/// Drops what OpenSSL queued about a failure and returns `rc`.
static inline int stee_fail(int rc) {
    ERR_clear_error();
    return rc;
}

/// `params` as an OSSL_PARAM array (free with OSSL_PARAM_free, which also wipes numbers it
/// converted); NULL when out of memory or a parameter is malformed.
OSSL_PARAM *stee_params_build(const stee_key_param *params, size_t count);

/// An EVP_PKEY_CTX for `key`, from the default library context.
EVP_PKEY_CTX *stee_akey_ctx(const stee_akey *key);

/// DER (ECDSA-Sig-Value / Dss-Sig-Value, both SEQUENCE { r, s }) <-> r || s, `half` bytes
/// each. The DER side is what OpenSSL produces and takes.
int stee_sig_der_to_raw(const uint8_t *der, size_t der_length, uint8_t *raw, size_t half, int is_dsa);
/// Returns the DER length (allocated into *der, OPENSSL_free it) or a negative code; a
/// zero r or s, or one that does not fit in `half` bytes, is -EBADMSG.
int stee_sig_raw_to_der(const uint8_t *raw, size_t raw_length, size_t half, uint8_t **der, int is_dsa);

#endif
