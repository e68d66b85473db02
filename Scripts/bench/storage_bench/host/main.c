/*
 * GP trusted storage from a TA against the floor: write + fsync + rename of a plain file
 * of the same size in the same directory, in the same run. 7 rounds of N operations;
 * median round.
 *
 *   storage_bench <storage directory> [rounds]
 */
#include <err.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <tee_client_api.h>

#include <storage_bench_ta.h>

static TEEC_Session sess;
static uint8_t data[1 << 20];

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int compare(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double ta_round(int which, size_t size, uint32_t n)
{
	TEEC_Operation op;
	uint32_t origin;

	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_VALUE_INPUT, TEEC_VALUE_INOUT, TEEC_NONE, TEEC_NONE);
	op.params[0].value.a = which;
	op.params[0].value.b = size;
	op.params[1].value.a = n;
	TEEC_Result res = TEEC_InvokeCommand(&sess, CMD_RUN, &op, &origin);
	if (res)
		errx(1, "case %d size %zu: 0x%x origin %u", which, size, res, origin);
	return op.params[1].value.a / 1e6 / n;
}

static double floor_round(const char *dir, size_t size, uint32_t n)
{
	char tmp[4096], target[4096];

	snprintf(tmp, sizeof(tmp), "%s/.bench-floor.tmp", dir);
	snprintf(target, sizeof(target), "%s/.bench-floor", dir);
	double start = now();
	for (uint32_t i = 0; i < n; i++) {
		int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
		if (fd < 0 || write(fd, data, size) != (ssize_t)size || fsync(fd) || close(fd) ||
		    rename(tmp, target))
			err(1, "floor");
	}
	double t = (now() - start) / n;
	unlink(target);
	return t;
}

int main(int argc, char **argv)
{
	TEEC_Context ctx;
	TEEC_UUID uuid = TA_STORAGE_BENCH_UUID;
	uint32_t origin;
	static const size_t sizes[] = { 256, 4096, 1 << 20 };
	static const char *names[] = { "create+write+close", "open+close", "open+read+close",
				       "rewrite (open+write+close)" };

	if (argc < 2)
		errx(2, "usage: storage_bench <storage directory> [rounds]");
	int rounds = argc > 2 ? atoi(argv[2]) : 7;
	if (rounds < 1 || rounds > 64)
		rounds = 7;
	if (TEEC_InitializeContext(NULL, &ctx) ||
	    TEEC_OpenSession(&ctx, &sess, &uuid, TEEC_LOGIN_PUBLIC, NULL, NULL, &origin))
		errx(1, "cannot reach the benchmark TA");
	printf("%-28s %8s %12s %11s %14s %7s\n", "case", "bytes", "ops/s", "MB/s", "floor ops/s",
	       "ratio");
	for (size_t s = 0; s < 3; s++) {
		size_t size = sizes[s];
		uint32_t n = size >= (1 << 20) ? 10 : 50;
		double fl[64];
		for (int r = 0; r < rounds; r++)
			fl[r] = floor_round(argv[1], size, n);
		qsort(fl, rounds, sizeof(double), compare);
		for (int which = 0; which < 4; which++) {
			double t[64];
			for (int r = 0; r < rounds; r++)
				t[r] = ta_round(which, size, which == BENCH_OPEN ? n * 4 : n);
			qsort(t, rounds, sizeof(double), compare);
			double m = t[rounds / 2];
			bool commits = which == BENCH_CREATE || which == BENCH_REWRITE;
			printf("%-28s %8zu %12.0f %11.1f %14s %7s\n", names[which], size, 1 / m,
			       size / m / 1e6, commits ? "" : "-", "");
			if (commits)
				printf("%-28s %8s %12s %11s %14.0f %7.2f\n", "  vs write+fsync+rename", "", "",
				       "", 1 / fl[rounds / 2], fl[rounds / 2] / m);
		}
	}
	TEEC_CloseSession(&sess);
	TEEC_FinalizeContext(&ctx);
	return 0;
}
