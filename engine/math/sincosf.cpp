// sincosf.cpp — sine and cosine of a float, bit-identical to glibc 2.36
// sinf, cosf and sincosf on x86-64 with FMA (__sinf_fma, __cosf_fma,
// __sincosf_fma, selected by glibc's ifunc on FMA/AVX2 machines). The
// algorithm is ARM optimized-routines' sincosf as found in glibc
// sysdeps/ieee754/flt-32/s_sinf.c, s_cosf.c, s_sincosf.c and s_sincosf.h,
// with the x86 polynomial layout of sysdeps/x86/fpu/sincosf_poly.h and the
// data of sysdeps/x86/fpu/s_sincosf_data.c. The three glibc entry points
// evaluate the same fused polynomials (sincosf with two-lane vectors), so
// they agree bit for bit and share one implementation here.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"
#include "math/sincosf_data.hpp"

namespace seedlab::math {
namespace {

using namespace sincosf_data;

// 4/pi to 192 bits, each entry adding 8 new bits (glibc __inv_pio4).
constexpr std::uint32_t kInvPio4[24] = {
    0xa2,       0xa2f9,     0xa2f983,   0xa2f9836e, 0xf9836e4e, 0x836e4e44,
    0x6e4e4415, 0x4e441529, 0x441529fc, 0x1529fc27, 0x29fc2757, 0xfc2757d1,
    0x2757d1f5, 0x57d1f534, 0xd1f534dd, 0xf534ddc0, 0x34ddc0db, 0xddc0db62,
    0xc0db6295, 0xdb629599, 0x6295993c, 0x95993c43, 0x993c4390, 0x3c439041,
};

// Top 12 bits of a float with the sign cleared; the thresholds below are
// abstop12 of pi/4, 2^-12, 120 and infinity.
constexpr std::uint32_t kTopPio4 = 0x3f4;
constexpr std::uint32_t kTopTiny = 0x398;
constexpr std::uint32_t kTop120 = 0x42f;
constexpr std::uint32_t kTopInf = 0x7f8;

// sin of the reduced argument (already multiplied by the quadrant's sign).
double sin_poly(double x, double x2, const PolySet& p) {
    using bits::fma;
    double x3 = x * x2;
    double s1 = fma(x2, p.s3, p.s2);
    double x7 = x3 * x2;
    double s = fma(x3, p.s1, x);
    return fma(x7, s1, s);
}

double cos_poly(double x2, const PolySet& p) {
    using bits::fma;
    double x4 = x2 * x2;
    double c1 = fma(x2, p.c1, p.c0);
    double c2 = fma(x2, p.c4, p.c3);
    double x6 = x2 * x4;
    double c = fma(x4, p.c2, c1);
    return fma(x6, c2, c);
}

// 32x96-bit fixed-point multiply by 4/pi for |y| >= 120: returns the
// remainder in [-pi/4, pi/4] and the quadrant n (sign of y ignored).
double reduce_large(std::uint32_t xi, int& n) {
    const std::uint32_t* arr = &kInvPio4[(xi >> 26) & 15];
    int shift = (xi >> 23) & 7;
    xi = (xi & 0xffffff) | 0x800000;
    xi <<= shift;
    std::uint64_t res0 = static_cast<std::uint32_t>(xi * arr[0]);
    std::uint64_t res1 = static_cast<std::uint64_t>(xi) * arr[4];
    std::uint64_t res2 = static_cast<std::uint64_t>(xi) * arr[8];
    res0 = (res2 >> 32) | (res0 << 32);
    res0 += res1;
    std::uint64_t q = (res0 + (1ull << 61)) >> 62;
    res0 -= q << 62;
    n = static_cast<int>(q);
    return static_cast<double>(static_cast<std::int64_t>(res0)) * kPi63;
}

// Shared by sinf, cosf and sincosf: either output pointer may be null.
void sincosf_impl(float y, float* sinp, float* cosp) {
    std::uint32_t iy = bits::as_u32(y);
    std::uint32_t top = (iy >> 20) & 0x7ff;
    double x = static_cast<double>(y);
    int n;
    const PolySet* p = &kPoly[0];
    if (top < kTopPio4) {
        if (top < kTopTiny) {
            if (sinp) *sinp = y;
            if (cosp) *cosp = 1.0f;
            return;
        }
        double x2 = x * x;
        if (sinp) *sinp = static_cast<float>(sin_poly(x, x2, *p));
        if (cosp) *cosp = static_cast<float>(cos_poly(x2, *p));
        return;
    }
    double s;
    if (top < kTop120) {
        // x - n*pi/2 with n rounded from the scaled product; fused in glibc.
        double r = x * kHalfPiInv;
        n = (static_cast<std::int32_t>(r) + 0x800000) >> 24;
        x = bits::fma(-static_cast<double>(n), kHalfPi, x);
        s = kSign[n & 3];
        if (n & 2) p = &kPoly[1];
    } else if (top < kTopInf) {
        int sign = static_cast<int>(iy >> 31);
        x = reduce_large(iy, n);
        s = kSign[(n + sign) & 3];
        if ((n + sign) & 2) p = &kPoly[1];
    } else {
        float r = bits::is_nan_f(y) ? bits::quiet_f(y) : bits::default_nan_f();
        if (sinp) *sinp = r;
        if (cosp) *cosp = r;
        return;
    }
    double x2 = x * x;
    double xs = x * s;
    // Odd quadrants swap the sine and cosine polynomials.
    float* sin_out = (n & 1) ? cosp : sinp;
    float* cos_out = (n & 1) ? sinp : cosp;
    if (sin_out) *sin_out = static_cast<float>(sin_poly(xs, x2, *p));
    if (cos_out) *cos_out = static_cast<float>(cos_poly(x2, *p));
}

}  // namespace

float sinf(float x) {
    float s;
    sincosf_impl(x, &s, nullptr);
    return s;
}

float cosf(float x) {
    float c;
    sincosf_impl(x, nullptr, &c);
    return c;
}

void sincosf(float x, float* s, float* c) { sincosf_impl(x, s, c); }

}  // namespace seedlab::math
