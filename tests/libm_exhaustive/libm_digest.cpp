// libm_digest.cpp — prints a digest of engine/math's results over a fixed,
// large input set, so that the native and the WebAssembly builds can be
// compared line for line (the native build is checked against glibc by
// libm_exhaustive; equal digests carry that check over to wasm).
//
// Inputs: for each float function every k-th of the 2^32 bit patterns
// (k = 2^32 / N, N = 2^24 by default), for each double function N
// splitmix64 bit patterns mixed with values in the function's main range.
// Output: "<function> <count> <64-bit FNV-1a digest of the result bits>".
//
// Native: g++ -std=c++20 -O2 -ffp-contract=off -I engine
//             tests/libm_exhaustive/libm_digest.cpp engine/math/*.cpp -o libm_digest
// Wasm:   em++ -std=c++20 -O3 -msimd128 -ffp-contract=off -I engine
//             tests/libm_exhaustive/libm_digest.cpp engine/math/*.cpp -o libm_digest.js
//         node --no-experimental-fetch libm_digest.js
// Usage:  libm_digest [N]   (N a power of two for the float functions)
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "math/libm.hpp"

namespace {
namespace sm = seedlab::math;

std::uint32_t f2u(float x) { std::uint32_t u; std::memcpy(&u, &x, 4); return u; }
float u2f(std::uint32_t u) { float x; std::memcpy(&x, &u, 4); return x; }
std::uint64_t d2u(double x) { std::uint64_t u; std::memcpy(&u, &x, 8); return u; }
double u2d(std::uint64_t u) { double x; std::memcpy(&x, &u, 8); return x; }

struct Fnv {
    std::uint64_t h = 0xcbf29ce484222325ull;
    void add(std::uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            h ^= (v >> (8 * i)) & 0xff;
            h *= 0x100000001b3ull;
        }
    }
};

struct SplitMix {
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    double uniform(double lo, double hi) { return lo + (hi - lo) * (static_cast<double>(next() >> 11) * 0x1p-53); }
};

void float_digest(const char* name, float (*f)(float), std::uint64_t n) {
    Fnv d;
    std::uint64_t stride = (1ull << 32) / n;
    for (std::uint64_t i = 0; i < n; ++i) d.add(f2u(f(u2f(static_cast<std::uint32_t>(i * stride + (i & (stride - 1)))))));
    std::printf("%s %" PRIu64 " %016" PRIx64 "\n", name, n, d.h);
}

void double_digest(const char* name, double (*f)(double), std::uint64_t n, double lo, double hi) {
    Fnv d;
    SplitMix g{0x5eed0000ull + static_cast<std::uint64_t>(name[0]) * 131 + name[1]};
    for (std::uint64_t i = 0; i < n; ++i) {
        double x = (i & 1) ? u2d(g.next()) : g.uniform(lo, hi);
        d.add(d2u(f(x)));
    }
    std::printf("%s %" PRIu64 " %016" PRIx64 "\n", name, n, d.h);
}

void double2_digest(const char* name, double (*f)(double, double), std::uint64_t n, double lo, double hi) {
    Fnv d;
    SplitMix g{0x5eed1111ull + static_cast<std::uint64_t>(name[0])};
    for (std::uint64_t i = 0; i < n; ++i) {
        double x = (i & 1) ? u2d(g.next()) : g.uniform(0.0, hi);
        double y = (i & 2) ? u2d(g.next()) : g.uniform(lo, hi);
        d.add(d2u(f(x, y)));
    }
    std::printf("%s %" PRIu64 " %016" PRIx64 "\n", name, n, d.h);
}

void powf_digest(std::uint64_t n) {
    Fnv d;
    SplitMix g{0x5eed2222ull};
    for (std::uint64_t i = 0; i < n; ++i) {
        float x = (i & 1) ? u2f(static_cast<std::uint32_t>(g.next())) : static_cast<float>(g.uniform(0.0, 8.0));
        float y = (i & 2) ? u2f(static_cast<std::uint32_t>(g.next())) : static_cast<float>(g.uniform(-40.0, 40.0));
        d.add(f2u(sm::powf(x, y)));
    }
    std::printf("powf %" PRIu64 " %016" PRIx64 "\n", n, d.h);
}

float sincosf_sin(float x) { float s, c; sm::sincosf(x, &s, &c); return s; }
float sincosf_cos(float x) { float s, c; sm::sincosf(x, &s, &c); return c; }

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 0) : (1ull << 24);
    if (n == 0 || n > (1ull << 32) || (n & (n - 1))) {
        std::printf("N must be a power of two up to 2^32\n");
        return 2;
    }
    float_digest("logf", sm::logf, n);
    float_digest("expf", sm::expf, n);
    float_digest("sinf", sm::sinf, n);
    float_digest("cosf", sm::cosf, n);
    float_digest("sincosf.sin", sincosf_sin, n);
    float_digest("sincosf.cos", sincosf_cos, n);
    float_digest("expm1f", sm::expm1f, n);
    float_digest("tanhf", sm::tanhf, n);
    float_digest("log1pf", sm::log1pf, n);
    float_digest("sqrtf", sm::sqrtf, n);
    float_digest("erff", sm::erff, n);
    float_digest("erfcf", sm::erfcf, n);
    powf_digest(n);
    double_digest("log", sm::log, n, 0.0, 4.0);
    double_digest("log10", sm::log10, n, 0.0, 1000.0);
    double_digest("exp", sm::exp, n, -750.0, 750.0);
    double_digest("sin", sm::sin, n, -10.0, 10.0);
    double_digest("cos", sm::cos, n, -10.0, 10.0);
    double_digest("log1p", sm::log1p, n, -1.0, 4.0);
    double_digest("expm1", sm::expm1, n, -40.0, 710.0);
    double_digest("tanh", sm::tanh, n, -25.0, 25.0);
    double_digest("sqrt", sm::sqrt, n, 0.0, 100.0);
    double_digest("erf", sm::erf, n, -7.0, 7.0);
    double_digest("erfc", sm::erfc, n, -7.0, 30.0);
    double_digest("asin", sm::asin, n, -1.0, 1.0);
    double_digest("acos", sm::acos, n, -1.0, 1.0);
    double_digest("atan", sm::atan, n, -20.0, 20.0);
    double2_digest("pow", sm::pow, n, -40.0, 40.0);
    double2_digest("atan2", sm::atan2, n, -2.0, 2.0);
    return 0;
}
