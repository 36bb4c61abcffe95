// expm1.cpp — e^x - 1 for a double, bit-identical to glibc 2.36 expm1 on
// x86-64 with FMA (__expm1_fma; Debian's 2.36 carries the upstream backport
// "x86_64: Add expm1 with FMA"). The algorithm is the fdlibm-derived
// sysdeps/ieee754/dbl-64/s_expm1.c; the FMA variant is the same source built
// with -mfma -mavx2. The multiply-adds GCC fused there (read off the compiled
// __expm1_fma) are exact fmas here; the others stay separate operations.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

// Constants of s_expm1.c (bit patterns as given there).
constexpr double kOverflowThreshold = 7.09782712893383973096e+02;  // 0x40862E42 FEFA39EF
constexpr double kLn2Hi = 6.93147180369123816490e-01;              // 0x3fe62e42 fee00000
constexpr double kLn2Lo = 1.90821492927058770002e-10;              // 0x3dea39ef 35793c76
constexpr double kInvLn2 = 1.44269504088896338700e+00;             // 0x3ff71547 652b82fe
// Scaled coefficients of the rational approximation on [0, 0.5 ln2].
constexpr double kQ1 = -3.33333333333331316428e-02;  // BFA11111 111110F4
constexpr double kQ2 = 1.58730158725481460165e-03;   // 3F5A01A0 19FE5585
constexpr double kQ3 = -7.93650757867487942473e-05;  // BF14CE19 9EAADBB7
constexpr double kQ4 = 4.00821782732936239552e-06;   // 3ED0CFCA 86E65239
constexpr double kQ5 = -2.01099218183624371326e-07;  // BE8AFDB7 6E09C32D

// Adds k to the binary exponent of y through its high word, as fdlibm does.
double add_exponent(double y, int k) {
    std::uint64_t u = bits::as_u64(y);
    std::uint32_t high = static_cast<std::uint32_t>(u >> 32) + (static_cast<std::uint32_t>(k) << 20);
    return bits::as_f64((static_cast<std::uint64_t>(high) << 32) | (u & 0xffffffffu));
}

}  // namespace

double expm1(double x) {
    using bits::fma;
    std::uint64_t ux = bits::as_u64(x);
    std::uint32_t hx = static_cast<std::uint32_t>(ux >> 32);
    bool negative = (hx & 0x80000000u) != 0;
    hx &= 0x7fffffff;

    // Huge and non-finite arguments.
    if (hx >= 0x4043687A) {      // |x| >= 56 ln2
        if (hx >= 0x40862E42) {  // |x| >= 709.78...
            if (hx >= 0x7ff00000) {
                if (bits::is_nan(x)) return bits::quiet(x);
                return negative ? -1.0 : x;
            }
            if (x > kOverflowThreshold) return bits::as_f64(0x7ff0000000000000);
        }
        if (negative) return -1.0;  // tiny - 1 rounds to -1
    }

    // Argument reduction: x = k ln2 + (hi - lo), c = rounding error of hi - lo.
    int k;
    double c = 0.0;
    if (hx > 0x3fd62e42) {      // |x| > 0.5 ln2
        double hi, lo;
        if (hx < 0x3FF0A2B2) {  // and |x| < 1.5 ln2
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
            k = static_cast<int>(kInvLn2 * x + (negative ? -0.5 : 0.5));
            double t = static_cast<double>(k);
            hi = fma(-t, kLn2Hi, x);  // t*ln2_hi is exact here
            lo = t * kLn2Lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (hx < 0x3c900000) {  // |x| < 2^-54: expm1(x) rounds to x
        return x;
    } else {
        k = 0;
    }

    // x is now in [-0.5 ln2, 0.5 ln2].
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double R1 = fma(hxs, kQ1, 1.0);
    double h2 = hxs * hxs;
    double R2 = fma(hxs, kQ3, kQ2);
    double h4 = h2 * h2;
    double R3 = fma(hxs, kQ5, kQ4);
    double r1 = fma(h4, R3, fma(h2, R2, R1));
    double t = fma(-r1, hfx, 3.0);
    double e = hxs * ((r1 - t) / fma(-x, t, 6.0));
    if (k == 0) return x - fma(e, x, -hxs);

    e = fma(e - c, x, -c);
    e -= hxs;
    if (k == -1) return fma(x - e, 0.5, -0.5);
    if (k == 1) {
        if (x < -0.25) return -2.0 * (e - (x + 0.5));
        return 1.0 + 2.0 * (x - e);  // glibc fuses this; the product by 2 is exact
    }
    if (k <= -2 || k > 56) {  // exp(x) - 1 ~= exp(x)
        double y = 1.0 - (e - x);
        return add_exponent(y, k) - 1.0;
    }
    if (k < 20) {
        double t1 = bits::as_f64(static_cast<std::uint64_t>(0x3ff00000u - (0x200000u >> k)) << 32);  // 1 - 2^-k
        double y = t1 - (e - x);
        return add_exponent(y, k);
    }
    double t2 = bits::as_f64(static_cast<std::uint64_t>(static_cast<std::uint32_t>(0x3ff - k) << 20) << 32);  // 2^-k
    double y = x - (e + t2);
    y += 1.0;
    return add_exponent(y, k);
}

}  // namespace seedlab::math
