/*
 * swift-tee: conformance checks for the GP TEE Client API library (libteec).
 *
 * Runs against a live TEE with the hello-world and buffers example TAs
 * installed:
 *
 *   gcc -I <client headers> -I Examples/hello-world/include \
 *       -I Examples/buffers/include Tests/CTests/teec_test.c \
 *       -L <libdir> -lteec -lpthread -o teec_test && ./teec_test
 *
 * Every check prints "ok - <name>" or "not ok - <name> (<detail>)". The last
 * line is "<N> passed, <M> failed"; the exit status is 0 only if M is 0.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <tee_client_api.h>

#include "buffers_ta.h"
#include "hello_world_ta.h"

/* ------------------------------------------------------------------------
 * Reporting
 * ------------------------------------------------------------------------ */

/* A value no implementation stores in *returnOrigin. */
#define ORIGIN_UNSET 0xdeadbeefu
/* A value the TA is expected to overwrite. */
#define SENTINEL 0xffffffffu

/* Seconds a single section may take before the watchdog gives up. */
#ifndef WATCHDOG_SECONDS
#define WATCHDOG_SECONDS 60
#endif

static volatile sig_atomic_t n_passed;
static volatile sig_atomic_t n_failed;
static const char *volatile current_section = "startup";

static void check(const char *name, bool ok, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * Record one check. `fmt` describes what was observed and is printed only
 * when the check fails.
 */
static void check(const char *name, bool ok, const char *fmt, ...)
{
	if (ok) {
		n_passed++;
		printf("ok - %s\n", name);
	} else {
		char detail[512];
		va_list ap;

		va_start(ap, fmt);
		vsnprintf(detail, sizeof(detail), fmt, ap);
		va_end(ap);
		n_failed++;
		printf("not ok - %s (%s)\n", name, detail);
	}
	fflush(stdout);
}

/* Async-signal-safe helpers for the watchdog. */
static void put_str(const char *s)
{
	ssize_t r = write(STDOUT_FILENO, s, strlen(s));
	(void)r;
}

static void put_uint(unsigned long v)
{
	char buf[24];
	size_t i = sizeof(buf);

	buf[--i] = '\0';
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v && i > 0);
	put_str(buf + i);
}

static void watchdog(int sig)
{
	(void)sig;
	put_str("not ok - ");
	put_str(current_section);
	put_str(" (watchdog: no progress for ");
	put_uint(WATCHDOG_SECONDS);
	put_str(" s, giving up)\n");
	put_uint((unsigned long)n_passed);
	put_str(" passed, ");
	put_uint((unsigned long)n_failed + 1);
	put_str(" failed\n");
	_exit(1);
}

/* Start a group of checks; re-arms the watchdog. */
static void section(const char *name)
{
	current_section = name;
	alarm(WATCHDOG_SECONDS);
}

static const char *res_name(TEEC_Result res)
{
	switch (res) {
	case TEEC_SUCCESS: return "SUCCESS";
	case TEEC_ERROR_STORAGE_NOT_AVAILABLE: return "STORAGE_NOT_AVAILABLE";
	case TEEC_ERROR_GENERIC: return "GENERIC";
	case TEEC_ERROR_ACCESS_DENIED: return "ACCESS_DENIED";
	case TEEC_ERROR_CANCEL: return "CANCEL";
	case TEEC_ERROR_ACCESS_CONFLICT: return "ACCESS_CONFLICT";
	case TEEC_ERROR_EXCESS_DATA: return "EXCESS_DATA";
	case TEEC_ERROR_BAD_FORMAT: return "BAD_FORMAT";
	case TEEC_ERROR_BAD_PARAMETERS: return "BAD_PARAMETERS";
	case TEEC_ERROR_BAD_STATE: return "BAD_STATE";
	case TEEC_ERROR_ITEM_NOT_FOUND: return "ITEM_NOT_FOUND";
	case TEEC_ERROR_NOT_IMPLEMENTED: return "NOT_IMPLEMENTED";
	case TEEC_ERROR_NOT_SUPPORTED: return "NOT_SUPPORTED";
	case TEEC_ERROR_NO_DATA: return "NO_DATA";
	case TEEC_ERROR_OUT_OF_MEMORY: return "OUT_OF_MEMORY";
	case TEEC_ERROR_BUSY: return "BUSY";
	case TEEC_ERROR_COMMUNICATION: return "COMMUNICATION";
	case TEEC_ERROR_SECURITY: return "SECURITY";
	case TEEC_ERROR_SHORT_BUFFER: return "SHORT_BUFFER";
	case TEEC_ERROR_EXTERNAL_CANCEL: return "EXTERNAL_CANCEL";
	case TEEC_ERROR_TARGET_DEAD: return "TARGET_DEAD";
	case TEEC_ERROR_STORAGE_NO_SPACE: return "STORAGE_NO_SPACE";
	default: return "?";
	}
}

/* Format "result 0x... (NAME) origin 0x..." into a per-thread buffer. */
static const char *ro(TEEC_Result res, uint32_t origin)
{
	static __thread char buf[96];

	snprintf(buf, sizeof(buf), "result 0x%08x (%s) origin 0x%x",
		 (unsigned int)res, res_name(res), (unsigned int)origin);
	return buf;
}

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

static TEEC_Context g_ctx;
static const TEEC_UUID hello_uuid = TA_HELLO_WORLD_UUID;
static const TEEC_UUID buffers_uuid = TA_BUFFERS_UUID;

static void op_init(TEEC_Operation *op, uint32_t types)
{
	memset(op, 0, sizeof(*op));
	op->paramTypes = types;
}

static TEEC_Result open_sess(TEEC_Context *ctx, TEEC_Session *sess,
			     const TEEC_UUID *uuid, uint32_t login,
			     const void *data, uint32_t *origin)
{
	*origin = ORIGIN_UNSET;
	memset(sess, 0, sizeof(*sess));
	return TEEC_OpenSession(ctx, sess, uuid, login, data, NULL, origin);
}

static uint32_t fnv1a(const void *data, size_t len)
{
	const uint8_t *p = data;
	uint32_t h = BUFFERS_FNV1A_OFFSET_BASIS;

	while (len--) {
		h ^= *p++;
		h *= BUFFERS_FNV1A_PRIME;
	}
	return h;
}

static void fill_pattern(uint8_t *p, size_t len, uint32_t seed)
{
	uint32_t x = seed * 2654435761u + 12345u;

	for (size_t i = 0; i < len; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		p[i] = (uint8_t)x;
	}
}

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sleep_ms(unsigned int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

/* Invoke CHECKSUM on a temp memref; returns the result. */
static TEEC_Result checksum_tmp(TEEC_Session *sess, const void *buf,
				size_t len, uint32_t *hash, uint32_t *count,
				uint32_t *origin)
{
	TEEC_Operation op;
	TEEC_Result res;

	op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_TEMP_INPUT,
				      TEEC_VALUE_OUTPUT, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].tmpref.buffer = (void *)buf;
	op.params[0].tmpref.size = len;
	op.params[1].value.a = SENTINEL;
	op.params[1].value.b = SENTINEL;
	*origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(sess, BUFFERS_CMD_CHECKSUM, &op, origin);
	*hash = op.params[1].value.a;
	*count = op.params[1].value.b;
	return res;
}

static TEEC_Result nop(TEEC_Session *sess, uint32_t *origin)
{
	TEEC_Operation op;

	op_init(&op, TEEC_PARAM_TYPES(TEEC_NONE, TEEC_NONE, TEEC_NONE,
				      TEEC_NONE));
	*origin = ORIGIN_UNSET;
	return TEEC_InvokeCommand(sess, BUFFERS_CMD_NOP, &op, origin);
}

