/*
 * swift-tee integration-test helper: tries to read another process's memory through
 * /proc/<pid>/mem, as a normal-world process without CAP_SYS_PTRACE would.
 *
 *   proc_mem_peek [--keep-caps] <pid> <hex address> <length>
 *   proc_mem_peek [--keep-caps] self
 *
 * Unless --keep-caps is given, it first drops CAP_SYS_PTRACE and CAP_SYS_ADMIN from its
 * bounding, effective, permitted, inheritable and ambient sets (same uid: this is about
 * capabilities, not users). "self" reads a known buffer through /proc/self/mem, the
 * positive control that the method works without those capabilities.
 *
 * Prints what it did; exit status 0 if the bytes were read, 10 if open failed,
 * 11 if pread failed, 12 if "self" read different bytes, 2 on setup errors.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <linux/capability.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static const int dropped[] = { CAP_SYS_PTRACE, CAP_SYS_ADMIN };

static int drop_capabilities(void)
{
	struct __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];
	size_t i;

	for (i = 0; i < sizeof(dropped) / sizeof(dropped[0]); i++) {
		if (prctl(PR_CAPBSET_DROP, dropped[i], 0, 0, 0) != 0 && errno != EINVAL) {
			perror("PR_CAPBSET_DROP");
			return -1;
		}
	}
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	if (syscall(SYS_capget, &header, data) != 0) {
		perror("capget");
		return -1;
	}
	for (i = 0; i < sizeof(dropped) / sizeof(dropped[0]); i++) {
		int cap = dropped[i];
		uint32_t mask = ~(1u << (cap % 32));
		data[cap / 32].effective &= mask;
		data[cap / 32].permitted &= mask;
		data[cap / 32].inheritable &= mask;
	}
	if (syscall(SYS_capset, &header, data) != 0) {
		perror("capset");
		return -1;
	}
	/* Check that they are really gone. */
	if (syscall(SYS_capget, &header, data) != 0) {
		perror("capget");
		return -1;
	}
	for (i = 0; i < sizeof(dropped) / sizeof(dropped[0]); i++) {
		int cap = dropped[i];
		uint32_t bit = 1u << (cap % 32);
		if ((data[cap / 32].effective | data[cap / 32].permitted) & bit) {
			fprintf(stderr, "capability %d still held\n", cap);
			return -1;
		}
	}
	return 0;
}

static int peek(const char *pid, uint64_t address, size_t length, unsigned char *out)
{
	char path[64];
	int fd;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%s/mem", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		printf("open %s: errno %d (%s)\n", path, errno, strerror(errno));
		return 10;
	}
	n = pread(fd, out, length, (off_t)address);
	if (n != (ssize_t)length) {
		printf("pread %s at 0x%" PRIx64 ": returned %zd, errno %d (%s)\n", path, address, n, errno,
		       n < 0 ? strerror(errno) : "short read");
		close(fd);
		return 11;
	}
	close(fd);
	printf("read");
	for (size_t i = 0; i < length; i++)
		printf(" %02x", out[i]);
	printf("\n");
	return 0;
}

int main(int argc, char **argv)
{
	int arg = 1;
	int keep = argc > 1 && strcmp(argv[1], "--keep-caps") == 0;
	unsigned char buffer[4096];

	arg += keep;
	if (argc <= arg)
		goto usage;
	if (!keep && drop_capabilities() != 0)
		return 2;
	if (strcmp(argv[arg], "self") == 0) {
		static unsigned char known[32];
		int rc;

		for (size_t i = 0; i < sizeof(known); i++)
			known[i] = (unsigned char)(0x5a ^ i);
		rc = peek("self", (uint64_t)(uintptr_t)known, sizeof(known), buffer);
		if (rc != 0)
			return rc;
		return memcmp(buffer, known, sizeof(known)) == 0 ? 0 : 12;
	}
	if (argc != arg + 3)
		goto usage;
	{
		uint64_t address = strtoull(argv[arg + 1], NULL, 16);
		size_t length = strtoul(argv[arg + 2], NULL, 10);

		if (length == 0 || length > sizeof(buffer))
			goto usage;
		return peek(argv[arg], address, length, buffer);
	}
usage:
	fprintf(stderr, "usage: proc_mem_peek [--keep-caps] self | <pid> <hex address> <length>\n");
	return 2;
}
