// atan2.cpp — atan2(y, x) for doubles, bit-identical to glibc 2.36 atan2 on
// x86-64 with FMA (__ieee754_atan2_fma, selected by glibc's ifunc on
// FMA/AVX2 machines). The algorithm is the IBM Accurate Mathematical
// Library's sysdeps/ieee754/dbl-64/e_atan2.c (since glibc 2.34 without the
// multi-precision fallback), with the constants of atnat2.h and the table of
// uatan.tbl. The FMA build makes EMULV an fma-based exact product and GCC
// fused the Horner steps and some of the final sums; each fused operation is
// an exact fma here, as read off the compiled __ieee754_atan2_fma.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/atan_data.hpp"
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

using namespace atan_data;

double copysign_of(double z, double y) {
    return bits::as_f64((bits::as_u64(z) & ~(1ull << 63)) | (bits::as_u64(y) & (1ull << 63)));
}

// d3 + v*(d5 + v*(d7 + v*(d9 + v*(d11 + v*d13)))), Horner steps fused.
double odd_poly(double v) {
    using bits::fma;
    return fma(v, fma(v, fma(v, fma(v, fma(v, kD13, kD11), kD9), kD7), kD5), kD3);
}

// The row of kCij nearest below u, for 1/16 <= u <= 1.
int table_index(double u) {
    double t = bits::fma(u, 256.0, 0x1p52) - 0x1p52;  // product exact: fused or not
    return static_cast<int>(t) - 16;
}

// c2 + v*(c3 + v*(c4 + v*(c5 + v*c6))) of row i, Horner steps fused.
double row_poly2(int i, double v) {
    using bits::fma;
    return fma(v, fma(v, fma(v, fma(v, cij(i, 6), cij(i, 5)), cij(i, 4)), cij(i, 3)), cij(i, 2));
}

// The special operands: nan, zeros and infinities. Returns true and sets r
// when the answer is decided here.
bool atan2_special(double y, double x, double& r) {
    std::uint64_t bx = bits::as_u64(x), by = bits::as_u64(y);
    std::uint32_t ux = static_cast<std::uint32_t>(bx >> 32), dx = static_cast<std::uint32_t>(bx);
    std::uint32_t uy = static_cast<std::uint32_t>(by >> 32), dy = static_cast<std::uint32_t>(by);
    if (bits::is_nan(x)) { r = bits::quiet(x); return true; }  // x + y: the first nan
    if (bits::is_nan(y)) { r = bits::quiet(y); return true; }
    bool x_neg = (ux & 0x80000000u) != 0, y_neg = (uy & 0x80000000u) != 0;
    if ((by << 1) == 0) {  // y = +-0
        if (!y_neg) r = x_neg ? kPi : 0.0;
        else r = x_neg ? -kPi : -0.0;
        return true;
    }
    if ((bx << 1) == 0) {  // x = +-0
        r = y_neg ? -kHalfPi : kHalfPi;
        return true;
    }
    bool y_inf = (uy & 0x7fffffffu) == 0x7ff00000u && dy == 0;
    if ((ux & 0x7fffffffu) == 0x7ff00000u && dx == 0) {  // x = +-inf
        if (y_inf) r = x_neg ? (y_neg ? -kThreeQuarterPi : kThreeQuarterPi) : (y_neg ? -kQuarterPi : kQuarterPi);
        else if (!x_neg) r = y_neg ? -0.0 : 0.0;
        else r = y_neg ? -kPi : kPi;
        return true;
    }
    if (y_inf) {
        r = y_neg ? -kHalfPi : kHalfPi;
        return true;
    }
    return false;
}

}  // namespace

