/* random's client: asks the TA for random bytes twice and checks they differ. */
#include <err.h>
#include <stdio.h>
#include <string.h>

#include <tee_client_api.h>

#include <random_ta.h>

#define RANDOM_SIZE 16

static void draw(TEEC_Session *sess, uint8_t out[RANDOM_SIZE])
{
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t err_origin;

	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_MEMREF_TEMP_OUTPUT, TEEC_NONE, TEEC_NONE,
					 TEEC_NONE);
	op.params[0].tmpref.buffer = out;
	op.params[0].tmpref.size = RANDOM_SIZE;

	res = TEEC_InvokeCommand(sess, TA_RANDOM_CMD_GENERATE, &op, &err_origin);
	if (res != TEEC_SUCCESS)
		errx(1, "TEEC_InvokeCommand failed with code 0x%x origin 0x%x", res, err_origin);
	if (op.params[0].tmpref.size != RANDOM_SIZE)
		errx(1, "TA returned %zu bytes, expected %d", op.params[0].tmpref.size,
		     RANDOM_SIZE);
}

int main(void)
{
	TEEC_Context ctx;
	TEEC_Session sess;
	TEEC_UUID uuid = TA_RANDOM_UUID;
	TEEC_Result res;
	uint32_t err_origin;
	uint8_t first[RANDOM_SIZE];
	uint8_t second[RANDOM_SIZE];
	size_t i;

	res = TEEC_InitializeContext(NULL, &ctx);
	if (res != TEEC_SUCCESS)
		errx(1, "TEEC_InitializeContext failed with code 0x%x", res);

	res = TEEC_OpenSession(&ctx, &sess, &uuid, TEEC_LOGIN_PUBLIC, NULL, NULL, &err_origin);
	if (res != TEEC_SUCCESS)
		errx(1, "TEEC_OpenSession failed with code 0x%x origin 0x%x", res, err_origin);

	memset(first, 0, sizeof(first));
	memset(second, 0, sizeof(second));
	draw(&sess, first);
	draw(&sess, second);

	printf("Random: ");
	for (i = 0; i < sizeof(first); i++)
		printf("%02x", first[i]);
	printf("\n");

	TEEC_CloseSession(&sess);
	TEEC_FinalizeContext(&ctx);

	if (!memcmp(first, second, sizeof(first))) {
		printf("FAIL: two draws gave the same bytes\n");
		return 1;
	}
	printf("OK: two draws differ\n");
	return 0;
}
