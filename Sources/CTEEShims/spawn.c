// Starting helper processes with a clean, predictable descriptor and signal state.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "CTEEShims.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <unistd.h>

extern char **environ;

pid_t stee_spawn(const char *path, char *const argv[], char *const envp[], int child_fd3) {
    if (!path || !argv)
        return -EINVAL;

    // Wire fd 3 from a private close-on-exec copy numbered above 3: then dup2 never
    // has equal source and target (which would leave FD_CLOEXEC set on 3 with some
    // libcs), and the copy cannot collide with fd 0 or 3 in the child.
    int tmp = -1;
    if (child_fd3 >= 0) {
        tmp = fcntl(child_fd3, F_DUPFD_CLOEXEC, 4);
        if (tmp < 0)
            return -errno;
    }

    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    int rc = posix_spawn_file_actions_init(&fa);
    if (rc != 0) {
        if (tmp >= 0)
            close(tmp);
        return -rc;
    }
    rc = posix_spawnattr_init(&attr);
    if (rc != 0) {
        posix_spawn_file_actions_destroy(&fa);
        if (tmp >= 0)
            close(tmp);
        return -rc;
    }

    if (tmp >= 0)
        rc = posix_spawn_file_actions_adddup2(&fa, tmp, 3);
    if (rc == 0)
        rc = posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);

    // The parent may block signals (signalfd) or ignore SIGPIPE; the child
    // must not inherit either.
    sigset_t empty, defaults;
    sigemptyset(&empty);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGCHLD);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGHUP);
    if (rc == 0)
        rc = posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    if (rc == 0)
        rc = posix_spawnattr_setsigmask(&attr, &empty);
    if (rc == 0)
        rc = posix_spawnattr_setsigdefault(&attr, &defaults);

    pid_t pid = -1;
    if (rc == 0)
        rc = posix_spawn(&pid, path, &fa, &attr, argv, envp ? envp : environ);

    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&fa);
    if (tmp >= 0)
        close(tmp);
    return rc != 0 ? -rc : pid;
}
