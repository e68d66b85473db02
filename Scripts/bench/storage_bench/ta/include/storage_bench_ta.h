/* The trusted-storage benchmark TA's protocol (Scripts/bench/storage-bench.sh). */
#ifndef STORAGE_BENCH_TA_H
#define STORAGE_BENCH_TA_H

/* 7d2e9c41-3b6a-4f58-8e17-0a9c5d3b2f84 */
#define TA_STORAGE_BENCH_UUID \
	{ 0x7d2e9c41, 0x3b6a, 0x4f58, \
		{ 0x8e, 0x17, 0x0a, 0x9c, 0x5d, 0x3b, 0x2f, 0x84 } }

/*
 * CMD_RUN: params[0] VALUE_INPUT a = BENCH_* case, b = object size in bytes;
 * params[1] VALUE_INOUT a = iterations in; a = elapsed µs out.
 */
#define CMD_RUN		0

#define BENCH_CREATE	0	/* create (overwrite) + write all + close */
#define BENCH_OPEN	1	/* open an existing object read-only + close */
#define BENCH_READ	2	/* open + read all + close */
#define BENCH_REWRITE	3	/* open for writing + write all at 0 + close */

#endif
