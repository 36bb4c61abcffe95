// log1p.cpp — log(1 + x) for a double, bit-identical to glibc 2.36 log1p on
// x86-64 with FMA (__log1p_fma; Debian's 2.36 carries the upstream backport
// "x86_64: Add log1p with FMA"). The algorithm is the fdlibm-derived
// sysdeps/ieee754/dbl-64/s_log1p.c; the FMA variant is the same source built
// with -mfma -mavx2, and the multiply-adds GCC fused there are exact fmas
// here. Which ones were fused was read off the compiled __log1p_fma; the
// ones left unfused are written as separate operations.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

// Constants of s_log1p.c (bit patterns as given there).
constexpr double kLn2Hi = 6.93147180369123816490e-01;  // 3fe62e42 fee00000
constexpr double kLn2Lo = 1.90821492927058770002e-10;  // 3dea39ef 35793c76
// log(1+f) = f - hfsq + s*(hfsq + R(z)), R(z) = Lp1 z + ... + Lp7 z^7.
constexpr double kLp1 = 6.666666666666735130e-01;  // 3FE55555 55555593
constexpr double kLp2 = 3.999999999940941908e-01;  // 3FD99999 9997FA04
constexpr double kLp3 = 2.857142874366239149e-01;  // 3FD24924 94229359
constexpr double kLp4 = 2.222219843214978396e-01;  // 3FCC71C5 1D8E78AF
constexpr double kLp5 = 1.818357216161805012e-01;  // 3FC74664 96CB03DE
constexpr double kLp6 = 1.531383769920937332e-01;  // 3FC39A09 D078C69F
constexpr double kLp7 = 1.479819860511658591e-01;  // 3FC2F112 DF3E5244

double with_high_word(double x, std::uint32_t hi) {
    return bits::as_f64((static_cast<std::uint64_t>(hi) << 32) | (bits::as_u64(x) & 0xffffffffu));
}

}  // namespace

double log1p(double x) {
    using bits::fma;
    std::int32_t hx = static_cast<std::int32_t>(bits::as_u64(x) >> 32);
    std::int32_t ax = hx & 0x7fffffff;

    int k = 1;
    double f = 0.0, c = 0.0;
    std::int32_t hu = 0;
    if (hx < 0x3FDA827A) {       // x < 0.41422 (or negative)
        if (ax >= 0x3ff00000) {  // x <= -1
            if (x == -1.0) return -bits::as_f64(0x7ff0000000000000);
            return bits::is_nan(x) ? bits::quiet(x) : bits::default_nan();
        }
        if (ax < 0x3e200000) {              // |x| < 2^-29
            if (ax < 0x3c900000) return x;  // |x| < 2^-54
            return x - x * x * 0.5;         // the fused product by 0.5 is exact
        }
        if (hx > 0 || hx <= static_cast<std::int32_t>(0xbfd2bec3)) {
            k = 0;  // -0.2929 < x < 0.41422
            f = x;
            hu = 1;
        }
    } else if (hx >= 0x7ff00000) {
        return bits::is_nan(x) ? bits::quiet(x) : x;
    }
    if (k != 0) {
        double u;
        if (hx < 0x43400000) {
            u = 1.0 + x;
            hu = static_cast<std::int32_t>(bits::as_u64(u) >> 32);
            k = (hu >> 20) - 1023;
            c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0);  // rounding error of 1 + x
            c /= u;
        } else {
            u = x;
            hu = hx;
            k = (hu >> 20) - 1023;
            c = 0;
        }
        hu &= 0x000fffff;
        if (hu < 0x6a09e) {
            u = with_high_word(u, static_cast<std::uint32_t>(hu | 0x3ff00000));  // normalise u
        } else {
            k += 1;
            u = with_high_word(u, static_cast<std::uint32_t>(hu | 0x3fe00000));  // normalise u/2
            hu = (0x00100000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    double kd = static_cast<double>(k);
    if (hu == 0) {  // |f| < 2^-20
        if (f == 0.0) {
            if (k == 0) return 0.0;
            return fma(kd, kLn2Hi, fma(kd, kLn2Lo, c));
        }
        double R = fma(-f, 0.66666666666666666, 1.0) * hfsq;
        if (k == 0) return f - R;
        return fma(kd, kLn2Hi, -((R - fma(kd, kLn2Lo, c)) - f));
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double R2 = fma(z, kLp3, kLp2);
    double R3 = fma(z, kLp5, kLp4);
    double R4 = fma(z, kLp7, kLp6);
    double z2 = z * z;
    double z4 = z2 * z2;
    double z6 = z2 * z4;
    double R = fma(z, kLp1, z2 * R2);
    R = fma(z4, R3, R);
    R = fma(z6, R4, R);
    double sr = s * (hfsq + R);
    if (k == 0) return f - (hfsq - sr);
    return fma(kd, kLn2Hi, -((hfsq - (fma(kd, kLn2Lo, c) + sr)) - f));
}

}  // namespace seedlab::math