double atan2(double y, double x) {
    using bits::fma;
    double special;
    if (atan2_special(y, x, special)) return special;

    std::uint32_t ux = static_cast<std::uint32_t>(bits::as_u64(x) >> 32);
    std::uint32_t uy = static_cast<std::uint32_t>(bits::as_u64(y) >> 32);
    double ax = x < 0 ? -x : x;
    double ay = y < 0 ? -y : y;

    // One of y/x and x/y is negligible.
    int de = static_cast<int>(uy & 0x7ff00000) - static_cast<int>(ux & 0x7ff00000);
    if (de >= 59768832) return y > 0 ? kHalfPi : -kHalfPi;  // 57*16^5
    if (de <= -59768832) {
        if (x > 0) return copysign_of(ay / ax, y);
        return y > 0 ? kPi : -kPi;
    }

    // Scale extreme arguments.
    if (ax < kTwoM500 || ay < kTwoM500) {
        ax *= kTwo500;
        ay *= kTwo500;
    }
    if (ax > kTwo500 || ay > kTwo500) {
        ax *= kTwoM500;
        ay *= kTwoM500;
    }

    // u + du = the smaller over the larger, to about 106 bits.
    double u, du;
    if (ay < ax) {
        u = ay / ax;
        double v = ax * u;
        double vv = fma(ax, u, -v);
        du = ((ay - v) - vv) / ax;
    } else {
        u = ax / ay;
        double v = ay * u;
        double vv = fma(ay, u, -v);
        du = ((ax - v) - vv) / ay;
    }

    double z;
    if (x > 0) {
        if (ay < ax) {  // (i) atan(ay/ax)
            if (u < kInv16) {
                double v = u * u;
                double zz = fma(u * v, odd_poly(v), du);
                z = u + zz;
            } else {
                int i = table_index(u);
                double t3 = u - cij(i, 0);
                double v = t3 + du;  // EADD(t3, du, v, dv)
                double dv = (bits::as_u64(t3) << 1 > bits::as_u64(du) << 1) ? (t3 - v) + du : (du - v) + t3;
                double t2 = cij(i, 2);
                double q = fma(v, fma(v, fma(v, cij(i, 6), cij(i, 5)), cij(i, 4)), cij(i, 3));
                double zz = fma(v, t2, fma(dv, t2, (v * v) * q));
                z = zz + cij(i, 1);
            }
        } else if (u < kInv16) {  // (ii) pi/2 - atan(ax/ay)
            double v = u * u;
            double zz = (u * v) * odd_poly(v);
            double t2 = kHalfPi - u;  // ESUB(hpi, u, t2, cor)
            double cor = (kHalfPi > (u < 0 ? -u : u)) ? (kHalfPi - t2) - u : kHalfPi - (u + t2);
            double t3 = ((cor + kHalfPiLo) - du) - zz;
            z = t3 + t2;
        } else {
            int i = table_index(u);
            double v = (u - cij(i, 0)) + du;
            double zz = fma(-v, row_poly2(i, v), kHalfPiLo);
            double t1 = kHalfPi - cij(i, 1);
            z = t1 + zz;
        }
    } else if (ax < ay) {  // (iii) pi/2 + atan(ax/ay)
        if (u < kInv16) {
            double v = u * u;
            double zz = (v * u) * odd_poly(v);
            double t2 = u + kHalfPi;  // EADD(hpi, u, t2, cor)
            double cor = (kHalfPi > (u < 0 ? -u : u)) ? (kHalfPi - t2) + u : (u - t2) + kHalfPi;
            double t3 = ((cor + kHalfPiLo) + du) + zz;
            z = t3 + t2;
        } else {
            int i = table_index(u);
            double v = (u - cij(i, 0)) + du;
            double t1 = kHalfPi + cij(i, 1);
            double zz = fma(v, row_poly2(i, v), kHalfPiLo);
            z = t1 + zz;
        }
    } else if (u < kInv16) {  // (iv) pi - atan(ax/ay)
        double v = u * u;
        double zz = (v * u) * odd_poly(v);
        double t2 = kPi - u;  // ESUB(opi, u, t2, cor)
        double cor = (kPi > (u < 0 ? -u : u)) ? (kPi - t2) - u : kPi - (u + t2);
        double t3 = ((cor + kPiLo) - du) - zz;
        z = t3 + t2;
    } else {
        int i = table_index(u);
        double v = (u - cij(i, 0)) + du;
        double zz = fma(-v, row_poly2(i, v), kPiLo);
        double t1 = kPi - cij(i, 1);
        z = t1 + zz;
    }
    return copysign_of(z, y);
}

}  // namespace seedlab::math
