// TensorFlow's bit-to-float conversions and Box-Muller transforms, as in
// tsl/lib/random/random_distributions.h (TF 1.15 through 2.16; spec/tf-random.md s2.1):
// Uint32ToFloat (low 23 bits as the mantissa of [1,2), minus 1), Uint64ToDouble,
// Uint16ToHalf, Uint16ToGfloat16 (bfloat16), BoxMullerFloat and BoxMullerDouble with
// glibc 2.36's logf/sincosf/log/sin/cos from engine/math.
// This reproduces TF's CPU kernels; never "fix" anything here (STYLE: frozen stream).
// What it is not: no generator and no fill layout (kernel_fill.hpp does that).
#pragma once

#include <bit>
#include <cstdint>

#include "math/libm.hpp"

namespace seedlab::libs::tf {

// 2 * M_PI as the C++ double TF multiplies by (M_PI promoted, then the product in double).
inline constexpr double kTwoPi = 2.0 * 3.14159265358979323846;
// BoxMuller clamps its first uniform to this, so log() never sees 0.
inline constexpr float kBoxMullerEpsilonF = 1.0e-7f;
inline constexpr double kBoxMullerEpsilonD = 1.0e-7;

// Uint32ToFloat: (127 << 23) | (x & 0x7FFFFF) read as a float in [1, 2), minus 1.0f.
inline float uint32_to_float(uint32_t x) {
    const uint32_t bits = (127u << 23) | (x & 0x7FFFFFu);
    return std::bit_cast<float>(bits) - 1.0f;
}

// Uint64ToDouble: mantissa = ((x0 & 0xFFFFF) << 32) | x1 under exponent 1023, minus 1.0.
inline double uint64_to_double(uint32_t x0, uint32_t x1) {
    const uint64_t mantissa = (static_cast<uint64_t>(x0 & 0xFFFFFu) << 32) | x1;
    const uint64_t bits = (uint64_t{1023} << 52) | mantissa;
    return std::bit_cast<double>(bits) - 1.0;
}

// Uint16ToHalf: (15 << 10) | (x & 0x3FF) as an IEEE half in [1, 2), minus 1. The
// difference k/1024 is exact in half precision; returned as the half's bit pattern.
inline uint16_t uint16_to_half_bits(uint16_t x) {
    const uint32_t k = x & 0x3FFu;  // the result is k * 2^-10
    if (k == 0) return 0;
    // Normalise k * 2^-10: the leading bit of k at position p gives exponent p - 10.
    int p = 9;
    while (!(k & (1u << p))) --p;
    const uint32_t exponent = static_cast<uint32_t>(p - 10 + 15);
    const uint32_t mantissa = (k << (10 - p)) & 0x3FFu;
    return static_cast<uint16_t>((exponent << 10) | mantissa);
}

// Uint16ToGfloat16 (bfloat16): (127 << 7) | (x & 0x7F) in [1, 2), minus 1; returned as
// the bfloat16's bit pattern (the upper half of the float32 with the same value).
inline uint16_t uint16_to_bfloat16_bits(uint16_t x) {
    const float f = std::bit_cast<float>(((127u << 7) | (x & 0x7Fu)) << 16) - 1.0f;  // exact
    return static_cast<uint16_t>(std::bit_cast<uint32_t>(f) >> 16);
}

// The float value of half bits (every half is exact in float).
inline float half_bits_to_float(uint16_t h) {
    const uint32_t sign = (h >> 15) & 1u, exponent = (h >> 10) & 0x1Fu, mantissa = h & 0x3FFu;
    float magnitude;
    if (exponent == 0) {
        magnitude = static_cast<float>(mantissa) * (1.0f / 16777216.0f);  // subnormal: m * 2^-24
    } else if (exponent == 31) {
        magnitude = mantissa ? std::bit_cast<float>(0x7FC00000u) : std::bit_cast<float>(0x7F800000u);
    } else {
        magnitude = std::bit_cast<float>(((exponent - 15 + 127) << 23) | (mantissa << 13));
    }
    return sign ? -magnitude : magnitude;
}

// Eigen::half(float): round to nearest even, overflow to inf, NaN kept quiet.
inline uint16_t float_to_half_bits(float f) {
    const uint32_t x = std::bit_cast<uint32_t>(f);
    const uint32_t sign = (x >> 16) & 0x8000u;
    const uint32_t abs = x & 0x7FFFFFFFu;
    if (abs >= 0x7F800000u) return static_cast<uint16_t>(sign | (abs > 0x7F800000u ? 0x7E00u : 0x7C00u));
    if (abs >= 0x477FF000u) return static_cast<uint16_t>(sign | 0x7C00u);  // rounds to >= 65520: inf
    const int e = static_cast<int>(abs >> 23) - 127;
    if (e < -25) return static_cast<uint16_t>(sign);  // below half the smallest subnormal
    uint32_t mant = (abs & 0x7FFFFFu) | 0x800000u;  // 24 significant bits
    // Shift so the result has 10 fraction bits below the leading one (normal) or the
    // subnormal grid 2^-24.
    const int shift = e < -14 ? (13 + (-14 - e)) : 13;
    const uint32_t kept = mant >> shift;
    const uint32_t rest = mant & ((1u << shift) - 1u);
    const uint32_t half_way = 1u << (shift - 1);
    uint32_t rounded = kept + ((rest > half_way || (rest == half_way && (kept & 1u))) ? 1u : 0u);
    uint32_t bits;
    if (e < -14) {
        bits = rounded;  // subnormal (a carry into 0x400 becomes the smallest normal)
    } else {
        bits = (static_cast<uint32_t>(e + 15) << 10) + (rounded - 0x400u);  // carry bumps the exponent
    }
    return static_cast<uint16_t>(sign | bits);
}

// BoxMullerFloat(x0, x1) -> (f0, f1): f0 = sin(v1) * u2, f1 = cos(v1) * u2 (TF on Linux
// calls sincosf; the product 2*M_PI*u is formed in double and rounded to float).
inline void box_muller_float(uint32_t x0, uint32_t x1, float& f0, float& f1) {
    float u1 = uint32_to_float(x0);
    if (u1 < kBoxMullerEpsilonF) u1 = kBoxMullerEpsilonF;
    const float v1 = static_cast<float>(kTwoPi * static_cast<double>(uint32_to_float(x1)));
    const float u2 = math::sqrtf(-2.0f * math::logf(u1));
    float s, c;
    math::sincosf(v1, &s, &c);
    f0 = s * u2;
    f1 = c * u2;
}

// BoxMullerDouble(x0, x1, x2, x3) -> (d0, d1), all in double.
inline void box_muller_double(uint32_t x0, uint32_t x1, uint32_t x2, uint32_t x3, double& d0, double& d1) {
    double u1 = uint64_to_double(x0, x1);
    if (u1 < kBoxMullerEpsilonD) u1 = kBoxMullerEpsilonD;
    const double v1 = kTwoPi * uint64_to_double(x2, x3);
    const double u2 = math::sqrt(-2.0 * math::log(u1));
    d0 = math::sin(v1) * u2;
    d1 = math::cos(v1) * u2;
}

}  // namespace seedlab::libs::tf
