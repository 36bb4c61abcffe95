// logf.cpp — natural logarithm of a float, bit-identical to glibc 2.36 logf on
// x86-64 with FMA (the __logf_fma variant that glibc's ifunc selects on
// FMA/AVX2 machines). The algorithm is ARM optimized-routines' logf as found
// in glibc sysdeps/ieee754/flt-32/e_logf.c; the FMA variant is the same source
// compiled with -mfma, and the four places where GCC fused a multiply and an
// add are reproduced here with an exact fma.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"
#include "math/logf_data.hpp"

namespace seedlab::math {
float logf(float x) {
    using bits::fma;
    using namespace logf_data;
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
