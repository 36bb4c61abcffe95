// logf.cpp — natural logarithm of a float, bit-identical to glibc 2.36 logf on
// x86-64 with FMA (the __logf_fma variant that glibc's ifunc selects on
// FMA/AVX2 machines). The algorithm is ARM optimized-routines' logf as found
// in glibc sysdeps/ieee754/flt-32/e_logf.c; the FMA variant is the same source
// compiled with -mfma, and the four places where GCC fused a multiply and an
// add are reproduced here with an exact fma.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

// log(x) = k*ln2 + log(c) + log1p(z/c - 1), with x = 2^k z and c the centre of
// one of 16 subintervals of [kOff, 2*kOff]. kOff puts the table's 1.0 at
// index 9 so that inputs near 1 are accurate.
constexpr int kTableBits = 4;
constexpr std::uint32_t kOff = 0x3f330000;

struct Entry {
    double invc;  // 1/c, rounded to double
    double logc;  // log(c)
};

// Data from glibc sysdeps/ieee754/flt-32/e_logf_data.c (__logf_data.tab).
constexpr Entry kTable[1 << kTableBits] = {
    {0x1.661ec79f8f3bep+0, -0x1.57bf7808caadep-2},
    {0x1.571ed4aaf883dp+0, -0x1.2bef0a7c06ddbp-2},
    {0x1.49539f0f010bp+0, -0x1.01eae7f513a67p-2},
    {0x1.3c995b0b80385p+0, -0x1.b31d8a68224e9p-3},
    {0x1.30d190c8864a5p+0, -0x1.6574f0ac07758p-3},
    {0x1.25e227b0b8eap+0, -0x1.1aa2bc79c81p-3},
    {0x1.1bb4a4a1a343fp+0, -0x1.a4e76ce8c0e5ep-4},
    {0x1.12358f08ae5bap+0, -0x1.1973c5a611cccp-4},
    {0x1.0953f419900a7p+0, -0x1.252f438e10c1ep-5},
    {0x1p+0, 0x0p+0},
    {0x1.e608cfd9a47acp-1, 0x1.aa5aa5df25984p-5},
    {0x1.ca4b31f026aap-1, 0x1.c5e53aa362eb4p-4},
    {0x1.b2036576afce6p-1, 0x1.526e57720db08p-3},
    {0x1.9c2d163a1aa2dp-1, 0x1.bc2860d22477p-3},
    {0x1.886e6037841edp-1, 0x1.1058bc8a07ee1p-2},
    {0x1.767dcf5534862p-1, 0x1.4043057b6ee09p-2},
};
constexpr double kLn2 = 0x1.62e42fefa39efp-1;
// log1p(r) ~= r + A0 r^2 + A1 r^3 + A2 r^4 (__logf_data.poly, in that order).
constexpr double kA0 = -0x1.00ea348b88334p-2;
constexpr double kA1 = 0x1.5575b0be00b6ap-2;
constexpr double kA2 = -0x1.ffffef20a4123p-2;

}  // namespace

float logf(float x) {
    using bits::fma;
    std::uint32_t ix = bits::as_u32(x);
    if (ix == 0x3f800000) return 0.0f;
    if (ix - 0x00800000u >= 0x7f800000u - 0x00800000u) {
        // x is subnormal, zero, negative, inf or nan.
        if ((ix << 1) == 0) return -bits::as_f32(0x7f800000);
        if (ix == 0x7f800000) return x;
        if (bits::is_nan_f(x)) return bits::quiet_f(x);
        if (ix & 0x80000000u) return bits::default_nan_f();
        ix = bits::as_u32(x * 0x1p23f);  // exact: normalise the subnormal
        ix -= 23u << 23;
    }
    std::uint32_t tmp = ix - kOff;
    int i = static_cast<int>((tmp >> (23 - kTableBits)) % (1u << kTableBits));
    int k = static_cast<std::int32_t>(tmp) >> 23;  // arithmetic shift
    std::uint32_t iz = ix - (tmp & 0xff800000u);
    double z = static_cast<double>(bits::as_f32(iz));

    // Each fma below is a vfmadd in __logf_fma.
    double r = fma(z, kTable[i].invc, -1.0);
    double y0 = fma(static_cast<double>(k), kLn2, kTable[i].logc);
    double r2 = r * r;
    double y = fma(kA1, r, kA2);
    y = fma(kA0, r2, y);
    y = fma(y, r2, y0 + r);
    return static_cast<float>(y);
}

}  // namespace seedlab::math
