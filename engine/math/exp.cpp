// exp.cpp — e^x for a double, bit-identical to glibc 2.36 exp on x86-64 with
// FMA (__ieee754_exp_fma, selected by glibc's ifunc on FMA/AVX2 machines).
// The algorithm is ARM optimized-routines' exp as found in glibc
// sysdeps/ieee754/dbl-64/e_exp.c with the table of e_exp_data.c. GCC
// contracted the argument reduction, the polynomial and the final
// scale + scale*tmp in the FMA build; each of those is an exact fma here.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/exp_data.hpp"
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

using namespace exp_data;

// Results that may overflow or fall into the subnormal range: scale*(1+tmp)
// is formed with a biased exponent and rescaled. sbits may have its exponent
// overflowed into the sign bit; (int32)ki says which way.
double exp_special(double tmp, std::uint64_t sbits, std::uint64_t ki) {
    if ((ki & 0x80000000) == 0) {
        // k > 0: the exponent of scale may be up to 460 too large.
        sbits -= 1009ull << 52;
        double scale = bits::as_f64(sbits);
        return 0x1p1009 * bits::fma(scale, tmp, scale);
    }
    // k < 0: round to the subnormal precision first to avoid double rounding.
    sbits += 1022ull << 52;
    double scale = bits::as_f64(sbits);
    double st = scale * tmp;  // not fused in glibc: the product is used twice
    double y = scale + st;
    if (y < 1.0) {
        double lo = scale - y + st;
        double hi = 1.0 + y;
        lo = 1.0 - hi + y + lo;
        y = (lo + hi) - 1.0;
        if (y == 0.0) y = 0.0;  // no -0
    }
    return 0x1p-1022 * y;
}

}  // namespace

double exp(double x) {
    using bits::fma;
    std::uint64_t ix = bits::as_u64(x);
    std::uint32_t abstop = static_cast<std::uint32_t>(ix >> 52) & 0x7ff;
    if (abstop - 0x3c9 >= 0x408 - 0x3c9) {  // |x| < 2^-54 or |x| >= 512 or nan
        if (abstop < 0x3c9) return 1.0 + x;
        if (abstop >= 0x409) {  // |x| >= 1024
            if (ix == 0xfff0000000000000) return 0.0;
            if (abstop == 0x7ff) return bits::is_nan(x) ? bits::quiet(x) : x;
            return (ix >> 63) ? 0.0 : bits::as_f64(0x7ff0000000000000);
        }
        abstop = 0;  // large |x|: handled by exp_special below
    }
    // x = k ln2/N + r with |r| <= ln2/(2N).
    double kd = fma(x, kInvLn2N, kShift);
    std::uint64_t ki = bits::as_u64(kd);
    kd -= kShift;
    double r = fma(kd, kNegLn2LoN, fma(kd, kNegLn2HiN, x));
    // 2^(k/N) ~= scale * (1 + tail)
    std::uint64_t idx = 2 * (ki % kN);
    std::uint64_t top = ki << (52 - kTableBits);
    double tail = bits::as_f64(kTable[idx]);
    std::uint64_t sbits = kTable[idx + 1] + top;
    // exp(x) ~= scale + scale * (tail + exp(r) - 1)
    double r2 = r * r;
    double tmp = fma(fma(r, kC3, kC2), r2, r + tail);
    tmp = fma(r2 * r2, fma(r, kC5, kC4), tmp);
    if (abstop == 0) return exp_special(tmp, sbits, ki);
    double scale = bits::as_f64(sbits);
    return fma(scale, tmp, scale);
}

}  // namespace seedlab::math
