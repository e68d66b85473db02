// SPDX-License-Identifier: BSD-2-Clause
/*
 * Big-integer arithmetic (GP TEE Internal Core API 1.3.1 chapter 8), computed
 * by the TA host's backend through __utee_crypto()->bigint on the TA's own
 * word arrays. The backend checks every big integer it is given; a call GP
 * says must panic (a malformed or uninitialised big integer, a result that
 * does not fit where GP defines no TEE_ERROR_OVERFLOW, a modulus below 2, an
 * operand outside [0, n)...) comes back as STEE_BIGINT_PANIC and panics the
 * TA with TEE_ERROR_BAD_PARAMETERS.
 *
 * Fast modular multiplication uses the plain representation: a
 * TEE_BigIntFMM is a TEE_BigInt holding a value in [0, n), and a
 * TEE_BigIntFMMContext is a TEE_BigInt holding a copy of the modulus, which
 * every FMM call compares with the n it is given.
 *
 * A host without a big-integer table gets the honest answers of before:
 * TEE_Result functions return TEE_ERROR_NOT_IMPLEMENTED, leaving their
 * outputs untouched, and the others panic with it. The two FMM sizes need no
 * host and always work.
 */
#include <tee_internal_api.h>

#include "utee_private.h"

static const stee_bigint_api *bigint_or_null(void)
{
	return __utee_crypto()->bigint;
}

/* The table, for calls with no TEE_Result to say it is missing. */
static const stee_bigint_api *bigint(void)
{
	const stee_bigint_api *api = bigint_or_null();

	if (!api)
		TEE_Panic(TEE_ERROR_NOT_IMPLEMENTED);
	return api;
}

static void __noreturn bigint_panic(uint32_t rc)
{
	TEE_Panic(rc == STEE_BIGINT_PANIC ? TEE_ERROR_BAD_PARAMETERS : rc);
}

/* A call whose only success is TEE_SUCCESS. */
static void check(uint32_t rc)
{
	if (rc != TEE_SUCCESS)
		bigint_panic(rc);
}

/* A TEE_Result call: `allowed` (besides success) is returned, anything else panics. */
static TEE_Result result(uint32_t rc, TEE_Result allowed)
{
	if (rc != TEE_SUCCESS && rc != allowed)
		bigint_panic(rc);
	return rc;
}

/*
 * Checks a big integer's header. The int32_t answers of cmp and
 * is_probable_prime cannot all carry a panic, so they are asked only about
 * big integers that passed this.
 */
static uint32_t bit_count(const stee_bigint_api *api, const TEE_BigInt *big)
{
	uint32_t bits = api->bit_count(big);

	if (bits == STEE_BIGINT_PANIC)
		bigint_panic(bits);
	return bits;
}

static int32_t compare(const stee_bigint_api *api, const TEE_BigInt *op1,
		       const TEE_BigInt *op2)
{
	int32_t rc;

	bit_count(api, op1);
	bit_count(api, op2);
	rc = api->cmp(op1, op2);
	if (rc < -1 || rc > 1)
		bigint_panic(STEE_BIGINT_PANIC);
	return rc;
}

static int32_t compare_s32(const stee_bigint_api *api, const TEE_BigInt *op,
			   int32_t value)
{
	int32_t rc;

	bit_count(api, op);
	rc = api->cmp_s32(op, value);
	if (rc < -1 || rc > 1)
		bigint_panic(STEE_BIGINT_PANIC);
	return rc;
}

/* An FMM call's context must hold the n it is given. */
static void check_context(const stee_bigint_api *api,
			  const TEE_BigIntFMMContext *context,
			  const TEE_BigInt *n)
{
	if (!context || compare(api, context, n) != 0)
		bigint_panic(STEE_BIGINT_PANIC);
}

static void compute(enum stee_bigint_op op, TEE_BigInt *dest,
		    const TEE_BigInt *a, const TEE_BigInt *b,
		    const TEE_BigInt *n)
{
	check(bigint()->compute(op, dest, a, b, n));
}

/* Memory the compiler may not skip clearing. */
static void wipe(void *buffer, size_t size)
{
	volatile uint8_t *p = buffer;

	while (size--)
		*p++ = 0;
}

/* ---- sizes ------------------------------------------------------------ */

/* The plain representation: an FMM value or context is a big integer of n's size. */
size_t TEE_BigIntFMMSizeInU32(size_t modulusSizeInBits)
{
	return TEE_BigIntSizeInU32(modulusSizeInBits);
}

uint32_t __GP11_TEE_BigIntFMMSizeInU32(uint32_t modulusSizeInBits)
{
	return TEE_BigIntSizeInU32(modulusSizeInBits);
}

