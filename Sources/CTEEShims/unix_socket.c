// AF_UNIX SOCK_SEQPACKET messaging with descriptor passing (SCM_RIGHTS).
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "CTEEShims.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

// Most descriptors one datagram may carry in either direction.
#define STEE_MAX_FDS 16

int stee_socketpair_seqpacket(int fds[2]) {
    if (!fds)
        return -EINVAL;
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds) < 0)
        return -errno;
    return 0;
}

ssize_t stee_send(int sock, const void *buf, size_t len, const int *fds, int nfds) {
    if (nfds < 0 || nfds > STEE_MAX_FDS || (nfds > 0 && !fds) || (len > 0 && !buf))
        return -EINVAL;
    // The union gives the control buffer the alignment cmsghdr needs.
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(sizeof(int) * STEE_MAX_FDS)];
    } ctl;
    struct iovec iov = { .iov_base = (void *)buf, .iov_len = len };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
    if (nfds > 0) {
        memset(&ctl, 0, sizeof(ctl));
        msg.msg_control = ctl.buf;
        msg.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
        struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
        cm->cmsg_level = SOL_SOCKET;
        cm->cmsg_type = SCM_RIGHTS;
        cm->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
        memcpy(CMSG_DATA(cm), fds, sizeof(int) * (size_t)nfds);
    }
    ssize_t n;
    do {
        n = sendmsg(sock, &msg, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

ssize_t stee_recv(int sock, void *buf, size_t cap, int *fds, int maxfds, int *nfds_out) {
    return stee_recv_flags(sock, buf, cap, fds, maxfds, nfds_out, 0);
}

ssize_t stee_recv_flags(int sock, void *buf, size_t cap, int *fds, int maxfds, int *nfds_out, int flags) {
    if (nfds_out)
        *nfds_out = 0;
    if (maxfds < 0 || (maxfds > 0 && !fds) || (cap > 0 && !buf))
        return -EINVAL;
    // Room for STEE_MAX_FDS plus a possible SCM_CREDENTIALS, whatever maxfds is,
    // so an over-full datagram is seen whole and all its descriptors get closed.
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(sizeof(int) * STEE_MAX_FDS) + CMSG_SPACE(32)];
    } ctl;
    struct iovec iov = { .iov_base = buf, .iov_len = cap };
    struct msghdr msg;
    ssize_t n;
    do {
        memset(&msg, 0, sizeof(msg));
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = ctl.buf;
        msg.msg_controllen = sizeof(ctl.buf);
        n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC | flags);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return -errno;

    // Collect every descriptor first: on any error path all must be closed.
    int got[STEE_MAX_FDS];
    int count = 0;
    int overflow = 0;
    for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
        if (cm->cmsg_level != SOL_SOCKET || cm->cmsg_type != SCM_RIGHTS ||
            cm->cmsg_len < CMSG_LEN(0))
            continue;
        size_t k = (cm->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        const unsigned char *p = CMSG_DATA(cm);
        for (size_t i = 0; i < k; i++) {
            int fd;
            memcpy(&fd, p + i * sizeof(int), sizeof(int)); // data may be unaligned
            if (count < STEE_MAX_FDS)
                got[count++] = fd;
            else {
                close(fd);
                overflow = 1;
            }
        }
    }
    if (overflow || count > maxfds || (msg.msg_flags & (MSG_TRUNC | MSG_CTRUNC))) {
        for (int i = 0; i < count; i++)
            close(got[i]);
        return -EMSGSIZE;
    }
    if (count > 0)
        memcpy(fds, got, sizeof(int) * (size_t)count);
    if (nfds_out)
        *nfds_out = count;
    return n;
}

int stee_peercred(int sock, pid_t *pid, uid_t *uid, gid_t *gid) {
    struct ucred cred;
    socklen_t len = sizeof(cred);
    if (getsockopt(sock, SOL_SOCKET, SO_PEERCRED, &cred, &len) < 0)
        return -errno;
    if (len != sizeof(cred))
        return -EIO;
    if (pid)
        *pid = cred.pid;
    if (uid)
        *uid = cred.uid;
    if (gid)
        *gid = cred.gid;
    return 0;
}

int stee_accept(int listener)
{
    int fd = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
    return fd < 0 ? -errno : fd;
}
