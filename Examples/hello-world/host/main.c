/*
 * swift-tee example: hello-world client.
 *
 * Opens a session with the hello-world TA, asks it to increment a value
 * and then to decrement it again, printing each step.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tee_client_api.h>

#include <hello_world_ta.h>

/* Print what failed, with the result code and its origin, and exit. */
static void die(const char *what, TEEC_Result res, uint32_t origin)
{
	fprintf(stderr, "hello-world: %s failed with code 0x%08x origin 0x%x\n",
		what, (unsigned int)res, (unsigned int)origin);
	exit(EXIT_FAILURE);
}

int main(void)
{
	TEEC_Context ctx;
	TEEC_Session sess;
	TEEC_Operation op;
	TEEC_UUID uuid = TA_HELLO_WORLD_UUID;
	TEEC_Result res;
	uint32_t origin = 0;

	/* Connect to the default TEE. */
	res = TEEC_InitializeContext(NULL, &ctx);
	if (res != TEEC_SUCCESS)
		die("TEEC_InitializeContext", res, TEEC_ORIGIN_API);

	/* Open a session with the hello-world TA. */
	res = TEEC_OpenSession(&ctx, &sess, &uuid, TEEC_LOGIN_PUBLIC, NULL,
			       NULL, &origin);
	if (res != TEEC_SUCCESS)
		die("TEEC_OpenSession", res, origin);

	/* One value parameter, both read and written by the TA. */
	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_VALUE_INOUT, TEEC_NONE,
					 TEEC_NONE, TEEC_NONE);
	op.params[0].value.a = 42;

	printf("Invoking TA to increment %u\n",
	       (unsigned int)op.params[0].value.a);
	res = TEEC_InvokeCommand(&sess, TA_HELLO_WORLD_CMD_INC_VALUE, &op,
				 &origin);
	if (res != TEEC_SUCCESS)
		die("TEEC_InvokeCommand(INC_VALUE)", res, origin);
	printf("TA incremented value to %u\n",
	       (unsigned int)op.params[0].value.a);

	printf("Invoking TA to decrement %u\n",
	       (unsigned int)op.params[0].value.a);
	res = TEEC_InvokeCommand(&sess, TA_HELLO_WORLD_CMD_DEC_VALUE, &op,
				 &origin);
	if (res != TEEC_SUCCESS)
		die("TEEC_InvokeCommand(DEC_VALUE)", res, origin);
	printf("TA decremented value to %u\n",
	       (unsigned int)op.params[0].value.a);

	/* Done: close the session and release the context. */
	TEEC_CloseSession(&sess);
	TEEC_FinalizeContext(&ctx);

	return 0;
}