size_t TEE_BigIntFMMContextSizeInU32(size_t modulusSizeInBits)
{
	return TEE_BigIntSizeInU32(modulusSizeInBits);
}

uint32_t __GP11_TEE_BigIntFMMContextSizeInU32(uint32_t modulusSizeInBits)
{
	return TEE_BigIntSizeInU32(modulusSizeInBits);
}

/* ---- initialization --------------------------------------------------- */

void TEE_BigIntInit(TEE_BigInt *bigInt, size_t len)
{
	check(bigint()->init(bigInt, len));
}

void __GP11_TEE_BigIntInit(TEE_BigInt *bigInt, uint32_t len)
{
	TEE_BigIntInit(bigInt, len);
}

/*
 * GP requires every odd modulus above 2 to work; the plain representation
 * takes any modulus of at least 2, and answers TEE_ERROR_NOT_SUPPORTED below.
 */
TEE_Result TEE_BigIntInitFMMContext1(TEE_BigIntFMMContext *context,
				     size_t len, const TEE_BigInt *modulus)
{
	const stee_bigint_api *api = bigint_or_null();

	if (!api)
		return TEE_ERROR_NOT_IMPLEMENTED;
	check(api->init(context, len));
	if (compare_s32(api, modulus, 2) < 0)
		return TEE_ERROR_NOT_SUPPORTED;
	/* A context too small for its modulus is the TA's error. */
	check(api->assign(context, modulus));
	return TEE_SUCCESS;
}

void TEE_BigIntInitFMMContext(TEE_BigIntFMMContext *context, size_t len,
			      const TEE_BigInt *modulus)
{
	TEE_Result res;

	bigint();
	res = TEE_BigIntInitFMMContext1(context, len, modulus);
	if (res != TEE_SUCCESS)
		TEE_Panic(res);
}

void __GP11_TEE_BigIntInitFMMContext(TEE_BigIntFMMContext *context,
				     uint32_t len, const TEE_BigInt *modulus)
{
	TEE_BigIntInitFMMContext(context, len, modulus);
}

void TEE_BigIntInitFMM(TEE_BigIntFMM *bigIntFMM, size_t len)
{
	check(bigint()->init(bigIntFMM, len));
}

void __GP11_TEE_BigIntInitFMM(TEE_BigIntFMM *bigIntFMM, uint32_t len)
{
	TEE_BigIntInitFMM(bigIntFMM, len);
}

/* ---- conversion ------------------------------------------------------- */

TEE_Result TEE_BigIntConvertFromOctetString(TEE_BigInt *dest,
					    const uint8_t *buffer,
					    size_t bufferLen, int32_t sign)
{
	const stee_bigint_api *api = bigint_or_null();

	if (!api)
		return TEE_ERROR_NOT_IMPLEMENTED;
	return result(api->from_octets(dest, buffer, bufferLen, sign),
		      TEE_ERROR_OVERFLOW);
}

TEE_Result __GP11_TEE_BigIntConvertFromOctetString(TEE_BigInt *dest,
						   const uint8_t *buffer,
						   uint32_t bufferLen,
						   int32_t sign)
{
	return TEE_BigIntConvertFromOctetString(dest, buffer, bufferLen, sign);
}

TEE_Result TEE_BigIntConvertToOctetString(uint8_t *buffer, size_t *bufferLen,
					  const TEE_BigInt *bigInt)
{
	const stee_bigint_api *api = bigint_or_null();

	if (!api)
		return TEE_ERROR_NOT_IMPLEMENTED;
	return result(api->to_octets(buffer, bufferLen, bigInt),
		      TEE_ERROR_SHORT_BUFFER);
}

TEE_Result __GP11_TEE_BigIntConvertToOctetString(uint8_t *buffer,
						 uint32_t *bufferLen,
						 const TEE_BigInt *bigInt)
{
	size_t length;
	TEE_Result res;

	if (!bufferLen)
		TEE_Panic(TEE_ERROR_BAD_PARAMETERS);
	length = *bufferLen;
	res = TEE_BigIntConvertToOctetString(buffer, &length, bigInt);
	if (res != TEE_ERROR_NOT_IMPLEMENTED)
		*bufferLen = (uint32_t)length;
	return res;
}

void TEE_BigIntConvertFromS32(TEE_BigInt *dest, int32_t shortVal)
{
	check(bigint()->from_s32(dest, shortVal));
}

TEE_Result TEE_BigIntConvertToS32(int32_t *dest, const TEE_BigInt *src)
{
	const stee_bigint_api *api = bigint_or_null();

	if (!api)
		return TEE_ERROR_NOT_IMPLEMENTED;
	return result(api->to_s32(dest, src), TEE_ERROR_OVERFLOW);
}