/* Run `fn` in a child process; true if the child exits with status 0. */
static bool in_child(void (*fn)(void), char *detail, size_t dlen)
{
	pid_t pid;
	int status = 0;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		snprintf(detail, dlen, "fork: %s", strerror(errno));
		return false;
	}
	if (pid == 0) {
		fn();
		_exit(0);
	}
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			snprintf(detail, dlen, "waitpid: %s", strerror(errno));
			return false;
		}
	}
	if (WIFEXITED(status)) {
		snprintf(detail, dlen, "child exited with status %d",
			 WEXITSTATUS(status));
		return WEXITSTATUS(status) == 0;
	}
	if (WIFSIGNALED(status)) {
		snprintf(detail, dlen, "child killed by signal %d",
			 WTERMSIG(status));
		return false;
	}
	snprintf(detail, dlen, "child status 0x%x", (unsigned int)status);
	return false;
}

/* ------------------------------------------------------------------------
 * SHA-1 and name-based (version 5) UUIDs, to predict client identities
 * ------------------------------------------------------------------------ */

static uint32_t rotl32(uint32_t x, unsigned int n)
{
	return (x << n) | (x >> (32 - n));
}

static void sha1_compress(uint32_t h[5], const uint8_t block[64])
{
	uint32_t w[80];
	uint32_t a, b, c, d, e;

	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)block[4 * i] << 24 |
		       (uint32_t)block[4 * i + 1] << 16 |
		       (uint32_t)block[4 * i + 2] << 8 |
		       (uint32_t)block[4 * i + 3];
	for (int i = 16; i < 80; i++)
		w[i] = rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);

	a = h[0];
	b = h[1];
	c = h[2];
	d = h[3];
	e = h[4];
	for (int i = 0; i < 80; i++) {
		uint32_t f, k, t;

		if (i < 20) {
			f = (b & c) | (~b & d);
			k = 0x5a827999;
		} else if (i < 40) {
			f = b ^ c ^ d;
			k = 0x6ed9eba1;
		} else if (i < 60) {
			f = (b & c) | (b & d) | (c & d);
			k = 0x8f1bbcdc;
		} else {
			f = b ^ c ^ d;
			k = 0xca62c1d6;
		}
		t = rotl32(a, 5) + f + e + k + w[i];
		e = d;
		d = c;
		c = rotl32(b, 30);
		b = a;
		a = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
}

/* SHA-1 of a short message (at most 119 bytes, i.e. two blocks). */
static void sha1_short(const uint8_t *msg, size_t len, uint8_t out[20])
{
	uint32_t h[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476,
			  0xc3d2e1f0 };
	uint8_t buf[128];
	size_t total = (len + 9 <= 64) ? 64 : 128;
	uint64_t bits = (uint64_t)len * 8;

	memset(buf, 0, sizeof(buf));
	memcpy(buf, msg, len);
	buf[len] = 0x80;
	for (int i = 0; i < 8; i++)
		buf[total - 1 - i] = (uint8_t)(bits >> (8 * i));
	for (size_t off = 0; off < total; off += 64)
		sha1_compress(h, buf + off);
	for (int i = 0; i < 5; i++) {
		out[4 * i] = (uint8_t)(h[i] >> 24);
		out[4 * i + 1] = (uint8_t)(h[i] >> 16);
		out[4 * i + 2] = (uint8_t)(h[i] >> 8);
		out[4 * i + 3] = (uint8_t)h[i];
	}
}

/* Linux's name space for client UUIDs: 58ac9ca0-2086-4683-a1b8-ec4bc08e01b6 */
static const uint8_t client_uuid_ns[16] = {
	0x58, 0xac, 0x9c, 0xa0, 0x20, 0x86, 0x46, 0x83,
	0xa1, 0xb8, 0xec, 0x4b, 0xc0, 0x8e, 0x01, 0xb6,
};

/* Version 5 UUID of `name` in the client name space, as 16 octets. */
static void client_uuid_v5(const char *name, uint8_t out[16])
{
	uint8_t msg[119];
	uint8_t digest[20];
	size_t n = strlen(name);

	if (n > sizeof(msg) - 16)
		n = sizeof(msg) - 16;
	memcpy(msg, client_uuid_ns, 16);
	memcpy(msg + 16, name, n);
	sha1_short(msg, 16 + n, digest);
	memcpy(out, digest, 16);
	out[6] = (uint8_t)((out[6] & 0x0f) | 0x50);
	out[8] = (uint8_t)((out[8] & 0x3f) | 0x80);
}

static void uuid_str(const uint8_t u[16], char out[37])
{
	snprintf(out, 37,
		 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
		 "%02x%02x%02x%02x%02x%02x",
		 u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9],
		 u[10], u[11], u[12], u[13], u[14], u[15]);
}

static bool sha1_self_test(void)
{
	static const uint8_t abc_digest[20] = {
		0xa9, 0x99, 0x3e, 0x36, 0x47, 0x06, 0x81, 0x6a, 0xba, 0x3e,
		0x25, 0x71, 0x78, 0x50, 0xc2, 0x6c, 0x9c, 0xd0, 0xd8, 0x9d,
	};
	uint8_t d[20];

	sha1_short((const uint8_t *)"abc", 3, d);
	return memcmp(d, abc_digest, sizeof(d)) == 0;
}

/* ------------------------------------------------------------------------
 * Checks
 * ------------------------------------------------------------------------ */

static void child_null_safety(void)
{
	TEEC_FinalizeContext(NULL);
	TEEC_CloseSession(NULL);
	TEEC_ReleaseSharedMemory(NULL);
}

static void child_double_release(void)
{
	TEEC_Context ctx;
	TEEC_SharedMemory shm;

	if (TEEC_InitializeContext(NULL, &ctx) != TEEC_SUCCESS)
		_exit(2);
	memset(&shm, 0, sizeof(shm));
	shm.size = 4096;
	shm.flags = TEEC_MEM_INPUT | TEEC_MEM_OUTPUT;
	if (TEEC_AllocateSharedMemory(&ctx, &shm) != TEEC_SUCCESS)
		_exit(3);
	TEEC_ReleaseSharedMemory(&shm);
	TEEC_ReleaseSharedMemory(&shm);
	TEEC_FinalizeContext(&ctx);
}

static void test_null_safety(void)
{
	char detail[128];
	bool ok;

	section("NULL safety");
	ok = in_child(child_null_safety, detail, sizeof(detail));
	check("Finalize/Close/Release accept NULL", ok, "%s", detail);
	ok = in_child(child_double_release, detail, sizeof(detail));
	check("ReleaseSharedMemory twice is harmless", ok, "%s", detail);
}

/* Returns false if the main context could not be set up. */
static bool test_contexts(void)
{
	TEEC_Context ctx;
	TEEC_Result res;

	section("InitializeContext");

	memset(&ctx, 0, sizeof(ctx));
	res = TEEC_InitializeContext("bogus", &ctx);
	check("InitializeContext(\"bogus\") -> ITEM_NOT_FOUND",
	      res == TEEC_ERROR_ITEM_NOT_FOUND, "%s", ro(res, 0));
	if (res == TEEC_SUCCESS)
		TEEC_FinalizeContext(&ctx);

	res = TEEC_InitializeContext(NULL, NULL);
	check("InitializeContext(NULL, NULL) -> BAD_PARAMETERS",
	      res == TEEC_ERROR_BAD_PARAMETERS, "%s", ro(res, 0));

	memset(&ctx, 0, sizeof(ctx));
	res = TEEC_InitializeContext("optee-tz", &ctx);
	check("InitializeContext(\"optee-tz\") succeeds",
	      res == TEEC_SUCCESS, "%s", ro(res, 0));
	if (res == TEEC_SUCCESS)
		TEEC_FinalizeContext(&ctx);

	memset(&g_ctx, 0, sizeof(g_ctx));
	res = TEEC_InitializeContext(NULL, &g_ctx);
	check("InitializeContext(NULL) succeeds", res == TEEC_SUCCESS, "%s",
	      ro(res, 0));
	return res == TEEC_SUCCESS;
}

