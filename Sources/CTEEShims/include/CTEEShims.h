// Tiny C shims for what Swift cannot express directly (CMSG macros, seccomp BPF,
// memfd seals, signalfd, posix_spawn set-up). Every function returns 0 / a value on
// success and -errno on failure, never sets a global, and never aborts.
#ifndef CTEESHIMS_H
#define CTEESHIMS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Creates an anonymous memory file of `size` bytes (MFD_CLOEXEC|MFD_ALLOW_SEALING),
/// sized, then sealed with F_SEAL_SHRINK|F_SEAL_GROW|F_SEAL_SEAL so no holder can
/// change its size. Returns the fd or -errno.
int stee_memfd_create(const char *name, uint64_t size);

/// Checks that `fd` is a memfd whose size can no longer shrink (F_SEAL_SHRINK set)
/// and stores its size. Returns 0 or -errno (-EPERM when the seal is missing).
int stee_memfd_check(int fd, uint64_t *size_out);

/// A connected AF_UNIX SOCK_SEQPACKET pair, both ends close-on-exec.
int stee_socketpair_seqpacket(int fds[2]);

/// sendmsg of one datagram with up to `nfds` descriptors as SCM_RIGHTS
/// (MSG_NOSIGNAL, retried on EINTR). Returns bytes sent or -errno.
ssize_t stee_send(int sock, const void *buf, size_t len, const int *fds, int nfds);

/// recvmsg of one datagram (MSG_CMSG_CLOEXEC, retried on EINTR). Received descriptors
/// are stored in `fds` (at most `maxfds`) and their count in `*nfds_out`. A datagram
/// longer than `cap` or carrying more than `maxfds` descriptors is discarded, every
/// descriptor it carried is closed, and -EMSGSIZE is returned. Returns bytes received,
/// 0 at end of stream, or -errno.
ssize_t stee_recv(int sock, void *buf, size_t cap, int *fds, int maxfds, int *nfds_out);

/// stee_recv with extra recvmsg flags (MSG_DONTWAIT to poll without blocking).
ssize_t stee_recv_flags(int sock, void *buf, size_t cap, int *fds, int maxfds, int *nfds_out, int flags);

/// accept4 with SOCK_CLOEXEC. Returns the new fd or -errno.
int stee_accept(int listener);

/// A memfd (MFD_CLOEXEC|MFD_ALLOW_SEALING) with no seals yet, for the caller to fill and
/// then seal. Returns the fd or -errno.
int stee_memfd_open(const char *name);

/// Seals a filled memfd for good: no writes, no resizing, no further seals.
int stee_memfd_seal_immutable(int fd);

/// SO_PEERCRED of a connected AF_UNIX socket.
int stee_peercred(int sock, pid_t *pid, uid_t *uid, gid_t *gid);

/// Blocks the given signals in the calling thread and returns a signalfd
/// (SFD_CLOEXEC|SFD_NONBLOCK) that reports them.
int stee_signalfd(const int *signals, int count);

/// Reads one pending signal from a signalfd; returns its number, 0 if none, or -errno.
int stee_signalfd_read(int fd);

/// posix_spawn of `path` with `argv`/`envp` (NULL-terminated). `child_fd3`, when >= 0,
/// becomes descriptor 3 in the child; stdin is /dev/null; stdout/stderr are inherited.
/// The child starts with an empty signal mask and default dispositions for SIGTERM,
/// SIGINT, SIGCHLD, SIGPIPE and SIGHUP. Returns the pid or -errno.
pid_t stee_spawn(const char *path, char *const argv[], char *const envp[], int child_fd3);

/// Sandboxes the calling process before any untrusted code runs in it:
/// PR_SET_NO_NEW_PRIVS; PR_SET_DUMPABLE 0; RLIMIT_CORE 0; RLIMIT_AS = max_address_space
/// (when non-zero); then the seccomp filter of stee_seccomp_install.
int stee_sandbox_apply(uint64_t max_address_space);

/// Installs a seccomp-BPF filter (requires no_new_privs) that lets everything through
/// except: socket()/socketpair() for any domain other than AF_UNIX (EPERM);
/// io_uring_setup/enter/register, ptrace, process_vm_readv/writev, execve, execveat (EPERM);
/// any syscall of a foreign architecture or of the x32 ABI (kills the process).
int stee_seccomp_install(void);

/// Fills `buf` from the kernel CSPRNG (getrandom, retried until complete).
int stee_random(void *buf, size_t len);

/// Asks the kernel to send `sig` to this process when its parent dies.
int stee_set_parent_death_signal(int sig);

#ifdef __cplusplus
}
#endif
#endif
