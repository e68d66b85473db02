// SPDX-License-Identifier: BSD-2-Clause
/*
 * Big-integer arithmetic (GP TEE Internal Core API 1.3.1 chapter 8): not
 * implemented yet; issue 5 replaces this file. Until then a TA that uses it
 * compiles and links, and every call says so instead of pretending:
 *  - TEE_Result functions return TEE_ERROR_NOT_IMPLEMENTED, leaving their
 *    outputs (and output sizes) untouched;
 *  - every other function panics with TEE_ERROR_NOT_IMPLEMENTED. That
 *    includes TEE_BigIntFMMSizeInU32() and TEE_BigIntFMMContextSizeInU32():
 *    GP leaves both sizes to the implementation, so any answer now would
 *    fix issue 5's representation. (TEE_BigIntSizeInU32() is a macro of
 *    <tee_api_defines.h> and works.)
 */
#include <tee_internal_api.h>
#include <tee_internal_api_extensions.h>

/* Stubs ignore their arguments by design. */
#pragma GCC diagnostic ignored "-Wunused-parameter"

#define UNAVAILABLE	TEE_ERROR_NOT_IMPLEMENTED

static void __noreturn unavailable(void)
{
	TEE_Panic(TEE_ERROR_NOT_IMPLEMENTED);
}

/* ---- sizes ------------------------------------------------------------ */

size_t TEE_BigIntFMMSizeInU32(size_t modulusSizeInBits)
{ unavailable(); }

uint32_t __GP11_TEE_BigIntFMMSizeInU32(uint32_t modulusSizeInBits)
{ unavailable(); }

size_t TEE_BigIntFMMContextSizeInU32(size_t modulusSizeInBits)
{ unavailable(); }

uint32_t __GP11_TEE_BigIntFMMContextSizeInU32(uint32_t modulusSizeInBits)
{ unavailable(); }

/* ---- initialization --------------------------------------------------- */

void TEE_BigIntInit(TEE_BigInt *bigInt, size_t len)
{ unavailable(); }

void __GP11_TEE_BigIntInit(TEE_BigInt *bigInt, uint32_t len)
{ unavailable(); }

void TEE_BigIntInitFMMContext(TEE_BigIntFMMContext *context, size_t len,
			      const TEE_BigInt *modulus)
{ unavailable(); }

void __GP11_TEE_BigIntInitFMMContext(TEE_BigIntFMMContext *context,
				     uint32_t len, const TEE_BigInt *modulus)
{ unavailable(); }

TEE_Result TEE_BigIntInitFMMContext1(TEE_BigIntFMMContext *context,
				     size_t len, const TEE_BigInt *modulus)
{ return UNAVAILABLE; }

void TEE_BigIntInitFMM(TEE_BigIntFMM *bigIntFMM, size_t len)
{ unavailable(); }

void __GP11_TEE_BigIntInitFMM(TEE_BigIntFMM *bigIntFMM, uint32_t len)
{ unavailable(); }

/* ---- conversion ------------------------------------------------------- */

TEE_Result TEE_BigIntConvertFromOctetString(TEE_BigInt *dest,
					    const uint8_t *buffer,
					    size_t bufferLen, int32_t sign)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_BigIntConvertFromOctetString(TEE_BigInt *dest,
						   const uint8_t *buffer,
						   uint32_t bufferLen,
						   int32_t sign)
{ return UNAVAILABLE; }

TEE_Result TEE_BigIntConvertToOctetString(uint8_t *buffer, size_t *bufferLen,
					  const TEE_BigInt *bigInt)
{ return UNAVAILABLE; }

TEE_Result __GP11_TEE_BigIntConvertToOctetString(uint8_t *buffer,
						 uint32_t *bufferLen,
						 const TEE_BigInt *bigInt)
{ return UNAVAILABLE; }

void TEE_BigIntConvertFromS32(TEE_BigInt *dest, int32_t shortVal)
{ unavailable(); }

TEE_Result TEE_BigIntConvertToS32(int32_t *dest, const TEE_BigInt *src)
{ return UNAVAILABLE; }

/* ---- logical ---------------------------------------------------------- */

int32_t TEE_BigIntCmp(const TEE_BigInt *op1, const TEE_BigInt *op2)
{ unavailable(); }

int32_t TEE_BigIntCmpS32(const TEE_BigInt *op, int32_t shortVal)
{ unavailable(); }

void TEE_BigIntShiftRight(TEE_BigInt *dest, const TEE_BigInt *op,
			  size_t bits)
{ unavailable(); }

void __GP11_TEE_BigIntShiftRight(TEE_BigInt *dest, const TEE_BigInt *op,
				 uint32_t bits)
{ unavailable(); }

