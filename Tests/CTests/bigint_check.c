/*
 * swift-tee: checks of the big-integer backend (Sources/CTEECryptoBackend/bigint.c),
 * GP TEE Internal Core API 1.3.1 chapter 8, through its stee_bigint_api table:
 *
 *   gcc -std=gnu11 -Wall -I Sources/CTEECryptoBackend/include -I Sources/CTEETAABI/include \
 *       Sources/CTEECryptoBackend/bigint.c Tests/CTests/bigint_check.c -lcrypto
 *
 * With -DBIGINT_CHECK_LIBUTEE, -I DevKit/include and DevKit/libutee/arith.c added, it
 * also checks libutee's TEE_BigInt* functions over the same table (TEE_Panic is caught
 * here), FMM and TEE_BigIntRelativePrime included.
 *
 * Prints "ok N - what" or "not ok N - what" per check, then "1..N"; exits 1 if any failed.
 * Known answers were computed with Python's int (pow(a, b, n), divmod...).
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "CTEECryptoBackend.h"

#ifdef BIGINT_CHECK_LIBUTEE
#include <tee_internal_api.h>
#endif

#define WORDS(bits) ((((size_t)(bits) + 31) / 32) + 2)
#define MAX_BITS 32768

#define R_OK 0x00000000u
#define R_NOT_SUPPORTED 0xFFFF000Au
#define R_SHORT_BUFFER 0xFFFF0010u
#define R_OVERFLOW 0xFFFF300Fu
#define R_PANIC STEE_BIGINT_PANIC

static const stee_bigint_api *api;
static int checks, failures;

static bool check(bool condition, const char *what)
{
	checks++;
	if (!condition)
		failures++;
	printf("%s %d - %s\n", condition ? "ok" : "not ok", checks, what);
	return condition;
}

/* ---- helpers ------------------------------------------------------------ */

static uint32_t *allocated[512];
static int allocated_count;

/* A big integer of `bits` bits, initialised to zero. */
static uint32_t *big(size_t bits)
{
	size_t words = WORDS(bits);
	uint32_t *b = calloc(words, sizeof(uint32_t));

	if (!b || allocated_count == 512 || api->init(b, words) != R_OK) {
		fprintf(stderr, "cannot make a %zu-bit big integer\n", bits);
		exit(2);
	}
	allocated[allocated_count++] = b;
	return b;
}

/* Sets `b` from "[-]hex". */
static uint32_t set(uint32_t *b, const char *hex)
{
	static uint8_t bytes[MAX_BITS / 8 + 16];
	int32_t sign = 1;
	size_t digits, length = 0;

	if (*hex == '-') {
		sign = -1;
		hex++;
	}
	digits = strlen(hex);
	for (size_t i = 0; i < digits; i++) {
		char c = hex[digits - 1 - i];
		unsigned v = c <= '9' ? (unsigned)(c - '0') : (unsigned)((c | 0x20) - 'a' + 10);

		if (i % 2 == 0)
			bytes[sizeof(bytes) - 1 - i / 2] = (uint8_t)v;
		else
			bytes[sizeof(bytes) - 1 - i / 2] |= (uint8_t)(v << 4);
		length = i / 2 + 1;
	}
	return api->from_octets(b, bytes + sizeof(bytes) - length, length, sign);
}

static uint32_t *num(size_t bits, const char *hex)
{
	uint32_t *b = big(bits);

	if (set(b, hex) != R_OK) {
		fprintf(stderr, "%s does not fit in %zu bits\n", hex, bits);
		exit(2);
	}
	return b;
}

/* "[-]hex" of `b` ("0" for zero), "PANIC" for a malformed one. */
static const char *hex(const uint32_t *b)
{
	static char texts[4][MAX_BITS / 4 + 8];
	static int next;
	static uint8_t bytes[MAX_BITS / 8 + 8];
	char *text = texts[next++ % 4], *p = text;
	size_t length = sizeof(bytes);

	if (api->bit_count(b) == R_PANIC || api->to_octets(bytes, &length, b) != R_OK)
		return "PANIC";
	if (api->cmp_s32(b, 0) < 0)
		*p++ = '-';
	for (size_t i = 0; i < length; i++)
		p += sprintf(p, "%02x", bytes[i]);
	*p = 0;
	char *digits = text + (text[0] == '-');
	if (length == 0)
		strcpy(digits, "0");
	else if (digits[0] == '0')
		memmove(digits, digits + 1, strlen(digits));
	return text;
}

static void is(const uint32_t *b, const char *expected, const char *what)
{
	const char *got = hex(b);

	if (!check(strcmp(got, expected) == 0, what))
		printf("#   got      %s\n#   expected %s\n", got, expected);
}

static void rc_is(uint32_t rc, uint32_t expected, const char *what)
{
	if (!check(rc == expected, what))
		printf("#   got 0x%08" PRIx32 ", expected 0x%08" PRIx32 "\n", rc, expected);
}

static int32_t s32(const uint32_t *b)
{
	int32_t v = 0x5A5A5A5A;

	api->to_s32(&v, b);
	return v;
}

/* Known values (Python). */
static const char *A = "b37523a53b4a3ee20463513755ac0ecd5e6a0a2edd70e34dc1d77cffb7decc0c5d96cf7f265beda9cf0c26ef4243ed52566bf9d7c55a45f8d1a6e55e9b9b1325";
static const char *B = "bfb5bae2d26683447c10cc8af11dd4eabbd1fcfb9809823beb1e6ba3ad74de45321ad915a36";
static const char *N = "db18bd763f20134cfdfb462fd6fad8dbf82d5644ef7d9967699f071a5fd8e665a9dfdec6baecde5baf5d8bb09f2e9ea4765890e0f94855d0d178403035c9a8c4668dc8f46a423cf9d330a5494d14cf1a4cc346363c23403800d9f4ad53a2f2b633f5f28807f0cbd41ff135342e825ce1158d003d9a0b2361aed09b824ca87fc3";
static const char *X = "5c80f9b67fd4c1e84d0c3f0b2e73ae0eee45145f585675fd17737815438a5b507bda21c604af42ada0aea0eaa72870bdd63d2a5d17644600e0bc896afbec9a66dbb8cb8ef65ed7826ad41ef88c279d937c990fad57dcafd3a7cfb366088155f476354b65ed08d6b422acab59248b974bf416c30f1f0742a0e46c215b5fa5b0c";
static const char *E = "2c89680e98c5884857ce06bf9a21be1355cca5db3c7b88e535f2002b9f7f89ec689c846b6b81ec64a66b263ab8474ccf768f221a91b4e9dcc31d7b90ff191f0fed5ce26af1ac6da2e0126319a72180d908a3e291dd257d50f4bf777e1030fe1ca1ab21554c6c4b370faf36fb78eda4fea394aba6a42ed19aa5bf36518677db7";
static const char *X_E_N = "4d8f41b0bd2efcdc1c2eb1b6e9488b6dda5e538931763d7d5623666724e8cc2d81ca8a632d3a7230fd5a29ba171921b5c8a24ceafafd6c245e6300253b30fc14890e3cc8a7c4f157f172ec4892c108820941193c612e07299d395a273fab654c9ba4fdde6d8a99572f1aa076ddced37d2ffc4f0edc8a3a251dc9dd938b70691d";
static const char *M = "86f4f14cc599fac75f4e45815c00d3d2d68c20053f91ed953cc89b41f339a684";
static const char *U = "12b04df1c444a62e8d1eac030bab1534b2a57e606d09cf94d2e06b36b9ea43d4";
static const char *V = "698f8118deef435140ba6f09be38fcbb133945bae4114d10ed20eb98ea70df2d";
static const char *P127 = "7fffffffffffffffffffffffffffffff";
static const char *Y = "11cee098ac03649d6442260559d7e79";