/* ---- logical ---------------------------------------------------------- */

int32_t TEE_BigIntCmp(const TEE_BigInt *op1, const TEE_BigInt *op2)
{
	return compare(bigint(), op1, op2);
}

int32_t TEE_BigIntCmpS32(const TEE_BigInt *op, int32_t shortVal)
{
	return compare_s32(bigint(), op, shortVal);
}

void TEE_BigIntShiftRight(TEE_BigInt *dest, const TEE_BigInt *op,
			  size_t bits)
{
	check(bigint()->shift_right(dest, op, bits));
}

void __GP11_TEE_BigIntShiftRight(TEE_BigInt *dest, const TEE_BigInt *op,
				 uint32_t bits)
{
	TEE_BigIntShiftRight(dest, op, bits);
}

bool TEE_BigIntGetBit(const TEE_BigInt *src, uint32_t bitIndex)
{
	uint32_t rc = bigint()->get_bit(src, bitIndex);

	if (rc > 1)
		bigint_panic(rc);
	return rc == 1;
}

uint32_t TEE_BigIntGetBitCount(const TEE_BigInt *src)
{
	return bit_count(bigint(), src);
}

TEE_Result TEE_BigIntSetBit(TEE_BigInt *op, uint32_t bitIndex, bool value)
{
	const stee_bigint_api *api = bigint_or_null();

	if (!api)
		return TEE_ERROR_NOT_IMPLEMENTED;
	return result(api->set_bit(op, bitIndex, value), TEE_ERROR_OVERFLOW);
}

TEE_Result TEE_BigIntAssign(TEE_BigInt *dest, const TEE_BigInt *src)
{
	const stee_bigint_api *api = bigint_or_null();

	if (!api)
		return TEE_ERROR_NOT_IMPLEMENTED;
	return result(api->assign(dest, src), TEE_ERROR_OVERFLOW);
}

TEE_Result TEE_BigIntAbs(TEE_BigInt *dest, const TEE_BigInt *src)
{
	const stee_bigint_api *api = bigint_or_null();

	if (!api)
		return TEE_ERROR_NOT_IMPLEMENTED;
	return result(api->compute(STEE_BIGINT_ABS, dest, src, NULL, NULL),
		      TEE_ERROR_OVERFLOW);
}

/* ---- basic arithmetic ------------------------------------------------- */

void TEE_BigIntAdd(TEE_BigInt *dest, const TEE_BigInt *op1,
		   const TEE_BigInt *op2)
{
	compute(STEE_BIGINT_ADD, dest, op1, op2, NULL);
}

void TEE_BigIntSub(TEE_BigInt *dest, const TEE_BigInt *op1,
		   const TEE_BigInt *op2)
{
	compute(STEE_BIGINT_SUB, dest, op1, op2, NULL);
}

void TEE_BigIntNeg(TEE_BigInt *dest, const TEE_BigInt *op)
{
	compute(STEE_BIGINT_NEG, dest, op, NULL, NULL);
}

void TEE_BigIntMul(TEE_BigInt *dest, const TEE_BigInt *op1,
		   const TEE_BigInt *op2)
{
	compute(STEE_BIGINT_MUL, dest, op1, op2, NULL);
}

void TEE_BigIntSquare(TEE_BigInt *dest, const TEE_BigInt *op)
{
	compute(STEE_BIGINT_SQUARE, dest, op, NULL, NULL);
}

void TEE_BigIntDiv(TEE_BigInt *dest_q, TEE_BigInt *dest_r,
		   const TEE_BigInt *op1, const TEE_BigInt *op2)
{
	check(bigint()->div(dest_q, dest_r, op1, op2));
}

/* ---- modular arithmetic ----------------------------------------------- */

void TEE_BigIntMod(TEE_BigInt *dest, const TEE_BigInt *op,
		   const TEE_BigInt *n)
{
	compute(STEE_BIGINT_MOD, dest, op, NULL, n);
}

void TEE_BigIntAddMod(TEE_BigInt *dest, const TEE_BigInt *op1,
		      const TEE_BigInt *op2, const TEE_BigInt *n)
{
	compute(STEE_BIGINT_ADD_MOD, dest, op1, op2, n);
}

void TEE_BigIntSubMod(TEE_BigInt *dest, const TEE_BigInt *op1,
		      const TEE_BigInt *op2, const TEE_BigInt *n)
{
	compute(STEE_BIGINT_SUB_MOD, dest, op1, op2, n);
}

