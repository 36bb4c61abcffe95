// powf.cpp — x^y for floats, bit-identical to glibc 2.36 powf on x86-64 with
// FMA (__powf_fma, selected by glibc's ifunc on FMA/AVX2 machines). The
// algorithm is ARM optimized-routines' powf as found in glibc
// sysdeps/ieee754/flt-32/e_powf.c: log2(x) in double with the table of
// e_powf_log2_data.c, then exp2(y*log2(x)) with the exp2f table that expf
// also uses. Each multiply-add GCC fused in the FMA build is an exact fma
// here, as read off the compiled __powf_fma.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

// log2(x) = k + log2(c) + log1p(z/c - 1)/ln2 with x = 2^k z and c the centre
// of one of 16 subintervals of [kOff, 2*kOff] (as in logf.cpp).
constexpr int kLogTableBits = 4;
constexpr std::uint32_t kOff = 0x3f330000;

struct LogEntry {
    double invc;
    double logc;  // log2(c)
};

// Data from glibc sysdeps/ieee754/flt-32/e_powf_log2_data.c (POWF_SCALE = 1).
constexpr LogEntry kLogTable[1 << kLogTableBits] = {
    {0x1.661ec79f8f3bep+0, -0x1.efec65b963019p-2}, {0x1.571ed4aaf883dp+0, -0x1.b0b6832d4fca4p-2},
    {0x1.49539f0f010bp+0, -0x1.7418b0a1fb77bp-2},  {0x1.3c995b0b80385p+0, -0x1.39de91a6dcf7bp-2},
    {0x1.30d190c8864a5p+0, -0x1.01d9bf3f2b631p-2}, {0x1.25e227b0b8eap+0, -0x1.97c1d1b3b7afp-3},
    {0x1.1bb4a4a1a343fp+0, -0x1.2f9e393af3c9fp-3}, {0x1.12358f08ae5bap+0, -0x1.960cbbf788d5cp-4},
    {0x1.0953f419900a7p+0, -0x1.a6f9db6475fcep-5}, {0x1p+0, 0x0p+0},
    {0x1.e608cfd9a47acp-1, 0x1.338ca9f24f53dp-4},  {0x1.ca4b31f026aap-1, 0x1.476a9543891bap-3},
    {0x1.b2036576afce6p-1, 0x1.e840b4ac4e4d2p-3},  {0x1.9c2d163a1aa2dp-1, 0x1.40645f0c6651cp-2},
    {0x1.886e6037841edp-1, 0x1.88e9c2c1b9ff8p-2},  {0x1.767dcf5534862p-1, 0x1.ce0a44eb17bccp-2},
};
// log1p(r)/ln2 ~= A0 r^5 + A1 r^4 + A2 r^3 + A3 r^2 + A4 r.
constexpr double kA[5] = {0x1.27616c9496e0bp-2, -0x1.71969a075c67ap-2, 0x1.ec70a6ca7baddp-2,
                          -0x1.7154748bef6c8p-1, 0x1.71547652ab82bp0};

// exp2: 2^(k/N) from the exp2f table of expf.cpp (__exp2f_data), N = 32.
constexpr int kExpTableBits = 5;
constexpr std::uint64_t kExpTable[1 << kExpTableBits] = {
    0x3ff0000000000000, 0x3fefd9b0d3158574, 0x3fefb5586cf9890f, 0x3fef9301d0125b51,
    0x3fef72b83c7d517b, 0x3fef54873168b9aa, 0x3fef387a6e756238, 0x3fef1e9df51fdee1,
    0x3fef06fe0a31b715, 0x3feef1a7373aa9cb, 0x3feedea64c123422, 0x3feece086061892d,
    0x3feebfdad5362a27, 0x3feeb42b569d4f82, 0x3feeab07dd485429, 0x3feea47eb03a5585,
    0x3feea09e667f3bcd, 0x3fee9f75e8ec5f74, 0x3feea11473eb0187, 0x3feea589994cce13,
    0x3feeace5422aa0db, 0x3feeb737b0cdc5e5, 0x3feec49182a3f090, 0x3feed503b23e255d,
    0x3feee89f995ad3ad, 0x3feeff76f2fb5e47, 0x3fef199bdd85529c, 0x3fef3720dcef9069,
    0x3fef5818dcfba487, 0x3fef7c97337b9b5f, 0x3fefa4afa2a490da, 0x3fefd0765b6e4540,
};
constexpr double kShiftScaled = 0x1.8p+52 / (1 << kExpTableBits);
// 2^r ~= 1 + C2 r + C1 r^2 + C0 r^3 (__exp2f_data.poly).
constexpr double kC0 = 0x1.c6af84b912394p-5, kC1 = 0x1.ebfce50fac4f3p-3, kC2 = 0x1.62e42ff0c52d6p-1;
constexpr std::uint32_t kSignBias = 1u << (kExpTableBits + 11);

