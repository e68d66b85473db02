/*
 * ta_to_ta's client: talks only to the caller TA, which in turn opens a
 * session to the callee TA and invokes it.
 */
#include <err.h>
#include <stdio.h>
#include <string.h>

#include <tee_client_api.h>

#include <ta_to_ta.h>

#define EXPECTED_RESULT	0xFFFF3024	/* TEE_ERROR_TARGET_DEAD */
#define EXPECTED_ORIGIN	3		/* TEE_ORIGIN_TEE */

int main(void)
{
	TEEC_Context ctx;
	TEEC_Session sess;
	TEEC_Operation op;
	TEEC_UUID uuid = TA_CALLER_UUID;
	TEEC_Result res;
	uint32_t err_origin;
	int failed = 0;

	res = TEEC_InitializeContext(NULL, &ctx);
	if (res != TEEC_SUCCESS)
		errx(1, "TEEC_InitializeContext failed with code 0x%x", res);

	res = TEEC_OpenSession(&ctx, &sess, &uuid, TEEC_LOGIN_PUBLIC, NULL, NULL, &err_origin);
	if (res != TEEC_SUCCESS)
		errx(1, "TEEC_OpenSession failed with code 0x%x origin 0x%x", res, err_origin);

	/* The caller squares the value through the callee (and checks the callee). */
	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_VALUE_INOUT, TEEC_NONE, TEEC_NONE, TEEC_NONE);
	op.params[0].value.a = 7;
	res = TEEC_InvokeCommand(&sess, CALLER_CMD_RUN, &op, &err_origin);
	if (res != TEEC_SUCCESS)
		errx(1, "CALLER_CMD_RUN failed with code 0x%x origin 0x%x", res, err_origin);
	printf("caller squared 7 through the callee: %u\n", op.params[0].value.a);
	if (op.params[0].value.a != 49) {
		warnx("expected 49");
		failed = 1;
	}

	/* The callee panics: the caller sees it, as a client would. */
	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_VALUE_OUTPUT, TEEC_VALUE_OUTPUT, TEEC_NONE,
					 TEEC_NONE);
	res = TEEC_InvokeCommand(&sess, CALLER_CMD_CALL_PANIC, &op, &err_origin);
	if (res != TEEC_SUCCESS)
		errx(1, "CALLER_CMD_CALL_PANIC failed with code 0x%x origin 0x%x", res,
		     err_origin);
	printf("callee panicked: res 0x%x origin %u, later call 0x%x\n", op.params[0].value.a,
	       op.params[0].value.b, op.params[1].value.a);
	if (op.params[0].value.a != EXPECTED_RESULT || op.params[0].value.b != EXPECTED_ORIGIN ||
	    op.params[1].value.a != EXPECTED_RESULT) {
		warnx("expected res 0x%x origin %u, later call 0x%x", EXPECTED_RESULT,
		      EXPECTED_ORIGIN, EXPECTED_RESULT);
		failed = 1;
	}

	TEEC_CloseSession(&sess);
	TEEC_FinalizeContext(&ctx);
	return failed;
}