static void test_open_unknown(void)
{
	static const TEEC_UUID unknown = {
		0x5eb1c0de, 0x7a3b, 0x4c11,
		{ 0x9d, 0x02, 0x6e, 0x51, 0xf0, 0x0d, 0xba, 0xad }
	};
	TEEC_Session sess;
	TEEC_Result res;
	uint32_t origin;

	section("OpenSession unknown UUID");
	res = open_sess(&g_ctx, &sess, &unknown, TEEC_LOGIN_PUBLIC, NULL,
			&origin);
	check("OpenSession(unknown UUID) -> ITEM_NOT_FOUND, origin TEE",
	      res == TEEC_ERROR_ITEM_NOT_FOUND && origin == TEEC_ORIGIN_TEE,
	      "%s", ro(res, origin));
	if (res == TEEC_SUCCESS)
		TEEC_CloseSession(&sess);
}

static void test_hello_world(TEEC_Session *hello, bool have_hello)
{
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t origin;

	section("hello-world");
	if (!have_hello) {
		check("hello-world INC 42 -> 43", false, "no session");
		check("hello-world DEC 1000 -> 999", false, "no session");
		check("InvokeCommand success sets origin TRUSTED_APP", false,
		      "no session");
		check("hello-world unknown command -> BAD_PARAMETERS, "
		      "origin TRUSTED_APP", false, "no session");
		check("InvokeCommand accepts NULL returnOrigin", false,
		      "no session");
		return;
	}

	op_init(&op, TEEC_PARAM_TYPES(TEEC_VALUE_INOUT, TEEC_NONE, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].value.a = 42;
	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(hello, TA_HELLO_WORLD_CMD_INC_VALUE, &op,
				 &origin);
	check("hello-world INC 42 -> 43",
	      res == TEEC_SUCCESS && op.params[0].value.a == 43,
	      "%s, value %u", ro(res, origin),
	      (unsigned int)op.params[0].value.a);
	check("InvokeCommand success sets origin TRUSTED_APP",
	      res == TEEC_SUCCESS && origin == TEEC_ORIGIN_TRUSTED_APP, "%s",
	      ro(res, origin));

	op_init(&op, TEEC_PARAM_TYPES(TEEC_VALUE_INOUT, TEEC_NONE, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].value.a = 1000;
	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(hello, TA_HELLO_WORLD_CMD_DEC_VALUE, &op,
				 &origin);
	check("hello-world DEC 1000 -> 999",
	      res == TEEC_SUCCESS && op.params[0].value.a == 999,
	      "%s, value %u", ro(res, origin),
	      (unsigned int)op.params[0].value.a);

	op_init(&op, TEEC_PARAM_TYPES(TEEC_VALUE_INOUT, TEEC_NONE, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].value.a = 7;
	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(hello, 0x4d2, &op, &origin);
	check("hello-world unknown command -> BAD_PARAMETERS, origin "
	      "TRUSTED_APP",
	      res == TEEC_ERROR_BAD_PARAMETERS &&
	      origin == TEEC_ORIGIN_TRUSTED_APP, "%s", ro(res, origin));

	op_init(&op, TEEC_PARAM_TYPES(TEEC_VALUE_INOUT, TEEC_NONE, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].value.a = 5;
	res = TEEC_InvokeCommand(hello, TA_HELLO_WORLD_CMD_INC_VALUE, &op,
				 NULL);
	check("InvokeCommand accepts NULL returnOrigin",
	      res == TEEC_SUCCESS && op.params[0].value.a == 6,
	      "%s, value %u", ro(res, 0),
	      (unsigned int)op.params[0].value.a);
}

static void test_temp_memrefs(TEEC_Session *bs)
{
	uint8_t data[1000];
	uint8_t small[16];
	uint32_t hash, count, origin;
	TEEC_Operation op;
	TEEC_Result res;

	section("temporary memory references");

	fill_pattern(data, sizeof(data), 1);
	res = checksum_tmp(bs, data, sizeof(data), &hash, &count, &origin);
	check("temp memref CHECKSUM matches local FNV-1a",
	      res == TEEC_SUCCESS && hash == fnv1a(data, sizeof(data)) &&
	      count == sizeof(data),
	      "%s, hash 0x%08x (want 0x%08x), count %u",
	      ro(res, origin), (unsigned int)hash,
	      (unsigned int)fnv1a(data, sizeof(data)), (unsigned int)count);

	res = checksum_tmp(bs, NULL, 0, &hash, &count, &origin);
	check("temp memref NULL/size 0 accepted (CHECKSUM b == 0)",
	      res == TEEC_SUCCESS && count == 0 &&
	      hash == BUFFERS_FNV1A_OFFSET_BASIS,
	      "%s, hash 0x%08x, count %u", ro(res, origin),
	      (unsigned int)hash, (unsigned int)count);

	res = checksum_tmp(bs, NULL, 8, &hash, &count, &origin);
	check("temp memref NULL/size 8 -> BAD_PARAMETERS, not from the TA",
	      res == TEEC_ERROR_BAD_PARAMETERS &&
	      origin != TEEC_ORIGIN_TRUSTED_APP, "%s", ro(res, origin));

	/* A size no buffer can have (SIZE_MAX) is refused, not trusted. */
	res = checksum_tmp(bs, data, SIZE_MAX, &hash, &count, &origin);
	check("temp memref of SIZE_MAX bytes -> BAD_PARAMETERS, not from the TA",
	      res == TEEC_ERROR_BAD_PARAMETERS &&
	      origin != TEEC_ORIGIN_TRUSTED_APP, "%s", ro(res, origin));

	/* Short buffer: the size the TA needs comes back in tmpref.size. */
	memset(small, 0, sizeof(small));
	op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_TEMP_OUTPUT,
				      TEEC_VALUE_INPUT, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].tmpref.buffer = small;
	op.params[0].tmpref.size = sizeof(small);
	op.params[1].value.a = 0x11;
	op.params[1].value.b = 100;
	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(bs, BUFFERS_CMD_FILL, &op, &origin);
	check("temp memref FILL too small -> SHORT_BUFFER, size set to count",
	      res == TEEC_ERROR_SHORT_BUFFER &&
	      origin == TEEC_ORIGIN_TRUSTED_APP &&
	      op.params[0].tmpref.size == 100 &&
	      op.params[0].tmpref.buffer == small,
	      "%s, size %zu", ro(res, origin), op.params[0].tmpref.size);

	/* Output smaller than the buffer: the new size comes back. */
	memset(small, 0, sizeof(small));
	op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_TEMP_OUTPUT,
				      TEEC_VALUE_INPUT, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].tmpref.buffer = small;
	op.params[0].tmpref.size = sizeof(small);
	op.params[1].value.a = 0x22;
	op.params[1].value.b = 5;
	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(bs, BUFFERS_CMD_FILL, &op, &origin);
	check("temp memref FILL 5 of 16 -> size 5, bytes written",
	      res == TEEC_SUCCESS && op.params[0].tmpref.size == 5 &&
	      small[0] == 0x22 && small[4] == 0x22 && small[5] == 0,
	      "%s, size %zu, bytes %02x %02x %02x", ro(res, origin),
	      op.params[0].tmpref.size, small[0], small[4], small[5]);

	/* In-out: reversed in place. */
	{
		uint8_t buf[33], want[33];

		fill_pattern(buf, sizeof(buf), 2);
		for (size_t i = 0; i < sizeof(buf); i++)
			want[i] = buf[sizeof(buf) - 1 - i];
		op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_TEMP_INOUT,
					      TEEC_NONE, TEEC_NONE,
					      TEEC_NONE));
		op.params[0].tmpref.buffer = buf;
		op.params[0].tmpref.size = sizeof(buf);
		origin = ORIGIN_UNSET;
		res = TEEC_InvokeCommand(bs, BUFFERS_CMD_REVERSE, &op,
					 &origin);
		check("temp memref INOUT REVERSE reverses in place",
		      res == TEEC_SUCCESS &&
		      memcmp(buf, want, sizeof(buf)) == 0 &&
		      op.params[0].tmpref.size == sizeof(buf),
		      "%s, size %zu", ro(res, origin),
		      op.params[0].tmpref.size);
	}
}

