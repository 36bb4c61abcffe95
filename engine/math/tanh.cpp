// tanh.cpp — hyperbolic tangent of a double, bit-identical to glibc 2.36 tanh
// on x86-64: the fdlibm-derived sysdeps/ieee754/dbl-64/s_tanh.c (baseline
// SSE2 build, no FMA variant of its own). Its call to __expm1 goes through
// glibc's ifunc, so on FMA machines it uses __expm1_fma, i.e. our expm1.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {

double tanh(double x) {
    std::uint64_t ux = bits::as_u64(x);
    std::uint32_t ix = static_cast<std::uint32_t>(ux >> 32) & 0x7fffffff;
    bool negative = (ux >> 63) != 0;

    if (ix >= 0x7ff00000) {  // tanh(+-inf) = +-1, tanh(nan) = nan
        if (bits::is_nan(x)) return bits::quiet(x);
        return negative ? -1.0 : 1.0;
    }
    double z;
    if (ix < 0x40360000) {  // |x| < 22
        if ((ux << 1) == 0) return x;
        if (ix < 0x3c800000) return x * (1.0 + x);  // |x| < 2^-55
        double ax = bits::as_f64(ux & ~(1ull << 63));
        if (ix >= 0x3ff00000) {  // |x| >= 1
            double t = expm1(2.0 * ax);
            z = 1.0 - 2.0 / (t + 2.0);
        } else {
            double t = expm1(-2.0 * ax);
            z = -t / (t + 2.0);
        }
    } else {
        z = 1.0;  // 1 - tiny rounds to 1
    }
    return negative ? -z : z;
}

}  // namespace seedlab::math
