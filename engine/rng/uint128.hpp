// Unsigned 128-bit arithmetic for the generators that need it (PCG64's LCG state,
// Philox4x64's 64x64->128 multiply, 128/256-bit counters).
// What it reproduces: plain arithmetic modulo 2^128, as numpy's pcg64.h does with
// __uint128_t on Linux x86-64. Natively, where the compiler has unsigned __int128, it is
// used; WebAssembly and other compilers use a two-word fallback with the same results.
// Both paths are always compiled (`uint128_portable`) so that a test can compare them;
// defining SEEDLAB_RNG_NO_INT128 forces the fallback everywhere (to test it end to end).
// What it is not: no division, no signed arithmetic, no printing.
#pragma once

#include <cstdint>

namespace seedlab::rng {

struct Uint128 {
    uint64_t hi = 0;
    uint64_t lo = 0;

    friend constexpr bool operator==(const Uint128&, const Uint128&) = default;
};

// Two-word arithmetic; the reference for every operation below.
namespace uint128_portable {

// Full 64x64 -> 128-bit product, schoolbook on 32-bit halves.
constexpr Uint128 mul_64x64(uint64_t a, uint64_t b) {
    const uint64_t a_lo = a & 0xffffffffU, a_hi = a >> 32;
    const uint64_t b_lo = b & 0xffffffffU, b_hi = b >> 32;
    const uint64_t lo_lo = a_lo * b_lo;
    const uint64_t hi_lo = a_hi * b_lo;
    const uint64_t lo_hi = a_lo * b_hi;
    const uint64_t hi_hi = a_hi * b_hi;
    const uint64_t cross = (lo_lo >> 32) + (hi_lo & 0xffffffffU) + lo_hi;
    return {hi_hi + (hi_lo >> 32) + (cross >> 32), (cross << 32) | (lo_lo & 0xffffffffU)};
}

constexpr Uint128 add(Uint128 a, Uint128 b) {
    const uint64_t lo = a.lo + b.lo;
    return {a.hi + b.hi + (lo < a.lo ? 1U : 0U), lo};
}

// Product modulo 2^128.
constexpr Uint128 mul(Uint128 a, Uint128 b) {
    Uint128 r = mul_64x64(a.lo, b.lo);
    r.hi += a.hi * b.lo + a.lo * b.hi;
    return r;
}

}  // namespace uint128_portable

// WebAssembly has no 64x64->128 multiply: its __int128 product is a __multi3 library
// call, slower than the inline two-word arithmetic, so wasm uses the fallback.
#if defined(__SIZEOF_INT128__) && !defined(SEEDLAB_RNG_NO_INT128) && !defined(__wasm__)
namespace uint128_native {
__extension__ typedef unsigned __int128 u128;
constexpr u128 to_native(Uint128 x) { return (static_cast<u128>(x.hi) << 64) | x.lo; }
constexpr Uint128 from_native(u128 x) { return {static_cast<uint64_t>(x >> 64), static_cast<uint64_t>(x)}; }
}  // namespace uint128_native

constexpr Uint128 mul_64x64(uint64_t a, uint64_t b) {
    return uint128_native::from_native(static_cast<uint128_native::u128>(a) * b);
}
constexpr Uint128 operator+(Uint128 a, Uint128 b) {
    using namespace uint128_native;
    return from_native(to_native(a) + to_native(b));
}
constexpr Uint128 operator*(Uint128 a, Uint128 b) {
    using namespace uint128_native;
    return from_native(to_native(a) * to_native(b));
}
#else
constexpr Uint128 mul_64x64(uint64_t a, uint64_t b) { return uint128_portable::mul_64x64(a, b); }
constexpr Uint128 operator+(Uint128 a, Uint128 b) { return uint128_portable::add(a, b); }
constexpr Uint128 operator*(Uint128 a, Uint128 b) { return uint128_portable::mul(a, b); }
#endif

}  // namespace seedlab::rng
