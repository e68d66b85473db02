// Process hardening applied before untrusted code runs.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "CTEEShims.h"

#include <errno.h>
#include <sys/prctl.h>
#include <sys/resource.h>

int stee_sandbox_apply(uint64_t max_address_space) {
    // Required for an unprivileged seccomp filter; also stops setuid gains.
    if (prctl(PR_SET_NO_NEW_PRIVS, 1UL, 0UL, 0UL, 0UL) < 0)
        return -errno;
    // No core dumps and no same-uid ptrace/proc access to our memory.
    if (prctl(PR_SET_DUMPABLE, 0UL, 0UL, 0UL, 0UL) < 0)
        return -errno;
    struct rlimit core = { 0, 0 };
    if (setrlimit(RLIMIT_CORE, &core) < 0)
        return -errno;
    if (max_address_space != 0) {
        if ((uint64_t)(rlim_t)max_address_space != max_address_space)
            return -EINVAL; // would not fit a 32-bit rlim_t
        struct rlimit as = { (rlim_t)max_address_space, (rlim_t)max_address_space };
        if (setrlimit(RLIMIT_AS, &as) < 0)
            return -errno;
    }
    return stee_seccomp_install();
}
