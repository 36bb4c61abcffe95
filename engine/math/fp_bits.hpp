// fp_bits.hpp — bit casts, NaN helpers and an exact fused multiply-add for
// the portable libm in engine/math.
//
// What it is: the small toolbox every routine in engine/math shares.
//   * as_u32/as_f32/as_u64/as_f64: type punning through __builtin_bit_cast.
//   * quiet/default NaN helpers that produce the exact NaN bit patterns an
//     x86-64 SSE unit produces, written with integer operations only, because
//     WebAssembly leaves NaN signs and payloads of arithmetic results
//     unspecified.
//   * fma: a correctly rounded fused multiply-add in software, so that the
//     WebAssembly build (which has no FMA instruction) reproduces the vfmadd
//     instructions of glibc's __*_fma variants bit for bit. Moderate
//     arguments take Boldo and Melquiond's error-free-transform emulation
//     (about 30 flops); the rest an exact 128-bit integer path. Natively the
//     same software path runs (it is what the exhaustive tests check); both
//     paths are checked against the hardware fma in tests/libm_exhaustive.
//
// What it is not: a general floating-point library. Only round-to-nearest is
// supported, floating-point exceptions and errno are not modelled.
#pragma once

#include <cstdint>

namespace seedlab::math::bits {

// Dekker's (Veltkamp's) splitting constant 2^27 + 1: t = kDekkerSplit * a, hi = t - (t - a)
// gives the top 26 bits of a, and a - hi the rest.
inline constexpr double kDekkerSplit = 134217729.0;

// __builtin_bit_cast rather than std::bit_cast: emscripten 3.1.6's libc++ 14
// lacks the latter; both g++ 12 and clang 14 have the builtin.
constexpr std::uint32_t as_u32(float x) { return __builtin_bit_cast(std::uint32_t, x); }
constexpr float as_f32(std::uint32_t u) { return __builtin_bit_cast(float, u); }
constexpr std::uint64_t as_u64(double x) { return __builtin_bit_cast(std::uint64_t, x); }
constexpr double as_f64(std::uint64_t u) { return __builtin_bit_cast(double, u); }

// ---- NaN bit patterns as x86-64 SSE produces them -------------------------

// An invalid operation without NaN operands (0/0, inf-inf, sqrt(-1)) yields
// the "real indefinite" NaN: sign set, quiet bit set, zero payload.
inline float default_nan_f() { return as_f32(0xffc00000u); }
inline double default_nan() { return as_f64(0xfff8000000000000ull); }

// An operation with one NaN operand returns that NaN with the quiet bit set.
inline float quiet_f(float x) { return as_f32(as_u32(x) | 0x00400000u); }
inline double quiet(double x) { return as_f64(as_u64(x) | 0x0008000000000000ull); }

inline bool is_nan_f(float x) { return (as_u32(x) & 0x7fffffffu) > 0x7f800000u; }
inline bool is_nan(double x) { return (as_u64(x) & ~(1ull << 63)) > 0x7ff0000000000000ull; }

// cvtss2sd / cvtsd2ss of a NaN: keep sign and the top payload bits, set the
// quiet bit. Needed where glibc converts a NaN between the two formats.
inline double nan_f_to_d(float x) {
    std::uint64_t u = as_u32(x);
    return as_f64(((u >> 31) << 63) | 0x7ff8000000000000ull | ((u & 0x003fffffu) << 29));
}
inline float nan_d_to_f(double x) {
    std::uint64_t u = as_u64(x);
    return as_f32(static_cast<std::uint32_t>((u >> 63) << 31) | 0x7fc00000u |
                  static_cast<std::uint32_t>((u >> 29) & 0x003fffffu));
}

// ---- exact fused multiply-add ---------------------------------------------

namespace detail {

using u128 = unsigned __int128;

inline int clz64(std::uint64_t v) { return v ? __builtin_clzll(v) : 64; }

inline int clz128(u128 v) {
    auto hi = static_cast<std::uint64_t>(v >> 64);
    auto lo = static_cast<std::uint64_t>(v);
    return hi ? clz64(hi) : 64 + clz64(lo);
}

// Splits a finite nonzero double into m * 2^e with m in [2^52, 2^53).
inline void unpack(std::uint64_t u, std::uint64_t& m, int& e) {
    int be = static_cast<int>((u >> 52) & 0x7ff);
    m = u & 0x000fffffffffffffull;
    if (be) {
        m |= 1ull << 52;
        e = be - 1075;
    } else {
        int s = clz64(m) - 11;
        m <<= s;
        e = -1074 - s;
    }
}

// Rounds r * 2^x (r != 0) to the nearest double, ties to even, with the
// given sign; handles subnormal results and overflow.
inline double round_pack(u128 r, int x, std::uint64_t sign) {
    int msb = 127 - clz128(r);
    int q = x + msb - 52;  // exponent of the result's last mantissa bit
    if (q < -1074) q = -1074;
    if (q > 971) return as_f64((sign << 63) | 0x7ff0000000000000ull);
    int sh = q - x;
    std::uint64_t m;
    std::uint64_t up = 0;
    if (sh <= 0) {
        m = static_cast<std::uint64_t>(r << -sh);
    } else if (sh >= 128) {
        m = 0;  // r < 2^127 <= half an ulp
    } else {
        m = static_cast<std::uint64_t>(r >> sh);
        u128 rem = r & ((static_cast<u128>(1) << sh) - 1);
        u128 half = static_cast<u128>(1) << (sh - 1);
        up = (rem > half || (rem == half && (m & 1))) ? 1 : 0;
    }
    // For m >= 2^52 the implicit bit carries into the exponent field, and a
    // rounding carry out of the mantissa bumps the exponent (up to infinity).
    std::uint64_t u = (static_cast<std::uint64_t>(q + 1074) << 52) + m + up;
    return as_f64((sign << 63) | u);
}

// Exact product and sum (Dekker, Knuth): hi + lo equals the exact result
// when nothing overflows or underflows. Needs -ffp-contract=off.
inline void two_product(double a, double b, double& hi, double& lo) {
    hi = a * b;
    double t = kDekkerSplit * a;
    double ah = t - (t - a), al = a - ah;
    t = kDekkerSplit * b;
    double bh = t - (t - b), bl = b - bh;
    lo = ((ah * bh - hi) + ah * bl + al * bh) + al * bl;
}
inline void two_sum(double a, double b, double& s, double& e) {
    s = a + b;
    double bb = s - a;
    e = (a - (s - bb)) + (b - bb);
}

// Boldo and Melquiond's emulated FMA ("Emulation of FMA and correctly rounded
// sums: proved algorithms using rounding to odd", IEEE TC 57(4), 2008,
// Algorithm 5.4): RN(th + RO(tl + ul)) with uh + ul = a*b and
// th + tl = c + uh, valid without overflow or underflow.
inline double fma_eft(double a, double b, double c) {
    double uh, ul, th, tl, s, e;
    two_product(a, b, uh, ul);
    two_sum(c, uh, th, tl);
    two_sum(tl, ul, s, e);
    if (e != 0) {  // round s to odd: step its last bit towards e when it is even
        std::uint64_t us = as_u64(s);
        if ((us & 1) == 0) us += ((us ^ as_u64(e)) >> 63) ? ~0ull : 1ull;
        s = as_f64(us);
    }
    return th + s;
}

// The general case: an exact integer product and sum with one rounding.
// NaN payload propagation is not modelled: callers never pass NaNs.
inline double fma_int(double a, double b, double c) {
    std::uint64_t ua = as_u64(a), ub = as_u64(b), uc = as_u64(c);
    bool a_special = ((ua >> 52) & 0x7ff) == 0x7ff || (ua << 1) == 0;
    bool b_special = ((ub >> 52) & 0x7ff) == 0x7ff || (ub << 1) == 0;
    if (a_special || b_special) return a * b + c;  // product is exact (0, inf or nan)
    if (((uc >> 52) & 0x7ff) == 0x7ff) return c;    // finite product + inf/nan

    std::uint64_t ma, mb, mc = 0;
    int xa, xb, xc = 0;
    unpack(ua, ma, xa);
    unpack(ub, mb, xb);
    std::uint64_t sp = (ua ^ ub) >> 63;
    std::uint64_t sc = uc >> 63;

    // Product in [2^104, 2^106), moved up so its top bit is bit 124 or 125.
    u128 p = (static_cast<u128>(ma) * mb) << 20;
    int xp = xa + xb - 20;
    if ((uc << 1) == 0) return round_pack(p, xp, sp);

    unpack(uc, mc, xc);
    u128 cc = static_cast<u128>(mc) << 73;  // top bit is bit 125
    xc -= 73;

    // X is the operand with the larger exponent; Y is aligned to it. Bits
    // shifted out of Y are jammed into its lowest bit (sticky), which is far
    // below the rounding position whenever any bit is lost.
    u128 X = p, Y = cc;
    int xx = xp, xy = xc;
    std::uint64_t sx = sp, sy = sc;
    if (xc > xp) {
        X = cc; Y = p; xx = xc; xy = xp; sx = sc; sy = sp;
    }
    int d = xx - xy;
    if (d >= 128) {
        Y = Y ? 1 : 0;
    } else if (d > 0) {
        u128 lost = Y & ((static_cast<u128>(1) << d) - 1);
        Y = (Y >> d) | (lost ? 1 : 0);
    }
    u128 r;
    std::uint64_t sr = sx;
    if (sx == sy) {
        r = X + Y;
    } else if (X >= Y) {
        r = X - Y;
    } else {
        r = Y - X;
        sr = sy;
    }
    if (r == 0) return 0.0;  // exact cancellation gives +0 when rounding to nearest
    return round_pack(r, xx, sr);
}

}  // namespace detail

// fma(a, b, c) = a*b + c rounded once, as the x86 vfmadd instructions and
// C's fma() compute it, in software (the same code natively and in wasm).
// Arguments of moderate size take the fast error-free-transform path: |a| and
// |b| in [2^-450, 2^451) and c zero or |c| in [2^-900, 2^901), which keeps
// every intermediate of fma_eft normal and finite. All else goes through the
// integer path.
inline double fma(double a, double b, double c) {
    std::uint32_t ea = static_cast<std::uint32_t>(as_u64(a) >> 52) & 0x7ff;
    std::uint32_t eb = static_cast<std::uint32_t>(as_u64(b) >> 52) & 0x7ff;
    std::uint32_t ec = static_cast<std::uint32_t>(as_u64(c) >> 52) & 0x7ff;
    if (ea - 573u < 901u && eb - 573u < 901u && (ec - 123u < 1801u || (as_u64(c) << 1) == 0))
        return detail::fma_eft(a, b, c);
    return detail::fma_int(a, b, c);
}

}  // namespace seedlab::math::bits
