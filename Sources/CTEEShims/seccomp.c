// Seccomp-BPF syscall filter for sandboxed processes.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "CTEEShims.h"

#include <errno.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#ifndef SECCOMP_RET_KILL_PROCESS
#define SECCOMP_RET_KILL_PROCESS 0x80000000U
#endif

#if defined(__x86_64__)
#define STEE_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define STEE_AUDIT_ARCH AUDIT_ARCH_AARCH64
#endif

#ifdef STEE_AUDIT_ARCH

// Syscalls that always fail with EPERM: no kernel attack surface from io_uring, no
// inspecting other processes, no replacing the process image.
static const unsigned int denied[] = {
#ifdef __NR_io_uring_setup
    __NR_io_uring_setup,
#endif
#ifdef __NR_io_uring_enter
    __NR_io_uring_enter,
#endif
#ifdef __NR_io_uring_register
    __NR_io_uring_register,
#endif
#ifdef __NR_ptrace
    __NR_ptrace,
#endif
#ifdef __NR_process_vm_readv
    __NR_process_vm_readv,
#endif
#ifdef __NR_process_vm_writev
    __NR_process_vm_writev,
#endif
#ifdef __NR_execve
    __NR_execve,
#endif
#ifdef __NR_execveat
    __NR_execveat,
#endif
};

#define N_DENIED (sizeof(denied) / sizeof(denied[0]))

// The filter reads the low 32 bits of args[0]: socket()'s domain is an int.
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define ARG0_LO offsetof(struct seccomp_data, args[0])
#else
#define ARG0_LO (offsetof(struct seccomp_data, args[0]) + 4)
#endif

#define RET_EPERM (SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA))

int stee_seccomp_install(void) {
    // At most 6 header + 2 per denied syscall + 6 socket tail instructions.
    struct sock_filter f[16 + 2 * N_DENIED];
    unsigned short n = 0;
#define EMIT(code, k, jt, jf) (f[n++] = (struct sock_filter)BPF_JUMP((code), (k), (jt), (jf)))

    // A foreign architecture would give syscall numbers another meaning.
    EMIT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch), 0, 0);
    EMIT(BPF_JMP | BPF_JEQ | BPF_K, STEE_AUDIT_ARCH, 1, 0);
    EMIT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS, 0, 0);
    EMIT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr), 0, 0);
#if defined(__x86_64__)
    // x32 shares AUDIT_ARCH_X86_64 but numbers its syscalls with this bit set.
    EMIT(BPF_JMP | BPF_JSET | BPF_K, __X32_SYSCALL_BIT, 0, 1);
    EMIT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS, 0, 0);
#endif

    for (size_t i = 0; i < N_DENIED; i++) {
        EMIT(BPF_JMP | BPF_JEQ | BPF_K, denied[i], 0, 1);
        EMIT(BPF_RET | BPF_K, RET_EPERM, 0, 0);
    }

    // socket()/socketpair(): only AF_UNIX (no network, netlink, packet, vsock...).
    EMIT(BPF_JMP | BPF_JEQ | BPF_K, __NR_socket, 1, 0);
    EMIT(BPF_JMP | BPF_JEQ | BPF_K, __NR_socketpair, 0, 3);
    EMIT(BPF_LD | BPF_W | BPF_ABS, ARG0_LO, 0, 0);
    EMIT(BPF_JMP | BPF_JEQ | BPF_K, AF_UNIX, 1, 0);
    EMIT(BPF_RET | BPF_K, RET_EPERM, 0, 0);
    EMIT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW, 0, 0);
#undef EMIT

    struct sock_fprog prog = { .len = n, .filter = f };

    // TSYNC applies the filter (and no_new_privs) to every thread of the process,
    // not just this one; runtimes may already have started helper threads.
#ifdef __NR_seccomp
    long rc = syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, &prog);
    if (rc == 0)
        return 0;
    if (rc > 0)
        return -EAGAIN; // a thread (id rc) runs a diverging filter; cannot sync
    if (errno != ENOSYS)
        return -errno;
#endif
    // Kernels before 3.17: per-thread only.
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0UL, 0UL) < 0)
        return -errno;
    return 0;
}

#else

// No filter written for this architecture: refuse rather than run unconfined.
int stee_seccomp_install(void) {
    return -ENOSYS;
}

#endif
