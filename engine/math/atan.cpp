// atan.cpp — arctangent of a double, bit-identical to glibc 2.36 atan on
// x86-64 with FMA (__atan_fma, selected by glibc's ifunc on FMA/AVX2
// machines). The algorithm is the IBM Accurate Mathematical Library's
// sysdeps/ieee754/dbl-64/s_atan.c (since glibc 2.34 without the
// multi-precision fallback), with the constants of atnat.h and the table of
// uatan.tbl shared with atan2 (atan_data.hpp). Each multiply-add GCC fused in
// the FMA build is an exact fma here, as read off the compiled __atan_fma.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/atan_data.hpp"
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

using namespace atan_data;

// Interval limits of s_atan.c (atnat.h a..e).
constexpr double kA = bits::as_f64(0x3e4bb67a00000000ull);  // 1.290e-8
constexpr double kB = 0x1p-4;
constexpr double kC = 1.0;
constexpr double kD = 16.0;
constexpr double kE = bits::as_f64(0x43349ff200000000ull);  // 5.805e15

double copysign_of(double z, double x) {
    return bits::as_f64((bits::as_u64(z) & ~(1ull << 63)) | (bits::as_u64(x) & (1ull << 63)));
}

// d3 + v*(d5 + v*(d7 + v*(d9 + v*(d11 + v*d13)))), Horner steps fused.
double odd_poly(double v) {
    using bits::fma;
    return fma(v, fma(v, fma(v, fma(v, fma(v, kD13, kD11), kD9), kD7), kD5), kD3);
}

// c2 + z*(c3 + z*(c4 + z*(c5 + z*c6))) of row i, Horner steps fused.
double row_poly2(int i, double z) {
    using bits::fma;
    return fma(z, fma(z, fma(z, fma(z, cij(i, 6), cij(i, 5)), cij(i, 4)), cij(i, 3)), cij(i, 2));
}

// The row of kCij nearest below u, for 1/16 <= u <= 1.
int table_index(double u) { return static_cast<int>(bits::fma(u, 256.0, 0x1p52) - 0x1p52) - 16; }

}  // namespace

double atan(double x) {
    using bits::fma;
    if (bits::is_nan(x)) return bits::quiet(x);
    double u = bits::as_f64(bits::as_u64(x) & ~(1ull << 63));
    if (u < kC) {
        if (u < kB) {
            if (u < kA) return x;
            double v = x * x;
            return fma(x * v, odd_poly(v), x);
        }
        int i = table_index(u);
        double z = u - cij(i, 0);
        return copysign_of(fma(row_poly2(i, z), z, cij(i, 1)), x);
    }
    if (u < kD) {  // atan(u) = pi/2 - atan(1/u), 1/u = w + ww
        double w = 1 / u;
        double t1 = w * u;
        double t2 = fma(u, w, -t1);
        int i = table_index(w);
        double z = fma((1 - t1) - t2, w, w - cij(i, 0));
        double yy = fma(-z, row_poly2(i, z), kHalfPiLo);
        return copysign_of((kHalfPi - cij(i, 1)) + yy, x);
    }
    if (u < kE) {
        double w = 1 / u;
        double t1 = w * u;
        double v = w * w;
        double t2 = fma(u, w, -t1);
        double yy = (w * v) * odd_poly(v);
        double ww = ((1 - t1) - t2) * w;
        double t3 = kHalfPi - w;  // ESUB(hpi, w, t3, cor)
        double cor = (kHalfPi > w) ? (kHalfPi - t3) - w : kHalfPi - (w + t3);
        yy = ((cor + kHalfPiLo) - ww) - yy;
        return copysign_of(yy + t3, x);
    }
    return x > 0 ? kHalfPi : -kHalfPi;
}

}  // namespace seedlab::math
