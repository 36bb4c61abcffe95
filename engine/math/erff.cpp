// erff.cpp — error function and its complement for floats, bit-identical to
// glibc 2.36 erff and erfcf on x86-64: the fdlibm-derived
// sysdeps/ieee754/flt-32/s_erff.c (baseline SSE2 build, float arithmetic, no
// fused operations), whose calls to __ieee754_expf go through glibc's ifunc
// to __expf_fma, i.e. our expf. Same float operations in the same order.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

// Constants of s_erff.c (fdlibm names, bit patterns as given there).
constexpr float erx = 8.4506291151e-01f;  // 0x3f58560b
constexpr float efx = 1.2837916613e-01f;  // 0x3e0375d4
constexpr float pp0 = 1.2837916613e-01f, pp1 = -3.2504209876e-01f, pp2 = -2.8481749818e-02f,
                pp3 = -5.7702702470e-03f, pp4 = -2.3763017452e-05f;
constexpr float qq1 = 3.9791721106e-01f, qq2 = 6.5022252500e-02f, qq3 = 5.0813062117e-03f,
                qq4 = 1.3249473704e-04f, qq5 = -3.9602282413e-06f;
constexpr float pa0 = -2.3621185683e-03f, pa1 = 4.1485610604e-01f, pa2 = -3.7220788002e-01f,
                pa3 = 3.1834661961e-01f, pa4 = -1.1089469492e-01f, pa5 = 3.5478305072e-02f,
                pa6 = -2.1663755178e-03f;
constexpr float qa1 = 1.0642088205e-01f, qa2 = 5.4039794207e-01f, qa3 = 7.1828655899e-02f,
                qa4 = 1.2617121637e-01f, qa5 = 1.3637083583e-02f, qa6 = 1.1984500103e-02f;
constexpr float ra0 = -9.8649440333e-03f, ra1 = -6.9385856390e-01f, ra2 = -1.0558626175e+01f,
                ra3 = -6.2375331879e+01f, ra4 = -1.6239666748e+02f, ra5 = -1.8460508728e+02f,
                ra6 = -8.1287437439e+01f, ra7 = -9.8143291473e+00f;
constexpr float sa1 = 1.9651271820e+01f, sa2 = 1.3765776062e+02f, sa3 = 4.3456588745e+02f,
                sa4 = 6.4538726807e+02f, sa5 = 4.2900814819e+02f, sa6 = 1.0863500214e+02f,
                sa7 = 6.5702495575e+00f, sa8 = -6.0424413532e-02f;
constexpr float rb0 = -9.8649431020e-03f, rb1 = -7.9928326607e-01f, rb2 = -1.7757955551e+01f,
                rb3 = -1.6063638306e+02f, rb4 = -6.3756646729e+02f, rb5 = -1.0250950928e+03f,
                rb6 = -4.8351919556e+02f;
constexpr float sb1 = 3.0338060379e+01f, sb2 = 3.2579251099e+02f, sb3 = 1.5367296143e+03f,
                sb4 = 3.1998581543e+03f, sb5 = 2.5530502930e+03f, sb6 = 4.7452853394e+02f,
                sb7 = -2.2440952301e+01f;

// r/s for |x| < 0.84375, z = x*x.
float small_ratio(float z) {
    float r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    float s = 1.0f + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    return r / s;
}

// P and Q for 0.84375 <= |x| < 1.25, s = |x| - 1.
void middle_pq(float s, float& P, float& Q) {
    P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    Q = 1.0f + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
}

// exp(-x^2 - 0.5625 + R/S) for |x| >= 1.25; `near` selects [1.25, 1/0.35),
// `mask` is the bit mask that makes z = x with a short mantissa.
float tail_exp(float x, bool near, std::uint32_t mask) {
    float s = 1.0f / (x * x);
    float R, S;
    if (near) {
        R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
        S = 1.0f + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
    } else {
        R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
        S = 1.0f + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
    }
    float z = bits::as_f32(bits::as_u32(x) & mask);
    return expf(-z * z - 0.5625f) * expf((z - x) * (z + x) + R / S);
}

}  // namespace

float erff(float x) {
    std::int32_t hx = static_cast<std::int32_t>(bits::as_u32(x));
    std::int32_t ix = hx & 0x7fffffff;
    if (ix >= 0x7f800000) {  // erf(nan) = nan, erf(+-inf) = +-1
        if (bits::is_nan_f(x)) return bits::quiet_f(x);
        return hx < 0 ? -1.0f : 1.0f;
    }
    if (ix < 0x3f580000) {      // |x| < 0.84375
        if (ix < 0x31800000) {  // |x| < 2^-28
            if (ix < 0x04000000) return 0.0625f * (16.0f * x + (16.0f * efx) * x);  // no spurious underflow
            return x + efx * x;
        }
        return x + x * small_ratio(x * x);
    }
    if (ix < 0x3fa00000) {  // 0.84375 <= |x| < 1.25
        float P, Q;
        middle_pq(bits::as_f32(static_cast<std::uint32_t>(ix)) - 1.0f, P, Q);
        return hx >= 0 ? erx + P / Q : -erx - P / Q;
    }
    if (ix >= 0x40c00000) return hx >= 0 ? 1.0f : -1.0f;  // |x| >= 6: 1 - tiny rounds to 1
    float ax = bits::as_f32(static_cast<std::uint32_t>(ix));
    float r = tail_exp(ax, ix < 0x4036DB6E, 0xfffff000u);
    return hx >= 0 ? 1.0f - r / ax : r / ax - 1.0f;
}

float erfcf(float x) {
    std::int32_t hx = static_cast<std::int32_t>(bits::as_u32(x));
    std::int32_t ix = hx & 0x7fffffff;
    if (ix >= 0x7f800000) {  // erfc(nan) = nan, erfc(+inf) = 0, erfc(-inf) = 2
        if (bits::is_nan_f(x)) return bits::quiet_f(x);
        return hx < 0 ? 2.0f : 0.0f;
    }
    if (ix < 0x3f580000) {                     // |x| < 0.84375
        if (ix < 0x32800000) return 1.0f - x;  // |x| < 2^-26
        float y = small_ratio(x * x);
        if (hx < 0x3e800000) return 1.0f - (x + x * y);  // x < 1/4
        float r = x * y;
        r += (x - 0.5f);
        return 0.5f - r;
    }
    if (ix < 0x3fa00000) {  // 0.84375 <= |x| < 1.25
        float P, Q;
        middle_pq(bits::as_f32(static_cast<std::uint32_t>(ix)) - 1.0f, P, Q);
        if (hx >= 0) return (1.0f - erx) - P / Q;
        return 1.0f + (erx + P / Q);
    }
    if (ix < 0x41e00000) {  // |x| < 28
        if (hx < 0 && ix >= 0x40c00000) return 2.0f;  // x <= -6: 2 - tiny rounds to 2
        float ax = bits::as_f32(static_cast<std::uint32_t>(ix));
        float r = tail_exp(ax, ix < 0x4036DB6D, 0xffffe000u);
        return hx > 0 ? r / ax : 2.0f - r / ax;
    }
    return hx > 0 ? 0.0f : 2.0f;  // tiny*tiny underflows to 0; 2 - tiny rounds to 2
}

}  // namespace seedlab::math
