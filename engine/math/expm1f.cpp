// expm1f.cpp — e^x - 1 for a float, bit-identical to glibc 2.36 expm1f on
// x86-64. glibc has no FMA variant of this function: it is the fdlibm-derived
// sysdeps/ieee754/flt-32/s_expm1f.c compiled for baseline SSE2, evaluated in
// float arithmetic throughout. The operations below are the same float
// operations in the same order (the build uses -ffp-contract=off).
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

// Constants of s_expm1f.c (bit patterns as given there).
constexpr float kOverflowThreshold = 8.8721679688e+01f;  // 0x42b17180
constexpr float kLn2Hi = 6.9313812256e-01f;              // 0x3f317180
constexpr float kLn2Lo = 9.0580006145e-06f;              // 0x3717f7d1
constexpr float kInvLn2 = 1.4426950216e+00f;             // 0x3fb8aa3b
// Scaled coefficients of the rational approximation on [0, 0.5 ln2].
constexpr float kQ1 = -3.3333335072e-02f;  // 0xbd088889
constexpr float kQ2 = 1.5873016091e-03f;   // 0x3ad00d01
constexpr float kQ3 = -7.9365076090e-05f;  // 0xb8a670cd
constexpr float kQ4 = 4.0082177293e-06f;   // 0x36867e54
constexpr float kQ5 = -2.0109921195e-07f;  // 0xb457edbb

// Adds k to the binary exponent of y (y is a normal number here).
float add_exponent(float y, int k) {
    return bits::as_f32(bits::as_u32(y) + (static_cast<std::uint32_t>(k) << 23));
}

}  // namespace

float expm1f(float x) {
    std::uint32_t hx = bits::as_u32(x);
    bool negative = (hx & 0x80000000u) != 0;
    hx &= 0x7fffffff;

    // Huge and non-finite arguments.
    if (hx >= 0x4195b844) {      // |x| >= 27 ln2
        if (hx >= 0x42b17218) {  // |x| >= 88.721...
            if (hx > 0x7f800000) return bits::quiet_f(x);
            if (hx == 0x7f800000) return negative ? -1.0f : x;
            if (x > kOverflowThreshold) return bits::as_f32(0x7f800000);
        }
        if (negative) return -1.0f;  // tiny - 1 rounds to -1
    }

    // Argument reduction: x = k ln2 + (hi - lo), c = rounding error of hi - lo.
    int k;
    float c = 0.0f;
    if (hx > 0x3eb17218) {      // |x| > 0.5 ln2
        float hi, lo;
        if (hx < 0x3F851592) {  // and |x| < 1.5 ln2
            if (!negative) {
                hi = x - kLn2Hi;
                lo = kLn2Lo;
                k = 1;
            } else {
                hi = x + kLn2Hi;
                lo = -kLn2Lo;
                k = -1;
            }
        } else {
            k = static_cast<int>(kInvLn2 * x + (negative ? -0.5f : 0.5f));
            float t = static_cast<float>(k);
            hi = x - t * kLn2Hi;  // exact
            lo = t * kLn2Lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (hx < 0x33000000) {  // |x| < 2^-25: expm1(x) rounds to x
        return x;
    } else {
        k = 0;
    }

    // x is now in [-0.5 ln2, 0.5 ln2].
    float hfx = 0.5f * x;
    float hxs = x * hfx;
    float r1 = 1.0f + hxs * (kQ1 + hxs * (kQ2 + hxs * (kQ3 + hxs * (kQ4 + hxs * kQ5))));
    float t = 3.0f - r1 * hfx;
    float e = hxs * ((r1 - t) / (6.0f - x * t));
    if (k == 0) return x - (x * e - hxs);

    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) return 0.5f * (x - e) - 0.5f;
    if (k == 1) {
        if (x < -0.25f) return -2.0f * (e - (x + 0.5f));
        return 1.0f + 2.0f * (x - e);
    }
    if (k <= -2 || k > 56) {  // exp(x) - 1 ~= exp(x)
        float y = 1.0f - (e - x);
        return add_exponent(y, k) - 1.0f;
    }
    if (k < 23) {
        float t1 = bits::as_f32(0x3f800000u - (0x1000000u >> k));  // 1 - 2^-k
        float y = t1 - (e - x);
        return add_exponent(y, k);
    }
    float t2 = bits::as_f32(static_cast<std::uint32_t>(0x7f - k) << 23);  // 2^-k
    float y = x - (e + t2);
    y += 1.0f;
    return add_exponent(y, k);
}

}  // namespace seedlab::math
