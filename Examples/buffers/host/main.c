/*
 * swift-tee example: buffers client.
 *
 * Shows the ways a client application can hand memory to a TA:
 *   1. a temporary memory reference (CHECKSUM),
 *   2. shared memory allocated by the client library, passed whole (FILL),
 *   3. client memory registered as shared memory, passed in part (REVERSE),
 *   4. the short-buffer protocol: the TA reports the size it needs (FILL).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tee_client_api.h>

#include <buffers_ta.h>

static TEEC_Context ctx;
static TEEC_Session sess;

/* Print what failed, with the result code and its origin, and exit. */
static void die(const char *what, TEEC_Result res, uint32_t origin)
{
	fprintf(stderr, "buffers: %s failed with code 0x%08x origin 0x%x\n",
		what, (unsigned int)res, (unsigned int)origin);
	exit(EXIT_FAILURE);
}

/* Report a result that is wrong although every call succeeded. */
static void wrong(const char *what)
{
	fprintf(stderr, "buffers: %s\n", what);
	exit(EXIT_FAILURE);
}

/* FNV-1a, 32 bits: the hash the TA computes for CHECKSUM. */
static uint32_t fnv1a(const void *data, size_t len)
{
	const uint8_t *p = data;
	uint32_t h = BUFFERS_FNV1A_OFFSET_BASIS;

	while (len--) {
		h ^= *p++;
		h *= BUFFERS_FNV1A_PRIME;
	}
	return h;
}

static void print_bytes(const char *label, const uint8_t *p, size_t len)
{
	printf("%s", label);
	for (size_t i = 0; i < len; i++)
		printf("%c", (p[i] >= 0x20 && p[i] < 0x7f) ? p[i] : '.');
	printf("\n");
}

/* 1. Hash a string passed as a temporary memory reference. */
static void demo_checksum(void)
{
	static const char msg[] = "Hello from the normal world";
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t origin = 0;
	uint32_t expected = fnv1a(msg, strlen(msg));

	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_MEMREF_TEMP_INPUT,
					 TEEC_VALUE_OUTPUT, TEEC_NONE,
					 TEEC_NONE);
	op.params[0].tmpref.buffer = (void *)msg;
	op.params[0].tmpref.size = strlen(msg);

	printf("Asking the TA for the checksum of \"%s\" (temporary memref)\n",
	       msg);
	res = TEEC_InvokeCommand(&sess, BUFFERS_CMD_CHECKSUM, &op, &origin);
	if (res != TEEC_SUCCESS)
		die("TEEC_InvokeCommand(CHECKSUM)", res, origin);

	printf("TA hashed %u bytes to 0x%08x (expected 0x%08x)\n",
	       (unsigned int)op.params[1].value.b,
	       (unsigned int)op.params[1].value.a, (unsigned int)expected);
	if (op.params[1].value.a != expected ||
	    op.params[1].value.b != strlen(msg))
		wrong("checksum computed by the TA does not match");
}

/* 2. Let the TA fill a 64 KiB block of allocated shared memory. */
static void demo_allocated_fill(void)
{
	const size_t size = 64 * 1024;
	const uint8_t byte = 0xA5;
	TEEC_SharedMemory shm;
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t origin = 0;
	const uint8_t *p;

	/*
	 * TEEC_MEMREF_WHOLE takes its direction from the flags, so an
	 * output-only block reaches the TA as an output memref.
	 */
	memset(&shm, 0, sizeof(shm));
	shm.size = size;
	shm.flags = TEEC_MEM_OUTPUT;
	printf("Allocating %zu bytes of shared memory\n", size);
	res = TEEC_AllocateSharedMemory(&ctx, &shm);
	if (res != TEEC_SUCCESS)
		die("TEEC_AllocateSharedMemory", res, TEEC_ORIGIN_API);
	memset(shm.buffer, 0, shm.size);

	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_MEMREF_WHOLE, TEEC_VALUE_INPUT,
					 TEEC_NONE, TEEC_NONE);
	op.params[0].memref.parent = &shm;
	op.params[1].value.a = byte;
	op.params[1].value.b = (uint32_t)size;

	printf("Asking the TA to fill it with 0x%02x (whole memref)\n",
	       (unsigned int)byte);
	res = TEEC_InvokeCommand(&sess, BUFFERS_CMD_FILL, &op, &origin);
	if (res != TEEC_SUCCESS)
		die("TEEC_InvokeCommand(FILL)", res, origin);

	p = shm.buffer;
	for (size_t i = 0; i < size; i++) {
		if (p[i] != byte) {
			fprintf(stderr, "buffers: byte %zu is 0x%02x\n", i,
				(unsigned int)p[i]);
			wrong("the TA did not fill the shared memory");
		}
	}
	printf("TA filled %zu bytes; all of them read back as 0x%02x\n",
	       op.params[0].memref.size, (unsigned int)byte);

	TEEC_ReleaseSharedMemory(&shm);
	printf("Released the shared memory\n");
}

