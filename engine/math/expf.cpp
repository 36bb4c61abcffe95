// expf.cpp — e^x for a float, bit-identical to glibc 2.36 expf on x86-64 with
// FMA (the __expf_fma variant that glibc's ifunc selects on FMA/AVX2
// machines). The algorithm is ARM optimized-routines' expf as found in glibc
// sysdeps/ieee754/flt-32/e_expf.c with the table of e_exp2f_data.c; in the FMA
// build GCC fused five multiply-adds, including the two that share x*N/ln2
// (the rounding to an integer and the reduced argument), and they are
// reproduced here with an exact fma.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

// exp(x) = 2^(k/N) * 2^(r/N), with N = 32 table entries.
constexpr int kTableBits = 5;
constexpr int kN = 1 << kTableBits;

// Data from glibc sysdeps/ieee754/flt-32/e_exp2f_data.c (__exp2f_data):
// tab[i] = bits(2^(i/N)) - (i << (52 - kTableBits)).
constexpr std::uint64_t kTable[kN] = {
    0x3ff0000000000000, 0x3fefd9b0d3158574, 0x3fefb5586cf9890f, 0x3fef9301d0125b51,
    0x3fef72b83c7d517b, 0x3fef54873168b9aa, 0x3fef387a6e756238, 0x3fef1e9df51fdee1,
    0x3fef06fe0a31b715, 0x3feef1a7373aa9cb, 0x3feedea64c123422, 0x3feece086061892d,
    0x3feebfdad5362a27, 0x3feeb42b569d4f82, 0x3feeab07dd485429, 0x3feea47eb03a5585,
    0x3feea09e667f3bcd, 0x3fee9f75e8ec5f74, 0x3feea11473eb0187, 0x3feea589994cce13,
    0x3feeace5422aa0db, 0x3feeb737b0cdc5e5, 0x3feec49182a3f090, 0x3feed503b23e255d,
    0x3feee89f995ad3ad, 0x3feeff76f2fb5e47, 0x3fef199bdd85529c, 0x3fef3720dcef9069,
    0x3fef5818dcfba487, 0x3fef7c97337b9b5f, 0x3fefa4afa2a490da, 0x3fefd0765b6e4540,
};
constexpr double kShift = 0x1.8p+52;  // adding it rounds to an integer
constexpr double kInvLn2N = 0x1.71547652b82fep+0 * kN;
// 2^(r/N) ~= 1 + C2 r + C1 r^2 + C0 r^3 (__exp2f_data.poly_scaled).
constexpr double kC0 = 0x1.c6af84b912394p-5 / kN / kN / kN;
constexpr double kC1 = 0x1.ebfce50fac4f3p-3 / kN / kN;
constexpr double kC2 = 0x1.62e42ff0c52d6p-1 / kN;

}  // namespace

float expf(float x) {
    using bits::fma;
    std::uint32_t ix = bits::as_u32(x);
    std::uint32_t abstop = (ix >> 20) & 0x7ff;
    if (abstop >= 0x42b) {  // |x| >= 88, inf or nan
        if (ix == 0xff800000u) return 0.0f;
        if (abstop >= 0x7f8) return bits::is_nan_f(x) ? bits::quiet_f(x) : x;
        if (x > 0x1.62e42ep6f) return bits::as_f32(0x7f800000);  // overflow
        if (x < -0x1.9fe368p6f) return 0.0f;                      // underflow
        // glibc's __math_may_uflowf computes 0x1.4p-75f * 0x1.4p-75f.
        if (x < -0x1.9d1d9ep6f) return 0x1p-149f;
    }
    double xd = static_cast<double>(x);

    // x*N/ln2 = k + r with r in [-1/2, 1/2]; GCC fused both uses of the product.
    double kd = fma(kInvLn2N, xd, kShift);
    std::uint64_t ki = bits::as_u64(kd);
    kd -= kShift;
    double r = fma(kInvLn2N, xd, -kd);

    std::uint64_t t = kTable[ki % kN] + (ki << (52 - kTableBits));
    double s = bits::as_f64(t);
    double z = fma(kC0, r, kC1);
    double r2 = r * r;
    double y = fma(kC2, r, 1.0);
    y = fma(z, r2, y);
    y = y * s;
    return static_cast<float>(y);
}

}  // namespace seedlab::math
