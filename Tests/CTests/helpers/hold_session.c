/*
 * swift-tee integration-test helper: a libteec client that opens sessions and then
 * waits to be killed, so the tests can check what teed does when a client dies.
 *
 * Opens one session on the buffers TA (multi-instance) and one on BuffersSingleTA
 * (2ef8eb90-feb3-4f4e-8347-d638a983d7e0), prints
 *     ready <buffers host pid> <single host pid>
 * and sleeps until a signal ends it. Exits 1 with a message on any error.
 *
 * With an argument N, it then invokes BUFFERS_CMD_WAIT for N ms on the buffers session
 * (so it dies in the middle of a call) before sleeping.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <tee_client_api.h>

#include "buffers_ta.h"

static const TEEC_UUID single_uuid = {
	0x2ef8eb90, 0xfeb3, 0x4f4e,
	{ 0x83, 0x47, 0xd6, 0x38, 0xa9, 0x83, 0xd7, 0xe0 }
};

static uint32_t host_pid(TEEC_Session *session)
{
	TEEC_Operation op = { 0 };
	uint32_t origin = 0;
	TEEC_Result rc;

	op.paramTypes = TEEC_PARAM_TYPES(TEEC_VALUE_OUTPUT, TEEC_NONE, TEEC_NONE, TEEC_NONE);
	rc = TEEC_InvokeCommand(session, BUFFERS_CMD_INSTANCE, &op, &origin);
	if (rc != TEEC_SUCCESS) {
		fprintf(stderr, "invoke: 0x%x origin %u\n", rc, origin);
		exit(1);
	}
	return op.params[0].value.a;
}

int main(int argc, char **argv)
{
	static const TEEC_UUID buffers_uuid = TA_BUFFERS_UUID;
	TEEC_Context ctx;
	TEEC_Session buffers, single;
	uint32_t origin = 0;
	TEEC_Result rc;

	rc = TEEC_InitializeContext(NULL, &ctx);
	if (rc != TEEC_SUCCESS) {
		fprintf(stderr, "TEEC_InitializeContext: 0x%x\n", rc);
		return 1;
	}
	rc = TEEC_OpenSession(&ctx, &buffers, &buffers_uuid, TEEC_LOGIN_PUBLIC, NULL, NULL, &origin);
	if (rc != TEEC_SUCCESS) {
		fprintf(stderr, "open buffers: 0x%x origin %u\n", rc, origin);
		return 1;
	}
	rc = TEEC_OpenSession(&ctx, &single, &single_uuid, TEEC_LOGIN_PUBLIC, NULL, NULL, &origin);
	if (rc != TEEC_SUCCESS) {
		fprintf(stderr, "open single: 0x%x origin %u\n", rc, origin);
		return 1;
	}
	printf("ready %u %u\n", host_pid(&buffers), host_pid(&single));
	fflush(stdout);
	if (argc > 1) {
		TEEC_Operation op = { 0 };

		op.paramTypes = TEEC_PARAM_TYPES(TEEC_VALUE_INPUT, TEEC_NONE, TEEC_NONE, TEEC_NONE);
		op.params[0].value.a = (uint32_t)strtoul(argv[1], NULL, 10);
		rc = TEEC_InvokeCommand(&buffers, BUFFERS_CMD_WAIT, &op, &origin);
		printf("wait returned 0x%x\n", rc);
		fflush(stdout);
	}
	for (;;)
		pause();
}
