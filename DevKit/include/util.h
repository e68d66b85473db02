/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: small arithmetic and bit helpers that OP-TEE trusted
 * applications expect from <util.h>.
 *
 * MIN/MAX/ROUNDUP and friends rely on GNU C statement expressions and
 * __typeof__, both accepted by GCC and Clang in every -std mode.
 */
#ifndef UTIL_H
#define UTIL_H

#include <compiler.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>

#define SIZE_4K		UINTPTR_C(0x1000)
#define SIZE_1M		UINTPTR_C(0x100000)
#define SIZE_2M		UINTPTR_C(0x200000)
#define SIZE_4M		UINTPTR_C(0x400000)
#define SIZE_8M		UINTPTR_C(0x800000)
#define SIZE_2G		UINTPTR_C(0x80000000)

#ifndef MAX
#define MAX(a, b) \
	(__extension__({ __typeof__(a) _mx_a = (a); \
			 __typeof__(b) _mx_b = (b); \
			 _mx_a > _mx_b ? _mx_a : _mx_b; }))
#define MIN(a, b) \
	(__extension__({ __typeof__(a) _mn_a = (a); \
			 __typeof__(b) _mn_b = (b); \
			 _mn_a < _mn_b ? _mn_a : _mn_b; }))
#endif

/* Variants without the temporaries, usable in constant expressions. */
#define MAX_UNSAFE(a, b)	((a) > (b) ? (a) : (b))
#define MIN_UNSAFE(a, b)	((a) < (b) ? (a) : (b))

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(arr)		(sizeof(arr) / sizeof((arr)[0]))
#endif

/* Round @v up / down to a multiple of @size, which must be a power of 2. */
#define ROUNDUP(v, size) \
	(((v) + ((__typeof__(v))(size) - 1)) & ~((__typeof__(v))(size) - 1))
#define ROUNDDOWN(v, size)	((v) & ~((__typeof__(v))(size) - 1))

/* Like ROUNDUP() but reports wrap-around: true when @res overflowed. */
#define ROUNDUP_OVERFLOW(v, size, res) \
	(__extension__({ __typeof__(*(res)) _ru_mask = \
				(__typeof__(*(res)))(size) - 1; \
			 ADD_OVERFLOW((v), _ru_mask, (res)) ? 1 : \
			 ((void)(*(res) &= ~_ru_mask), 0); }))

/* Integer division rounding up; also works for sizes not a power of 2. */
#define DIV_ROUND_UP(x, y)	(((x) + (y) - 1) / (y))
#define ROUNDUP_DIV(x, y)	DIV_ROUND_UP(x, y)

#define IS_POWER_OF_TWO(x)	(((x) != 0) && (((x) & (~(x) + 1)) == (x)))

#define IS_ALIGNED(x, a)	(((x) & ((a) - 1)) == 0)
#define IS_ALIGNED_WITH_TYPE(x, type) \
	(__extension__({ type *_ia_p = NULL; \
			 IS_ALIGNED((uintptr_t)(x), __alignof__(*_ia_p)); }))

#ifndef container_of
#define container_of(ptr, type, member) \
	((type *)(void *)((char *)(ptr) - offsetof(type, member)))
#endif

#define MEMBER_SIZE(type, member)	sizeof(((type *)0)->member)

#define TO_STR(x)	_TO_STR(x)
#define _TO_STR(x)	#x

#define CONCAT(x, y)	_CONCAT(x, y)
#define _CONCAT(x, y)	x##y

/* Single bits and bit fields. BIT() is the 32-bit flavour. */
#define BIT32(nr)		(UINT32_C(1) << (nr))
#define BIT64(nr)		(UINT64_C(1) << (nr))
#define BIT(nr)			BIT32(nr)

#define SHIFT_U32(v, shift)	((uint32_t)(v) << (shift))
#define SHIFT_U64(v, shift)	((uint64_t)(v) << (shift))

/* Mask with bits @lo..@hi (inclusive) set. */
#define GENMASK_32(hi, lo) \
	((~UINT32_C(0) << (lo)) & (~UINT32_C(0) >> (31 - (hi))))
#define GENMASK_64(hi, lo) \
	((~UINT64_C(0) << (lo)) & (~UINT64_C(0) >> (63 - (hi))))

/*
 * Checked arithmetic: store @a op @b in *@res and evaluate to true when the
 * exact result did not fit in *@res.
 */
#define ADD_OVERFLOW(a, b, res)	__compiler_add_overflow((a), (b), (res))
#define SUB_OVERFLOW(a, b, res)	__compiler_sub_overflow((a), (b), (res))
#define MUL_OVERFLOW(a, b, res)	__compiler_mul_overflow((a), (b), (res))

/* Split / join a 64-bit value carried in two 32-bit registers. */
static inline uint64_t reg_pair_to_64(uint32_t reg0, uint32_t reg1)
{
	return ((uint64_t)reg0 << 32) | reg1;
}

static inline uint32_t high32_from_64(uint64_t val)
{
	return (uint32_t)(val >> 32);
}

static inline uint32_t low32_from_64(uint64_t val)
{
	return (uint32_t)val;
}

static inline void reg_pair_from_64(uint64_t val, uint32_t *reg0,
				    uint32_t *reg1)
{
	*reg0 = high32_from_64(val);
	*reg1 = low32_from_64(val);
}

#endif /* UTIL_H */