/* ---- initialisation and headers ------------------------------------------ */

static void test_init(void)
{
	uint32_t words[WORDS(MAX_BITS) + 1];

	rc_is(api->init(words, 0), R_PANIC, "init: 0 words panics");
	rc_is(api->init(words, 1), R_PANIC, "init: 1 word (no room for the header) panics");
	rc_is(api->init(NULL, 3), R_PANIC, "init: NULL panics");
	rc_is(api->init(words, WORDS(MAX_BITS) + 1), R_PANIC, "init: more than TEE_BigIntSizeInU32(32768) words panics");
	memset(words, 0xA5, sizeof(words));
	rc_is(api->init(words, WORDS(MAX_BITS)), R_OK, "init: TEE_BigIntSizeInU32(32768) words");
	check(words[0] == 1024 && words[1] == 0 && words[2] == 0 && words[WORDS(MAX_BITS) - 1] == 0,
	      "init: header (1024 words allocated, 0 used, positive) and zeroed value");
	check(words[WORDS(MAX_BITS)] == 0xA5A5A5A5, "init: writes no word beyond len");
	check(api->max_bits == MAX_BITS, "max_bits is 32768");

	uint32_t *empty = big(0);
	rc_is(api->init(empty, 2), R_OK, "init: 2 words (TEE_BigIntSizeInU32(0)) holds zero");
	rc_is(api->from_s32(empty, 0), R_OK, "a zero-capacity big integer takes 0");
	rc_is(api->from_s32(empty, 1), R_PANIC, "a zero-capacity big integer cannot take 1 (panic)");
	rc_is(api->from_s32(NULL, 1), R_PANIC, "from_s32: NULL panics");
}

static void test_headers(void)
{
	uint32_t bad[6] = { 2, 3, 1, 1, 1, 0 };	/* used > allocated */
	uint32_t *ok = num(64, "1234");

	rc_is(api->bit_count(bad), R_PANIC, "header: more words used than allocated panics");
	bad[0] = 2, bad[1] = 0x80000000u;
	rc_is(api->bit_count(bad), R_PANIC, "header: negative zero panics");
	bad[0] = 1025, bad[1] = 1;
	rc_is(api->bit_count(bad), R_PANIC, "header: more than 1024 value words allocated panics");
	bad[0] = 2, bad[1] = 2, bad[2] = 5, bad[3] = 0;
	rc_is(api->bit_count(bad), R_PANIC, "header: a most significant word of zero panics");
	bad[1] = 0x40000001u;
	rc_is(api->bit_count(bad), R_PANIC, "header: stray bits in the used count panic");
	memset(bad, 0xFF, sizeof(bad));
	rc_is(api->bit_count(bad), R_PANIC, "header: uninitialised (0xFF...) memory panics");
	rc_is(api->bit_count(NULL), R_PANIC, "bit_count: NULL panics");
	check(api->cmp(bad, ok) == INT32_MIN && api->cmp(ok, bad) == INT32_MIN && api->cmp_s32(bad, 0) == INT32_MIN,
	      "cmp/cmp_s32 on a malformed operand answer INT32_MIN");
	check(api->is_probable_prime(bad, 80) == (int32_t)R_PANIC, "is_probable_prime on a malformed operand panics");
	rc_is(api->compute(STEE_BIGINT_ADD, bad, ok, ok, NULL), R_PANIC, "a malformed destination panics");
	rc_is(api->compute(STEE_BIGINT_ADD, ok, ok, bad, NULL), R_PANIC, "a malformed operand panics");
	rc_is(api->compute(STEE_BIGINT_ADD, ok, ok, NULL, NULL), R_PANIC, "a missing operand panics");
	rc_is(api->compute(STEE_BIGINT_MOD, ok, ok, NULL, NULL), R_PANIC, "a missing modulus panics");
	rc_is(api->compute((enum stee_bigint_op)99, ok, ok, ok, ok), R_PANIC, "an unknown operation panics");
	is(ok, "1234", "operands are left as they were");
}

/* ---- conversions ---------------------------------------------------------- */

static void test_octets(void)
{
	uint32_t *a = big(512), *small = big(32), *zero = big(64);
	uint8_t out[80];
	size_t length;

	rc_is(set(a, A), R_OK, "from_octets: 512-bit value");
	is(a, A, "octets round trip");
	check(a[0] == 16 && a[1] == 16, "header: 16 words allocated and used");
	rc_is(set(a, "-1234567890abcdef"), R_OK, "from_octets: negative");
	is(a, "-1234567890abcdef", "negative round trip");
	check(a[1] == (0x80000000u | 2) && a[4] == 0 && a[17] == 0,
	      "header: sign bit and 2 words used; the rest of the old value is wiped");
	length = sizeof(out);
	rc_is(api->to_octets(out, &length, a), R_OK, "to_octets of a negative value");
	check(length == 8 && memcmp(out, "\x12\x34\x56\x78\x90\xab\xcd\xef", 8) == 0,
	      "to_octets writes the magnitude, most significant byte first");

	const uint8_t padded[] = { 0, 0, 0, 0, 0, 0x12, 0x34, 0x56, 0x78 };
	rc_is(api->from_octets(small, padded, sizeof(padded), 1), R_OK,
	      "from_octets: leading zero bytes do not count against the capacity");
	is(small, "12345678", "leading zeros dropped");
	rc_is(api->from_octets(small, (const uint8_t *)"\x01\x00\x00\x00\x00", 5, 1), R_OVERFLOW,
	      "from_octets: 33 bits into 32 -> TEE_ERROR_OVERFLOW");
	is(small, "12345678", "after OVERFLOW the destination is unchanged");
	rc_is(api->from_octets(small, NULL, 0, -1), R_OK, "from_octets: empty string");
	is(small, "0", "empty string is zero");
	check(small[1] == 0, "a negative sign on zero gives +0 (no negative zero)");
	rc_is(api->from_octets(small, (const uint8_t *)"\0\0", 2, -5), R_OK, "from_octets: zeros, negative sign");
	check(small[1] == 0 && api->cmp_s32(small, 0) == 0, "zeros with a negative sign are +0");
	rc_is(api->from_octets(small, NULL, 1, 1), R_PANIC, "from_octets: NULL buffer of length 1 panics");
	rc_is(api->from_octets(small, (const uint8_t *)"\x01", SIZE_MAX, 1), R_OVERFLOW,
	      "from_octets: a length of SIZE_MAX -> TEE_ERROR_OVERFLOW (no wrap-around)");

	length = 5;
	rc_is(api->to_octets(out, &length, zero), R_OK, "to_octets of zero");
	check(length == 0, "zero is the empty octet string");
	set(small, "-12345678");
	length = 3;
	rc_is(api->to_octets(out, &length, small), R_SHORT_BUFFER, "to_octets: 3 bytes for 4 -> TEE_ERROR_SHORT_BUFFER");
	check(length == 4, "SHORT_BUFFER reports the length needed");
	rc_is(api->to_octets(NULL, &length, small), R_PANIC, "to_octets: NULL buffer with room claimed panics");
	length = 0;
	rc_is(api->to_octets(NULL, &length, small), R_SHORT_BUFFER, "to_octets: NULL buffer of length 0 asks for the size");
	check(length == 4, "size query answers 4");
	rc_is(api->to_octets(out, NULL, small), R_PANIC, "to_octets: NULL length panics");
	length = 4;
	rc_is(api->to_octets(out, &length, small), R_OK, "to_octets: exact length");
	check(memcmp(out, "\x12\x34\x56\x78", 4) == 0, "exact-length octets");
}

