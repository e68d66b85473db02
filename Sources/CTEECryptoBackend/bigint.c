// Big integers (GP TEE Internal Core API 1.3.1, chapter 8) over OpenSSL's BIGNUM: the
// `stee_bigint_api` table that libutee's TEE_BigInt* functions call.
//
// Memory layout of a TEE_BigInt (and of our TEE_BigIntFMM and TEE_BigIntFMMContext, which
// use the same plain representation) of `len` words, len = TEE_BigIntSizeInU32(bits):
//
//   word 0      number of value words allocated: len - 2 (at most MAX_WORDS)
//   word 1      bit 31: sign (1 = negative); bits 0-30: number of value words in use
//   word 2...   the magnitude, little-endian 32-bit limbs; limbs in use first, the most
//               significant of them non-zero; the rest of the allocation is zero
//
// Zero has no limbs in use and is never negative. Every header is checked before use: a
// malformed or uninitialised big integer is a TA bug and the call answers
// STEE_BIGINT_PANIC. Values are loaded into BIGNUMs, computed on, and stored back, so a
// destination may be any of the operands; every BIGNUM that held a value is wiped.
#include "CTEECryptoBackend.h"

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "bigint.c hands TEE_BigInt limbs to OpenSSL as little-endian bytes"
#endif

/// gpd.tee.arith.maxBigIntSize.
#define MAX_BITS 32768u
#define MAX_WORDS (MAX_BITS / 32)
#define HEADER_WORDS 2u
#define SIGN_BIT 0x80000000u
#define USED_MASK 0x7FFFFFFFu

// TEE_Result values (tee_api_defines.h is the dev kit's, not ours to include here).
#define RES_SUCCESS 0x00000000u
#define RES_NOT_SUPPORTED 0xFFFF000Au
#define RES_OUT_OF_MEMORY 0xFFFF000Cu
#define RES_SHORT_BUFFER 0xFFFF0010u
#define RES_OVERFLOW 0xFFFF300Fu
#define RES_PANIC STEE_BIGINT_PANIC

/// What cmp and cmp_s32 answer for a malformed operand (never a comparison result).
#define CMP_PANIC INT32_MIN

/// Miller-Rabin rounds never go below what GP's minimum confidence (80) needs.
#define MIN_CONFIDENCE 80u

// MARK: Headers

typedef struct bi_view {
    uint32_t alloc;
    uint32_t used;
    bool negative;
    const uint32_t *limbs;
} bi_view;

/// Reads and checks a header; false for NULL or anything malformed.
static bool bi_view_of(const uint32_t *big, bi_view *v) {
    if (!big)
        return false;
    uint32_t alloc = big[0];
    uint32_t used = big[1] & USED_MASK;
    bool negative = (big[1] & SIGN_BIT) != 0;
    if (alloc > MAX_WORDS || used > alloc)
        return false;
    if (used == 0 && negative)
        return false;  // negative zero
    if (used > 0 && big[HEADER_WORDS + used - 1] == 0)
        return false;  // not normalised
    v->alloc = alloc;
    v->used = used;
    v->negative = negative;
    v->limbs = big + HEADER_WORDS;
    return true;
}

static uint32_t bi_bits(const bi_view *v) {
    if (v->used == 0)
        return 0;
    return (v->used - 1) * 32 + (32 - (uint32_t)__builtin_clz(v->limbs[v->used - 1]));
}

/// Writes `used` limbs' header and zeroes the allocation above them.
static void bi_finish(uint32_t *big, uint32_t used, bool negative) {
    uint32_t alloc = big[0];
    memset(big + HEADER_WORDS + used, 0, (size_t)(alloc - used) * sizeof(uint32_t));
    big[1] = used | (negative && used ? SIGN_BIT : 0);
}

/// Drops high zero limbs.
static uint32_t bi_trim(const uint32_t *limbs, uint32_t used) {
    while (used && limbs[used - 1] == 0)
        used--;
    return used;
}

// MARK: BIGNUM scratch

