// tanhf.cpp — hyperbolic tangent of a float, bit-identical to glibc 2.36
// tanhf on x86-64: the fdlibm-derived sysdeps/ieee754/flt-32/s_tanhf.c
// (baseline SSE2 build, no FMA variant), which is built on expm1f. The float
// operations are the same and in the same order.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {

float tanhf(float x) {
    std::uint32_t jx = bits::as_u32(x);
    std::uint32_t ix = jx & 0x7fffffff;
    bool negative = (jx & 0x80000000u) != 0;

    if (ix >= 0x7f800000) {  // tanh(+-inf) = +-1, tanh(nan) = nan
        if (ix > 0x7f800000) return bits::quiet_f(x);
        return negative ? -1.0f : 1.0f;
    }
    float z;
    if (ix < 0x41b00000) {  // |x| < 22
        if (ix == 0) return x;
        if (ix < 0x24000000) return x * (1.0f + x);  // |x| < 2^-55
        float ax = bits::as_f32(ix);
        if (ix >= 0x3f800000) {  // |x| >= 1
            float t = expm1f(2.0f * ax);
            z = 1.0f - 2.0f / (t + 2.0f);
        } else {
            float t = expm1f(-2.0f * ax);
            z = -t / (t + 2.0f);
        }
    } else {
        z = 1.0f;  // 1 - tiny rounds to 1
    }
    return negative ? -z : z;
}

}  // namespace seedlab::math