static void test_s32(void)
{
	static const int32_t values[] = { INT32_MIN, INT32_MIN + 1, -65536, -1, 0, 1, 255, 65536, INT32_MAX };
	uint32_t *b = big(32), *wide = big(96);
	int32_t v;
	bool all = true;

	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		all &= api->from_s32(b, values[i]) == R_OK;
		all &= api->to_s32(&v, b) == R_OK && v == values[i];
		all &= api->cmp_s32(b, values[i]) == 0;
	}
	check(all, "from_s32/to_s32 round trip (INT32_MIN ... INT32_MAX)");
	api->from_s32(b, INT32_MIN);
	is(b, "-80000000", "INT32_MIN is -0x80000000");
	api->from_s32(b, 0);
	check(b[1] == 0, "0 from S32 is +0");

	set(wide, "80000000");
	rc_is(api->to_s32(&v, wide), R_OVERFLOW, "to_s32(2^31) -> TEE_ERROR_OVERFLOW");
	set(wide, "-80000000");
	rc_is(api->to_s32(&v, wide), R_OK, "to_s32(-2^31)");
	check(v == INT32_MIN, "-2^31 is INT32_MIN");
	set(wide, "-80000001");
	rc_is(api->to_s32(&v, wide), R_OVERFLOW, "to_s32(-2^31 - 1) -> TEE_ERROR_OVERFLOW");
	set(wide, "100000000");
	rc_is(api->to_s32(&v, wide), R_OVERFLOW, "to_s32(2^32) -> TEE_ERROR_OVERFLOW");
	set(wide, "-10000000000000000");
	rc_is(api->to_s32(&v, wide), R_OVERFLOW, "to_s32(-2^64) -> TEE_ERROR_OVERFLOW");
	rc_is(api->to_s32(NULL, wide), R_PANIC, "to_s32: NULL destination panics");
}

/* ---- logical -------------------------------------------------------------- */

static void test_compare(void)
{
	uint32_t *a = num(512, A), *b = num(512, B), *na = big(512), *nb = big(512), *w = big(64);

	api->compute(STEE_BIGINT_NEG, na, a, NULL, NULL);
	api->compute(STEE_BIGINT_NEG, nb, b, NULL, NULL);
	check(api->cmp(a, b) > 0 && api->cmp(b, a) < 0 && api->cmp(a, a) == 0, "cmp: A > B, B < A, A == A");
	check(api->cmp(na, b) < 0 && api->cmp(b, na) > 0, "cmp: -A < B");
	check(api->cmp(na, nb) < 0 && api->cmp(nb, na) > 0, "cmp: -A < -B (|A| > |B|)");
	check(api->cmp_s32(a, INT32_MAX) > 0 && api->cmp_s32(na, INT32_MIN) < 0, "cmp_s32 of big values");
	set(w, "-5");
	check(api->cmp_s32(w, -4) < 0 && api->cmp_s32(w, -5) == 0 && api->cmp_s32(w, -6) > 0 && api->cmp_s32(w, 0) < 0,
	      "cmp_s32: -5 against -4, -5, -6, 0");
	set(w, "100000000");
	check(api->cmp_s32(w, INT32_MAX) > 0, "cmp_s32: 2^32 > INT32_MAX");
	set(w, "-80000000");
	check(api->cmp_s32(w, INT32_MIN) == 0, "cmp_s32: -2^31 == INT32_MIN");
}

static void test_shift(void)
{
	uint32_t *a = num(512, A), *d = big(512), *tiny = big(32);

	rc_is(api->shift_right(d, a, 77), R_OK, "shift_right 77");
	is(d, "59ba91d29da51f710231a89baad60766af3505176eb871a6e0ebbe7fdbef66062ecb67bf932df6d4e7861377a121f6a92b35fcebe2ad2",
	   "A >> 77");
	api->compute(STEE_BIGINT_NEG, d, a, NULL, NULL);
	api->shift_right(d, d, 77);
	is(d, "-59ba91d29da51f710231a89baad60766af3505176eb871a6e0ebbe7fdbef66062ecb67bf932df6d4e7861377a121f6a92b35fcebe2ad2",
	   "-A >> 77 keeps the sign (|dest| = |op| >> bits), in place");
	api->shift_right(d, a, 0);
	is(d, A, "A >> 0 = A");
	api->shift_right(d, a, 64);
	is(d, "b37523a53b4a3ee20463513755ac0ecd5e6a0a2edd70e34dc1d77cffb7decc0c5d96cf7f265beda9cf0c26ef4243ed52566bf9d7c55a45f8",
	   "A >> 64 (whole words)");
	api->compute(STEE_BIGINT_NEG, d, a, NULL, NULL);
	api->shift_right(d, d, 512);
	is(d, "0", "-A >> 512 is zero");
	check(d[1] == 0, "... a positive zero");
	api->shift_right(d, a, SIZE_MAX);
	is(d, "0", "A >> SIZE_MAX is zero");
	rc_is(api->shift_right(tiny, a, 400), R_PANIC, "shift_right: 112-bit result into 32 bits panics");
	rc_is(api->shift_right(tiny, a, 480), R_OK, "shift_right: 32-bit result into 32 bits");
	is(tiny, "b37523a5", "A >> 480");
}

static void test_bits(void)
{
	uint32_t *a = num(512, A), *n = big(512), *b = big(128);

	api->compute(STEE_BIGINT_NEG, n, a, NULL, NULL);
	check(api->get_bit(a, 0) == 1 && api->get_bit(a, 1) == 0 && api->get_bit(a, 2) == 1 && api->get_bit(a, 511) == 1,
	      "get_bit: bits 0, 1, 2, 511 of A");
	check(api->get_bit(a, 512) == 0 && api->get_bit(a, 100000) == 0 && api->get_bit(a, UINT32_MAX) == 0,
	      "get_bit beyond the value is 0");
	check(api->get_bit(n, 0) == 1 && api->get_bit(n, 511) == 1, "get_bit reads |src|");
	check(api->bit_count(a) == 512 && api->bit_count(n) == 512 && api->bit_count(b) == 0, "bit_count: 512, 512 (of -A), 0");
	set(b, "1");
	check(api->bit_count(b) == 1, "bit_count(1) = 1");

	set(b, "0");
	rc_is(api->set_bit(b, 100, true), R_OK, "set_bit 100 on zero");
	is(b, "10000000000000000000000000", "2^100");
	rc_is(api->set_bit(b, 127, true), R_OK, "set_bit 127 (last allocated bit)");
	rc_is(api->set_bit(b, 128, true), R_OVERFLOW, "set_bit 128 of 128 -> TEE_ERROR_OVERFLOW");
	rc_is(api->set_bit(b, 128, false), R_OVERFLOW, "clearing bit 128 of 128 -> TEE_ERROR_OVERFLOW too");
	rc_is(api->set_bit(b, 127, false), R_OK, "clear bit 127");
	rc_is(api->set_bit(b, 100, false), R_OK, "clear bit 100");
	is(b, "0", "back to zero");
	check(b[1] == 0, "... with no word in use");
	rc_is(api->set_bit(b, 3, false), R_OK, "clearing a bit that is not set");
	is(b, "0", "still zero");
	set(b, "-1");
	api->set_bit(b, 4, true);
	is(b, "-11", "set_bit keeps the sign: -1 | 2^4 = -17");
	api->set_bit(b, 0, false);
	api->set_bit(b, 4, false);
	is(b, "0", "clearing every bit of a negative value");
	check(b[1] == 0, "... gives +0");
}