#define SCRATCH_MAX 16

/// The BIGNUMs of one call, all wiped and freed by scratch_end.
typedef struct scratch {
    BN_CTX *ctx;
    BIGNUM *bn[SCRATCH_MAX];
    int count;
} scratch;

static bool scratch_begin(scratch *s) {
    memset(s, 0, sizeof(*s));
    s->ctx = BN_CTX_new();
    return s->ctx != NULL;
}

static void scratch_end(scratch *s) {
    for (int i = 0; i < s->count; i++)
        BN_clear_free(s->bn[i]);
    BN_CTX_free(s->ctx);
    // Leave no failure of ours in this thread's OpenSSL error queue.
    ERR_clear_error();
}

static BIGNUM *scratch_keep(scratch *s, BIGNUM *bn) {
    if (!bn)
        return NULL;
    if (s->count == SCRATCH_MAX) {
        BN_clear_free(bn);
        return NULL;
    }
    s->bn[s->count++] = bn;
    return bn;
}

static BIGNUM *scratch_new(scratch *s) { return scratch_keep(s, BN_new()); }

static BIGNUM *scratch_load(scratch *s, const bi_view *v) {
    BIGNUM *bn = scratch_keep(s, BN_lebin2bn((const unsigned char *)v->limbs, (int)(v->used * 4), NULL));
    if (bn && v->negative)
        BN_set_negative(bn, 1);
    return bn;
}

/// Limbs `bn` needs.
static uint32_t bn_words(const BIGNUM *bn) { return ((uint32_t)BN_num_bytes(bn) + 3) / 4; }

static bool bn_fits(const uint32_t *big, const BIGNUM *bn) { return bn_words(bn) <= big[0]; }

/// Stores `bn` in a checked destination; `too_small` when it does not fit.
static uint32_t bn_store(uint32_t *big, const BIGNUM *bn, uint32_t too_small) {
    uint32_t words = bn_words(bn);
    if (words > big[0])
        return too_small;
    if (words && BN_bn2lebinpad(bn, (unsigned char *)(big + HEADER_WORDS), (int)(words * 4)) < 0)
        return RES_PANIC;
    bi_finish(big, words, BN_is_negative(bn) && !BN_is_zero(bn));
    return RES_SUCCESS;
}

// MARK: Initialisation and conversions

static uint32_t bi_init(uint32_t *big, size_t words) {
    if (!big || words < HEADER_WORDS || words - HEADER_WORDS > MAX_WORDS)
        return RES_PANIC;
    memset(big, 0, words * sizeof(uint32_t));
    big[0] = (uint32_t)(words - HEADER_WORDS);
    return RES_SUCCESS;
}

static uint32_t bi_from_octets(uint32_t *dest, const uint8_t *buffer, size_t length, int32_t sign) {
    bi_view d;
    if (!bi_view_of(dest, &d) || (!buffer && length))
        return RES_PANIC;
    while (length && buffer[0] == 0) {
        buffer++;
        length--;
    }
    if (length > (size_t)d.alloc * 4)
        return RES_OVERFLOW;
    uint32_t *limbs = dest + HEADER_WORDS;
    memset(limbs, 0, (size_t)d.alloc * sizeof(uint32_t));
    for (size_t i = 0; i < length; i++)
        limbs[i / 4] |= (uint32_t)buffer[length - 1 - i] << (8 * (i % 4));
    bi_finish(dest, (uint32_t)((length + 3) / 4), sign < 0);
    return RES_SUCCESS;
}

static uint32_t bi_to_octets(uint8_t *buffer, size_t *length, const uint32_t *src) {
    bi_view s;
    if (!bi_view_of(src, &s) || !length)
        return RES_PANIC;
    size_t needed = (bi_bits(&s) + 7) / 8;
    if (*length < needed) {
        *length = needed;
        return RES_SHORT_BUFFER;
    }
    if (needed && !buffer)
        return RES_PANIC;
    for (size_t i = 0; i < needed; i++)
        buffer[needed - 1 - i] = (uint8_t)(s.limbs[i / 4] >> (8 * (i % 4)));
    *length = needed;
    return RES_SUCCESS;
}