static void test_allocated_memory(TEEC_Session *bs)
{
	const size_t mib = 1024 * 1024;
	TEEC_SharedMemory shm, in_only, small;
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t origin;

	section("allocated shared memory");

	/* Size 0. */
	memset(&shm, 0, sizeof(shm));
	shm.size = 0;
	shm.flags = TEEC_MEM_INPUT | TEEC_MEM_OUTPUT;
	res = TEEC_AllocateSharedMemory(&g_ctx, &shm);
	check("AllocateSharedMemory size 0 succeeds", res == TEEC_SUCCESS,
	      "%s", ro(res, 0));
	if (res == TEEC_SUCCESS) {
		TEEC_ReleaseSharedMemory(&shm);
		check("ReleaseSharedMemory resets buffer to NULL",
		      shm.buffer == NULL, "buffer %p", shm.buffer);
	}

	/* 1 MiB filled by the TA through MEMREF_WHOLE. */
	memset(&shm, 0, sizeof(shm));
	shm.size = mib;
	shm.flags = TEEC_MEM_OUTPUT;
	res = TEEC_AllocateSharedMemory(&g_ctx, &shm);
	check("AllocateSharedMemory 1 MiB succeeds",
	      res == TEEC_SUCCESS && shm.buffer != NULL && shm.size == mib,
	      "%s, buffer %p, size %zu", ro(res, 0), shm.buffer, shm.size);
	if (res == TEEC_SUCCESS) {
		uint8_t *p = shm.buffer;
		size_t bad = SIZE_MAX;

		memset(p, 0, mib);
		op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_WHOLE,
					      TEEC_VALUE_INPUT, TEEC_NONE,
					      TEEC_NONE));
		op.params[0].memref.parent = &shm;
		op.params[1].value.a = 0x3c;
		op.params[1].value.b = (uint32_t)mib;
		origin = ORIGIN_UNSET;
		res = TEEC_InvokeCommand(bs, BUFFERS_CMD_FILL, &op, &origin);
		for (size_t i = 0; i < mib; i++) {
			if (p[i] != 0x3c) {
				bad = i;
				break;
			}
		}
		check("MEMREF_WHOLE FILL 1 MiB: every byte written",
		      res == TEEC_SUCCESS && bad == SIZE_MAX &&
		      op.params[0].memref.size == mib,
		      "%s, first wrong byte at %ld (-1: none), memref.size %zu",
		      ro(res, origin), bad == SIZE_MAX ? -1L : (long)bad,
		      op.params[0].memref.size);

		/* A shorter fill reports its size back in memref.size. */
		op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_WHOLE,
					      TEEC_VALUE_INPUT, TEEC_NONE,
					      TEEC_NONE));
		op.params[0].memref.parent = &shm;
		op.params[1].value.a = 0x77;
		op.params[1].value.b = 100;
		origin = ORIGIN_UNSET;
		res = TEEC_InvokeCommand(bs, BUFFERS_CMD_FILL, &op, &origin);
		check("MEMREF_WHOLE FILL 100: memref.size 100, rest untouched",
		      res == TEEC_SUCCESS && op.params[0].memref.size == 100 &&
		      p[0] == 0x77 && p[99] == 0x77 && p[100] == 0x3c &&
		      shm.size == mib,
		      "%s, memref.size %zu, bytes %02x %02x %02x, shm.size %zu",
		      ro(res, origin), op.params[0].memref.size, p[0], p[99],
		      p[100], shm.size);
		TEEC_ReleaseSharedMemory(&shm);
	}

	/* A 4 KiB in/out block for the partial-reference checks. */
	memset(&shm, 0, sizeof(shm));
	shm.size = 4096;
	shm.flags = TEEC_MEM_INPUT | TEEC_MEM_OUTPUT;
	res = TEEC_AllocateSharedMemory(&g_ctx, &shm);
	if (res != TEEC_SUCCESS) {
		check("AllocateSharedMemory 4 KiB in/out", false, "%s",
		      ro(res, 0));
		return;
	}

	{
		uint8_t *p = shm.buffer;
		uint32_t want;

		fill_pattern(p, shm.size, 3);
		want = fnv1a(p + 100, 200);
		op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_PARTIAL_INPUT,
					      TEEC_VALUE_OUTPUT, TEEC_NONE,
					      TEEC_NONE));
		op.params[0].memref.parent = &shm;
		op.params[0].memref.offset = 100;
		op.params[0].memref.size = 200;
		op.params[1].value.a = SENTINEL;
		op.params[1].value.b = SENTINEL;
		origin = ORIGIN_UNSET;
		res = TEEC_InvokeCommand(bs, BUFFERS_CMD_CHECKSUM, &op,
					 &origin);
		check("PARTIAL_INPUT CHECKSUM covers exactly [offset, "
		      "offset+size)",
		      res == TEEC_SUCCESS && op.params[1].value.a == want &&
		      op.params[1].value.b == 200,
		      "%s, hash 0x%08x (want 0x%08x), count %u",
		      ro(res, origin), (unsigned int)op.params[1].value.a,
		      (unsigned int)want, (unsigned int)op.params[1].value.b);
	}

	op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_PARTIAL_OUTPUT,
				      TEEC_VALUE_INPUT, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].memref.parent = &shm;
	op.params[0].memref.offset = 4000;
	op.params[0].memref.size = 200;
	op.params[1].value.a = 1;
	op.params[1].value.b = 10;
	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(bs, BUFFERS_CMD_FILL, &op, &origin);
	check("PARTIAL_OUTPUT offset+size > parent size -> BAD_PARAMETERS, "
	      "not from the TA",
	      res == TEEC_ERROR_BAD_PARAMETERS &&
	      origin != TEEC_ORIGIN_TRUSTED_APP, "%s", ro(res, origin));

	op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_PARTIAL_INPUT,
				      TEEC_VALUE_OUTPUT, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].memref.parent = &shm;
	op.params[0].memref.offset = SIZE_MAX - 1;
	op.params[0].memref.size = 4;
	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(bs, BUFFERS_CMD_CHECKSUM, &op, &origin);
	check("PARTIAL offset+size overflowing size_t -> BAD_PARAMETERS",
	      res == TEEC_ERROR_BAD_PARAMETERS &&
	      origin != TEEC_ORIGIN_TRUSTED_APP, "%s", ro(res, origin));

	/* Short buffer through a partial reference. */
	op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_PARTIAL_OUTPUT,
				      TEEC_VALUE_INPUT, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].memref.parent = &shm;
	op.params[0].memref.offset = 8;
	op.params[0].memref.size = 8;
	op.params[1].value.a = 2;
	op.params[1].value.b = 50;
	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(bs, BUFFERS_CMD_FILL, &op, &origin);
	check("PARTIAL_OUTPUT FILL too small -> SHORT_BUFFER, memref.size = "
	      "count",
	      res == TEEC_ERROR_SHORT_BUFFER &&
	      op.params[0].memref.size == 50 && op.params[0].memref.offset == 8,
	      "%s, memref.size %zu, offset %zu", ro(res, origin),
	      op.params[0].memref.size, op.params[0].memref.offset);
	TEEC_ReleaseSharedMemory(&shm);

	/* PARTIAL_OUTPUT on an input-only parent. */
	memset(&in_only, 0, sizeof(in_only));
	in_only.size = 4096;
	in_only.flags = TEEC_MEM_INPUT;
	res = TEEC_AllocateSharedMemory(&g_ctx, &in_only);
	if (res != TEEC_SUCCESS) {
		check("PARTIAL_OUTPUT on an INPUT-only parent -> BAD_PARAMETERS",
		      false, "AllocateSharedMemory: %s", ro(res, 0));
	} else {
		op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_PARTIAL_OUTPUT,
					      TEEC_VALUE_INPUT, TEEC_NONE,
					      TEEC_NONE));
		op.params[0].memref.parent = &in_only;
		op.params[0].memref.offset = 0;
		op.params[0].memref.size = 16;
		op.params[1].value.a = 3;
		op.params[1].value.b = 16;
		origin = ORIGIN_UNSET;
		res = TEEC_InvokeCommand(bs, BUFFERS_CMD_FILL, &op, &origin);
		check("PARTIAL_OUTPUT on an INPUT-only parent -> BAD_PARAMETERS",
		      res == TEEC_ERROR_BAD_PARAMETERS &&
		      origin != TEEC_ORIGIN_TRUSTED_APP, "%s",
		      ro(res, origin));
		TEEC_ReleaseSharedMemory(&in_only);
	}

	/* Short buffer through a whole reference. */
	memset(&small, 0, sizeof(small));
	small.size = 16;
	small.flags = TEEC_MEM_OUTPUT;
	res = TEEC_AllocateSharedMemory(&g_ctx, &small);
	if (res != TEEC_SUCCESS) {
		check("MEMREF_WHOLE FILL too small -> SHORT_BUFFER, "
		      "memref.size = count", false, "AllocateSharedMemory: %s",
		      ro(res, 0));
	} else {
		op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_WHOLE,
					      TEEC_VALUE_INPUT, TEEC_NONE,
					      TEEC_NONE));
		op.params[0].memref.parent = &small;
		op.params[1].value.a = 4;
		op.params[1].value.b = 100;
		origin = ORIGIN_UNSET;
		res = TEEC_InvokeCommand(bs, BUFFERS_CMD_FILL, &op, &origin);
		check("MEMREF_WHOLE FILL too small -> SHORT_BUFFER, "
		      "memref.size = count",
		      res == TEEC_ERROR_SHORT_BUFFER &&
		      origin == TEEC_ORIGIN_TRUSTED_APP &&
		      op.params[0].memref.size == 100 && small.size == 16,
		      "%s, memref.size %zu, shm.size %zu", ro(res, origin),
		      op.params[0].memref.size, small.size);
		TEEC_ReleaseSharedMemory(&small);
	}
}

