// log10.cpp — base-10 logarithm of a double, bit-identical to glibc 2.36
// log10 on x86-64: the SVID-compatible wrapper __log10 over the
// fdlibm-derived sysdeps/ieee754/dbl-64/e_log10.c (baseline SSE2 build, no
// fused operations), whose call to __ieee754_log goes through glibc's ifunc
// to __ieee754_log_fma, i.e. our log. For x < 0 the wrapper returns
// __kernel_standard's NAN, the positive quiet NaN, and -inf for +-0.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

// Constants of e_log10.c.
constexpr double kTwo54 = 1.80143985094819840000e+16;      // 0x4350000000000000
constexpr double kIvLn10 = 4.34294481903251816668e-01;     // 0x3FDBCB7B1526E50E
constexpr double kLog10_2Hi = 3.01029995663611771306e-01;  // 0x3FD34413509F6000
constexpr double kLog10_2Lo = 3.69423907715893078616e-13;  // 0x3D59FEF311F12B36

}  // namespace

double log10(double x) {
    std::int64_t hx = static_cast<std::int64_t>(bits::as_u64(x));
    if (bits::is_nan(x)) return bits::quiet(x);
    if ((hx << 1) == 0) return -bits::as_f64(0x7ff0000000000000);  // log10(+-0) = -inf
    if (hx < 0) return bits::as_f64(0x7ff8000000000000);           // the wrapper's NAN
    int k = 0;
    if (hx < 0x0010000000000000) {  // subnormal: scale up
        k -= 54;
        x *= kTwo54;
        hx = static_cast<std::int64_t>(bits::as_u64(x));
    }
    if (hx >= 0x7ff0000000000000) return x;  // +inf
    k += static_cast<int>(hx >> 52) - 1023;
    std::int64_t i = k < 0 ? 1 : 0;  // glibc: the sign bit of (uint64) k
    hx = (hx & 0x000fffffffffffff) | ((0x3ff - i) << 52);
    double y = static_cast<double>(k + i);
    x = bits::as_f64(static_cast<std::uint64_t>(hx));
    double z = y * kLog10_2Lo + kIvLn10 * log(x);
    return z + y * kLog10_2Hi;
}

}  // namespace seedlab::math
