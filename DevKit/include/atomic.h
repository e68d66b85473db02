/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: OP-TEE's small atomic helpers for TAs, over the
 * compiler's __atomic builtins (sequentially consistent).
 */
#ifndef ATOMIC_H
#define ATOMIC_H

#include <stdbool.h>
#include <stdint.h>

static inline uint32_t atomic_inc32(volatile uint32_t *v)
{
	return __atomic_add_fetch(v, 1, __ATOMIC_SEQ_CST);
}

static inline uint32_t atomic_dec32(volatile uint32_t *v)
{
	return __atomic_sub_fetch(v, 1, __ATOMIC_SEQ_CST);
}

static inline bool atomic_cas_uint(unsigned int *p, unsigned int *oval, unsigned int nval)
{
	return __atomic_compare_exchange_n(p, oval, nval, false, __ATOMIC_SEQ_CST,
					   __ATOMIC_SEQ_CST);
}

static inline bool atomic_cas_u32(uint32_t *p, uint32_t *oval, uint32_t nval)
{
	return __atomic_compare_exchange_n(p, oval, nval, false, __ATOMIC_SEQ_CST,
					   __ATOMIC_SEQ_CST);
}

static inline unsigned int atomic_load_uint(unsigned int *p)
{
	return __atomic_load_n(p, __ATOMIC_SEQ_CST);
}

static inline uint32_t atomic_load_u32(const uint32_t *p)
{
	return __atomic_load_n(p, __ATOMIC_SEQ_CST);
}

static inline void atomic_store_uint(unsigned int *p, unsigned int val)
{
	__atomic_store_n(p, val, __ATOMIC_SEQ_CST);
}

static inline void atomic_store_u32(uint32_t *p, uint32_t val)
{
	__atomic_store_n(p, val, __ATOMIC_SEQ_CST);
}

#endif /* ATOMIC_H */
