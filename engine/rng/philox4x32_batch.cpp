// Philox4x32-10 on many counters at once (philox4x32.hpp's rounds10_soa): the loop over
// lanes is written for the vectoriser, whose 32x32->64-bit multiplies are SSE2's pmuludq
// (AVX2's and AVX-512's vpmuludq in the clones GCC makes for x86-64, picked at load time)
// and WebAssembly SIMD's 64-bit lane multiply. Integer arithmetic only, so every clone and
// every build gives the same words.
// What it is not: no counter handling (TfPhiloxRandom::fill_blocks) and no conversion.
#include "rng/philox4x32.hpp"

#include "compat/target_clones.hpp"

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace seedlab::rng::philox4x32_detail {

#if defined(__wasm_simd128__)
// WebAssembly SIMD: four lanes per vector, each 32x32->64-bit product from
// i64x2.extmul_{low,high}_i32x4_u, whose halves are regathered with two shuffles. The
// extmuls are written as inline assembly: clang 14 spells the intrinsics as multiplies
// of zero-extended lanes, which LLVM emits as i64x2.mul, and V8 emulates that with three
// 32-bit multiplies per lane.
inline v128_t extmul_low_u32(v128_t a, v128_t b) {
    v128_t r;
    __asm__("local.get %1\n\tlocal.get %2\n\ti64x2.extmul_low_i32x4_u\n\tlocal.set %0" : "=r"(r) : "r"(a), "r"(b));
    return r;
}
inline v128_t extmul_high_u32(v128_t a, v128_t b) {
    v128_t r;
    __asm__("local.get %1\n\tlocal.get %2\n\ti64x2.extmul_high_i32x4_u\n\tlocal.set %0" : "=r"(r) : "r"(a), "r"(b));
    return r;
}

void rounds10_soa(uint32_t* __restrict c0, uint32_t* __restrict c1, uint32_t* __restrict c2, uint32_t* __restrict c3, size_t lanes,
                  uint32_t k0, uint32_t k1) {
    const v128_t m0 = wasm_i32x4_splat(static_cast<int32_t>(kM0)), m1 = wasm_i32x4_splat(static_cast<int32_t>(kM1));
    // Four vectors (16 lanes) at a time: the rounds are a dependency chain, so independent
    // vectors keep the multipliers busy.
    constexpr size_t kVectors = 4;
    size_t l = 0;
    for (; l + 4 * kVectors <= lanes; l += 4 * kVectors) {
        v128_t a[kVectors], b[kVectors], c[kVectors], d[kVectors];
        for (size_t v = 0; v < kVectors; ++v) {
            a[v] = wasm_v128_load(c0 + l + 4 * v);
            b[v] = wasm_v128_load(c1 + l + 4 * v);
            c[v] = wasm_v128_load(c2 + l + 4 * v);
            d[v] = wasm_v128_load(c3 + l + 4 * v);
        }
        uint32_t key0 = k0, key1 = k1;
        for (int r = 0; r < 10; ++r) {
            if (r > 0) {
                key0 += kW0;
                key1 += kW1;
            }
            const v128_t kv0 = wasm_i32x4_splat(static_cast<int32_t>(key0)), kv1 = wasm_i32x4_splat(static_cast<int32_t>(key1));
            for (size_t v = 0; v < kVectors; ++v) {
                const v128_t p0l = extmul_low_u32(a[v], m0), p0h = extmul_high_u32(a[v], m0);
                const v128_t p1l = extmul_low_u32(c[v], m1), p1h = extmul_high_u32(c[v], m1);
                const v128_t lo0 = wasm_i32x4_shuffle(p0l, p0h, 0, 2, 4, 6), hi0 = wasm_i32x4_shuffle(p0l, p0h, 1, 3, 5, 7);
                const v128_t lo1 = wasm_i32x4_shuffle(p1l, p1h, 0, 2, 4, 6), hi1 = wasm_i32x4_shuffle(p1l, p1h, 1, 3, 5, 7);
                a[v] = wasm_v128_xor(wasm_v128_xor(hi1, b[v]), kv0);
                c[v] = wasm_v128_xor(wasm_v128_xor(hi0, d[v]), kv1);
                b[v] = lo1;
                d[v] = lo0;
            }
        }
        for (size_t v = 0; v < kVectors; ++v) {
            wasm_v128_store(c0 + l + 4 * v, a[v]);
            wasm_v128_store(c1 + l + 4 * v, b[v]);
            wasm_v128_store(c2 + l + 4 * v, c[v]);
            wasm_v128_store(c3 + l + 4 * v, d[v]);
        }
    }
    for (; l < lanes; ++l) {
        Philox4x32Counter ctr{c0[l], c1[l], c2[l], c3[l]};
        Philox4x32Key key{k0, k1};
        for (int r = 0; r < 10; ++r) {
            if (r > 0) {
                key[0] += kW0;
                key[1] += kW1;
            }
            ctr = round(ctr, key);
        }
        c0[l] = ctr[0];
        c1[l] = ctr[1];
        c2[l] = ctr[2];
        c3[l] = ctr[3];
    }
}
#else
SEEDLAB_X86_CLONES
void rounds10_soa(uint32_t* __restrict c0, uint32_t* __restrict c1, uint32_t* __restrict c2, uint32_t* __restrict c3, size_t lanes,
                  uint32_t k0, uint32_t k1) {
    for (int r = 0; r < 10; ++r) {
        if (r > 0) {
            k0 += kW0;
            k1 += kW1;
        }
        for (size_t l = 0; l < lanes; ++l) {
            const uint64_t p0 = static_cast<uint64_t>(kM0) * c0[l];
            const uint64_t p1 = static_cast<uint64_t>(kM1) * c2[l];
            const uint32_t n0 = static_cast<uint32_t>(p1 >> 32) ^ c1[l] ^ k0;
            const uint32_t n2 = static_cast<uint32_t>(p0 >> 32) ^ c3[l] ^ k1;
            c1[l] = static_cast<uint32_t>(p1);
            c3[l] = static_cast<uint32_t>(p0);
            c0[l] = n0;
            c2[l] = n2;
        }
    }
}
#endif

}  // namespace seedlab::rng::philox4x32_detail
