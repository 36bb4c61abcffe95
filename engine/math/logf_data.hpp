// logf_data.hpp — the table and polynomial of glibc 2.36's logf (ARM optimized-routines,
// sysdeps/ieee754/flt-32/e_logf_data.c), shared by the scalar logf (logf.cpp) and TF's
// vectorised Box-Muller (libs/tensorflow/box_muller_simd.hpp).
// What it is not: code; the algorithm lives in logf.cpp.
#pragma once

#include <cstdint>

namespace seedlab::math::logf_data {

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

}  // namespace seedlab::math::logf_data
