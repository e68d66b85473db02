/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: trace macros for trusted applications.
 *
 * A TA is built with -DTRACE_LEVEL=<n> (the dev kit passes
 * CFG_TEE_TA_LOG_LEVEL). Messages above that level are removed at compile
 * time; their arguments are still type-checked so that a variable used only
 * in a trace message does not become "unused".
 *
 * All output goes through trace_printf(), which libutee provides and which
 * forwards the message to teed's log tagged with the TA's UUID.
 */
#ifndef TRACE_H
#define TRACE_H

#include <compiler.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Levels, from most to least important. */
#define TRACE_MIN	1
#define TRACE_ERROR	1
#define TRACE_INFO	2
#define TRACE_DEBUG	3
#define TRACE_FLOW	4
#define TRACE_MAX	TRACE_FLOW

#ifndef TRACE_LEVEL
#define TRACE_LEVEL	TRACE_MAX
#endif

/*
 * @func and @line name the caller (NULL and 0 for the _RAW variants);
 * @level is one of TRACE_*; @level_ok is false for MSG()/MSG_RAW(), which
 * print whatever the run-time level is.
 */
void trace_printf(const char *func, int line, int level, bool level_ok,
		  const char *fmt, ...) __printf(5, 6);

/* Defined by the dev kit's generated user_ta_header.c. */
extern int trace_level;
extern const char trace_ext_prefix[];

#define __trace_emit(level, level_ok, ...) \
	trace_printf(__func__, __LINE__, (level), (level_ok), __VA_ARGS__)
#define __trace_emit_raw(level, level_ok, ...) \
	trace_printf(NULL, 0, (level), (level_ok), __VA_ARGS__)

/* Compiled-out message: no call is generated, arguments stay "used". */
#define __trace_drop(...) \
	do { \
		if (0) \
			trace_printf(NULL, 0, 0, false, __VA_ARGS__); \
	} while (0)

#if TRACE_LEVEL > 0
#define MSG(...)	__trace_emit(0, false, __VA_ARGS__)
#define MSG_RAW(...)	__trace_emit_raw(0, false, __VA_ARGS__)
#else
#define MSG(...)	__trace_drop(__VA_ARGS__)
#define MSG_RAW(...)	__trace_drop(__VA_ARGS__)
#endif

#if TRACE_LEVEL >= TRACE_ERROR
#define EMSG(...)	__trace_emit(TRACE_ERROR, true, __VA_ARGS__)
#define EMSG_RAW(...)	__trace_emit_raw(TRACE_ERROR, true, __VA_ARGS__)
#else
#define EMSG(...)	__trace_drop(__VA_ARGS__)
#define EMSG_RAW(...)	__trace_drop(__VA_ARGS__)
#endif

#if TRACE_LEVEL >= TRACE_INFO
#define IMSG(...)	__trace_emit(TRACE_INFO, true, __VA_ARGS__)
#define IMSG_RAW(...)	__trace_emit_raw(TRACE_INFO, true, __VA_ARGS__)
#else
#define IMSG(...)	__trace_drop(__VA_ARGS__)
#define IMSG_RAW(...)	__trace_drop(__VA_ARGS__)
#endif

#if TRACE_LEVEL >= TRACE_DEBUG
#define DMSG(...)	__trace_emit(TRACE_DEBUG, true, __VA_ARGS__)
#define DMSG_RAW(...)	__trace_emit_raw(TRACE_DEBUG, true, __VA_ARGS__)
#else
#define DMSG(...)	__trace_drop(__VA_ARGS__)
#define DMSG_RAW(...)	__trace_drop(__VA_ARGS__)
#endif

#if TRACE_LEVEL >= TRACE_FLOW
#define FMSG(...)	__trace_emit(TRACE_FLOW, true, __VA_ARGS__)
#define FMSG_RAW(...)	__trace_emit_raw(TRACE_FLOW, true, __VA_ARGS__)
#else
#define FMSG(...)	__trace_drop(__VA_ARGS__)
#define FMSG_RAW(...)	__trace_drop(__VA_ARGS__)
#endif

/* Function entry / exit tracing at flow level. */
#define INMSG(...)	FMSG("> " __VA_ARGS__)
#define OUTMSG(...)	FMSG("< " __VA_ARGS__)
#define OUTRMSG(r) \
	do { \
		OUTMSG("r=[%x]", (unsigned int)(r)); \
		return r; \
	} while (0)

#ifdef __cplusplus
}
#endif

#endif /* TRACE_H */