/* 3. Register a stack buffer and let the TA reverse part of it. */
static void demo_registered_reverse(void)
{
	char text[] = "[[0123456789abcdef]]";
	const char expected[] = "[[fedcba9876543210]]";
	const size_t offset = 2;
	const size_t len = 16;
	TEEC_SharedMemory shm;
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t origin = 0;

	memset(&shm, 0, sizeof(shm));
	shm.buffer = text;
	shm.size = sizeof(text);
	shm.flags = TEEC_MEM_INPUT | TEEC_MEM_OUTPUT;
	printf("Registering a %zu-byte stack buffer as shared memory\n",
	       shm.size);
	res = TEEC_RegisterSharedMemory(&ctx, &shm);
	if (res != TEEC_SUCCESS)
		die("TEEC_RegisterSharedMemory", res, TEEC_ORIGIN_API);

	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_MEMREF_PARTIAL_INOUT, TEEC_NONE,
					 TEEC_NONE, TEEC_NONE);
	op.params[0].memref.parent = &shm;
	op.params[0].memref.offset = offset;
	op.params[0].memref.size = len;

	print_bytes("Before: ", (const uint8_t *)text, strlen(text));
	printf("Asking the TA to reverse bytes %zu..%zu (partial memref)\n",
	       offset, offset + len - 1);
	res = TEEC_InvokeCommand(&sess, BUFFERS_CMD_REVERSE, &op, &origin);
	if (res != TEEC_SUCCESS)
		die("TEEC_InvokeCommand(REVERSE)", res, origin);
	print_bytes("After:  ", (const uint8_t *)text, strlen(text));

	if (memcmp(text, expected, sizeof(expected)) != 0)
		wrong("the TA did not reverse exactly the requested range");

	TEEC_ReleaseSharedMemory(&shm);
	printf("Released the registered memory\n");
}

/*
 * 4. Ask for more bytes than the buffer holds: the TA answers
 *    TEEC_ERROR_SHORT_BUFFER and reports the size it needs, and the
 *    client retries with a buffer of that size.
 */
static void demo_short_buffer(void)
{
	const uint32_t count = 100;
	uint8_t small[16];
	uint8_t *big;
	TEEC_Operation op;
	TEEC_Result res;
	uint32_t origin = 0;
	size_t needed;

	memset(&op, 0, sizeof(op));
	op.paramTypes = TEEC_PARAM_TYPES(TEEC_MEMREF_TEMP_OUTPUT,
					 TEEC_VALUE_INPUT, TEEC_NONE,
					 TEEC_NONE);
	op.params[0].tmpref.buffer = small;
	op.params[0].tmpref.size = sizeof(small);
	op.params[1].value.a = 'x';
	op.params[1].value.b = count;

	printf("Asking the TA to write %u bytes into a %zu-byte buffer\n",
	       (unsigned int)count, sizeof(small));
	res = TEEC_InvokeCommand(&sess, BUFFERS_CMD_FILL, &op, &origin);
	if (res != TEEC_ERROR_SHORT_BUFFER) {
		fprintf(stderr, "buffers: expected TEEC_ERROR_SHORT_BUFFER "
			"(0x%08x)\n", (unsigned int)TEEC_ERROR_SHORT_BUFFER);
		die("TEEC_InvokeCommand(FILL, short buffer)", res, origin);
	}
	needed = op.params[0].tmpref.size;
	printf("TA answered TEEC_ERROR_SHORT_BUFFER and needs %zu bytes\n",
	       needed);
	if (needed != count)
		wrong("the TA reported the wrong size");

	big = malloc(needed);
	if (!big)
		wrong("out of memory");
	op.params[0].tmpref.buffer = big;
	op.params[0].tmpref.size = needed;
	printf("Retrying with a %zu-byte buffer\n", needed);
	res = TEEC_InvokeCommand(&sess, BUFFERS_CMD_FILL, &op, &origin);
	if (res != TEEC_SUCCESS)
		die("TEEC_InvokeCommand(FILL, retry)", res, origin);
	for (size_t i = 0; i < needed; i++)
		if (big[i] != 'x')
			wrong("the TA did not fill the buffer");
	printf("TA wrote %zu bytes\n", op.params[0].tmpref.size);
	free(big);
}

int main(void)
{
	TEEC_UUID uuid = TA_BUFFERS_UUID;
	TEEC_Result res;
	uint32_t origin = 0;

	res = TEEC_InitializeContext(NULL, &ctx);
	if (res != TEEC_SUCCESS)
		die("TEEC_InitializeContext", res, TEEC_ORIGIN_API);

	printf("Opening a session with the buffers TA\n");
	res = TEEC_OpenSession(&ctx, &sess, &uuid, TEEC_LOGIN_PUBLIC, NULL,
			       NULL, &origin);
	if (res != TEEC_SUCCESS)
		die("TEEC_OpenSession", res, origin);

	demo_checksum();
	demo_allocated_fill();
	demo_registered_reverse();
	demo_short_buffer();

	TEEC_CloseSession(&sess);
	printf("Closed the session\n");
	TEEC_FinalizeContext(&ctx);

	return 0;
}
