// TF's Box-Muller without the software fma (engine/libs/tensorflow/box_muller_fast.hpp,
// and its SIMD128 form box_muller_simd.hpp in wasm builds) against the scalar libm that
// reproduces glibc (engine/math, itself checked against glibc in tests/libm_exhaustive):
// every one of the 2^23 uniform floats the normal kernel can feed to logf and to
// sincosf, and whole fills against the exact scalar transform.
#include <catch.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

#include "libs/tensorflow/box_muller_fast.hpp"
#include "libs/tensorflow/kernel_fill.hpp"

namespace {

using namespace seedlab::libs::tf;

bool same_bits(float a, float b) { return std::bit_cast<uint32_t>(a) == std::bit_cast<uint32_t>(b); }

}  // namespace

TEST_CASE("TF BoxMullerFloat fast logf equals glibc logf (scalar libm) for every clamped uniform u1", "[tf][libm]") {
    // Oracle: seedlab::math::logf, bit-identical to glibc 2.36 __logf_fma.
    uint64_t mismatches = 0, fallbacks = 0;
    for (uint32_t m = 0; m < (1u << 23); ++m) {
        const float u1 = std::max(uint32_to_float(m), kBoxMullerEpsilonF);
        const double y = fast::logf_unrounded(u1);
        if (!fast::far_from_float_midpoint(y)) {
            ++fallbacks;
            continue;
        }
        if (!same_bits(static_cast<float>(y), seedlab::math::logf(u1))) ++mismatches;
    }
    CHECK(mismatches == 0);
    CHECK(fallbacks < 100);  // the exact fallback is rare, or the kernel would be slow
}

TEST_CASE("TF BoxMullerFloat fast sincosf equals glibc sincosf (scalar libm) for every v1 = 2*pi*u", "[tf][libm]") {
    // Oracle: seedlab::math::sincosf, bit-identical to glibc 2.36 __sincosf_fma.
    uint64_t mismatches = 0, fallbacks = 0, tiny = 0;
    for (uint32_t m = 0; m < (1u << 23); ++m) {
        const float v1 = static_cast<float>(kTwoPi * static_cast<double>(uint32_to_float(m)));
        if (v1 < 0x1p-12f) {  // glibc's early return, not the polynomial
            ++tiny;
            continue;
        }
        double sd, cd;
        fast::sincosf_unrounded(v1, sd, cd);
        if (!fast::far_from_float_midpoint(sd) || !fast::far_from_float_midpoint(cd)) {
            ++fallbacks;
            continue;
        }
        float s, c;
        seedlab::math::sincosf(v1, &s, &c);
        if (!same_bits(static_cast<float>(sd), s) || !same_bits(static_cast<float>(cd), c)) ++mismatches;
    }
    CHECK(mismatches == 0);
    CHECK(fallbacks < 100);
    CHECK(tiny == 326);  // 2*pi*m/2^23 < 2^-12 for m < 326
}

TEST_CASE("TF normal fill equals the exact scalar BoxMullerFloat block by block", "[tf][libm]") {
    // Oracle: box_muller_float (kernel_conversions.hpp, engine/math's exact libm) on the
    // same Philox blocks; the fill takes the fast or SIMD path.
    const int64_t n = 1 << 20;
    const std::vector<float> got = fill_normal_f32(TfPhiloxRandom(87654321, 3), n);
    TfPhiloxRandom gen(87654321, 3);
    int64_t mismatches = 0;
    for (int64_t g = 0; g < n / 4; ++g) {
        const auto b = gen();
        float want[4];
        box_muller_float(b[0], b[1], want[0], want[1]);
        box_muller_float(b[2], b[3], want[2], want[3]);
        for (int i = 0; i < 4; ++i)
            if (!same_bits(got[static_cast<size_t>(4 * g + i)], want[i])) ++mismatches;
    }
    CHECK(mismatches == 0);
}

#if defined(__wasm_simd128__)
#include "libs/tensorflow/box_muller_simd.hpp"

TEST_CASE("TF BoxMullerFloat SIMD128 logf and sincosf equal glibc's (scalar libm) for every uniform input", "[tf][simd]") {
    // Oracle: seedlab::math::logf and sincosf, bit-identical to glibc 2.36 __logf_fma and
    // __sincosf_fma. Pair i of the two blocks takes mantissa m + i for both inputs.
    uint64_t mismatches = 0, checked = 0, near = 0;
    for (uint32_t m = 0; m < (1u << 23); m += 4) {
        const uint32_t a[4] = {m, m, m + 1, m + 1}, b[4] = {m + 2, m + 2, m + 3, m + 3};
        const simd::BoxMullerInputs in = simd::box_muller_inputs(a, b);
        const simd::Checked lg = simd::logf_x4(in.u1);
        const simd::SinCos sc = simd::sincosf_x4(in.v1);
        int32_t lg_near[4], sc_near[4];
        float lg_v[4], sin_v[4], cos_v[4];
        wasm_v128_store(lg_near, lg.near);
        wasm_v128_store(sc_near, sc.near);
        wasm_v128_store(lg_v, lg.value);
        wasm_v128_store(sin_v, sc.sin);
        wasm_v128_store(cos_v, sc.cos);
        for (int i = 0; i < 4; ++i) {
            const float u = uint32_to_float(m + static_cast<uint32_t>(i));
            const float u1 = std::max(u, kBoxMullerEpsilonF);
            const float v1 = static_cast<float>(kTwoPi * static_cast<double>(u));
            if (lg_near[i] == 0) {
                ++checked;
                if (!same_bits(lg_v[i], seedlab::math::logf(u1))) ++mismatches;
            } else {
                ++near;
            }
            if (sc_near[i] == 0) {
                ++checked;
                float s, c;
                seedlab::math::sincosf(v1, &s, &c);
                if (!same_bits(sin_v[i], s) || !same_bits(cos_v[i], c)) ++mismatches;
            } else {
                ++near;
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK(checked + near == 2 * (1u << 23));
    CHECK(near < 100);  // the same few inputs as the scalar fast path
}

#endif  // __wasm_simd128__
