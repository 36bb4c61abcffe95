// sincosf_data.hpp — the polynomials and reduction constants of glibc 2.36's sincosf
// for |x| < 120 (sysdeps/x86/fpu/s_sincosf_data.c, the x86 layout), shared by the
// scalar sinf/cosf/sincosf (sincosf.cpp) and TF's vectorised Box-Muller
// (libs/tensorflow/box_muller_simd.hpp).
// What it is not: code; the algorithm lives in sincosf.cpp.
#pragma once

namespace seedlab::math::sincosf_data {

// One of glibc's two polynomial sets; the second one has the cosine
// coefficients negated and is used in quadrants 2 and 3.
struct PolySet {
    double c0, c1, c2, c3, c4;  // cosine: c0 + c1 x^2 + c2 x^4 + (c3 + c4 x^2) x^6
    double s1, s2, s3;          // sine: x + s1 x^3 + (s2 + s3 x^2) x^5
};

// Data from glibc sysdeps/x86/fpu/s_sincosf_data.c (__sincosf_table).
constexpr PolySet kPoly[2] = {
    {0x1p0, -0x1.ffffffd0c621cp-2, 0x1.55553e1068f19p-5, -0x1.6c087e89a359dp-10,
     0x1.99343027bf8c3p-16, -0x1.555545995a603p-3, 0x1.1107605230bc4p-7, -0x1.994eb3774cf24p-13},
    {-0x1p0, 0x1.ffffffd0c621cp-2, -0x1.55553e1068f19p-5, 0x1.6c087e89a359dp-10,
     -0x1.99343027bf8c3p-16, -0x1.555545995a603p-3, 0x1.1107605230bc4p-7, -0x1.994eb3774cf24p-13},
};
constexpr double kSign[4] = {1.0, -1.0, -1.0, 1.0};  // sign of sine per quadrant
constexpr double kHalfPiInv = 0x1.45F306DC9C883p+23;   // 2/pi * 2^24
constexpr double kHalfPi = 0x1.921FB54442D18p0;
constexpr double kPi63 = 0x1.921FB54442D18p-62;        // 2pi * 2^-64

}  // namespace seedlab::math::sincosf_data