static uint32_t bi_from_s32(uint32_t *dest, int32_t value) {
    bi_view d;
    if (!bi_view_of(dest, &d))
        return RES_PANIC;
    uint32_t magnitude = value < 0 ? 0u - (uint32_t)value : (uint32_t)value;
    if (magnitude && d.alloc < 1)
        return RES_PANIC;
    if (d.alloc)
        dest[HEADER_WORDS] = magnitude;
    bi_finish(dest, magnitude ? 1 : 0, value < 0);
    return RES_SUCCESS;
}

static uint32_t bi_to_s32(int32_t *dest, const uint32_t *src) {
    bi_view s;
    if (!bi_view_of(src, &s) || !dest)
        return RES_PANIC;
    if (s.used > 1)
        return RES_OVERFLOW;
    uint32_t magnitude = s.used ? s.limbs[0] : 0;
    if (magnitude > (s.negative ? 0x80000000u : 0x7FFFFFFFu))
        return RES_OVERFLOW;
    if (!s.negative)
        *dest = (int32_t)magnitude;
    else
        *dest = magnitude == 0x80000000u ? INT32_MIN : -(int32_t)magnitude;
    return RES_SUCCESS;
}

// MARK: Comparison and bits

static int compare_magnitudes(const uint32_t *a, uint32_t a_used, const uint32_t *b, uint32_t b_used) {
    if (a_used != b_used)
        return a_used < b_used ? -1 : 1;
    for (uint32_t i = a_used; i-- > 0;) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

static int compare_signed(const uint32_t *a, uint32_t a_used, bool a_negative, const uint32_t *b, uint32_t b_used,
                          bool b_negative) {
    if (a_negative != b_negative)
        return a_negative ? -1 : 1;
    int magnitude = compare_magnitudes(a, a_used, b, b_used);
    return a_negative ? -magnitude : magnitude;
}

static int32_t bi_cmp(const uint32_t *a, const uint32_t *b) {
    bi_view x, y;
    if (!bi_view_of(a, &x) || !bi_view_of(b, &y))
        return CMP_PANIC;
    return compare_signed(x.limbs, x.used, x.negative, y.limbs, y.used, y.negative);
}

static int32_t bi_cmp_s32(const uint32_t *a, int32_t b) {
    bi_view x;
    if (!bi_view_of(a, &x))
        return CMP_PANIC;
    uint32_t magnitude = b < 0 ? 0u - (uint32_t)b : (uint32_t)b;
    return compare_signed(x.limbs, x.used, x.negative, &magnitude, magnitude ? 1 : 0, b < 0);
}

static uint32_t bi_shift_right(uint32_t *dest, const uint32_t *src, size_t bits) {
    bi_view d, s;
    if (!bi_view_of(dest, &d) || !bi_view_of(src, &s))
        return RES_PANIC;
    size_t bit_length = bi_bits(&s);
    uint32_t used = bits >= bit_length ? 0 : (uint32_t)((bit_length - bits + 31) / 32);
    if (used > d.alloc)
        return RES_PANIC;
    bool negative = s.negative;
    uint32_t *out = dest + HEADER_WORDS;
    if (used) {
        // Ascending order reads every source limb before the same or a lower output
        // limb overwrites it, so dest may be src.
        size_t skip = bits / 32;
        unsigned shift = (unsigned)(bits % 32);
        for (uint32_t i = 0; i < used; i++) {
            uint64_t low = s.limbs[skip + i];
            uint64_t high = skip + i + 1 < s.used ? s.limbs[skip + i + 1] : 0;
            out[i] = (uint32_t)(((high << 32) | low) >> shift);
        }
        used = bi_trim(out, used);
    }
    bi_finish(dest, used, negative);
    return RES_SUCCESS;
}

static uint32_t bi_get_bit(const uint32_t *src, uint32_t index) {
    bi_view s;
    if (!bi_view_of(src, &s))
        return RES_PANIC;
    if (index / 32 >= s.used)
        return 0;
    return (s.limbs[index / 32] >> (index % 32)) & 1u;
}

static uint32_t bi_bit_count(const uint32_t *src) {
    bi_view s;
    if (!bi_view_of(src, &s))
        return RES_PANIC;
    return bi_bits(&s);
}

static uint32_t bi_set_bit(uint32_t *big, uint32_t index, bool value) {
    bi_view b;
    if (!bi_view_of(big, &b))
        return RES_PANIC;
    // GP: TEE_ERROR_OVERFLOW when bitIndex is beyond the allocated bit length.
    if (index / 32 >= b.alloc)
        return RES_OVERFLOW;
    uint32_t *limbs = big + HEADER_WORDS;
    uint32_t word = index / 32, mask = 1u << (index % 32);
    uint32_t used = b.used;
    if (value) {
        for (uint32_t i = used; i < word; i++)
            limbs[i] = 0;
        if (word >= used) {
            limbs[word] = 0;
            used = word + 1;
        }
        limbs[word] |= mask;
    } else if (word < used) {
        limbs[word] &= ~mask;
        used = bi_trim(limbs, used);
    }
    bi_finish(big, used, b.negative);
    return RES_SUCCESS;
}

static uint32_t bi_assign(uint32_t *dest, const uint32_t *src) {
    bi_view d, s;
    if (!bi_view_of(dest, &d) || !bi_view_of(src, &s))
        return RES_PANIC;
    if (s.used > d.alloc)
        return RES_OVERFLOW;
    memmove(dest + HEADER_WORDS, s.limbs, (size_t)s.used * sizeof(uint32_t));
    bi_finish(dest, s.used, s.negative);
    return RES_SUCCESS;
}

// MARK: Arithmetic

/// 1 when 0 <= x < n.
static bool in_range(const BIGNUM *x, const BIGNUM *n) { return !BN_is_negative(x) && BN_cmp(x, n) < 0; }

static uint32_t bi_compute(enum stee_bigint_op op, uint32_t *dest, const uint32_t *a, const uint32_t *b,
                           const uint32_t *n) {
    bool uses_b, uses_n;
    switch (op) {
    case STEE_BIGINT_ADD: case STEE_BIGINT_SUB: case STEE_BIGINT_MUL:
        uses_b = true, uses_n = false;
        break;
    case STEE_BIGINT_NEG: case STEE_BIGINT_SQUARE: case STEE_BIGINT_ABS:
        uses_b = false, uses_n = false;
        break;
    case STEE_BIGINT_MOD: case STEE_BIGINT_SQUARE_MOD: case STEE_BIGINT_INV_MOD:
        uses_b = false, uses_n = true;
        break;
    case STEE_BIGINT_ADD_MOD: case STEE_BIGINT_SUB_MOD: case STEE_BIGINT_MUL_MOD: case STEE_BIGINT_EXP_MOD:
        uses_b = true, uses_n = true;
        break;
    default:
        return RES_PANIC;
    }
    bi_view vd, va, vb, vn;
    if (!bi_view_of(dest, &vd) || !bi_view_of(a, &va) || (uses_b && !bi_view_of(b, &vb)) ||
        (uses_n && !bi_view_of(n, &vn)))
        return RES_PANIC;

    scratch s;
    uint32_t rc = RES_OUT_OF_MEMORY;
    if (!scratch_begin(&s))
        goto out;
    BIGNUM *x = scratch_load(&s, &va);
    BIGNUM *y = uses_b ? scratch_load(&s, &vb) : NULL;
    BIGNUM *m = uses_n ? scratch_load(&s, &vn) : NULL;
    BIGNUM *r = scratch_new(&s);
    if (!x || (uses_b && !y) || (uses_n && !m) || !r)
        goto out;

    if (uses_n) {
        rc = RES_PANIC;
        // GP: every modulus must be larger than 1.
        if (BN_is_negative(m) || BN_num_bits(m) < 2)
            goto out;
        // GP: operands of AddMod, SubMod, MulMod and SquareMod in [0, n-1]; InvMod's in [1, n-1].
        switch (op) {
        case STEE_BIGINT_ADD_MOD: case STEE_BIGINT_SUB_MOD: case STEE_BIGINT_MUL_MOD:
            if (!in_range(x, m) || !in_range(y, m))
                goto out;
            break;
        case STEE_BIGINT_SQUARE_MOD:
            if (!in_range(x, m))
                goto out;
            break;
        case STEE_BIGINT_INV_MOD:
            if (!in_range(x, m) || BN_is_zero(x))
                goto out;
            break;
        case STEE_BIGINT_EXP_MOD:
            if (BN_is_negative(y))
                goto out;
            if (!BN_is_odd(m)) {
                rc = RES_NOT_SUPPORTED;
                goto out;
            }
            break;
        default:
            break;
        }
        rc = RES_OUT_OF_MEMORY;
    }

    int ok = 0;
    switch (op) {
    case STEE_BIGINT_ADD: ok = BN_add(r, x, y); break;
    case STEE_BIGINT_SUB: ok = BN_sub(r, x, y); break;
    case STEE_BIGINT_MUL: ok = BN_mul(r, x, y, s.ctx); break;
    case STEE_BIGINT_SQUARE: ok = BN_sqr(r, x, s.ctx); break;
    case STEE_BIGINT_NEG:
        ok = BN_copy(r, x) != NULL;
        BN_set_negative(r, !BN_is_negative(x));
        break;
    case STEE_BIGINT_ABS:
        ok = BN_copy(r, x) != NULL;
        BN_set_negative(r, 0);
        break;
    case STEE_BIGINT_MOD: ok = BN_nnmod(r, x, m, s.ctx); break;
    case STEE_BIGINT_ADD_MOD: ok = BN_mod_add(r, x, y, m, s.ctx); break;
    case STEE_BIGINT_SUB_MOD: ok = BN_mod_sub(r, x, y, m, s.ctx); break;
    case STEE_BIGINT_MUL_MOD: ok = BN_mod_mul(r, x, y, m, s.ctx); break;
    case STEE_BIGINT_SQUARE_MOD: ok = BN_mod_sqr(r, x, m, s.ctx); break;
    case STEE_BIGINT_INV_MOD:
        // The operand may be a secret (a private exponent): OpenSSL's branch-free inverse.
        BN_set_flags(x, BN_FLG_CONSTTIME);
        if (!BN_mod_inverse(r, x, m, s.ctx)) {
            // No inverse (gcd(op, n) > 1) is a TA error, as an allocation failure is not.
            unsigned long error = ERR_peek_last_error();
            rc = ERR_GET_LIB(error) == ERR_LIB_BN && ERR_GET_REASON(error) == BN_R_NO_INVERSE ? RES_PANIC
                                                                                              : RES_OUT_OF_MEMORY;
            goto out;
        }
        ok = 1;
        break;
    case STEE_BIGINT_EXP_MOD:
        // The exponent may be a secret: Montgomery ladder in constant time (odd modulus).
        BN_set_flags(x, BN_FLG_CONSTTIME);
        BN_set_flags(y, BN_FLG_CONSTTIME);
        ok = BN_nnmod(x, x, m, s.ctx) && BN_mod_exp_mont_consttime(r, x, y, m, s.ctx, NULL);
        break;
    }
    if (!ok)
        goto out;
    rc = bn_store(dest, r, op == STEE_BIGINT_ABS ? RES_OVERFLOW : RES_PANIC);
out:
    scratch_end(&s);
    return rc;
}

static uint32_t bi_div(uint32_t *quotient, uint32_t *remainder, const uint32_t *a, const uint32_t *b) {
    bi_view vq, vr, va, vb;
    if ((quotient && quotient == remainder) || (quotient && !bi_view_of(quotient, &vq)) ||
        (remainder && !bi_view_of(remainder, &vr)) || !bi_view_of(a, &va) || !bi_view_of(b, &vb))
        return RES_PANIC;
    if (vb.used == 0)
        return RES_PANIC;  // division by zero

    scratch s;
    uint32_t rc = RES_OUT_OF_MEMORY;
    if (!scratch_begin(&s))
        goto out;
    BIGNUM *x = scratch_load(&s, &va), *y = scratch_load(&s, &vb);
    BIGNUM *q = scratch_new(&s), *r = scratch_new(&s);
    // BN_div truncates: the quotient rounds toward zero, the remainder has the dividend's sign.
    if (!x || !y || !q || !r || !BN_div(q, r, x, y, s.ctx))
        goto out;
    rc = RES_PANIC;
    if ((quotient && !bn_fits(quotient, q)) || (remainder && !bn_fits(remainder, r)))
        goto out;
    rc = RES_SUCCESS;
    if (quotient)
        rc = bn_store(quotient, q, RES_PANIC);
    if (remainder && rc == RES_SUCCESS)
        rc = bn_store(remainder, r, RES_PANIC);
out:
    scratch_end(&s);
    return rc;
}

/// Extended Euclid on |a|, |b| (not constant time): gcd = s*|a| + t*|b|, with the minimal
/// coefficients (|s| <= |b|/(2 gcd), |t| <= |a|/(2 gcd) when both are non-zero).
static bool extended_euclid(scratch *sc, BIGNUM *gcd, BIGNUM *u, BIGNUM *v, const BIGNUM *a, const BIGNUM *b) {
    BIGNUM *r1 = scratch_new(sc), *s1 = scratch_new(sc), *t1 = scratch_new(sc);
    BIGNUM *q = scratch_new(sc), *tmp = scratch_new(sc), *next = scratch_new(sc);
    if (!r1 || !s1 || !t1 || !q || !tmp || !next)
        return false;
    // (gcd, r1) = (|a|, |b|); (u, s1) = (1, 0); (v, t1) = (0, 1)
    BN_zero(s1);
    BN_zero(v);
    if (!BN_copy(gcd, a) || !BN_copy(r1, b) || !BN_one(u) || !BN_one(t1))
        return false;
    BN_set_negative(gcd, 0);
    BN_set_negative(r1, 0);
    while (!BN_is_zero(r1)) {
        // (gcd, r1) = (r1, gcd mod r1), and the same step on both coefficient pairs.
        if (!BN_div(q, next, gcd, r1, sc->ctx) || !BN_copy(gcd, r1) || !BN_copy(r1, next))
            return false;
        if (!BN_mul(tmp, q, s1, sc->ctx) || !BN_sub(next, u, tmp) || !BN_copy(u, s1) || !BN_copy(s1, next))
            return false;
        if (!BN_mul(tmp, q, t1, sc->ctx) || !BN_sub(next, v, tmp) || !BN_copy(v, t1) || !BN_copy(t1, next))
            return false;
    }
    if (BN_is_zero(gcd)) {
        // gcd(0, 0) = 0 = 0*0 + 0*0
        BN_zero(u);
        BN_zero(v);
    }
    return true;
}

static uint32_t bi_extended_gcd(uint32_t *gcd, uint32_t *u, uint32_t *v, const uint32_t *a, const uint32_t *b) {
    bi_view vg, vu, vv, va, vb;
    if (!bi_view_of(gcd, &vg) || (u && !bi_view_of(u, &vu)) || (v && !bi_view_of(v, &vv)) ||
        !bi_view_of(a, &va) || !bi_view_of(b, &vb))
        return RES_PANIC;
    if (gcd == u || gcd == v || (u && u == v))
        return RES_PANIC;  // three results cannot share memory

    scratch s;
    uint32_t rc = RES_OUT_OF_MEMORY;
    if (!scratch_begin(&s))
        goto out;
    BIGNUM *x = scratch_load(&s, &va), *y = scratch_load(&s, &vb);
    BIGNUM *g = scratch_new(&s), *cu = scratch_new(&s), *cv = scratch_new(&s);
    if (!x || !y || !g || !cu || !cv)
        goto out;
    if (!u && !v) {
        // Only the gcd: OpenSSL's constant-time binary gcd (of the absolute values).
        if (!BN_gcd(g, x, y, s.ctx))
            goto out;
    } else {
        if (!extended_euclid(&s, g, cu, cv, x, y))
            goto out;
        // u*|a| + v*|b| = gcd  ->  (u*sign(a))*a + (v*sign(b))*b = gcd
        if (BN_is_negative(x))
            BN_set_negative(cu, !BN_is_negative(cu));
        if (BN_is_negative(y))
            BN_set_negative(cv, !BN_is_negative(cv));
    }
    rc = RES_PANIC;
    if (!bn_fits(gcd, g) || (u && !bn_fits(u, cu)) || (v && !bn_fits(v, cv)))
        goto out;
    rc = bn_store(gcd, g, RES_PANIC);
    if (u && rc == RES_SUCCESS)
        rc = bn_store(u, cu, RES_PANIC);
    if (v && rc == RES_SUCCESS)
        rc = bn_store(v, cv, RES_PANIC);
out:
    scratch_end(&s);
    return rc;
}

// MARK: Primality

static const uint16_t small_primes[] = {
    2,   3,   5,   7,   11,  13,  17,  19,  23,  29,  31,  37,  41,  43,  47,  53,  59,  61,  67,  71,
    73,  79,  83,  89,  97,  101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173,
    179, 181, 191, 193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281,
    283, 293, 307, 311, 313, 317, 331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389, 397, 401, 409,
    419, 421, 431, 433, 439, 443, 449, 457, 461, 463, 467, 479, 487, 491, 499, 503, 509, 521, 523, 541,
};

static uint64_t mul_mod64(uint64_t a, uint64_t b, uint64_t n) {
    return (uint64_t)((unsigned __int128)a * b % n);
}

static uint64_t pow_mod64(uint64_t base, uint64_t exponent, uint64_t n) {
    uint64_t result = 1 % n;
    base %= n;
    while (exponent) {
        if (exponent & 1)
            result = mul_mod64(result, base, n);
        base = mul_mod64(base, base, n);
        exponent >>= 1;
    }
    return result;
}

/// Below 2^64, Miller-Rabin with the first twelve primes as bases is a proof
/// (it has no strong pseudoprime below 3.3e24): 1 prime, 0 composite.
static int32_t is_prime64(uint64_t n) {
    if (n < 2)
        return 0;
    for (size_t i = 0; i < 12; i++) {
        if (n == small_primes[i])
            return 1;
        if (n % small_primes[i] == 0)
            return 0;
    }
    uint64_t d = n - 1;
    unsigned s = 0;
    while (!(d & 1)) {
        d >>= 1;
        s++;
    }
    for (size_t i = 0; i < 12; i++) {
        uint64_t x = pow_mod64(small_primes[i], d, n);
        if (x == 1 || x == n - 1)
            continue;
        bool witness = true;
        for (unsigned j = 1; j < s && witness; j++) {
            x = mul_mod64(x, x, n);
            if (x == n - 1)
                witness = false;
        }
        if (witness)
            return 0;
    }
    return 1;
}

/// Miller-Rabin on an odd n > 2^64 with `rounds` random bases: 0 composite, -1 probably
/// prime, or RES_OUT_OF_MEMORY.
static int64_t miller_rabin(scratch *sc, const BIGNUM *n, uint32_t rounds) {
    BIGNUM *n1 = scratch_new(sc), *n1_mont = scratch_new(sc), *d = scratch_new(sc);
    BIGNUM *range = scratch_new(sc), *a = scratch_new(sc), *x = scratch_new(sc);
    BN_MONT_CTX *mont = BN_MONT_CTX_new();
    int64_t result = RES_OUT_OF_MEMORY;
    if (!n1 || !n1_mont || !d || !range || !a || !x || !mont || !BN_MONT_CTX_set(mont, n, sc->ctx))
        goto out;
    // n - 1 = d * 2^s with d odd; bases come from [2, n-2].
    if (!BN_sub(n1, n, BN_value_one()) || !BN_to_montgomery(n1_mont, n1, mont, sc->ctx) ||
        !BN_copy(range, n1) || !BN_sub_word(range, 3))
        goto out;
    int s = 1;
    while (!BN_is_bit_set(n1, s))
        s++;
    if (!BN_rshift(d, n1, s))
        goto out;
    for (uint32_t round = 0; round < rounds; round++) {
        if (!BN_priv_rand_range(a, range) || !BN_add_word(a, 2) || !BN_mod_exp_mont(x, a, d, n, sc->ctx, mont))
            goto out;
        if (BN_is_one(x) || BN_cmp(x, n1) == 0)
            continue;
        // Square s-1 times (in Montgomery form) looking for n-1.
        if (!BN_to_montgomery(x, x, mont, sc->ctx))
            goto out;
        bool witness = true;
        for (int j = 1; j < s && witness; j++) {
            if (!BN_mod_mul_montgomery(x, x, x, mont, sc->ctx))
                goto out;
            if (BN_cmp(x, n1_mont) == 0)
                witness = false;
        }
        if (witness) {
            result = 0;
            goto out;
        }
    }
    result = -1;
out:
    BN_MONT_CTX_free(mont);
    return result;
}

static int32_t bi_is_probable_prime(const uint32_t *big, uint32_t confidence) {
    bi_view v;
    if (!bi_view_of(big, &v))
        return (int32_t)RES_PANIC;
    // Primes are positive: zero, one and negative numbers are not.
    if (v.negative || v.used == 0)
        return 0;
    if (v.used <= 2)
        return is_prime64(v.used == 2 ? (uint64_t)v.limbs[1] << 32 | v.limbs[0] : v.limbs[0]);
    if (!(v.limbs[0] & 1))
        return 0;

    scratch s;
    int64_t result = RES_OUT_OF_MEMORY;
    if (!scratch_begin(&s))
        goto out;
    BIGNUM *n = scratch_load(&s, &v);
    if (!n)
        goto out;
    for (size_t i = 1; i < sizeof(small_primes) / sizeof(small_primes[0]); i++) {
        BN_ULONG rem = BN_mod_word(n, small_primes[i]);
        if (rem == (BN_ULONG)-1)
            goto out;
        if (rem == 0) {
            result = 0;
            goto out;
        }
    }
    // GP: the probability that a composite op passes is below 2^-confidenceLevel, and
    // levels below 80 count as 80. A Miller-Rabin round lets a composite through with
    // probability at most 1/4, whatever the composite.
    if (confidence < MIN_CONFIDENCE)
        confidence = MIN_CONFIDENCE;
    result = miller_rabin(&s, n, confidence / 2 + 1);
out:
    scratch_end(&s);
    // Out of memory has no int32 answer but the panic one.
    return result == RES_OUT_OF_MEMORY ? (int32_t)RES_PANIC : (int32_t)result;
}

// MARK: Table

static const stee_bigint_api bigint_table = {
    .max_bits = MAX_BITS,
    .init = bi_init,
    .from_octets = bi_from_octets,
    .to_octets = bi_to_octets,
    .from_s32 = bi_from_s32,
    .to_s32 = bi_to_s32,
    .cmp = bi_cmp,
    .cmp_s32 = bi_cmp_s32,
    .shift_right = bi_shift_right,
    .get_bit = bi_get_bit,
    .bit_count = bi_bit_count,
    .set_bit = bi_set_bit,
    .assign = bi_assign,
    .compute = bi_compute,
    .div = bi_div,
    .extended_gcd = bi_extended_gcd,
    .is_probable_prime = bi_is_probable_prime,
};

const stee_bigint_api *stee_bigint_table(void) { return &bigint_table; }