static void test_registered_memory(TEEC_Session *bs)
{
	TEEC_SharedMemory shm;
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t origin;

	section("registered shared memory");

	/* A stack buffer, part of which the TA reverses. */
	{
		uint8_t buf[64], want[64];
		const size_t off = 10, len = 20;

		for (size_t i = 0; i < sizeof(buf); i++)
			buf[i] = (uint8_t)(i * 7 + 1);
		memcpy(want, buf, sizeof(buf));
		for (size_t i = 0; i < len; i++)
			want[off + i] = buf[off + len - 1 - i];

		memset(&shm, 0, sizeof(shm));
		shm.buffer = buf;
		shm.size = sizeof(buf);
		shm.flags = TEEC_MEM_INPUT | TEEC_MEM_OUTPUT;
		res = TEEC_RegisterSharedMemory(&g_ctx, &shm);
		if (res != TEEC_SUCCESS) {
			check("registered REVERSE via PARTIAL_INOUT changes "
			      "exactly [offset, offset+size)", false,
			      "RegisterSharedMemory: %s", ro(res, 0));
		} else {
			size_t first_diff = SIZE_MAX;

			op_init(&op, TEEC_PARAM_TYPES(TEEC_MEMREF_PARTIAL_INOUT,
						      TEEC_NONE, TEEC_NONE,
						      TEEC_NONE));
			op.params[0].memref.parent = &shm;
			op.params[0].memref.offset = off;
			op.params[0].memref.size = len;
			origin = ORIGIN_UNSET;
			res = TEEC_InvokeCommand(bs, BUFFERS_CMD_REVERSE, &op,
						 &origin);
			for (size_t i = 0; i < sizeof(buf); i++) {
				if (buf[i] != want[i]) {
					first_diff = i;
					break;
				}
			}
			check("registered REVERSE via PARTIAL_INOUT changes "
			      "exactly [offset, offset+size)",
			      res == TEEC_SUCCESS && first_diff == SIZE_MAX &&
			      op.params[0].memref.size == len,
			      "%s, first wrong byte at %ld (-1: none), "
			      "memref.size %zu", ro(res, origin),
			      first_diff == SIZE_MAX ? -1L : (long)first_diff,
			      op.params[0].memref.size);
			TEEC_ReleaseSharedMemory(&shm);
		}
	}

	/* A misaligned heap buffer, passed whole as input. */
	{
		uint8_t *block = malloc(5000);
		uint8_t *p = block ? block + 3 : NULL;

		if (!block) {
			check("registered WHOLE (input) CHECKSUM", false,
			      "malloc failed");
		} else {
			fill_pattern(p, 4097, 4);
			memset(&shm, 0, sizeof(shm));
			shm.buffer = p;
			shm.size = 4097;
			shm.flags = TEEC_MEM_INPUT;
			res = TEEC_RegisterSharedMemory(&g_ctx, &shm);
			if (res != TEEC_SUCCESS) {
				check("registered WHOLE (input) CHECKSUM", false,
				      "RegisterSharedMemory: %s", ro(res, 0));
			} else {
				op_init(&op,
					TEEC_PARAM_TYPES(TEEC_MEMREF_WHOLE,
							 TEEC_VALUE_OUTPUT,
							 TEEC_NONE, TEEC_NONE));
				op.params[0].memref.parent = &shm;
				op.params[1].value.a = SENTINEL;
				op.params[1].value.b = SENTINEL;
				origin = ORIGIN_UNSET;
				res = TEEC_InvokeCommand(bs,
							 BUFFERS_CMD_CHECKSUM,
							 &op, &origin);
				check("registered WHOLE (input) CHECKSUM of a "
				      "misaligned heap buffer",
				      res == TEEC_SUCCESS &&
				      op.params[1].value.a == fnv1a(p, 4097) &&
				      op.params[1].value.b == 4097,
				      "%s, hash 0x%08x (want 0x%08x), count %u",
				      ro(res, origin),
				      (unsigned int)op.params[1].value.a,
				      (unsigned int)fnv1a(p, 4097),
				      (unsigned int)op.params[1].value.b);
				TEEC_ReleaseSharedMemory(&shm);
			}
			free(block);
		}
	}

	/* Invalid registrations. */
	{
		uint8_t buf[32];

		memset(&shm, 0, sizeof(shm));
		shm.buffer = buf;
		shm.size = sizeof(buf);
		shm.flags = 0;
		res = TEEC_RegisterSharedMemory(&g_ctx, &shm);
		check("RegisterSharedMemory with flags 0 -> BAD_PARAMETERS",
		      res == TEEC_ERROR_BAD_PARAMETERS, "%s", ro(res, 0));
		if (res == TEEC_SUCCESS)
			TEEC_ReleaseSharedMemory(&shm);

		memset(&shm, 0, sizeof(shm));
		shm.buffer = NULL;
		shm.size = sizeof(buf);
		shm.flags = TEEC_MEM_INPUT;
		res = TEEC_RegisterSharedMemory(&g_ctx, &shm);
		check("RegisterSharedMemory with buffer NULL -> BAD_PARAMETERS",
		      res == TEEC_ERROR_BAD_PARAMETERS, "%s", ro(res, 0));
		if (res == TEEC_SUCCESS)
			TEEC_ReleaseSharedMemory(&shm);
	}
}