static void test_assign(void)
{
	uint32_t *a = num(512, A), *d = big(512), *small = big(480), *n = big(512);

	rc_is(api->assign(d, a), R_OK, "assign");
	is(d, A, "assigned value");
	rc_is(api->assign(small, a), R_OVERFLOW, "assign 512 bits to 480 -> TEE_ERROR_OVERFLOW");
	rc_is(api->assign(d, d), R_OK, "assign to itself");
	is(d, A, "self-assignment keeps the value");
	api->compute(STEE_BIGINT_NEG, n, a, NULL, NULL);
	api->assign(d, n);
	is(d, "-b37523a53b4a3ee20463513755ac0ecd5e6a0a2edd70e34dc1d77cffb7decc0c5d96cf7f265beda9cf0c26ef4243ed52566bf9d7c55a45f8d1a6e55e9b9b1325",
	   "assign keeps the sign");
	rc_is(api->compute(STEE_BIGINT_ABS, d, n, NULL, NULL), R_OK, "abs");
	is(d, A, "abs(-A) = A");
	rc_is(api->compute(STEE_BIGINT_ABS, n, n, NULL, NULL), R_OK, "abs in place");
	is(n, A, "abs(-A) in place");
	rc_is(api->compute(STEE_BIGINT_ABS, small, a, NULL, NULL), R_OVERFLOW, "abs into too small -> TEE_ERROR_OVERFLOW");
	rc_is(api->assign(small, NULL), R_PANIC, "assign from NULL panics");
}

/* ---- arithmetic ----------------------------------------------------------- */

static void test_basic(void)
{
	uint32_t *a = num(512, A), *b = num(512, B), *d = big(1024), *e = big(1024), *small = big(512);

	rc_is(api->compute(STEE_BIGINT_ADD, d, a, b, NULL), R_OK, "add");
	is(d, "b37523a53b4a3ee20463513755ac0ecd5e6a0a2edd70e34dc1d788fb138cf932c5cb174033249cbbac5ad2ac6213a6d2ee8fb889ac1480d01f8b3880492c6d5b", "A + B");
	api->compute(STEE_BIGINT_SUB, d, b, a, NULL);
	is(d, "-b37523a53b4a3ee20463513755ac0ecd5e6a0a2edd70e34dc1d771045c309ee5f56287be19933e97f1bd7b32227433d1be483b25dea00b2183c2923cee09b8ef", "B - A");
	api->compute(STEE_BIGINT_ADD, d, d, a, NULL);
	is(d, B, "(B - A) + A = B, dest aliasing op1");
	api->compute(STEE_BIGINT_MUL, d, a, b, NULL);
	is(d, "8663ca6c97dcc94a121afee6f2e72ac3bfbb7f572a872096d289902176051607c3c4616070a4f591dae79e3875a65c3b5b87447d17d0c78a248cacb21a21bc0eaff55f3a2ec8e1ae268227680de28e3045e414ee1c430571b27fda7b35143bc0a3430660bce", "A * B");
	api->compute(STEE_BIGINT_NEG, e, a, NULL, NULL);
	api->compute(STEE_BIGINT_MUL, e, e, b, NULL);
	is(e, "-8663ca6c97dcc94a121afee6f2e72ac3bfbb7f572a872096d289902176051607c3c4616070a4f591dae79e3875a65c3b5b87447d17d0c78a248cacb21a21bc0eaff55f3a2ec8e1ae268227680de28e3045e414ee1c430571b27fda7b35143bc0a3430660bce", "-A * B");
	api->compute(STEE_BIGINT_SQUARE, d, a, NULL, NULL);
	is(d, "7dcd0572aae89ea9555d116d06c1514085d81e47046efe110ce7e6d8db3e4d4e151df4f0d56e8c4ca2b1f89d6ad001e0804b06e4f8e59337de6a9b574dd80e2186676f15eacd73c1e72c83f943438e5048af03a4ef5536a58b187c42f06391012609b974f543eca8bed143c64110b3079f5b8d283b12716952b3684afe3c8359", "A^2");
	api->compute(STEE_BIGINT_NEG, e, a, NULL, NULL);
	api->compute(STEE_BIGINT_MUL, e, e, e, NULL);
	is(e, hex(d), "(-A) * (-A) = A^2, all three aliased");
	api->assign(e, a);
	api->compute(STEE_BIGINT_ADD, e, e, e, NULL);
	api->compute(STEE_BIGINT_SUB, e, e, a, NULL);
	is(e, A, "A + A - A, aliased");
	api->compute(STEE_BIGINT_SUB, e, e, e, NULL);
	is(e, "0", "x - x = 0");
	check(e[1] == 0, "... +0");
	rc_is(api->compute(STEE_BIGINT_MUL, small, a, b, NULL), R_PANIC, "a product that does not fit panics");
	rc_is(api->compute(STEE_BIGINT_SQUARE, small, a, NULL, NULL), R_PANIC, "a square that does not fit panics");
	is(small, "0", "the destination is untouched by the panic");
	api->compute(STEE_BIGINT_NEG, e, small, NULL, NULL);
	check(e[1] == 0, "neg(0) is +0");
	api->compute(STEE_BIGINT_NEG, e, a, NULL, NULL);
	api->compute(STEE_BIGINT_NEG, e, e, NULL, NULL);
	is(e, A, "neg(neg(A)) in place");
}

static void test_div(void)
{
	static const struct { int32_t a, b, q, r; } small[] = {
		{ 7, 2, 3, 1 }, { -7, 2, -3, -1 }, { 7, -2, -3, 1 }, { -7, -2, 3, -1 },
		{ 6, 3, 2, 0 }, { -6, 3, -2, 0 }, { 1, 5, 0, 1 }, { -1, 5, 0, -1 }, { 0, -3, 0, 0 },
	};
	uint32_t *x = big(64), *y = big(64), *q = big(64), *r = big(64);
	bool all = true;

	for (size_t i = 0; i < sizeof(small) / sizeof(small[0]); i++) {
		api->from_s32(x, small[i].a);
		api->from_s32(y, small[i].b);
		all &= api->div(q, r, x, y) == R_OK;
		all &= s32(q) == small[i].q && s32(r) == small[i].r;
		all &= q[1] != 0x80000000u && r[1] != 0x80000000u;
	}
	check(all, "div: quotient rounds toward zero, remainder takes the dividend's sign (±7/±2, ...)");

	static const struct { int sa, sb; const char *q, *r; } signs[] = {
		{ 1, 1, "efa38cd31ca513547d7b39b88759eec7aa96e6f0561c7b7ba63c6", "8cb7b46f1a9c6257a4051468b77130b0893ba935dc8a9210f740acd7be7a123fa2102106b61" },
		{ 1, -1, "-efa38cd31ca513547d7b39b88759eec7aa96e6f0561c7b7ba63c6", "8cb7b46f1a9c6257a4051468b77130b0893ba935dc8a9210f740acd7be7a123fa2102106b61" },
		{ -1, 1, "-efa38cd31ca513547d7b39b88759eec7aa96e6f0561c7b7ba63c6", "-8cb7b46f1a9c6257a4051468b77130b0893ba935dc8a9210f740acd7be7a123fa2102106b61" },
		{ -1, -1, "efa38cd31ca513547d7b39b88759eec7aa96e6f0561c7b7ba63c6", "-8cb7b46f1a9c6257a4051468b77130b0893ba935dc8a9210f740acd7be7a123fa2102106b61" },
	};
	uint32_t *a = big(512), *b = big(512), *bq = big(512), *br = big(512), *t = big(1024);
	for (size_t i = 0; i < 4; i++) {
		char what[96];

		set(a, A);
		set(b, B);
		if (signs[i].sa < 0)
			api->compute(STEE_BIGINT_NEG, a, a, NULL, NULL);
		if (signs[i].sb < 0)
			api->compute(STEE_BIGINT_NEG, b, b, NULL, NULL);
		api->div(bq, br, a, b);
		snprintf(what, sizeof(what), "div %cA / %cB: quotient", signs[i].sa < 0 ? '-' : '+', signs[i].sb < 0 ? '-' : '+');
		is(bq, signs[i].q, what);
		snprintf(what, sizeof(what), "div %cA / %cB: remainder", signs[i].sa < 0 ? '-' : '+', signs[i].sb < 0 ? '-' : '+');
		is(br, signs[i].r, what);
		api->compute(STEE_BIGINT_MUL, t, bq, b, NULL);
		api->compute(STEE_BIGINT_ADD, t, t, br, NULL);
		snprintf(what, sizeof(what), "div %cA / %cB: q * b + r = a", signs[i].sa < 0 ? '-' : '+', signs[i].sb < 0 ? '-' : '+');
		check(api->cmp(t, a) == 0, what);
	}

	set(a, A);
	set(b, B);
	rc_is(api->div(bq, NULL, a, b), R_OK, "div: no remainder wanted");
	is(bq, signs[0].q, "quotient alone");
	rc_is(api->div(NULL, br, a, b), R_OK, "div: no quotient wanted");
	is(br, signs[0].r, "remainder alone");
	rc_is(api->div(a, b, a, b), R_OK, "div: quotient over the dividend, remainder over the divisor");
	check(strcmp(hex(a), signs[0].q) == 0 && strcmp(hex(b), signs[0].r) == 0, "aliased results are right");
	set(a, A);
	api->from_s32(b, 0);
	rc_is(api->div(bq, br, a, b), R_PANIC, "div by zero panics");
	set(b, B);
	rc_is(api->div(bq, bq, a, b), R_PANIC, "div: quotient and remainder in the same memory panics");
	rc_is(api->div(q, br, a, b), R_PANIC, "div: a quotient that does not fit panics");
	is(br, signs[0].r, "... leaving the remainder unwritten too");
}

