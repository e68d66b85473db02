// Sealed anonymous memory files used to hand shared buffers between processes.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "CTEEShims.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

int stee_memfd_create(const char *name, uint64_t size) {
    if (size > (uint64_t)INT64_MAX)
        return -EFBIG;
    int fd = memfd_create(name ? name : "stee", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0)
        return -errno;
    int rc;
    do {
        rc = ftruncate(fd, (off_t)size);
    } while (rc < 0 && errno == EINTR);
    // F_SEAL_SEAL last, so nobody (including us) can lift or add seals later.
    if (rc == 0)
        rc = fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL);
    if (rc < 0) {
        int err = errno;
        close(fd);
        return -err;
    }
    return fd;
}

int stee_memfd_check(int fd, uint64_t *size_out) {
    int seals = fcntl(fd, F_GET_SEALS);
    if (seals < 0)
        // EINVAL means "this file type has no seals": i.e. not a memfd.
        return errno == EINVAL ? -EPERM : -errno;
    if (!(seals & F_SEAL_SHRINK))
        return -EPERM;
    struct stat st;
    if (fstat(fd, &st) < 0)
        return -errno;
    if (st.st_size < 0)
        return -EINVAL;
    if (size_out)
        *size_out = (uint64_t)st.st_size;
    return 0;
}

int stee_memfd_open(const char *name)
{
    int fd = memfd_create(name ? name : "stee", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    return fd < 0 ? -errno : fd;
}

int stee_memfd_seal_immutable(int fd)
{
    int seals = F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL;
    return fcntl(fd, F_ADD_SEALS, seals) < 0 ? -errno : 0;
}
