// log1pf.cpp — log(1 + x) for a float, bit-identical to glibc 2.36 log1pf on
// x86-64: the fdlibm-derived sysdeps/ieee754/flt-32/s_log1pf.c (baseline
// SSE2 build, no FMA variant), evaluated in float arithmetic. The float
// operations are the same and in the same order.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

// Constants of s_log1pf.c (bit patterns as given there).
constexpr float kLn2Hi = 6.9313812256e-01f;  // 0x3f317180
constexpr float kLn2Lo = 9.0580006145e-06f;  // 0x3717f7d1
// log(1+f) = f - hfsq + s*(hfsq + R(z)), R(z) = Lp1 z + ... + Lp7 z^7.
constexpr float kLp1 = 6.6666668653e-01f;  // 3F2AAAAB
constexpr float kLp2 = 4.0000000596e-01f;  // 3ECCCCCD
constexpr float kLp3 = 2.8571429849e-01f;  // 3E924925
constexpr float kLp4 = 2.2222198546e-01f;  // 3E638E29
constexpr float kLp5 = 1.8183572590e-01f;  // 3E3A3325
constexpr float kLp6 = 1.5313838422e-01f;  // 3E1CD04F
constexpr float kLp7 = 1.4798198640e-01f;  // 3E178897

}  // namespace

float log1pf(float x) {
    std::int32_t hx = static_cast<std::int32_t>(bits::as_u32(x));
    std::int32_t ax = hx & 0x7fffffff;

    int k = 1;
    float f = 0.0f, c = 0.0f;
    std::int32_t hu = 0;
    if (hx < 0x3ed413d7) {        // x < 0.41422 (or negative)
        if (ax >= 0x3f800000) {   // x <= -1
            if (x == -1.0f) return -bits::as_f32(0x7f800000);
            return bits::is_nan_f(x) ? bits::quiet_f(x) : bits::default_nan_f();
        }
        if (ax < 0x31000000) {  // |x| < 2^-29
            if (ax < 0x24800000) return x;  // |x| < 2^-54
            return x - x * x * 0.5f;
        }
        if (hx > 0 || hx <= static_cast<std::int32_t>(0xbe95f61f)) {
            k = 0;  // -0.2929 < x < 0.41422
            f = x;
            hu = 1;
        }
    }
    if (hx >= 0x7f800000) return bits::is_nan_f(x) ? bits::quiet_f(x) : x;
    if (k != 0) {
        float u;
        if (hx < 0x5a000000) {
            u = 1.0f + x;
            hu = static_cast<std::int32_t>(bits::as_u32(u));
            k = (hu >> 23) - 127;
            c = (k > 0) ? 1.0f - (u - x) : x - (u - 1.0f);  // rounding error of 1 + x
            c /= u;
        } else {
            u = x;
            hu = static_cast<std::int32_t>(bits::as_u32(u));
            k = (hu >> 23) - 127;
            c = 0;
        }
        hu &= 0x007fffff;
        if (hu < 0x3504f7) {
            u = bits::as_f32(static_cast<std::uint32_t>(hu | 0x3f800000));  // normalise u
        } else {
            k += 1;
            u = bits::as_f32(static_cast<std::uint32_t>(hu | 0x3f000000));  // normalise u/2
            hu = (0x00800000 - hu) >> 2;
        }
        f = u - 1.0f;
    }
    float hfsq = 0.5f * f * f;
    float kf = static_cast<float>(k);
    if (hu == 0) {  // |f| < 2^-20
        if (f == 0.0f) {
            if (k == 0) return 0.0f;
            c += kf * kLn2Lo;
            return kf * kLn2Hi + c;
        }
        float R = hfsq * (1.0f - 0.66666666666666666f * f);
        if (k == 0) return f - R;
        return kf * kLn2Hi - ((R - (kf * kLn2Lo + c)) - f);
    }
    float s = f / (2.0f + f);
    float z = s * s;
    float R = z * (kLp1 + z * (kLp2 + z * (kLp3 + z * (kLp4 + z * (kLp5 + z * (kLp6 + z * kLp7))))));
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return kf * kLn2Hi - ((hfsq - (s * (hfsq + R) + (kf * kLn2Lo + c))) - f);
}

}  // namespace seedlab::math
