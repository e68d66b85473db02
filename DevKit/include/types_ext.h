/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * swift-tee dev kit: address-sized integer types used by OP-TEE headers
 * and by some TAs (x86-64: virtual and physical addresses are 64 bits).
 */
#ifndef TYPES_EXT_H
#define TYPES_EXT_H

#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t vaddr_t;
typedef uintptr_t paddr_t;
typedef uintptr_t paddr_size_t;

#define PRIxVA		PRIxPTR
#define PRIxPA		PRIxPTR
#define PRIxPASZ	PRIxPTR

#endif /* TYPES_EXT_H */