static void test_values(TEEC_Session *bs)
{
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t origin;

	section("values");

	op_init(&op, TEEC_PARAM_TYPES(TEEC_VALUE_OUTPUT, TEEC_NONE, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].value.a = SENTINEL;
	op.params[0].value.b = SENTINEL;
	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(bs, BUFFERS_CMD_INSTANCE, &op, &origin);
	check("VALUE_OUTPUT written back (INSTANCE: pid, session count)",
	      res == TEEC_SUCCESS && op.params[0].value.a != SENTINEL &&
	      op.params[0].value.a != 0 && op.params[0].value.b >= 1 &&
	      op.params[0].value.b != SENTINEL,
	      "%s, a %u, b %u", ro(res, origin),
	      (unsigned int)op.params[0].value.a,
	      (unsigned int)op.params[0].value.b);

	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(bs, BUFFERS_CMD_NOP, NULL, &origin);
	check("InvokeCommand with NULL operation", res == TEEC_SUCCESS, "%s",
	      ro(res, origin));
}

/* WHOAMI on `sess`: fills login and uuid; returns the result. */
static TEEC_Result whoami(TEEC_Session *sess, uint32_t *login,
			  uint8_t uuid[16], size_t *uuid_size,
			  uint32_t *origin)
{
	TEEC_Operation op;
	TEEC_Result res;

	memset(uuid, 0xaa, 16);
	op_init(&op, TEEC_PARAM_TYPES(TEEC_VALUE_OUTPUT,
				      TEEC_MEMREF_TEMP_OUTPUT, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].value.a = SENTINEL;
	op.params[0].value.b = SENTINEL;
	op.params[1].tmpref.buffer = uuid;
	op.params[1].tmpref.size = 16;
	*origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(sess, BUFFERS_CMD_WHOAMI, &op, origin);
	*login = op.params[0].value.a;
	*uuid_size = op.params[1].tmpref.size;
	return res;
}

static void test_identity(TEEC_Session *bs)
{
	static const uint8_t zero[16];
	TEEC_Session sess;
	TEEC_Result res;
	uint32_t origin, login;
	uint8_t uuid[16], want[16];
	char got_s[37], want_s[37], name[32];
	size_t size;

	section("client identity");

	res = whoami(bs, &login, uuid, &size, &origin);
	uuid_str(uuid, got_s);
	check("WHOAMI with LOGIN_PUBLIC: login 0, nil UUID",
	      res == TEEC_SUCCESS && login == TEEC_LOGIN_PUBLIC &&
	      size == 16 && memcmp(uuid, zero, 16) == 0,
	      "%s, login %u, size %zu, uuid %s", ro(res, origin),
	      (unsigned int)login, size, got_s);

	/* LOGIN_USER */
	res = open_sess(&g_ctx, &sess, &buffers_uuid, TEEC_LOGIN_USER, NULL,
			&origin);
	if (res != TEEC_SUCCESS) {
		check("OpenSession with LOGIN_USER", false, "%s",
		      ro(res, origin));
	} else {
		res = whoami(&sess, &login, uuid, &size, &origin);
		uuid_str(uuid, got_s);
		check("WHOAMI with LOGIN_USER: login 1, non-nil version-5 UUID",
		      res == TEEC_SUCCESS && login == TEEC_LOGIN_USER &&
		      size == 16 && memcmp(uuid, zero, 16) != 0 &&
		      (uuid[6] >> 4) == 5 && (uuid[8] & 0xc0) == 0x80,
		      "%s, login %u, size %zu, uuid %s", ro(res, origin),
		      (unsigned int)login, size, got_s);

		snprintf(name, sizeof(name), "uid=%x", (unsigned int)geteuid());
		client_uuid_v5(name, want);
		uuid_str(want, want_s);
		check("WHOAMI with LOGIN_USER: UUID is uuid5(ns, \"uid=<euid>\")",
		      res == TEEC_SUCCESS && memcmp(uuid, want, 16) == 0,
		      "got %s, want %s for \"%s\"", got_s, want_s, name);
		TEEC_CloseSession(&sess);
	}

	/* LOGIN_GROUP with the caller's effective group. */
	{
		gid_t gid = getegid();

		res = open_sess(&g_ctx, &sess, &buffers_uuid, TEEC_LOGIN_GROUP,
				&gid, &origin);
		if (res != TEEC_SUCCESS) {
			check("OpenSession with LOGIN_GROUP (egid)", false,
			      "%s", ro(res, origin));
		} else {
			res = whoami(&sess, &login, uuid, &size, &origin);
			snprintf(name, sizeof(name), "gid=%x",
				 (unsigned int)gid);
			client_uuid_v5(name, want);
			uuid_str(uuid, got_s);
			uuid_str(want, want_s);
			check("WHOAMI with LOGIN_GROUP: login 2, UUID is "
			      "uuid5(ns, \"gid=<gid>\")",
			      res == TEEC_SUCCESS && login == TEEC_LOGIN_GROUP &&
			      memcmp(uuid, want, 16) == 0,
			      "%s, login %u, got %s, want %s for \"%s\"",
			      ro(res, origin), (unsigned int)login, got_s,
			      want_s, name);
			TEEC_CloseSession(&sess);
		}
	}

	/* Application-based logins are not supported on Linux. */
	res = open_sess(&g_ctx, &sess, &buffers_uuid, TEEC_LOGIN_APPLICATION,
			NULL, &origin);
	check("OpenSession with LOGIN_APPLICATION is rejected",
	      res != TEEC_SUCCESS, "%s", ro(res, origin));
	if (res == TEEC_SUCCESS)
		TEEC_CloseSession(&sess);
}

static void test_crash_kind(uint32_t kind, const char *kind_name,
			    bool check_instances)
{
	TEEC_Session s1, s2, s3;
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t origin;
	char name[128];
	bool have1, have2;

	res = open_sess(&g_ctx, &s1, &buffers_uuid, TEEC_LOGIN_PUBLIC, NULL,
			&origin);
	have1 = res == TEEC_SUCCESS;
	if (have1) {
		res = open_sess(&g_ctx, &s2, &buffers_uuid, TEEC_LOGIN_PUBLIC,
				NULL, &origin);
		have2 = res == TEEC_SUCCESS;
	} else {
		have2 = false;
	}
	snprintf(name, sizeof(name), "crash %s: two buffers sessions open",
		 kind_name);
	check(name, have1 && have2, "%s", ro(res, origin));
	if (!have1 || !have2) {
		if (have1)
			TEEC_CloseSession(&s1);
		return;
	}

	if (check_instances) {
		TEEC_Operation o1, o2;
		TEEC_Result r1, r2;
		uint32_t or1 = ORIGIN_UNSET, or2 = ORIGIN_UNSET;

		op_init(&o1, TEEC_PARAM_TYPES(TEEC_VALUE_OUTPUT, TEEC_NONE,
					      TEEC_NONE, TEEC_NONE));
		o2 = o1;
		r1 = TEEC_InvokeCommand(&s1, BUFFERS_CMD_INSTANCE, &o1, &or1);
		r2 = TEEC_InvokeCommand(&s2, BUFFERS_CMD_INSTANCE, &o2, &or2);
		check("buffers is multi-instance: one session per instance",
		      r1 == TEEC_SUCCESS && r2 == TEEC_SUCCESS &&
		      o1.params[0].value.b == 1 && o2.params[0].value.b == 1,
		      "results 0x%08x/0x%08x, pids %u/%u, sessions %u/%u",
		      (unsigned int)r1, (unsigned int)r2,
		      (unsigned int)o1.params[0].value.a,
		      (unsigned int)o2.params[0].value.a,
		      (unsigned int)o1.params[0].value.b,
		      (unsigned int)o2.params[0].value.b);
	}

	op_init(&op, TEEC_PARAM_TYPES(TEEC_VALUE_INPUT, TEEC_NONE, TEEC_NONE,
				      TEEC_NONE));
	op.params[0].value.a = kind;
	origin = ORIGIN_UNSET;
	res = TEEC_InvokeCommand(&s1, BUFFERS_CMD_CRASH, &op, &origin);
	snprintf(name, sizeof(name),
		 "crash %s: invoke -> TARGET_DEAD, origin TEE", kind_name);
	check(name, res == TEEC_ERROR_TARGET_DEAD && origin == TEEC_ORIGIN_TEE,
	      "%s", ro(res, origin));

	res = nop(&s1, &origin);
	snprintf(name, sizeof(name),
		 "crash %s: later NOP on dead session -> TARGET_DEAD, origin "
		 "TEE", kind_name);
	check(name, res == TEEC_ERROR_TARGET_DEAD && origin == TEEC_ORIGIN_TEE,
	      "%s", ro(res, origin));

	{
		uint8_t data[64];
		uint32_t hash = 0, count = 0;

		fill_pattern(data, sizeof(data), kind + 10);
		res = nop(&s2, &origin);
		if (res == TEEC_SUCCESS)
			res = checksum_tmp(&s2, data, sizeof(data), &hash,
					   &count, &origin);
		snprintf(name, sizeof(name),
			 "crash %s: the other session still works", kind_name);
		check(name, res == TEEC_SUCCESS &&
		      hash == fnv1a(data, sizeof(data)) && count == 64,
		      "%s", ro(res, origin));
	}

	TEEC_CloseSession(&s1);
	TEEC_CloseSession(&s2);

	res = open_sess(&g_ctx, &s3, &buffers_uuid, TEEC_LOGIN_PUBLIC, NULL,
			&origin);
	if (res == TEEC_SUCCESS) {
		res = nop(&s3, &origin);
		TEEC_CloseSession(&s3);
	}
	snprintf(name, sizeof(name), "crash %s: a new session works afterwards",
		 kind_name);
	check(name, res == TEEC_SUCCESS, "%s", ro(res, origin));
}

static void test_crashes(TEEC_Session *hello, bool have_hello)
{
	section("crash PANIC");
	test_crash_kind(BUFFERS_CRASH_PANIC, "PANIC", true);
	section("crash ABORT");
	test_crash_kind(BUFFERS_CRASH_ABORT, "ABORT", false);
	section("crash SEGFAULT");
	test_crash_kind(BUFFERS_CRASH_SEGFAULT, "SEGFAULT", false);
	section("crash TRAP");
	test_crash_kind(BUFFERS_CRASH_TRAP, "TRAP", false);

	section("crash: other TAs unaffected");
	if (have_hello) {
		TEEC_Operation op;
		TEEC_Result res;
		uint32_t origin = ORIGIN_UNSET;

		op_init(&op, TEEC_PARAM_TYPES(TEEC_VALUE_INOUT, TEEC_NONE,
					      TEEC_NONE, TEEC_NONE));
		op.params[0].value.a = 1;
		res = TEEC_InvokeCommand(hello, TA_HELLO_WORLD_CMD_INC_VALUE,
					 &op, &origin);
		check("hello-world session still works after buffers crashes",
		      res == TEEC_SUCCESS && op.params[0].value.a == 2,
		      "%s, value %u", ro(res, origin),
		      (unsigned int)op.params[0].value.a);
	} else {
		check("hello-world session still works after buffers crashes",
		      false, "no session");
	}
}

struct cancel_job {
	TEEC_Session *sess;
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t origin;
	double elapsed;
	atomic_bool done;
};

static void *cancel_worker(void *arg)
{
	struct cancel_job *job = arg;
	double t0 = now_seconds();

	job->res = TEEC_InvokeCommand(job->sess, BUFFERS_CMD_WAIT, &job->op,
				      &job->origin);
	job->elapsed = now_seconds() - t0;
	atomic_store(&job->done, true);
	return NULL;
}

static void test_cancellation(void)
{
	static struct cancel_job job;
	TEEC_Session sess;
	TEEC_Result res;
	uint32_t origin;
	pthread_t th;
	double start, waited;
	int err;

	section("cancellation");
	res = open_sess(&g_ctx, &sess, &buffers_uuid, TEEC_LOGIN_PUBLIC, NULL,
			&origin);
	if (res != TEEC_SUCCESS) {
		check("cancel: WAIT 5000 ms cancelled -> CANCEL", false,
		      "OpenSession: %s", ro(res, origin));
		return;
	}

	memset(&job, 0, sizeof(job));
	atomic_init(&job.done, false);
	job.sess = &sess;
	op_init(&job.op, TEEC_PARAM_TYPES(TEEC_VALUE_INPUT, TEEC_NONE,
					  TEEC_NONE, TEEC_NONE));
	job.op.started = 0;
	job.op.params[0].value.a = 5000;
	job.origin = ORIGIN_UNSET;

	start = now_seconds();
	err = pthread_create(&th, NULL, cancel_worker, &job);
	if (err) {
		check("cancel: WAIT 5000 ms cancelled -> CANCEL", false,
		      "pthread_create: %s", strerror(err));
		TEEC_CloseSession(&sess);
		return;
	}

	sleep_ms(100);
	TEEC_RequestCancellation(&job.op);

	/* Poll rather than join, so that the bound can be checked. */
	while (!atomic_load(&job.done) && now_seconds() - start < 4.0)
		sleep_ms(10);
	waited = now_seconds() - start;
	check("cancel: cancelled WAIT returns within 4 s",
	      atomic_load(&job.done), "still running after %.2f s", waited);

	pthread_join(th, NULL);
	check("cancel: WAIT 5000 ms cancelled -> CANCEL",
	      job.res == TEEC_ERROR_CANCEL, "%s after %.2f s",
	      ro(job.res, job.origin), job.elapsed);

	res = nop(&sess, &origin);
	check("cancel: session still usable afterwards", res == TEEC_SUCCESS,
	      "%s", ro(res, origin));
	TEEC_CloseSession(&sess);
}

#define N_THREADS 4
#define N_INVOKES 200

/* Threads open their sessions, then all start invoking at once. */
static atomic_int stress_ready;
static atomic_bool stress_go;

struct stress_job {
	int index;
	int failures;
	int done;
	char detail[160];
};

static void *stress_worker(void *arg)
{
	struct stress_job *job = arg;
	TEEC_Session sess;
	TEEC_Result res;
	uint32_t origin;
	bool have;

	res = open_sess(&g_ctx, &sess, &buffers_uuid, TEEC_LOGIN_PUBLIC, NULL,
			&origin);
	have = res == TEEC_SUCCESS;
	if (!have) {
		job->failures++;
		snprintf(job->detail, sizeof(job->detail), "OpenSession: %s",
			 ro(res, origin));
	}
	atomic_fetch_add(&stress_ready, 1);
	while (!atomic_load(&stress_go))
		sleep_ms(1);
	if (!have)
		return NULL;

	for (int i = 0; i < N_INVOKES; i++) {
		if (i % 2 == 0) {
			res = nop(&sess, &origin);
			if (res != TEEC_SUCCESS && job->failures++ == 0)
				snprintf(job->detail, sizeof(job->detail),
					 "invoke %d NOP: result 0x%08x "
					 "origin 0x%x", i, (unsigned int)res,
					 (unsigned int)origin);
		} else {
			uint8_t data[97];
			uint32_t hash = 0, count = 0;

			fill_pattern(data, sizeof(data),
				     (uint32_t)(job->index * 1000 + i));
			res = checksum_tmp(&sess, data, sizeof(data), &hash,
					   &count, &origin);
			if ((res != TEEC_SUCCESS ||
			     hash != fnv1a(data, sizeof(data)) ||
			     count != sizeof(data)) && job->failures++ == 0)
				snprintf(job->detail, sizeof(job->detail),
					 "invoke %d CHECKSUM: result 0x%08x "
					 "origin 0x%x hash 0x%08x count %u",
					 i, (unsigned int)res,
					 (unsigned int)origin,
					 (unsigned int)hash,
					 (unsigned int)count);
		}
		job->done++;
	}
	TEEC_CloseSession(&sess);
	return NULL;
}

static void test_concurrency(void)
{
	pthread_t th[N_THREADS];
	struct stress_job jobs[N_THREADS];
	bool started[N_THREADS];
	int n_started = 0;
	double t0;
	char name[96];
	int err;

	section("concurrency");
	memset(jobs, 0, sizeof(jobs));
	atomic_store(&stress_ready, 0);
	atomic_store(&stress_go, false);
	for (int i = 0; i < N_THREADS; i++) {
		jobs[i].index = i;
		err = pthread_create(&th[i], NULL, stress_worker, &jobs[i]);
		started[i] = err == 0;
		if (err) {
			jobs[i].failures = 1;
			snprintf(jobs[i].detail, sizeof(jobs[i].detail),
				 "pthread_create: %s", strerror(err));
		} else {
			n_started++;
		}
	}
	/* Wait (boundedly) until every thread has its session, then go. */
	t0 = now_seconds();
	while (atomic_load(&stress_ready) < n_started &&
	       now_seconds() - t0 < 30.0)
		sleep_ms(1);
	atomic_store(&stress_go, true);
	for (int i = 0; i < N_THREADS; i++)
		if (started[i])
			pthread_join(th[i], NULL);

	for (int i = 0; i < N_THREADS; i++) {
		snprintf(name, sizeof(name),
			 "concurrency: thread %d, own session, %d NOP/CHECKSUM "
			 "invokes", i, N_INVOKES);
		check(name, jobs[i].failures == 0 && jobs[i].done == N_INVOKES,
		      "%d failures, %d done; first: %s", jobs[i].failures,
		      jobs[i].done, jobs[i].detail);
	}
}

static void test_two_contexts(void)
{
	TEEC_Context a, b;
	TEEC_Session sa, sb;
	TEEC_Operation oa, ob;
	TEEC_Result ra, rb;
	uint32_t origin_a = ORIGIN_UNSET, origin_b = ORIGIN_UNSET;

	section("two contexts");
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	ra = TEEC_InitializeContext(NULL, &a);
	rb = TEEC_InitializeContext(NULL, &b);
	check("two contexts initialised in one process",
	      ra == TEEC_SUCCESS && rb == TEEC_SUCCESS,
	      "results 0x%08x, 0x%08x", (unsigned int)ra, (unsigned int)rb);
	if (ra != TEEC_SUCCESS || rb != TEEC_SUCCESS) {
		if (ra == TEEC_SUCCESS)
			TEEC_FinalizeContext(&a);
		if (rb == TEEC_SUCCESS)
			TEEC_FinalizeContext(&b);
		return;
	}

	ra = open_sess(&a, &sa, &hello_uuid, TEEC_LOGIN_PUBLIC, NULL,
		       &origin_a);
	rb = open_sess(&b, &sb, &hello_uuid, TEEC_LOGIN_PUBLIC, NULL,
		       &origin_b);
	check("two contexts: a hello-world session on each",
	      ra == TEEC_SUCCESS && rb == TEEC_SUCCESS, "A: %s; B: 0x%08x/0x%x",
	      ro(ra, origin_a), (unsigned int)rb, (unsigned int)origin_b);
	if (ra != TEEC_SUCCESS || rb != TEEC_SUCCESS)
		goto out;

	/* Interleave calls on the two contexts. */
	op_init(&oa, TEEC_PARAM_TYPES(TEEC_VALUE_INOUT, TEEC_NONE, TEEC_NONE,
				      TEEC_NONE));
	ob = oa;
	oa.params[0].value.a = 10;
	ob.params[0].value.a = 20;
	for (int i = 0; i < 5 && ra == TEEC_SUCCESS && rb == TEEC_SUCCESS;
	     i++) {
		ra = TEEC_InvokeCommand(&sa, TA_HELLO_WORLD_CMD_INC_VALUE, &oa,
					&origin_a);
		rb = TEEC_InvokeCommand(&sb, TA_HELLO_WORLD_CMD_DEC_VALUE, &ob,
					&origin_b);
	}
	check("two contexts: interleaved invokes (A 10 -> 15, B 20 -> 15)",
	      ra == TEEC_SUCCESS && rb == TEEC_SUCCESS &&
	      oa.params[0].value.a == 15 && ob.params[0].value.a == 15,
	      "results 0x%08x/0x%08x, values %u/%u", (unsigned int)ra,
	      (unsigned int)rb, (unsigned int)oa.params[0].value.a,
	      (unsigned int)ob.params[0].value.a);

	/* Finalizing one context leaves the other working. */
	TEEC_CloseSession(&sa);
	TEEC_FinalizeContext(&a);
	origin_b = ORIGIN_UNSET;
	rb = TEEC_InvokeCommand(&sb, TA_HELLO_WORLD_CMD_INC_VALUE, &ob,
				&origin_b);
	check("two contexts: B still works after A is finalized",
	      rb == TEEC_SUCCESS && ob.params[0].value.a == 16,
	      "%s, value %u", ro(rb, origin_b),
	      (unsigned int)ob.params[0].value.a);
	TEEC_CloseSession(&sb);
	TEEC_FinalizeContext(&b);
	return;

out:
	if (ra == TEEC_SUCCESS)
		TEEC_CloseSession(&sa);
	if (rb == TEEC_SUCCESS)
		TEEC_CloseSession(&sb);
	TEEC_FinalizeContext(&a);
	TEEC_FinalizeContext(&b);
}

int main(void)
{
	TEEC_Session hello, bs;
	TEEC_Result res;
	uint32_t origin;
	bool have_hello, have_bs;

	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGALRM, watchdog);
	signal(SIGPIPE, SIG_IGN);

	check("test self-check: SHA-1(\"abc\")", sha1_self_test(),
	      "local SHA-1 implementation is wrong");

	test_null_safety();

	if (!test_contexts()) {
		printf("cannot continue without a context\n");
		printf("%d passed, %d failed\n", (int)n_passed,
		       (int)n_failed);
		return 1;
	}

	test_open_unknown();

	section("OpenSession hello-world");
	res = open_sess(&g_ctx, &hello, &hello_uuid, TEEC_LOGIN_PUBLIC, NULL,
			&origin);
	have_hello = res == TEEC_SUCCESS;
	check("OpenSession(hello-world) succeeds with origin TRUSTED_APP",
	      res == TEEC_SUCCESS && origin == TEEC_ORIGIN_TRUSTED_APP, "%s",
	      ro(res, origin));
	test_hello_world(&hello, have_hello);

	section("OpenSession buffers");
	res = open_sess(&g_ctx, &bs, &buffers_uuid, TEEC_LOGIN_PUBLIC, NULL,
			&origin);
	have_bs = res == TEEC_SUCCESS;
	check("OpenSession(buffers) succeeds", have_bs, "%s", ro(res, origin));
	if (have_bs) {
		test_temp_memrefs(&bs);
		test_allocated_memory(&bs);
		test_registered_memory(&bs);
		test_values(&bs);
		test_identity(&bs);
	}

	test_crashes(&hello, have_hello);
	test_cancellation();
	test_concurrency();
	test_two_contexts();

	section("teardown");
	if (have_bs)
		TEEC_CloseSession(&bs);
	if (have_hello)
		TEEC_CloseSession(&hello);
	TEEC_FinalizeContext(&g_ctx);
	alarm(0);

	printf("%d passed, %d failed\n", (int)n_passed, (int)n_failed);
	return n_failed == 0 ? 0 : 1;
}
