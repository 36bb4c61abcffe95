// box_muller_simd.hpp — TensorFlow's BoxMullerFloat for two Philox blocks (four pairs)
// in WebAssembly SIMD128: box_muller_fast.hpp's checked evaluation (glibc's logf and
// sincosf with plain multiply-add, the two cancelling steps exact, each result checked
// to lie far from a float rounding midpoint), the float and integer steps in four
// lanes and the double steps in two pairs of two. Blocks with a result too close to a
// midpoint are recomputed with the exact scalar libm.
// tests/engine/box_muller_fast_test.cpp checks all 2^23 values of each input against
// the scalar libm.
// What it is not: a vector libm. The domain is TF's uniform floats: u1 in [1e-7, 1)
// and v1 in [0, 2*pi); other inputs give wrong results.
#pragma once

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>

#include <cstdint>

#include "libs/tensorflow/box_muller_fast.hpp"
#include "libs/tensorflow/kernel_conversions.hpp"
#include "math/logf_data.hpp"
#include "math/sincosf_data.hpp"

namespace seedlab::libs::tf::simd {

using fast::LogfEntry;
using fast::kLogfTable;

inline v128_t f64(double d) { return wasm_f64x2_splat(d); }
inline v128_t add(v128_t a, v128_t b) { return wasm_f64x2_add(a, b); }
inline v128_t sub(v128_t a, v128_t b) { return wasm_f64x2_sub(a, b); }
inline v128_t mul(v128_t a, v128_t b) { return wasm_f64x2_mul(a, b); }
// Lanes 2 and 3 of an i32x4/f32x4 moved to lanes 0 and 1 (for the *_low conversions).
inline v128_t high_half(v128_t v) { return wasm_i32x4_shuffle(v, v, 2, 3, 2, 3); }

// The four floats of two f64x2, in lane order.
inline v128_t demote4(v128_t lo, v128_t hi) {
    return wasm_i32x4_shuffle(wasm_f32x4_demote_f64x2_zero(lo), wasm_f32x4_demote_f64x2_zero(hi), 0, 1, 4, 5);
}

// All-ones in the i32 lanes whose double (lanes 0, 1 of [lo], then of [hi]) lies within
// fast::kMidpointMargin ulps of a float rounding midpoint: |low 29 bits - 2^28| <= margin.
inline v128_t near_midpoint4(v128_t lo, v128_t hi) {
    constexpr int32_t m = static_cast<int32_t>(fast::kMidpointMargin);
    const v128_t low = wasm_i32x4_shuffle(lo, hi, 0, 2, 4, 6);  // the low word of each double
    const v128_t d = wasm_i32x4_sub(wasm_v128_and(low, wasm_i32x4_splat(0x1fffffff)), wasm_i32x4_splat(0x10000000 - m));
    return wasm_u32x4_le(d, wasm_i32x4_splat(2 * m));
}

// Four float results and the lanes that need the exact libm instead.
struct Checked {
    v128_t value, near;
};

// logf before rounding for two lanes: z = the reduced argument, k = the exponent.
inline v128_t logf_core(v128_t z, v128_t k, const LogfEntry& e0, const LogfEntry& e1) {
    using namespace math::logf_data;
    // r = z * invc - 1, the exact product then one rounding (as the fused operation).
    const v128_t invc = wasm_f64x2_make(e0.invc, e1.invc);
    const v128_t hi = mul(z, invc);
    const v128_t lo = add(sub(mul(z, wasm_f64x2_make(e0.invc_hi, e1.invc_hi)), hi), mul(z, wasm_f64x2_make(e0.invc_lo, e1.invc_lo)));
    const v128_t r = add(sub(hi, f64(1.0)), lo);
    const v128_t y0 = add(wasm_f64x2_make(e0.logc, e1.logc), mul(k, f64(kLn2)));
    const v128_t r2 = mul(r, r);
    v128_t y = add(mul(f64(kA1), r), f64(kA2));
    y = add(mul(f64(kA0), r2), y);
    return add(mul(y, r2), add(y0, r));
}

// logf of the four floats of [x] (glibc __logf_fma, e_logf.c layout), x in [1e-7, 1).
inline Checked logf_x4(v128_t x) {
    using namespace math::logf_data;
    const v128_t tmp = wasm_i32x4_sub(x, wasm_i32x4_splat(static_cast<int32_t>(kOff)));
    const v128_t index = wasm_v128_and(wasm_u32x4_shr(tmp, 23 - kTableBits), wasm_i32x4_splat((1 << kTableBits) - 1));
    const v128_t k = wasm_i32x4_shr(tmp, 23);
    const v128_t iz = wasm_i32x4_sub(x, wasm_v128_and(tmp, wasm_i32x4_splat(static_cast<int32_t>(0xff800000u))));
    const v128_t y_lo = logf_core(wasm_f64x2_promote_low_f32x4(iz), wasm_f64x2_convert_low_i32x4(k),
                                  kLogfTable[static_cast<size_t>(wasm_i32x4_extract_lane(index, 0))],
                                  kLogfTable[static_cast<size_t>(wasm_i32x4_extract_lane(index, 1))]);
    const v128_t y_hi = logf_core(wasm_f64x2_promote_low_f32x4(high_half(iz)), wasm_f64x2_convert_low_i32x4(high_half(k)),
                                  kLogfTable[static_cast<size_t>(wasm_i32x4_extract_lane(index, 2))],
                                  kLogfTable[static_cast<size_t>(wasm_i32x4_extract_lane(index, 3))]);
    return {demote4(y_lo, y_hi), near_midpoint4(y_lo, y_hi)};
}

// sin and cos before rounding for two lanes of x in [0, 2*pi), reduced by n * pi/2,
// without the quadrant's signs and swap (applied to the floats).
inline void sincosf_core(v128_t x, v128_t n, v128_t& sin_val, v128_t& cos_val) {
    using namespace math::sincosf_data;
    const PolySet& p = kPoly[0];
    // x - n * pi/2 with one rounding: n * pi/2 = hi + lo exactly, x - hi exactly.
    const v128_t hi = mul(n, f64(kHalfPi));
    const v128_t lo = add(sub(mul(n, f64(fast::kHalfPiHi)), hi), mul(n, f64(fast::kHalfPiLo)));
    const v128_t xr = sub(sub(x, hi), lo);
    const v128_t x2 = mul(xr, xr);
    // sin: x + s1 x^3 + (s2 + s3 x^2) x^5, in glibc's order.
    const v128_t x3 = mul(xr, x2);
    const v128_t s1 = add(mul(x2, f64(p.s3)), f64(p.s2));
    const v128_t x5 = mul(x3, x2);
    const v128_t s = add(mul(x3, f64(p.s1)), xr);
    sin_val = add(mul(x5, s1), s);
    const v128_t x4 = mul(x2, x2);
    const v128_t c1 = add(mul(x2, f64(p.c1)), f64(p.c0));
    const v128_t c2 = add(mul(x2, f64(p.c4)), f64(p.c3));
    const v128_t x6 = mul(x2, x4);
    const v128_t c = add(mul(x4, f64(p.c2)), c1);
    cos_val = add(mul(x6, c2), c);
}

struct SinCos {
    v128_t sin, cos, near;
};

// sin and cos of the four floats of [v], each in [0, 2*pi) (glibc __sincosf_fma: the
// direct polynomial below pi/4 is the reduced one with n = 0).
inline SinCos sincosf_x4(v128_t v) {
    using namespace math::sincosf_data;
    const v128_t x_lo = wasm_f64x2_promote_low_f32x4(v), x_hi = wasm_f64x2_promote_low_f32x4(high_half(v));
    const v128_t scaled = wasm_i32x4_shuffle(wasm_i32x4_trunc_sat_f64x2_zero(mul(x_lo, f64(kHalfPiInv))),
                                             wasm_i32x4_trunc_sat_f64x2_zero(mul(x_hi, f64(kHalfPiInv))), 0, 1, 4, 5);
    const v128_t n = wasm_i32x4_shr(wasm_i32x4_add(scaled, wasm_i32x4_splat(0x800000)), 24);
    v128_t sin_lo, cos_lo, sin_hi, cos_hi;
    sincosf_core(x_lo, wasm_f64x2_convert_low_i32x4(n), sin_lo, cos_lo);
    sincosf_core(x_hi, wasm_f64x2_convert_low_i32x4(high_half(n)), sin_hi, cos_hi);
    const v128_t near = wasm_v128_or(near_midpoint4(sin_lo, sin_hi), near_midpoint4(cos_lo, cos_hi));

    // The quadrant: the sine's sign (n & 3 is 1 or 2), glibc's second polynomial set
    // in quadrants 2 and 3 (the cosine negated: every step is odd in the coefficients,
    // fused or not) and the swap of sine and cosine for odd n. Signs commute with
    // rounding, so they are applied to the floats.
    const v128_t one = wasm_i32x4_splat(1), two = wasm_i32x4_splat(2), sign = wasm_i32x4_splat(static_cast<int32_t>(0x80000000u));
    const v128_t sin_neg = wasm_i32x4_eq(wasm_v128_and(wasm_i32x4_add(n, one), two), two);
    const v128_t cos_neg = wasm_i32x4_eq(wasm_v128_and(n, two), two);
    const v128_t swap = wasm_i32x4_eq(wasm_v128_and(n, one), one);
    const v128_t sin_f = wasm_v128_xor(demote4(sin_lo, sin_hi), wasm_v128_and(sin_neg, sign));
    const v128_t cos_f = wasm_v128_xor(demote4(cos_lo, cos_hi), wasm_v128_and(cos_neg, sign));
    v128_t sin_out = wasm_v128_bitselect(cos_f, sin_f, swap);
    v128_t cos_out = wasm_v128_bitselect(sin_f, cos_f, swap);
    // |v| < 2^-12: glibc returns (v, 1) without a polynomial.
    const v128_t tiny = wasm_f32x4_lt(v, wasm_f32x4_splat(0x1p-12f));
    sin_out = wasm_v128_bitselect(v, sin_out, tiny);
    cos_out = wasm_v128_bitselect(wasm_f32x4_splat(1.0f), cos_out, tiny);
    return {sin_out, cos_out, wasm_v128_andnot(near, tiny)};
}

// BoxMullerFloat's inputs for four pairs from two blocks: u1 (clamped to 1e-7) and
// v1 = float(2*pi * u) of the pairs (a[0], a[1]), (a[2], a[3]), (b[0], b[1]), (b[2], b[3]).
struct BoxMullerInputs {
    v128_t u1, v1;
};

inline v128_t uniform4(v128_t words) {
    const v128_t bits = wasm_v128_or(wasm_v128_and(words, wasm_i32x4_splat(0x7fffff)), wasm_i32x4_splat(127 << 23));
    return wasm_f32x4_sub(bits, wasm_f32x4_splat(1.0f));
}

inline BoxMullerInputs box_muller_inputs(const uint32_t* block_a, const uint32_t* block_b) {
    const v128_t a = uniform4(wasm_v128_load(block_a)), b = uniform4(wasm_v128_load(block_b));
    const v128_t u1 = wasm_f32x4_max(wasm_i32x4_shuffle(a, b, 0, 2, 4, 6), wasm_f32x4_splat(kBoxMullerEpsilonF));
    const v128_t u2 = wasm_i32x4_shuffle(a, b, 1, 3, 5, 7);
    const v128_t v1 = demote4(mul(wasm_f64x2_promote_low_f32x4(u2), f64(kTwoPi)),
                              mul(wasm_f64x2_promote_low_f32x4(high_half(u2)), f64(kTwoPi)));
    return {u1, v1};
}

// BoxMullerFloat of the pairs of block a to o[0..3] and of block b to o[4..7].
inline void box_muller_float_blocks2(const uint32_t* a, const uint32_t* b, float* o) {
    const BoxMullerInputs in = box_muller_inputs(a, b);
    const Checked lg = logf_x4(in.u1);
    const SinCos sc = sincosf_x4(in.v1);
    if (wasm_v128_any_true(wasm_v128_or(lg.near, sc.near))) {
        box_muller_float(a[0], a[1], o[0], o[1]);
        box_muller_float(a[2], a[3], o[2], o[3]);
        box_muller_float(b[0], b[1], o[4], o[5]);
        box_muller_float(b[2], b[3], o[6], o[7]);
        return;
    }
    const v128_t u2 = wasm_f32x4_sqrt(wasm_f32x4_mul(wasm_f32x4_splat(-2.0f), lg.value));
    const v128_t f0 = wasm_f32x4_mul(sc.sin, u2), f1 = wasm_f32x4_mul(sc.cos, u2);
    wasm_v128_store(o, wasm_i32x4_shuffle(f0, f1, 0, 4, 1, 5));
    wasm_v128_store(o + 4, wasm_i32x4_shuffle(f0, f1, 2, 6, 3, 7));
}

}  // namespace seedlab::libs::tf::simd

#endif  // __wasm_simd128__
