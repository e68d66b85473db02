// HMAC-SHA256 for teed's integrity tags on files it keeps in the normal world's file
// system (TA persistent time).
#include "CTEECrypto.h"

#include <errno.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

int stee_hmac_sha256(const void *key, size_t key_len, const void *data, size_t len, uint8_t out[32]) {
    if (!out || !key || (len > 0 && !data))
        return -EINVAL;
    unsigned int out_len = 0;
    if (!HMAC(EVP_sha256(), key, (int)key_len, len ? data : (const void *)"", len, out, &out_len) || out_len != 32)
        return -EIO;
    return 0;
}