static void test_mod(void)
{
	uint32_t *a = num(512, A), *n = num(1024, N), *d = big(1024), *x = big(64), *m = big(64);

	api->compute(STEE_BIGINT_NEG, d, a, NULL, NULL);
	rc_is(api->compute(STEE_BIGINT_MOD, d, d, NULL, n), R_OK, "mod of a negative value, in place");
	is(d, "db18bd763f20134cfdfb462fd6fad8dbf82d5644ef7d9967699f071a5fd8e665a9dfdec6baecde5baf5d8bb09f2e9ea4765890e0f94855d0d178403035c9a8c3b318a54f2ef7fe17cecd5411f768c04cee593c075eb25cea3f0277ad9bc426a9d65f2308e194de2a50e50e44ec3e6f8ebf210665d4b0dd68dd29b623b10d6c9e",
	   "-A mod N is in [0, N)");
	api->from_s32(x, -1);
	api->from_s32(m, 7);
	api->compute(STEE_BIGINT_MOD, x, x, NULL, m);
	check(s32(x) == 6, "-1 mod 7 = 6");
	api->from_s32(x, 100);
	api->from_s32(m, 2);
	rc_is(api->compute(STEE_BIGINT_MOD, x, x, NULL, m), R_OK, "mod 2 is allowed");
	api->from_s32(m, 1);
	rc_is(api->compute(STEE_BIGINT_MOD, x, x, NULL, m), R_PANIC, "mod 1 panics (n must be > 1)");
	api->from_s32(m, 0);
	rc_is(api->compute(STEE_BIGINT_MOD, x, x, NULL, m), R_PANIC, "mod 0 panics");
	api->from_s32(m, -7);
	rc_is(api->compute(STEE_BIGINT_MOD, x, x, NULL, m), R_PANIC, "a negative modulus panics");
	uint32_t *m256 = num(256, M), *r = big(256);
	api->compute(STEE_BIGINT_MOD, r, a, NULL, m256);
	is(r, "20d5cbc959e79951aff8dfa213c932cf46f4a0812608f04120a5e5596d2390ad", "A mod M");
	api->compute(STEE_BIGINT_MOD, r, r, NULL, r);
	is(r, "0", "x mod x = 0 (n aliasing dest)");
}

static void test_modular(void)
{
	uint32_t *m = num(256, M), *u = num(256, U), *v = num(256, V), *d = big(256), *big_m = num(512, A), *t = big(512);

	rc_is(api->compute(STEE_BIGINT_ADD_MOD, d, u, v, m), R_OK, "add_mod");
	is(d, "7c3fcf0aa333e97fcdd91b0cc9e411efc5dec41b511b1ca5c00156cfa45b2301", "U + V mod M");
	api->compute(STEE_BIGINT_SUB_MOD, d, u, v, m);
	is(d, "3015be25aaef5da4abb2827aa972ec4c75f858aac88a701922881adfc2b30b2b", "U - V mod M (wraps)");
	api->compute(STEE_BIGINT_SUB_MOD, d, v, u, m);
	is(d, "56df33271aaa9d22b39bc306b28de7866093c75a77077d7c1a40806230869b59", "V - U mod M");
	api->compute(STEE_BIGINT_MUL_MOD, d, u, v, m);
	is(d, "e8a1f018084663033580d6bdeadfc41c5a86a85471afec675e4a520bb23102c", "U * V mod M");
	api->compute(STEE_BIGINT_SQUARE_MOD, d, u, NULL, m);
	is(d, "45861430661aca63ada306e8db0990114096bd7bf48aacbb49de499e58daa258", "U^2 mod M");
	api->assign(d, u);
	api->compute(STEE_BIGINT_MUL_MOD, d, d, d, m);
	is(d, "45861430661aca63ada306e8db0990114096bd7bf48aacbb49de499e58daa258", "U * U mod M, all aliased");
	api->compute(STEE_BIGINT_MOD, t, big_m, NULL, m);
	api->compute(STEE_BIGINT_SQUARE_MOD, d, t, NULL, m);
	is(d, "7fa8b7b72561fb72a4689bb0a06c281004ad6fb318b6a68be69e580c9ba759ed", "(A mod M)^2 mod M = A^2 mod M");

	rc_is(api->compute(STEE_BIGINT_ADD_MOD, d, big_m, v, m), R_PANIC, "add_mod: an operand >= n panics");
	rc_is(api->compute(STEE_BIGINT_SUB_MOD, d, u, m, m), R_PANIC, "sub_mod: an operand equal to n panics");
	api->compute(STEE_BIGINT_NEG, t, u, NULL, NULL);
	rc_is(api->compute(STEE_BIGINT_MUL_MOD, d, t, v, m), R_PANIC, "mul_mod: a negative operand panics");
	rc_is(api->compute(STEE_BIGINT_SQUARE_MOD, d, big_m, NULL, m), R_PANIC, "square_mod: an operand >= n panics");
	api->from_s32(t, 1);
	rc_is(api->compute(STEE_BIGINT_MUL_MOD, d, u, v, t), R_PANIC, "mul_mod with n = 1 panics");
	uint32_t *tiny = big(32);
	rc_is(api->compute(STEE_BIGINT_ADD_MOD, tiny, u, v, m), R_PANIC, "a destination smaller than n's result panics");
}

static void test_inv(void)
{
	uint32_t *p = num(128, P127), *y = num(128, Y), *d = big(128), *x = big(32), *n = big(32);

	rc_is(api->compute(STEE_BIGINT_INV_MOD, d, y, NULL, p), R_OK, "inv_mod");
	is(d, "7712a01acd6d987b786e7a8169f46c15", "Y^-1 mod 2^127-1");
	api->compute(STEE_BIGINT_MUL_MOD, d, d, y, p);
	is(d, "1", "Y * Y^-1 = 1");
	api->from_s32(x, 3);
	api->from_s32(n, 7);
	api->compute(STEE_BIGINT_INV_MOD, x, x, NULL, n);
	check(s32(x) == 5, "3^-1 mod 7 = 5, in place");
	api->from_s32(x, 2);
	api->from_s32(n, 4);
	rc_is(api->compute(STEE_BIGINT_INV_MOD, d, x, NULL, n), R_PANIC, "no inverse (gcd(2, 4) = 2) panics");
	api->from_s32(x, 0);
	api->from_s32(n, 7);
	rc_is(api->compute(STEE_BIGINT_INV_MOD, d, x, NULL, n), R_PANIC, "inverse of 0 panics");
	api->from_s32(x, 9);
	rc_is(api->compute(STEE_BIGINT_INV_MOD, d, x, NULL, n), R_PANIC, "an operand >= n panics");
	api->from_s32(x, -3);
	rc_is(api->compute(STEE_BIGINT_INV_MOD, d, x, NULL, n), R_PANIC, "a negative operand panics");
	api->from_s32(x, 1);
	api->from_s32(n, 2);
	rc_is(api->compute(STEE_BIGINT_INV_MOD, d, x, NULL, n), R_OK, "1^-1 mod 2");
	check(s32(d) == 1, "is 1");
}

