/*
 * Latency of C TAs against Swift TAs under the same teed, in one run: a null
 * invoke (hello world's INC) and an open that starts a new instance,
 * with a plain AF_UNIX SEQPACKET ping-pong between two processes as the floor.
 * Prints p50 and p99 in microseconds and the ratios to the floor.
 *
 *   c_ta_latency <c-uuid> <swift-uuid> [iterations]
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <tee_client_api.h>

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int compare(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

struct stats {
	double p50, p99;
};

static struct stats summarize(double *samples, int n)
{
	qsort(samples, n, sizeof(*samples), compare);
	return (struct stats){ samples[n / 2], samples[(n * 99) / 100] };
}

static struct stats floor_pingpong(int n)
{
	int sv[2];
	char buf[64] = { 0 };
	double *s = calloc(n, sizeof(*s));

	if (socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv))
		err(1, "socketpair");
	pid_t pid = fork();
	if (pid == 0) {
		close(sv[0]);
		while (read(sv[1], buf, sizeof(buf)) > 0)
			write(sv[1], buf, sizeof(buf));
		_exit(0);
	}
	close(sv[1]);
	for (int i = 0; i < n; i++) {
		double t = now_us();
		write(sv[0], buf, sizeof(buf));
		read(sv[0], buf, sizeof(buf));
		s[i] = now_us() - t;
	}
	close(sv[0]);
	waitpid(pid, NULL, 0);
	struct stats r = summarize(s, n);
	free(s);
	return r;
}

static void parse_uuid(const char *text, TEEC_UUID *u)
{
	unsigned b[16];

	if (sscanf(text, "%2x%2x%2x%2x-%2x%2x-%2x%2x-%2x%2x-%2x%2x%2x%2x%2x%2x", &b[0], &b[1], &b[2],
		   &b[3], &b[4], &b[5], &b[6], &b[7], &b[8], &b[9], &b[10], &b[11], &b[12], &b[13],
		   &b[14], &b[15]) != 16)
		errx(1, "bad UUID %s", text);
	u->timeLow = b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3];
	u->timeMid = b[4] << 8 | b[5];
	u->timeHiAndVersion = b[6] << 8 | b[7];
	for (int i = 0; i < 8; i++)
		u->clockSeqAndNode[i] = b[8 + i];
}

static void measure(TEEC_Context *ctx, const char *name, const TEEC_UUID *uuid, int n,
		    struct stats floor)
{
	TEEC_Session sess;
	TEEC_Operation op;
	uint32_t origin;
	double *s = calloc(n, sizeof(*s));

	if (TEEC_OpenSession(ctx, &sess, uuid, TEEC_LOGIN_PUBLIC, NULL, NULL, &origin))
		errx(1, "open %s", name);
	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_VALUE_INOUT, TEEC_NONE, TEEC_NONE, TEEC_NONE);
	for (int i = 0; i < n / 10; i++)	/* warm up */
		TEEC_InvokeCommand(&sess, 0, &op, &origin);
	for (int i = 0; i < n; i++) {
		double t = now_us();
		if (TEEC_InvokeCommand(&sess, 0, &op, &origin))
			errx(1, "invoke %s", name);
		s[i] = now_us() - t;
	}
	TEEC_CloseSession(&sess);
	struct stats invoke = summarize(s, n);

	/* Opens of a multi-instance TA, each starting an instance; the pause lets teed
	 * prepare its next host, as between the opens of a real client. */
	int opens = 100;
	for (int i = 0; i < opens; i++) {
		usleep(20000);
		double t = now_us();
		if (TEEC_OpenSession(ctx, &sess, uuid, TEEC_LOGIN_PUBLIC, NULL, NULL, &origin))
			errx(1, "open %s", name);
		s[i] = now_us() - t;
		TEEC_CloseSession(&sess);
	}
	struct stats open = summarize(s, opens);
	printf("%-9s null invoke p50 %7.1f us p99 %7.1f us (%.2fx floor) | open (new instance) p50 %7.1f us p99 %7.1f us\n",
	       name, invoke.p50, invoke.p99, invoke.p50 / floor.p50, open.p50, open.p99);
	free(s);
}

int main(int argc, char **argv)
{
	TEEC_Context ctx;
	TEEC_UUID c_uuid, swift_uuid;
	int n = argc > 3 ? atoi(argv[3]) : 20000;

	if (argc < 3)
		errx(2, "usage: c_ta_latency <c-uuid> <swift-uuid> [iterations]");
	parse_uuid(argv[1], &c_uuid);
	parse_uuid(argv[2], &swift_uuid);
	if (TEEC_InitializeContext(NULL, &ctx))
		errx(1, "no teed");
	struct stats floor = floor_pingpong(n);
	printf("floor     ping-pong   p50 %7.1f us p99 %7.1f us\n", floor.p50, floor.p99);
	for (int round = 0; round < 2; round++) {
		measure(&ctx, "C TA", &c_uuid, n, floor);
		measure(&ctx, "Swift TA", &swift_uuid, n, floor);
	}
	TEEC_FinalizeContext(&ctx);
	return 0;
}
