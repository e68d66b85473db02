// SHA-1 for RFC 4122 version-5 UUIDs (not used for security decisions).
#include "CTEECrypto.h"

#include <errno.h>
#include <openssl/evp.h>

int stee_sha1(const void *data, size_t len, uint8_t out[20]) {
    if (!out || (len > 0 && !data))
        return -EINVAL;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int md_len = 0;
    if (EVP_Digest(len ? data : "", len, md, &md_len, EVP_sha1(), NULL) != 1 || md_len != 20)
        return -EIO;
    for (int i = 0; i < 20; i++)
        out[i] = md[i];
    return 0;
}
