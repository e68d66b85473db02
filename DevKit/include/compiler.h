/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: compiler attribute shorthands.
 *
 * Trusted applications written for OP-TEE use these short names for GCC
 * and Clang attributes. Every name is only defined when the C library (or
 * another header) has not already defined it.
 */
#ifndef COMPILER_H
#define COMPILER_H

#ifndef __deprecated
#define __deprecated		__attribute__((deprecated))
#endif
#ifndef __packed
#define __packed		__attribute__((packed))
#endif
#ifndef __weak
#define __weak			__attribute__((weak))
#endif
#ifndef __noreturn
#define __noreturn		__attribute__((__noreturn__))
#endif
#ifndef __pure
#define __pure			__attribute__((pure))
#endif
#ifndef __aligned
#define __aligned(n)		__attribute__((aligned(n)))
#endif
#ifndef __printf
#define __printf(fmt_idx, args_idx) \
	__attribute__((format(printf, fmt_idx, args_idx)))
#endif
#ifndef __noinline
#define __noinline		__attribute__((noinline))
#endif
#ifndef __attr_const
#define __attr_const		__attribute__((__const__))
#endif
#ifndef __unused
#define __unused		__attribute__((unused))
#endif
#ifndef __maybe_unused
#define __maybe_unused		__attribute__((unused))
#endif
#ifndef __used
#define __used			__attribute__((__used__))
#endif
#ifndef __must_check
#define __must_check		__attribute__((warn_unused_result))
#endif
#ifndef __cold
#define __cold			__attribute__((__cold__))
#endif
#ifndef __section
#define __section(name)		__attribute__((section(name)))
#endif
#ifndef __data
#define __data			__section(".data")
#endif
#ifndef __bss
#define __bss			__section(".bss")
#endif
#ifndef __rodata
#define __rodata		__section(".rodata")
#endif
#ifndef __rodata_unpaged
#define __rodata_unpaged(x)	__rodata
#endif
#ifndef __noprof
#define __noprof		__attribute__((no_instrument_function))
#endif
#ifndef __nostackcheck
#define __nostackcheck		__noprof
#endif
#ifndef __always_inline
#define __always_inline		inline __attribute__((always_inline))
#endif
#ifndef __fallthrough
#define __fallthrough		__attribute__((__fallthrough__))
#endif

#ifndef likely
#define likely(expr)		__builtin_expect(!!(expr), 1)
#endif
#ifndef unlikely
#define unlikely(expr)		__builtin_expect(!!(expr), 0)
#endif

/* Byte swapping and checked arithmetic straight from the compiler. */
#define __compiler_bswap64(x)	__builtin_bswap64((x))
#define __compiler_bswap32(x)	__builtin_bswap32((x))
#define __compiler_bswap16(x)	__builtin_bswap16((x))

#define __compiler_add_overflow(a, b, res) \
	__builtin_add_overflow((a), (b), (res))
#define __compiler_sub_overflow(a, b, res) \
	__builtin_sub_overflow((a), (b), (res))
#define __compiler_mul_overflow(a, b, res) \
	__builtin_mul_overflow((a), (b), (res))

#define __compiler_compare_and_swap(ptr, oldval, newval) \
	__atomic_compare_exchange_n((ptr), (oldval), (newval), 0, \
				    __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)
#define __compiler_atomic_load(ptr) __atomic_load_n((ptr), __ATOMIC_RELAXED)
#define __compiler_atomic_store(ptr, v) \
	__atomic_store_n((ptr), (v), __ATOMIC_RELAXED)

#endif /* COMPILER_H */