double log2_inline(std::uint32_t ix) {
    using bits::fma;
    std::uint32_t tmp = ix - kOff;
    int i = static_cast<int>((tmp >> (23 - kLogTableBits)) % (1u << kLogTableBits));
    std::uint32_t top = tmp & 0xff800000u;
    std::uint32_t iz = ix - top;
    int k = static_cast<std::int32_t>(top) >> 23;  // arithmetic shift
    double z = static_cast<double>(bits::as_f32(iz));
    double r = fma(z, kLogTable[i].invc, -1.0);
    double y0 = static_cast<double>(k) + kLogTable[i].logc;
    double y = fma(r, kA[0], kA[1]);
    double p = fma(r, kA[2], kA[3]);
    double r2 = r * r;
    double q = fma(r, kA[4], y0);
    double r4 = r2 * r2;
    q = fma(r2, p, q);
    return fma(y, r4, q);
}

double exp2_inline(double xd, std::uint32_t sign_bias) {
    using bits::fma;
    double kd = xd + kShiftScaled;
    std::uint64_t ki = bits::as_u64(kd);
    kd -= kShiftScaled;
    double r = xd - kd;
    std::uint64_t t = kExpTable[ki % (1 << kExpTableBits)];
    t += (ki + sign_bias) << (52 - kExpTableBits);
    double s = bits::as_f64(t);
    double z = fma(r, kC0, kC1);
    double r2 = r * r;
    double y = fma(r, kC2, 1.0);
    y = fma(z, r2, y);
    return y * s;
}

// 0 if iy is not an integer, 1 if odd, 2 if even (iy finite and nonzero).
int checkint(std::uint32_t iy) {
    int e = static_cast<int>((iy >> 23) & 0xff);
    if (e < 0x7f) return 0;
    if (e > 0x7f + 23) return 2;
    if (iy & ((1u << (0x7f + 23 - e)) - 1)) return 0;
    if (iy & (1u << (0x7f + 23 - e))) return 1;
    return 2;
}

bool zeroinfnan(std::uint32_t ix) { return 2 * ix - 1 >= 2u * 0x7f800000 - 1; }

bool is_signaling(std::uint32_t ix) { return 2 * (ix ^ 0x00400000u) > 2u * 0x7fc00000u; }

// x + y with a NaN operand on x86 SSE: the first NaN operand, quieted.
float nan_sum(float x, float y) { return bits::is_nan_f(x) ? bits::quiet_f(x) : bits::quiet_f(y); }

float signed_f(std::uint32_t sign_bias, std::uint32_t magnitude) {
    return bits::as_f32((sign_bias ? 0x80000000u : 0u) | magnitude);
}

}  // namespace

float powf(float x, float y) {
    std::uint32_t sign_bias = 0;
    std::uint32_t ix = bits::as_u32(x);
    std::uint32_t iy = bits::as_u32(y);
    if (ix - 0x00800000 >= 0x7f800000 - 0x00800000 || zeroinfnan(iy)) {
        // x is zero, subnormal, negative, inf or nan, or y is zero, inf or nan.
        if (zeroinfnan(iy)) {
            if (2 * iy == 0) return is_signaling(ix) ? bits::quiet_f(x) : 1.0f;
            if (ix == 0x3f800000) return is_signaling(iy) ? bits::quiet_f(y) : 1.0f;
            if (2 * ix > 2u * 0x7f800000 || 2 * iy > 2u * 0x7f800000) return nan_sum(x, y);
            if (2 * ix == 2 * 0x3f800000) return 1.0f;
            if ((2 * ix < 2 * 0x3f800000) == !(iy & 0x80000000)) return 0.0f;
            return bits::as_f32(0x7f800000);  // y*y with y = +-inf
        }
        if (zeroinfnan(ix)) {
            float x2 = bits::is_nan_f(x) ? bits::quiet_f(x) : x * x;
            if ((ix & 0x80000000) && checkint(iy) == 1) x2 = -x2;
            if (iy & 0x80000000) return bits::is_nan_f(x2) ? x2 : 1 / x2;
            return x2;
        }
        // x and y are nonzero and finite.
        if (ix & 0x80000000) {
            int yint = checkint(iy);
            if (yint == 0) return bits::default_nan_f();
            if (yint == 1) sign_bias = kSignBias;
            ix &= 0x7fffffff;
        }
        if (ix < 0x00800000) {
            // Normalise a subnormal x so that its exponent field goes negative.
            ix = bits::as_u32(x * 0x1p23f);
            ix &= 0x7fffffff;
            ix -= 23u << 23;
        }
    }
    double logx = log2_inline(ix);
    double ylogx = static_cast<double>(y) * logx;  // cannot overflow: y is a float
    if (((bits::as_u64(ylogx) >> 47) & 0xffff) >= (bits::as_u64(126.0) >> 47)) {
        // |y*log2(x)| >= 126
        if (ylogx > 0x1.fffffffd1d571p+6) return signed_f(sign_bias, 0x7f800000);  // overflow
        if (ylogx <= -150.0) return signed_f(sign_bias, 0);                        // underflow
        if (ylogx < -149.0) return signed_f(sign_bias, 1);  // glibc's 0x1.4p-75f squared
    }
    return static_cast<float>(exp2_inline(ylogx, sign_bias));
}

}  // namespace seedlab::math