bool TEE_BigIntGetBit(const TEE_BigInt *src, uint32_t bitIndex)
{ unavailable(); }

uint32_t TEE_BigIntGetBitCount(const TEE_BigInt *src)
{ unavailable(); }

TEE_Result TEE_BigIntSetBit(TEE_BigInt *op, uint32_t bitIndex, bool value)
{ return UNAVAILABLE; }

TEE_Result TEE_BigIntAssign(TEE_BigInt *dest, const TEE_BigInt *src)
{ return UNAVAILABLE; }

TEE_Result TEE_BigIntAbs(TEE_BigInt *dest, const TEE_BigInt *src)
{ return UNAVAILABLE; }

/* ---- basic arithmetic ------------------------------------------------- */

void TEE_BigIntAdd(TEE_BigInt *dest, const TEE_BigInt *op1,
		   const TEE_BigInt *op2)
{ unavailable(); }

void TEE_BigIntSub(TEE_BigInt *dest, const TEE_BigInt *op1,
		   const TEE_BigInt *op2)
{ unavailable(); }

void TEE_BigIntNeg(TEE_BigInt *dest, const TEE_BigInt *op)
{ unavailable(); }

void TEE_BigIntMul(TEE_BigInt *dest, const TEE_BigInt *op1,
		   const TEE_BigInt *op2)
{ unavailable(); }

void TEE_BigIntSquare(TEE_BigInt *dest, const TEE_BigInt *op)
{ unavailable(); }

void TEE_BigIntDiv(TEE_BigInt *dest_q, TEE_BigInt *dest_r,
		   const TEE_BigInt *op1, const TEE_BigInt *op2)
{ unavailable(); }

/* ---- modular arithmetic ----------------------------------------------- */

void TEE_BigIntMod(TEE_BigInt *dest, const TEE_BigInt *op,
		   const TEE_BigInt *n)
{ unavailable(); }

void TEE_BigIntAddMod(TEE_BigInt *dest, const TEE_BigInt *op1,
		      const TEE_BigInt *op2, const TEE_BigInt *n)
{ unavailable(); }

void TEE_BigIntSubMod(TEE_BigInt *dest, const TEE_BigInt *op1,
		      const TEE_BigInt *op2, const TEE_BigInt *n)
{ unavailable(); }

void TEE_BigIntMulMod(TEE_BigInt *dest, const TEE_BigInt *op1,
		      const TEE_BigInt *op2, const TEE_BigInt *n)
{ unavailable(); }

void TEE_BigIntSquareMod(TEE_BigInt *dest, const TEE_BigInt *op,
			 const TEE_BigInt *n)
{ unavailable(); }

void TEE_BigIntInvMod(TEE_BigInt *dest, const TEE_BigInt *op,
		      const TEE_BigInt *n)
{ unavailable(); }

TEE_Result TEE_BigIntExpMod(TEE_BigInt *dest, const TEE_BigInt *op1,
			    const TEE_BigInt *op2, const TEE_BigInt *n,
			    const TEE_BigIntFMMContext *context)
{ return UNAVAILABLE; }

/* ---- other ------------------------------------------------------------ */

bool TEE_BigIntRelativePrime(const TEE_BigInt *op1, const TEE_BigInt *op2)
{ unavailable(); }

void TEE_BigIntComputeExtendedGcd(TEE_BigInt *gcd, TEE_BigInt *u,
				  TEE_BigInt *v, const TEE_BigInt *op1,
				  const TEE_BigInt *op2)
{ unavailable(); }

int32_t TEE_BigIntIsProbablePrime(const TEE_BigInt *op,
				  uint32_t confidenceLevel)
{ unavailable(); }

/* ---- fast modular multiplication -------------------------------------- */

void TEE_BigIntConvertToFMM(TEE_BigIntFMM *dest, const TEE_BigInt *src,
			    const TEE_BigInt *n,
			    const TEE_BigIntFMMContext *context)
{ unavailable(); }

void TEE_BigIntConvertFromFMM(TEE_BigInt *dest, const TEE_BigIntFMM *src,
			      const TEE_BigInt *n,
			      const TEE_BigIntFMMContext *context)
{ unavailable(); }

void TEE_BigIntFMMConvertToBigInt(TEE_BigInt *dest, const TEE_BigIntFMM *src,
				  const TEE_BigInt *n,
				  const TEE_BigIntFMMContext *context)
{ unavailable(); }

void TEE_BigIntComputeFMM(TEE_BigIntFMM *dest, const TEE_BigIntFMM *op1,
			  const TEE_BigIntFMM *op2, const TEE_BigInt *n,
			  const TEE_BigIntFMMContext *context)
{ unavailable(); }