static void test_exp(void)
{
	uint32_t *n = num(1024, N), *x = num(1024, X), *e = num(1024, E), *d = big(1024), *w = big(2048);
	uint32_t *s = big(32), *t = big(32), *m = big(32);

	rc_is(api->compute(STEE_BIGINT_EXP_MOD, d, x, e, n), R_OK, "exp_mod 1024-bit");
	is(d, X_E_N, "X^E mod N (Python pow)");
	api->compute(STEE_BIGINT_ADD, w, x, n, NULL);
	rc_is(api->compute(STEE_BIGINT_EXP_MOD, d, w, e, n), R_OK, "exp_mod with a base >= n");
	is(d, X_E_N, "(X + N)^E mod N: the base is reduced");
	api->assign(d, x);
	api->compute(STEE_BIGINT_EXP_MOD, d, d, e, n);
	is(d, X_E_N, "exp_mod with dest = base");
	api->from_s32(s, 4);
	api->from_s32(t, 13);
	api->from_s32(m, 497);
	api->compute(STEE_BIGINT_EXP_MOD, s, s, t, m);
	check(s32(s) == 445, "4^13 mod 497 = 445");
	api->from_s32(t, 0);
	api->compute(STEE_BIGINT_EXP_MOD, s, x, t, n);
	check(s32(s) == 1, "x^0 mod n = 1");
	api->from_s32(s, 4);
	api->from_s32(m, 496);
	rc_is(api->compute(STEE_BIGINT_EXP_MOD, d, s, t, m), R_NOT_SUPPORTED, "even modulus -> TEE_ERROR_NOT_SUPPORTED");
	api->from_s32(t, -3);
	api->from_s32(m, 497);
	rc_is(api->compute(STEE_BIGINT_EXP_MOD, d, s, t, m), R_PANIC, "a negative exponent panics");
	api->from_s32(t, 3);
	api->from_s32(m, 1);
	rc_is(api->compute(STEE_BIGINT_EXP_MOD, d, s, t, m), R_PANIC, "modulus 1 panics");
	api->from_s32(s, -2);
	api->from_s32(m, 7);
	rc_is(api->compute(STEE_BIGINT_EXP_MOD, d, s, t, m), R_OK, "a negative base");
	check(s32(d) == 6, "(-2)^3 mod 7 = 6");
}

/* u*a + v*b == g, g divides a and b, |u| <= |b|/g and |v| <= |a|/g. */
static bool bezout(const uint32_t *a, const uint32_t *b, const uint32_t *g, const uint32_t *u, const uint32_t *v)
{
	uint32_t *t1 = big(2048), *t2 = big(2048), *q = big(1024), *r = big(1024), *abs = big(1024);
	bool fine = true;

	api->compute(STEE_BIGINT_MUL, t1, u, a, NULL);
	api->compute(STEE_BIGINT_MUL, t2, v, b, NULL);
	api->compute(STEE_BIGINT_ADD, t1, t1, t2, NULL);
	fine &= api->cmp(t1, g) == 0;
	if (api->cmp_s32(g, 0) == 0)
		return fine;
	api->div(NULL, r, a, g);
	fine &= api->cmp_s32(r, 0) == 0;
	api->div(NULL, r, b, g);
	fine &= api->cmp_s32(r, 0) == 0;
	if (api->cmp_s32(a, 0) != 0 && api->cmp_s32(b, 0) != 0) {
		api->div(q, NULL, b, g);
		api->compute(STEE_BIGINT_ABS, q, q, NULL, NULL);
		api->compute(STEE_BIGINT_ABS, abs, u, NULL, NULL);
		fine &= api->cmp(abs, q) <= 0;
		api->div(q, NULL, a, g);
		api->compute(STEE_BIGINT_ABS, q, q, NULL, NULL);
		api->compute(STEE_BIGINT_ABS, abs, v, NULL, NULL);
		fine &= api->cmp(abs, q) <= 0;
	}
	return fine;
}

static void test_gcd(void)
{
	static const char *G = "121fa00246179851";
	static const char *AG = "cb467dbbd8184ce16d847982098561a3925a80d4aef38c4d759cf3f165f287ab20015563b4ebf940a35a53141219699257b4757b86e5243d52ac301bdd90409f6b367c825c206b5";
	static const char *BG = "d9275f8dcf94568cc3bc649f733ab236a1cea765a375620bf15c4033a8996320f67b86d24dd02517dc17679b16";
	uint32_t *g = big(1024), *u = big(1024), *v = big(1024), *g2 = big(1024);
	uint32_t *x = big(32), *y = big(32);

	api->from_s32(x, 240);
	api->from_s32(y, 46);
	rc_is(api->extended_gcd(g, u, v, x, y), R_OK, "extended_gcd(240, 46)");
	check(s32(g) == 2 && s32(u) == -9 && s32(v) == 47, "gcd 2 = -9 * 240 + 47 * 46");

	static const struct { const char *a, *b, *gcd; } pairs[] = {
		{ "cb467dbbd8184ce16d847982098561a3925a80d4aef38c4d759cf3f165f287ab20015563b4ebf940a35a53141219699257b4757b86e5243d52ac301bdd90409f6b367c825c206b5",
		  "d9275f8dcf94568cc3bc649f733ab236a1cea765a375620bf15c4033a8996320f67b86d24dd02517dc17679b16", "121fa00246179851" },
		{ "-cb467dbbd8184ce16d847982098561a3925a80d4aef38c4d759cf3f165f287ab20015563b4ebf940a35a53141219699257b4757b86e5243d52ac301bdd90409f6b367c825c206b5",
		  "d9275f8dcf94568cc3bc649f733ab236a1cea765a375620bf15c4033a8996320f67b86d24dd02517dc17679b16", "121fa00246179851" },
		{ "d9275f8dcf94568cc3bc649f733ab236a1cea765a375620bf15c4033a8996320f67b86d24dd02517dc17679b16",
		  "-cb467dbbd8184ce16d847982098561a3925a80d4aef38c4d759cf3f165f287ab20015563b4ebf940a35a53141219699257b4757b86e5243d52ac301bdd90409f6b367c825c206b5", "121fa00246179851" },
		{ "b37523a53b4a3ee20463513755ac0ecd5e6a0a2edd70e34dc1d77cffb7decc0c5d96cf7f265beda9cf0c26ef4243ed52566bf9d7c55a45f8d1a6e55e9b9b1325",
		  "bfb5bae2d26683447c10cc8af11dd4eabbd1fcfb9809823beb1e6ba3ad74de45321ad915a36", "1" },
		{ "0", "-bfb5bae2d26683447c10cc8af11dd4eabbd1fcfb9809823beb1e6ba3ad74de45321ad915a36",
		  "bfb5bae2d26683447c10cc8af11dd4eabbd1fcfb9809823beb1e6ba3ad74de45321ad915a36" },
		{ "-1234", "0", "1234" },
		{ "0", "0", "0" },
		{ "-1234", "-1234", "1234" },
		{ "1", "ffffffffffffffffffffffff", "1" },
	};
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		uint32_t *a = num(1024, pairs[i].a), *b = num(1024, pairs[i].b);
		char what[64];

		snprintf(what, sizeof(what), "extended_gcd pair %zu: gcd", i + 1);
		api->extended_gcd(g, u, v, a, b);
		is(g, pairs[i].gcd, what);
		snprintf(what, sizeof(what), "extended_gcd pair %zu: u*a + v*b = gcd, coefficient bounds", i + 1);
		check(bezout(a, b, g, u, v), what);
		snprintf(what, sizeof(what), "extended_gcd pair %zu: gcd alone (u, v NULL) agrees", i + 1);
		rc_is(api->extended_gcd(g2, NULL, NULL, a, b), R_OK, what);
		check(api->cmp(g, g2) == 0, "... same gcd");
	}
	uint32_t *a = num(1024, AG), *b = num(1024, BG);
	rc_is(api->extended_gcd(g, u, NULL, a, b), R_OK, "extended_gcd with v NULL");
	is(g, G, "gcd with v NULL");
	rc_is(api->extended_gcd(g, NULL, v, a, b), R_OK, "extended_gcd with u NULL");
	is(g, G, "gcd with u NULL");
	rc_is(api->extended_gcd(g, g, v, a, b), R_PANIC, "gcd and u in the same memory panics");
	rc_is(api->extended_gcd(g, u, u, a, b), R_PANIC, "u and v in the same memory panics");
	rc_is(api->extended_gcd(NULL, u, v, a, b), R_PANIC, "a NULL gcd panics");
	rc_is(api->extended_gcd(x, u, v, a, b), R_PANIC, "a gcd that does not fit panics");
	api->assign(g, a);
	rc_is(api->extended_gcd(g, u, v, g, b), R_OK, "gcd over op1");
	is(g, G, "aliased gcd");
}

