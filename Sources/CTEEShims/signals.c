// Signal delivery through a file descriptor, and the parent-death signal.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "CTEEShims.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <unistd.h>

int stee_signalfd(const int *signals, int count) {
    if (count < 0 || (count > 0 && !signals))
        return -EINVAL;
    sigset_t set;
    sigemptyset(&set);
    for (int i = 0; i < count; i++)
        if (sigaddset(&set, signals[i]) < 0)
            return -errno;
    // Blocked first, so the signals queue for the fd instead of running handlers.
    int rc = pthread_sigmask(SIG_BLOCK, &set, NULL);
    if (rc != 0)
        return -rc; // pthread_* return the error number itself
    int fd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    return fd < 0 ? -errno : fd;
}

int stee_signalfd_read(int fd) {
    struct signalfd_siginfo si;
    ssize_t n;
    do {
        n = read(fd, &si, sizeof(si));
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -errno;
    if ((size_t)n != sizeof(si))
        return -EIO; // the kernel only hands out whole records
    return (int)si.ssi_signo;
}

int stee_set_parent_death_signal(int sig) {
    if (prctl(PR_SET_PDEATHSIG, (unsigned long)sig, 0UL, 0UL, 0UL) < 0)
        return -errno;
    return 0;
}
