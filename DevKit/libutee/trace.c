// SPDX-License-Identifier: BSD-2-Clause
/*
 * trace_printf(): formats a TA's EMSG/IMSG/DMSG/FMSG/MSG line as OP-TEE does
 * ("I/TA: text", with "function:line" at debug and flow levels) and hands it
 * to the host, which logs it in teed's log tagged with the TA's UUID.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <tee_internal_api.h>
#include <trace.h>

#include "utee_private.h"

void trace_printf(const char *func, int line, int level, bool level_ok, const char *fmt, ...)
{
	static const char level_chars[] = "-EIDF";
	const stee_host_api *host = __utee_host();
	char text[512];
	int n = 0;

	if (level_ok && level > trace_level)
		return;
	if (!host || !fmt)
		return;
	char c = level >= 0 && level <= TRACE_MAX ? level_chars[level] : '?';
	if (func && level >= TRACE_DEBUG)
		n = snprintf(text, sizeof(text), "%c/%s: %s:%d ", c, trace_ext_prefix, func, line);
	else
		n = snprintf(text, sizeof(text), "%c/%s: ", c, trace_ext_prefix);
	if (n < 0 || (size_t)n >= sizeof(text))
		n = 0;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text + n, sizeof(text) - (size_t)n, fmt, ap);
	va_end(ap);
	/* OP-TEE TAs often end their messages with a newline; a log line has its own. */
	size_t len = strlen(text);
	while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r'))
		text[--len] = '\0';
	host->trace(host->host, level_ok ? level : TRACE_ERROR, text);
}