static void test_prime(void)
{
	static const struct { const char *value; int32_t expected; const char *what; } cases[] = {
		{ "0", 0, "0 is not prime" },
		{ "1", 0, "1 is not prime" },
		{ "-7", 0, "-7 is not prime (primes are positive)" },
		{ "2", 1, "2 is prime (guaranteed)" },
		{ "3", 1, "3 is prime (guaranteed)" },
		{ "4", 0, "4 is composite" },
		{ "231", 0, "561 (Carmichael) is composite" },
		{ "ffffffff", 0, "2^32 - 1 is composite" },
		{ "fffffffb", 1, "2^32 - 5 is prime (guaranteed)" },
		{ "1fffffffffffffff", 1, "2^61 - 1 is prime (guaranteed below 2^64)" },
		{ "351591274f9af9fb", 0, "3825123056546413051 (strong pseudoprime to bases 2..23) is composite" },
		{ "ffffffffffffffc5", 1, "2^64 - 59 is prime (guaranteed)" },
		{ "1000000000000000d", -1, "2^64 + 13 is probably prime" },
		{ "437ae92817f9fc85b7e5", 0, "318665857834031151167461 (strong pseudoprime to bases 2..37) is composite" },
		{ "7fffffffffffffffffffffffffffffff", -1, "2^127 - 1 is probably prime" },
		{ "fffffffffffffff7fffffffffffffffe000000000000001", 0, "(2^127 - 1)(2^61 - 1) is composite" },
		{ "40000000000000000000000000000015ffffffffffffffffffffffffffffffd3", 0, "(2^127 - 1)(2^127 + 45) is composite" },
		{ "1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
		  -1, "2^521 - 1 is probably prime" },
		{ "20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
		  0, "2^521 (even) is composite" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint32_t *b = num(1024, cases[i].value);
		int32_t got = api->is_probable_prime(b, 80);

		if (!check(got == cases[i].expected, cases[i].what))
			printf("#   got %" PRId32 "\n", got);
	}
	uint32_t *p = num(128, P127);
	check(api->is_probable_prime(p, 0) == -1, "confidence 0 counts as 80");
	check(api->is_probable_prime(p, 200) == -1, "confidence 200 (101 rounds)");
}

static void test_limits(void)
{
	static uint8_t ones[MAX_BITS / 8 + 1];
	uint32_t *max = big(MAX_BITS), *one = num(32, "1"), *d = big(MAX_BITS);
	size_t length = sizeof(ones);

	memset(ones, 0xFF, sizeof(ones));
	rc_is(api->from_octets(max, ones + 1, MAX_BITS / 8, 1), R_OK, "2^32768 - 1 fits the largest big integer");
	rc_is(api->from_octets(max, ones, MAX_BITS / 8 + 1, 1), R_OVERFLOW, "2^32776 - 1 -> TEE_ERROR_OVERFLOW");
	check(api->bit_count(max) == MAX_BITS, "bit_count 32768");
	rc_is(api->compute(STEE_BIGINT_ADD, d, max, one, NULL), R_PANIC, "(2^32768 - 1) + 1 does not fit: panic");
	rc_is(api->compute(STEE_BIGINT_SUB, d, max, one, NULL), R_OK, "(2^32768 - 1) - 1");
	check(api->bit_count(d) == MAX_BITS && api->get_bit(d, 0) == 0, "= 2^32768 - 2");
	rc_is(api->to_octets(ones, &length, max), R_OK, "to_octets of 4096 bytes");
	check(length == MAX_BITS / 8, "4096 bytes");
	rc_is(api->set_bit(max, MAX_BITS, true), R_OVERFLOW, "set_bit 32768 -> TEE_ERROR_OVERFLOW");
	rc_is(api->compute(STEE_BIGINT_SQUARE, d, max, NULL, NULL), R_PANIC, "a 65536-bit square panics");
}

#ifdef BIGINT_CHECK_LIBUTEE
/* ---- libutee over the table ------------------------------------------------ */

static stee_crypto_api crypto;
static stee_host_api host = { .crypto = &crypto };
static jmp_buf panic_jump;
static volatile bool expecting_panic;
static volatile uint32_t panic_code;

const stee_host_api *__utee_host(void)
{
	return &host;
}

void TEE_Panic(TEE_Result code)
{
	panic_code = code;
	if (expecting_panic) {
		expecting_panic = false;
		longjmp(panic_jump, 1);
	}
	fprintf(stderr, "unexpected TEE_Panic(0x%08" PRIx32 ")\n", code);
	abort();
}

#define PANICS(statement, code, what)                                                   \
	do {                                                                            \
		if (setjmp(panic_jump) == 0) {                                          \
			expecting_panic = true;                                         \
			statement;                                                      \
			expecting_panic = false;                                        \
			check(false, what);                                             \
		} else {                                                                \
			check(panic_code == (code), what);                              \
		}                                                                       \
	} while (0)

static TEE_BigInt *gp_big(size_t bits)
{
	size_t words = TEE_BigIntSizeInU32(bits);
	TEE_BigInt *b = calloc(words, sizeof(uint32_t));

	allocated[allocated_count++] = b;
	TEE_BigIntInit(b, words);
	return b;
}

static void test_libutee(void)
{
	crypto.bigint = api;

	TEE_BigInt *a = gp_big(512), *b = gp_big(512), *d = gp_big(1024), *n = gp_big(1024);
	int32_t v;

	check(TEE_BigIntFMMSizeInU32(1024) == 34 && TEE_BigIntFMMContextSizeInU32(1024) == 34 &&
	      __GP11_TEE_BigIntFMMSizeInU32(2048) == 66 && __GP11_TEE_BigIntFMMContextSizeInU32(1) == 3,
	      "libutee: FMM sizes are TEE_BigIntSizeInU32(bits)");
	set(a, A);
	set(b, B);
	TEE_BigIntAdd(d, a, b);
	is(d, "b37523a53b4a3ee20463513755ac0ecd5e6a0a2edd70e34dc1d788fb138cf932c5cb174033249cbbac5ad2ac6213a6d2ee8fb889ac1480d01f8b3880492c6d5b", "libutee: TEE_BigIntAdd");
	check(TEE_BigIntCmp(a, b) == 1 && TEE_BigIntCmpS32(a, 0) == 1 && TEE_BigIntGetBitCount(a) == 512 &&
	      TEE_BigIntGetBit(a, 0) && !TEE_BigIntGetBit(a, 1), "libutee: Cmp, CmpS32, GetBitCount, GetBit");
	PANICS(TEE_BigIntMul(a, a, b), TEE_ERROR_BAD_PARAMETERS, "libutee: a product that does not fit panics with BAD_PARAMETERS");
	PANICS(TEE_BigIntInit(d, 1), TEE_ERROR_BAD_PARAMETERS, "libutee: TEE_BigIntInit(1 word) panics");
	uint32_t garbage[4] = { 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF };
	PANICS(TEE_BigIntCmp(garbage, a), TEE_ERROR_BAD_PARAMETERS, "libutee: TEE_BigIntCmp of garbage panics");
	PANICS(TEE_BigIntIsProbablePrime(garbage, 80), TEE_ERROR_BAD_PARAMETERS,
	       "libutee: TEE_BigIntIsProbablePrime of garbage panics (not 'probably prime')");
	check(TEE_BigIntConvertFromOctetString(d, (const uint8_t *)"\x01\x02", 2, -1) == TEE_SUCCESS &&
	      TEE_BigIntConvertToS32(&v, d) == TEE_SUCCESS && v == -258, "libutee: octets and S32");
	TEE_BigInt *w = gp_big(32);
	check(TEE_BigIntConvertFromOctetString(w, (const uint8_t *)"\x01\x02\x03\x04\x05", 5, 1) == TEE_ERROR_OVERFLOW,
	      "libutee: ConvertFromOctetString returns TEE_ERROR_OVERFLOW");
	uint32_t length32 = 1;
	uint8_t out[8];
	check(__GP11_TEE_BigIntConvertToOctetString(out, &length32, d) == TEE_ERROR_SHORT_BUFFER && length32 == 2,
	      "libutee: GP 1.1 ConvertToOctetString reports SHORT_BUFFER and the length");
	check(TEE_BigIntSetBit(w, 32, true) == TEE_ERROR_OVERFLOW && TEE_BigIntAssign(w, a) == TEE_ERROR_OVERFLOW &&
	      TEE_BigIntAbs(w, a) == TEE_ERROR_OVERFLOW, "libutee: SetBit, Assign, Abs return TEE_ERROR_OVERFLOW");

	/* Relative primes. */
	TEE_BigInt *x = gp_big(64), *y = gp_big(64);
	TEE_BigIntConvertFromS32(x, 35);
	TEE_BigIntConvertFromS32(y, -12);
	check(TEE_BigIntRelativePrime(x, y), "libutee: RelativePrime(35, -12)");
	TEE_BigIntConvertFromS32(y, 21);
	check(!TEE_BigIntRelativePrime(x, y) && !TEE_BigIntRelativePrime(x, x), "libutee: not RelativePrime(35, 21), (35, 35)");
	check(TEE_BigIntRelativePrime(a, b), "libutee: RelativePrime(A, B)");

	/* Fast modular multiplication, plain. */
	set(n, N);
	size_t ctx_words = TEE_BigIntFMMContextSizeInU32(1024), fmm_words = TEE_BigIntFMMSizeInU32(1024);
	TEE_BigIntFMMContext *ctx = calloc(ctx_words, sizeof(uint32_t));
	TEE_BigIntFMM *fa = calloc(fmm_words, sizeof(uint32_t)), *fb = calloc(fmm_words, sizeof(uint32_t));
	check(TEE_BigIntInitFMMContext1(ctx, ctx_words, n) == TEE_SUCCESS, "libutee: InitFMMContext1");
	TEE_BigIntInitFMM(fa, fmm_words);
	TEE_BigIntInitFMM(fb, fmm_words);
	TEE_BigIntConvertToFMM(fa, a, n, ctx);
	TEE_BigIntConvertToFMM(fb, b, n, ctx);
	TEE_BigIntComputeFMM(fa, fa, fb, n, ctx);
	TEE_BigIntConvertFromFMM(d, fa, n, ctx);
	TEE_BigInt *expected = gp_big(1024);
	TEE_BigIntMulMod(expected, a, b, n);
	check(TEE_BigIntCmp(d, expected) == 0, "libutee: FMM A * B = MulMod(A, B, N)");
	TEE_BigIntFMMConvertToBigInt(d, fa, n, ctx);
	check(TEE_BigIntCmp(d, expected) == 0, "libutee: FMMConvertToBigInt");
	check(TEE_BigIntExpMod(d, a, b, n, ctx) == TEE_SUCCESS && TEE_BigIntExpMod(expected, a, b, n, NULL) == TEE_SUCCESS &&
	      TEE_BigIntCmp(d, expected) == 0, "libutee: ExpMod with and without a context");
	PANICS(TEE_BigIntComputeFMM(fa, fa, fb, a, ctx), TEE_ERROR_BAD_PARAMETERS,
	       "libutee: an FMM call with another modulus than the context's panics");
	PANICS(TEE_BigIntConvertToFMM(fa, a, n, NULL), TEE_ERROR_BAD_PARAMETERS, "libutee: an FMM call without context panics");
	TEE_BigIntConvertFromS32(x, 1);
	check(TEE_BigIntInitFMMContext1(ctx, ctx_words, x) == TEE_ERROR_NOT_SUPPORTED,
	      "libutee: InitFMMContext1 with modulus 1 -> TEE_ERROR_NOT_SUPPORTED");
	PANICS(TEE_BigIntInitFMMContext(ctx, ctx_words, x), TEE_ERROR_NOT_SUPPORTED,
	       "libutee: InitFMMContext (no result) with modulus 1 panics");
	TEE_BigIntConvertFromS32(x, 496);
	check(TEE_BigIntExpMod(d, a, b, x, NULL) == TEE_ERROR_NOT_SUPPORTED, "libutee: ExpMod with an even modulus -> NOT_SUPPORTED");
	check(TEE_BigIntIsProbablePrime(n, 80) == 0, "libutee: IsProbablePrime");

	/* Without a table: the honest answers. */
	crypto.bigint = NULL;
	check(TEE_BigIntConvertToS32(&v, a) == TEE_ERROR_NOT_IMPLEMENTED &&
	      TEE_BigIntExpMod(d, a, b, n, NULL) == TEE_ERROR_NOT_IMPLEMENTED &&
	      TEE_BigIntInitFMMContext1(ctx, 4, n) == TEE_ERROR_NOT_IMPLEMENTED,
	      "libutee without a table: TEE_Result functions answer NOT_IMPLEMENTED");
	PANICS(TEE_BigIntAdd(d, a, b), TEE_ERROR_NOT_IMPLEMENTED, "libutee without a table: others panic with NOT_IMPLEMENTED");
	check(TEE_BigIntFMMSizeInU32(64) == 4, "libutee without a table: FMM sizes still work");
	crypto.bigint = api;
	free(ctx);
	free(fa);
	free(fb);
}
#endif

int main(void)
{
	api = stee_bigint_table();
	if (!api) {
		printf("not ok 1 - stee_bigint_table() returned NULL\n1..1\n");
		return 1;
	}
	test_init();
	test_headers();
	test_octets();
	test_s32();
	test_compare();
	test_shift();
	test_bits();
	test_assign();
	test_basic();
	test_div();
	test_mod();
	test_modular();
	test_inv();
	test_exp();
	test_gcd();
	test_prime();
	test_limits();
#ifdef BIGINT_CHECK_LIBUTEE
	test_libutee();
#endif
	printf("1..%d\n", checks);
	for (int i = 0; i < allocated_count; i++)
		free(allocated[i]);
	return failures ? 1 : 0;
}