void TEE_BigIntMulMod(TEE_BigInt *dest, const TEE_BigInt *op1,
		      const TEE_BigInt *op2, const TEE_BigInt *n)
{
	compute(STEE_BIGINT_MUL_MOD, dest, op1, op2, n);
}

void TEE_BigIntSquareMod(TEE_BigInt *dest, const TEE_BigInt *op,
			 const TEE_BigInt *n)
{
	compute(STEE_BIGINT_SQUARE_MOD, dest, op, NULL, n);
}

void TEE_BigIntInvMod(TEE_BigInt *dest, const TEE_BigInt *op,
		      const TEE_BigInt *n)
{
	compute(STEE_BIGINT_INV_MOD, dest, op, NULL, n);
}

/* TEE_ERROR_NOT_SUPPORTED for an even n; context may be NULL. */
TEE_Result TEE_BigIntExpMod(TEE_BigInt *dest, const TEE_BigInt *op1,
			    const TEE_BigInt *op2, const TEE_BigInt *n,
			    const TEE_BigIntFMMContext *context)
{
	const stee_bigint_api *api = bigint_or_null();

	if (!api)
		return TEE_ERROR_NOT_IMPLEMENTED;
	if (context)
		check_context(api, context, n);
	return result(api->compute(STEE_BIGINT_EXP_MOD, dest, op1, op2, n),
		      TEE_ERROR_NOT_SUPPORTED);
}

/* ---- other ------------------------------------------------------------ */

bool TEE_BigIntRelativePrime(const TEE_BigInt *op1, const TEE_BigInt *op2)
{
	const stee_bigint_api *api = bigint();
	uint32_t bits1 = bit_count(api, op1);
	uint32_t bits2 = bit_count(api, op2);
	/* gcd(op1, op2) <= max(|op1|, |op2|), at most api->max_bits bits. */
	uint32_t gcd[TEE_BigIntSizeInU32(bits1 > bits2 ? bits1 : bits2)];
	bool coprime;

	check(api->init(gcd, sizeof(gcd) / sizeof(gcd[0])));
	check(api->extended_gcd(gcd, NULL, NULL, op1, op2));
	coprime = compare_s32(api, gcd, 1) == 0;
	wipe(gcd, sizeof(gcd));
	return coprime;
}

void TEE_BigIntComputeExtendedGcd(TEE_BigInt *gcd, TEE_BigInt *u,
				  TEE_BigInt *v, const TEE_BigInt *op1,
				  const TEE_BigInt *op2)
{
	check(bigint()->extended_gcd(gcd, u, v, op1, op2));
}

/*
 * 0 composite (or below 2), 1 proven prime, -1 composite with probability
 * below 2^-max(confidenceLevel, 80).
 */
int32_t TEE_BigIntIsProbablePrime(const TEE_BigInt *op,
				  uint32_t confidenceLevel)
{
	const stee_bigint_api *api = bigint();
	int32_t rc;

	bit_count(api, op);
	rc = api->is_probable_prime(op, confidenceLevel);
	if (rc < -1 || rc > 1)
		bigint_panic(STEE_BIGINT_PANIC);
	return rc;
}

/* ---- fast modular multiplication -------------------------------------- */

void TEE_BigIntConvertToFMM(TEE_BigIntFMM *dest, const TEE_BigInt *src,
			    const TEE_BigInt *n,
			    const TEE_BigIntFMMContext *context)
{
	check_context(bigint(), context, n);
	compute(STEE_BIGINT_MOD, dest, src, NULL, n);
}

void TEE_BigIntConvertFromFMM(TEE_BigInt *dest, const TEE_BigIntFMM *src,
			      const TEE_BigInt *n,
			      const TEE_BigIntFMMContext *context)
{
	check_context(bigint(), context, n);
	compute(STEE_BIGINT_MOD, dest, src, NULL, n);
}

/* Not a GP name: OP-TEE's header declares it, for what GP calls ConvertFromFMM. */
void TEE_BigIntFMMConvertToBigInt(TEE_BigInt *dest, const TEE_BigIntFMM *src,
				  const TEE_BigInt *n,
				  const TEE_BigIntFMMContext *context)
{
	TEE_BigIntConvertFromFMM(dest, src, n, context);
}

void TEE_BigIntComputeFMM(TEE_BigIntFMM *dest, const TEE_BigIntFMM *op1,
			  const TEE_BigIntFMM *op2, const TEE_BigInt *n,
			  const TEE_BigIntFMMContext *context)
{
	check_context(bigint(), context, n);
	compute(STEE_BIGINT_MUL_MOD, dest, op1, op2, n);
}
