// box_muller_fast.hpp — TensorFlow's BoxMullerFloat without the software fma: the
// scalar form of the checked evaluation that box_muller_simd.hpp does two pairs at a
// time, bit-identical to box_muller_float (kernel_conversions.hpp) on every input.
//
// glibc's FMA-variant logf and sincosf fuse eleven multiply-adds per pair; the exact
// libm (engine/math) emulates each fused operation in software. Here the same
// algorithms run with plain multiply and add, except the two steps whose error could
// be large relative to the result, which are made exact with Dekker's product:
//   logf:    r = z * invc - 1  (z has 24 bits, so z * invc = hi + lo exactly and
//            hi - 1 is exact);
//   sincosf: x - n * pi/2     (n <= 4, so n * pi/2 = hi + lo exactly and x - hi is
//            exact).
// The remaining unfused roundings move a double result by a few ulps at most, so a
// result whose low 29 bits (the bits a float drops) lie more than 256 double ulps
// from the float rounding midpoint rounds to the same float as the fused evaluation.
// A pair with a result closer than that (a few in a million) goes through the exact
// libm. tests/engine/box_muller_fast_test.cpp checks all 2^23 values of each input.
// What it is not: a libm. The domain is TF's uniform floats: u1 in [1e-7, 1) and v1
// in [0, 2*pi); other inputs give wrong results.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

#include "libs/tensorflow/kernel_conversions.hpp"
#include "math/fp_bits.hpp"
#include "math/logf_data.hpp"
#include "math/sincosf_data.hpp"

namespace seedlab::libs::tf::fast {

// pi/2 split into 26 + 27 bits (Dekker), so that n * pi/2 is hi + lo exactly for small
// integers n.
inline constexpr double kHalfPiHi = (math::bits::kDekkerSplit * math::sincosf_data::kHalfPi) -
                                    ((math::bits::kDekkerSplit * math::sincosf_data::kHalfPi) - math::sincosf_data::kHalfPi);
inline constexpr double kHalfPiLo = math::sincosf_data::kHalfPi - kHalfPiHi;

// glibc's logf table with 1/c also split into 26 + 27 bits for Dekker's product (made
// once here, not per call).
struct LogfEntry {
    double invc, invc_hi, invc_lo, logc;
};
inline constexpr auto kLogfTable = [] {
    std::array<LogfEntry, 1u << math::logf_data::kTableBits> t{};
    for (size_t i = 0; i < t.size(); ++i) {
        const double invc = math::logf_data::kTable[i].invc;
        const double s = math::bits::kDekkerSplit * invc;
        const double hi = s - (s - invc);
        t[i] = {invc, hi, invc - hi, math::logf_data::kTable[i].logc};
    }
    return t;
}();
// How far (in double ulps) a result must be from a float rounding midpoint.
inline constexpr int64_t kMidpointMargin = 256;

// Whether [y] rounds to the same float as every double within kMidpointMargin ulps.
inline bool far_from_float_midpoint(double y) {
    const int64_t low = static_cast<int64_t>(std::bit_cast<uint64_t>(y) & 0x1fffffff) - 0x10000000;
    return (low < 0 ? -low : low) > kMidpointMargin;
}

// logf(x) in double before the final rounding (glibc __logf_fma's e_logf.c layout).
inline double logf_unrounded(float x) {
    using namespace math::logf_data;
    const uint32_t ix = std::bit_cast<uint32_t>(x);
    const uint32_t tmp = ix - kOff;
    const LogfEntry& e = kLogfTable[(tmp >> (23 - kTableBits)) % (1u << kTableBits)];
    const int k = static_cast<int32_t>(tmp) >> 23;
    const double z = static_cast<double>(std::bit_cast<float>(ix - (tmp & 0xff800000u)));
    // r = z * invc - 1, the exact product then one rounding (as the fused operation).
    const double hi = z * e.invc;
    const double lo = (z * e.invc_hi - hi) + z * e.invc_lo;
    const double r = (hi - 1.0) + lo;
    const double y0 = e.logc + static_cast<double>(k) * kLn2;
    const double r2 = r * r;
    double y = kA1 * r + kA2;
    y = kA0 * r2 + y;
    return y * r2 + (y0 + r);
}

// sin and cos of [v] in double before the final rounding (glibc __sincosf_fma); the
// direct polynomial below pi/4 is the reduced one with n = 0. |v| < 2^-12 is not
// handled here (glibc returns v and 1).
inline void sincosf_unrounded(float v, double& sin_out, double& cos_out) {
    using namespace math::sincosf_data;
    const PolySet& p = kPoly[0];
    const double x = static_cast<double>(v);
    const int n = (static_cast<int32_t>(x * kHalfPiInv) + 0x800000) >> 24;
    const double nd = static_cast<double>(n);
    // x - n * pi/2 with one rounding: n * pi/2 = hi + lo exactly, x - hi exactly.
    const double hi = nd * kHalfPi;
    const double lo = (nd * kHalfPiHi - hi) + nd * kHalfPiLo;
    const double xr = (x - hi) - lo;
    const double x2 = xr * xr;
    // sin: x + s1 x^3 + (s2 + s3 x^2) x^5 with the quadrant's sign, in glibc's order.
    const double xs = ((n + 1) & 2) ? -xr : xr;
    const double x3 = xs * x2;
    const double s1 = x2 * p.s3 + p.s2;
    const double x5 = x3 * x2;
    const double s = x3 * p.s1 + xs;
    const double sin_val = x5 * s1 + s;
    const double x4 = x2 * x2;
    const double c1 = x2 * p.c1 + p.c0;
    const double c2 = x2 * p.c4 + p.c3;
    const double x6 = x2 * x4;
    const double c = x4 * p.c2 + c1;
    // Quadrants 2 and 3 use glibc's second set, the cosine negated (fused or not, every
    // step is odd in the coefficients, so this is the same as negating the result).
    const double cos_val = (n & 2) ? -(x6 * c2 + c) : x6 * c2 + c;
    sin_out = (n & 1) ? cos_val : sin_val;
    cos_out = (n & 1) ? sin_val : cos_val;
}

// BoxMullerFloat(x0, x1) -> (f0, f1), as box_muller_float.
inline void box_muller_float(uint32_t x0, uint32_t x1, float& f0, float& f1) {
    float u1 = uint32_to_float(x0);
    if (u1 < kBoxMullerEpsilonF) u1 = kBoxMullerEpsilonF;
    const float v1 = static_cast<float>(kTwoPi * static_cast<double>(uint32_to_float(x1)));
    const double log_d = logf_unrounded(u1);
    float s = v1, c = 1.0f;  // glibc's answer below 2^-12
    bool ok = far_from_float_midpoint(log_d);
    if (v1 >= 0x1p-12f) {
        double sd, cd;
        sincosf_unrounded(v1, sd, cd);
        ok = ok && far_from_float_midpoint(sd) && far_from_float_midpoint(cd);
        s = static_cast<float>(sd);
        c = static_cast<float>(cd);
    }
    if (!ok) {
        tf::box_muller_float(x0, x1, f0, f1);
        return;
    }
    const float u2 = math::sqrtf(-2.0f * static_cast<float>(log_d));
    f0 = s * u2;
    f1 = c * u2;
}

}  // namespace seedlab::libs::tf::fast
