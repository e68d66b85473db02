// SPDX-License-Identifier: BSD-2-Clause
/*
 * Time: the system time (monotonic, from an arbitrary origin), the REE's
 * wall clock, cancellable waits, and the TA persistent time that teed keeps
 * per TA across restarts.
 */
#include <tee_internal_api.h>
#include <time.h>

#include "utee_private.h"

static void read_clock(clockid_t clock, TEE_Time *time)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	time->seconds = (uint32_t)ts.tv_sec;
	time->millis = (uint32_t)(ts.tv_nsec / 1000000);
}

void TEE_GetSystemTime(TEE_Time *time)
{
	if (!time)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	read_clock(CLOCK_MONOTONIC, time);
}

void TEE_GetREETime(TEE_Time *time)
{
	if (!time)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	read_clock(CLOCK_REALTIME, time);
}

TEE_Result TEE_Wait(uint32_t timeout)
{
	const stee_host_api *host = __utee_host();

	return host->wait(host->host, timeout);
}

TEE_Result TEE_GetTAPersistentTime(TEE_Time *time)
{
	const stee_host_api *host = __utee_host();

	if (!time)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	TEE_Result res = host->get_persistent_time(host->host, &time->seconds, &time->millis);
	/* GP: the time is zero whenever it is not available. */
	if (res != TEE_SUCCESS && res != TEE_ERROR_OVERFLOW) {
		time->seconds = 0;
		time->millis = 0;
	}
	return res;
}

TEE_Result TEE_SetTAPersistentTime(const TEE_Time *time)
{
	const stee_host_api *host = __utee_host();

	if (!time || time->millis > 999)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	return host->set_persistent_time(host->host, time->seconds, time->millis);
}
