// Kernel CSPRNG access.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "CTEEShims.h"

#include <errno.h>
#include <sys/random.h>

int stee_random(void *buf, size_t len) {
    if (len > 0 && !buf)
        return -EINVAL;
    unsigned char *p = buf;
    // getrandom may return short counts (large requests, signals); keep going.
    while (len > 0) {
        ssize_t n = getrandom(p, len, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}
