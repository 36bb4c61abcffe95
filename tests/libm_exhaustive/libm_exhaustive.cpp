// libm_exhaustive.cpp — checks engine/math against the host's glibc, bit for
// bit. Float functions are checked on all 2^32 inputs; double functions on
// N pseudo-random inputs (random bit patterns plus inputs drawn around each
// function's interesting points: thresholds, table boundaries, multiples of
// pi/2, arguments near 1, ...).
//
// The oracle is the host's libm (-lm), so the result is only meaningful on a
// machine like the one engine/math reproduces: x86-64, glibc 2.36, a CPU
// with FMA and AVX2 (glibc then dispatches to its __*_fma variants). The
// program says so and refuses to run elsewhere unless --force is given.
//
// Build (native only, both engine and this file with -ffp-contract=off):
//   g++ -std=c++20 -O2 -ffp-contract=off -fno-builtin -pthread -I engine
//       tests/libm_exhaustive/libm_exhaustive.cpp engine/math/*.cpp -lm
//       -o libm_exhaustive
// Usage:
//   libm_exhaustive                      every function, default sizes
//   libm_exhaustive expf                 one function (all 2^32 floats)
//   libm_exhaustive expf 100000000       a float function on 10^8 inputs
//                                        spread evenly over all bit patterns
//   libm_exhaustive pow 1000000000       a double function on 10^9 samples
//   libm_exhaustive --list               the function names
// Options: --threads N (default 2), --seed S (double sampling), --force.
// Output: one line per function with counts and time, then a summary line
// "N passed, N failed". Exit status 1 if any input differs.
#include <atomic>
#include <chrono>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <gnu/libc-version.h>

#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace sm = seedlab::math;

namespace {

std::uint32_t f2u(float x) { std::uint32_t u; std::memcpy(&u, &x, 4); return u; }
float u2f(std::uint32_t u) { float x; std::memcpy(&x, &u, 4); return x; }
std::uint64_t d2u(double x) { std::uint64_t u; std::memcpy(&u, &x, 8); return u; }
double u2d(std::uint64_t u) { double x; std::memcpy(&x, &u, 8); return x; }

// The oracle is called through volatile function pointers so that the
// compiler cannot fold, inline or substitute the host's libm calls.
template <class F> F* opaque(F* f) {
    F* volatile p = f;
    return p;
}

struct Shared {
    std::mutex mu;
    int printed = 0;
    static constexpr int kMaxPrinted = 12;
    void report(const char* line) {
        std::lock_guard<std::mutex> lock(mu);
        if (printed++ < kMaxPrinted) std::printf("  MISMATCH %s\n", line);
    }
};

// ---- float functions: every bit pattern -----------------------------------

using FloatFn = float (*)(float);
struct FloatCase {
    const char* name;
    FloatFn mine;
    FloatFn host;
};

float host_sincosf_sin(float x) { float s, c; ::sincosf(x, &s, &c); return s; }
float host_sincosf_cos(float x) { float s, c; ::sincosf(x, &s, &c); return c; }

// Runs fn(begin, end) over [0, total) split into chunks across threads.
void parallel(std::uint64_t total, int threads,
              const std::function<void(std::uint64_t, std::uint64_t)>& fn) {
    constexpr std::uint64_t kChunk = 1u << 20;
    std::atomic<std::uint64_t> next{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            for (;;) {
                std::uint64_t b = next.fetch_add(kChunk);
                if (b >= total) break;
                fn(b, std::min(total, b + kChunk));
            }
        });
    }
    for (auto& th : pool) th.join();
}

// Checks `count` inputs spread evenly over the 2^32 patterns (all of them
// when count is 2^32). Returns the number of mismatches.
std::uint64_t check_float(const FloatCase& c, std::uint64_t count, int threads) {
    FloatFn host = opaque(c.host);
    std::uint64_t stride = (1ull << 32) / count;
    Shared shared;
    std::atomic<std::uint64_t> bad{0};
    parallel(count, threads, [&](std::uint64_t b, std::uint64_t e) {
        std::uint64_t local = 0;
        for (std::uint64_t i = b; i < e; ++i) {
            std::uint32_t u = static_cast<std::uint32_t>(i * stride);
            float x = u2f(u);
            std::uint32_t want = f2u(host(x));
            std::uint32_t got = f2u(c.mine(x));
            if (want != got) {
                ++local;
                char line[160];
                std::snprintf(line, sizeof line, "%s(%a) [0x%08x]: glibc 0x%08x, engine 0x%08x",
                              c.name, static_cast<double>(x), u, want, got);
                shared.report(line);
            }
        }
        bad += local;
    });
    return bad;
}

// sincosf is checked as a pair: both outputs against glibc's sincosf.
float mine_sincosf_sin(float x) { float s, c; sm::sincosf(x, &s, &c); return s; }
float mine_sincosf_cos(float x) { float s, c; sm::sincosf(x, &s, &c); return c; }

// ---- double functions: sampled --------------------------------------------

struct SplitMix {
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    // A double whose exponent is uniform in [elo, ehi] and whose sign is random.
    double log_uniform(int elo, int ehi) {
        std::uint64_t e = static_cast<std::uint64_t>(elo + static_cast<int>(next() % (ehi - elo + 1)) + 1023);
        return u2d((next() & 0x800fffffffffffffull) | (e << 52));
    }
    // x moved by a few ulps.
    double jitter(double x, int ulps) {
        std::int64_t k = static_cast<std::int64_t>(next() % (2 * ulps + 1)) - ulps;
        return u2d(d2u(x) + static_cast<std::uint64_t>(k));
    }
};

using UnaryD = double (*)(double);
using BinaryD = double (*)(double, double);

struct DoubleCase {
    const char* name;
    UnaryD mine1 = nullptr, host1 = nullptr;
    BinaryD mine2 = nullptr, host2 = nullptr;
    // Draws one input (x) or two (x then y) around the function's interesting
    // points; check_double mixes in raw random bit patterns (one in four).
    std::function<void(SplitMix&, double&, double&)> sample;
};

// Around points where a double function changes path or is hard to round.
double near(SplitMix& g, std::initializer_list<double> pts, int ulps) {
    double p = *(pts.begin() + g.next() % pts.size());
    if (g.next() & 1) p = -p;
    return g.jitter(p, ulps);
}

std::uint64_t check_double(const DoubleCase& c, std::uint64_t count, int threads,
                           std::uint64_t seed) {
    UnaryD host1 = c.host1 ? opaque(c.host1) : nullptr;
    BinaryD host2 = c.host2 ? opaque(c.host2) : nullptr;
    Shared shared;
    std::atomic<std::uint64_t> bad{0};
    parallel(count, threads, [&](std::uint64_t b, std::uint64_t e) {
        SplitMix g{seed ^ (b * 0x2545f4914f6cdd1dull)};
        std::uint64_t local = 0;
        for (std::uint64_t i = b; i < e; ++i) {
            double x, y = 0;
            if (i % 4 == 0) {  // a quarter of the inputs are raw bit patterns
                x = u2d(g.next());
                y = u2d(g.next());
            } else {
                c.sample(g, x, y);
            }
            std::uint64_t want, got;
            if (host1) {
                want = d2u(host1(x));
                got = d2u(c.mine1(x));
            } else {
                want = d2u(host2(x, y));
                got = d2u(c.mine2(x, y));
            }
            if (want != got) {
                ++local;
                char line[200];
                if (host1)
                    std::snprintf(line, sizeof line, "%s(%a): glibc %a [0x%016" PRIx64 "], engine %a [0x%016" PRIx64 "]",
                                  c.name, x, u2d(want), want, u2d(got), got);
                else
                    std::snprintf(line, sizeof line, "%s(%a, %a): glibc %a [0x%016" PRIx64 "], engine %a [0x%016" PRIx64 "]",
                                  c.name, x, y, u2d(want), want, u2d(got), got);
                shared.report(line);
            }
        }
        bad += local;
    });
    return bad;
}

// The software fma of fp_bits.hpp against the host's fma() (exact; a vfmadd
// instruction behind glibc's ifunc on FMA machines): random bit patterns,
// moderate exponents, near-total cancellation, subnormal results, ties.
std::uint64_t check_fma(std::uint64_t count, int threads, std::uint64_t seed) {
    using Fma = double (*)(double, double, double);
    Fma host = opaque(static_cast<Fma>(::fma));
    Shared shared;
    std::atomic<std::uint64_t> bad{0};
    parallel(count, threads, [&](std::uint64_t b, std::uint64_t e) {
        SplitMix g{seed ^ (b * 0x2545f4914f6cdd1dull) ^ 0xf3a};
        std::uint64_t local = 0;
        auto with_exp = [&](std::uint64_t bitsv, int lo, int hi) {
            std::uint64_t ex = static_cast<std::uint64_t>(lo + static_cast<int>(g.next() % (hi - lo + 1)));
            return u2d((bitsv & 0x800fffffffffffffull) | (ex << 52));
        };
        for (std::uint64_t i = b; i < e; ++i) {
            double x, y, z;
            switch (i % 5) {
                case 0: x = u2d(g.next()); y = u2d(g.next()); z = u2d(g.next()); break;
                case 1:
                    x = with_exp(g.next(), 923, 1123);
                    y = with_exp(g.next(), 923, 1123);
                    z = with_exp(g.next(), 823, 1223);
                    break;
                case 2:
                    x = with_exp(g.next(), 1013, 1033);
                    y = with_exp(g.next(), 1013, 1033);
                    z = u2d(d2u(-(x * y)) + (g.next() % 64) - 32);
                    break;
                case 3:
                    x = with_exp(g.next(), 1, 600);
                    y = with_exp(g.next(), 1, 600);
                    z = u2d(g.next() & 0x801fffffffffffffull);
                    break;
                default:
                    x = static_cast<double>(g.next() % (1u << 27)) * std::ldexp(1.0, -static_cast<int>(g.next() % 30));
                    y = static_cast<double>(g.next() % (1u << 27));
                    z = std::ldexp(static_cast<double>(g.next() >> 11), -static_cast<int>(g.next() % 120));
                    if (g.next() & 1) z = -z;
                    break;
            }
            std::uint64_t want = d2u(host(x, y, z));
            std::uint64_t got = d2u(seedlab::math::bits::fma(x, y, z));
            if (want != got && !(std::isnan(u2d(want)) && std::isnan(u2d(got)))) {
                ++local;
                char line[200];
                std::snprintf(line, sizeof line, "fma(%a, %a, %a): host %a, engine %a", x, y, z, u2d(want), u2d(got));
                shared.report(line);
            }
        }
        bad += local;
    });
    return bad;
}

// powf has two float arguments, so it is sampled: random bit patterns,
// bases near 1 with large exponents, integer exponents of negative bases,
// results near overflow and underflow, and special operands.
std::uint64_t check_powf(std::uint64_t count, int threads, std::uint64_t seed) {
    using PowF = float (*)(float, float);
    PowF host = opaque(static_cast<PowF>(::powf));
    Shared shared;
    std::atomic<std::uint64_t> bad{0};
    parallel(count, threads, [&](std::uint64_t b, std::uint64_t e) {
        SplitMix g{seed ^ (b * 0x2545f4914f6cdd1dull) ^ 0x90f};
        std::uint64_t local = 0;
        static const std::uint32_t specials[] = {0x00000000, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000,
                                                 0xffc00001, 0x7f800001, 0x3f800000, 0xbf800000, 0x00000001,
                                                 0x80000001, 0x007fffff, 0x40000000, 0xc0400000, 0x3f000000};
        for (std::uint64_t i = b; i < e; ++i) {
            float x, y;
            switch (i % 6) {
                case 0: x = u2f(static_cast<std::uint32_t>(g.next())); y = u2f(static_cast<std::uint32_t>(g.next())); break;
                case 1:
                    x = static_cast<float>(1.0 + g.log_uniform(-24, -1));
                    y = static_cast<float>(g.log_uniform(0, 30));
                    break;
                case 2:
                    x = static_cast<float>(g.uniform(-10.0, 10.0));
                    y = static_cast<float>(static_cast<int>(g.next() % 81) - 40);
                    break;
                case 3: {
                    x = u2f(static_cast<std::uint32_t>(g.next()) & 0x7fffffff);
                    if (!(x > 0) || std::isinf(x)) x = 3.0f;
                    double l2 = std::log2(static_cast<double>(x));
                    y = l2 != 0 ? static_cast<float>(g.uniform(-152.0, 130.0) / l2) : 1.0f;
                    if (g.next() & 1) { x = -x; y = std::nearbyint(y); }
                    break;
                }
                case 4:
                    x = u2f(specials[g.next() % (sizeof specials / sizeof specials[0])]);
                    y = g.next() & 1 ? u2f(specials[g.next() % (sizeof specials / sizeof specials[0])])
                                     : static_cast<float>(g.log_uniform(-30, 30));
                    break;
                default:
                    x = static_cast<float>(g.uniform(0.0, 4.0));
                    y = static_cast<float>(g.uniform(-64.0, 64.0));
                    break;
            }
            std::uint32_t want = f2u(host(x, y)), got = f2u(sm::powf(x, y));
            if (want != got) {
                ++local;
                char line[200];
                std::snprintf(line, sizeof line, "powf(%a, %a) [%08x %08x]: glibc %08x, engine %08x",
                              static_cast<double>(x), static_cast<double>(y), f2u(x), f2u(y), want, got);
                shared.report(line);
            }
        }
        bad += local;
    });
    return bad;
}

std::vector<FloatCase> float_cases() {
    return {
        {"logf", sm::logf, ::logf},
        {"expf", sm::expf, ::expf},
        {"sinf", sm::sinf, ::sinf},
        {"cosf", sm::cosf, ::cosf},
        {"sincosf.sin", mine_sincosf_sin, host_sincosf_sin},
        {"sincosf.cos", mine_sincosf_cos, host_sincosf_cos},
        {"expm1f", sm::expm1f, ::expm1f},
        {"tanhf", sm::tanhf, ::tanhf},
        {"log1pf", sm::log1pf, ::log1pf},
        {"sqrtf", sm::sqrtf, ::sqrtf},
        {"erff", sm::erff, ::erff},
        {"erfcf", sm::erfcf, ::erfcf},
    };
}

std::vector<DoubleCase> double_cases() {
    std::vector<DoubleCase> v;
    auto unary = [&](const char* name, UnaryD mine, UnaryD host,
                     std::function<double(SplitMix&)> draw) {
        DoubleCase c;
        c.name = name;
        c.mine1 = mine;
        c.host1 = host;
        c.sample = [draw](SplitMix& g, double& x, double&) { x = draw(g); };
        v.push_back(c);
    };
    unary("log", sm::log, ::log, [](SplitMix& g) {
        switch (g.next() % 4) {
            case 0: return std::fabs(g.log_uniform(-1074, 1023));
            case 1: return 1.0 + g.log_uniform(-60, -1);  // near 1: separate path
            case 2: return g.uniform(0.5, 2.0);
            default: return std::fabs(near(g, {1.0, 0x1.09p+0, 0x1.dp-1, 0x1p-1022, 2.0, 0.5}, 1 << 20));
        }
    });
    unary("log10", sm::log10, ::log10, [](SplitMix& g) {
        switch (g.next() % 3) {
            case 0: return std::fabs(g.log_uniform(-1074, 1023));
            case 1: return g.uniform(0.0, 1000.0);
            default: return std::fabs(near(g, {1.0, 10.0, 100.0, 1e22, 0x1p-1022, 0.1}, 1 << 16));
        }
    });
    unary("exp", sm::exp, ::exp, [](SplitMix& g) {
        switch (g.next() % 4) {
            case 0: return g.uniform(-746, 710);
            case 1: return g.log_uniform(-60, 9);
            case 2: return g.uniform(-1, 1);
            default: return near(g, {0x1.62e42fefa39efp+9, 0x1.74910d52d3051p+9, 0x1.6232bdd7abcd2p+9,
                                     0x1.74385446d71c3p+9, 0x1p-54, 512.0, 1024.0}, 1 << 16);
        }
    });
    auto trig = [](SplitMix& g) {
        switch (g.next() % 6) {
            case 0: return g.uniform(-4.0, 4.0);
            case 1: return g.log_uniform(-30, 1);
            case 2: return g.uniform(-1e6, 1e6);
            case 3: return g.log_uniform(0, 1023);  // huge: branred
            case 4: {  // near multiples of pi/2, where cancellation is worst
                double k = std::nearbyint(g.uniform(-1e8, 1e8) * (g.next() & 1 ? 1.0 : 1e-6));
                return g.jitter(k * 0x1.921fb54442d18p+0, 1 << 10);
            }
            default: return near(g, {0x1p-26, 0x1p-27, 0.126, 0x1.b6p-1, 0x1.368fdp+1, 105414350.0}, 1 << 16);
        }
    };
    unary("sin", sm::sin, ::sin, trig);
    unary("cos", sm::cos, ::cos, trig);
    unary("log1p", sm::log1p, ::log1p, [](SplitMix& g) {
        switch (g.next() % 6) {
            case 0: return g.uniform(-1.0, 1.0);
            case 1: return g.log_uniform(-70, -1);
            case 2: return std::fabs(g.log_uniform(-1, 1023));
            case 3: {  // 1 + x close to a power of two (the |f| < 2^-20 branch)
                double p = std::ldexp(1.0, static_cast<int>(g.next() % 80) - 2);
                return g.jitter(p - 1.0, 1 << 12);
            }
            case 4: return g.uniform(-1.0, -0.25);
            default: return near(g, {0x1.a827ap-2, 0x1.2bec3p-2, 0x1p-29, 0x1p-54, 0x1p53, 1.0}, 1 << 16);
        }
    });
    unary("expm1", sm::expm1, ::expm1, [](SplitMix& g) {
        switch (g.next() % 5) {
            case 0: return g.uniform(-40.0, 710.0);
            case 1: return g.log_uniform(-60, 9);
            case 2: return g.uniform(-2.0, 2.0);
            case 3: return g.jitter(static_cast<double>(static_cast<int>(g.next() % 120) - 60) * 0x1.62e42fefa39efp-1, 1 << 20);
            default: return near(g, {0x1.62e42p-2, 0x1.0a2b2p+0, 0x1.37a8p+5, 0x1.62e42fefa39efp+9, 0x1p-54, 0.25}, 1 << 16);
        }
    });
    unary("tanh", sm::tanh, ::tanh, [](SplitMix& g) {
        switch (g.next() % 4) {
            case 0: return g.uniform(-25.0, 25.0);
            case 1: return g.log_uniform(-60, 5);
            case 2: return g.uniform(-1.5, 1.5);
            default: return near(g, {1.0, 22.0, 0x1p-55, 0.5}, 1 << 16);
        }
    });
    auto erf_draw = [](SplitMix& g) {
        switch (g.next() % 4) {
            case 0: return g.uniform(-7.0, 7.0);
            case 1: return g.uniform(-30.0, 30.0);
            case 2: return g.log_uniform(-60, 2);
            default: return near(g, {0.84375, 1.25, 1 / 0.35, 6.0, 28.0, 0x1p-28, 0x1p-56, 0.25}, 1 << 16);
        }
    };
    unary("erf", sm::erf, ::erf, erf_draw);
    unary("erfc", sm::erfc, ::erfc, erf_draw);
    auto arc_draw = [](SplitMix& g) {
        switch (g.next() % 4) {
            case 0: return g.uniform(-1.0, 1.0);
            case 1: return g.log_uniform(-60, -1);
            case 2: return g.jitter(g.next() & 1 ? 1.0 : -1.0, 1 << 30);  // near +-1: the sqrt path
            default: return near(g, {0.125, 0.25, 0.5, 0.75, 0.921875, 0.953125, 0.96875, 1.0, 0x1p-26, 0x1p-54}, 1 << 16);
        }
    };
    unary("asin", sm::asin, ::asin, arc_draw);
    unary("acos", sm::acos, ::acos, arc_draw);
    unary("atan", sm::atan, ::atan, [](SplitMix& g) {
        switch (g.next() % 4) {
            case 0: return g.uniform(-20.0, 20.0);
            case 1: return g.log_uniform(-40, 60);
            case 2: return g.uniform(-1.0, 1.0);
            default: return near(g, {0x1.bb67ap-27, 0.0625, 1.0, 16.0, 0x1.49ff2p+52}, 1 << 16);
        }
    });
    unary("sqrt", sm::sqrt, ::sqrt, [](SplitMix& g) {
        return g.next() & 1 ? g.log_uniform(-1074, 1023) : g.uniform(0.0, 4.0);
    });
    {
        DoubleCase c;
        c.name = "pow";
        c.mine2 = sm::pow;
        c.host2 = ::pow;
        c.sample = [](SplitMix& g, double& x, double& y) {
            static const double specials[] = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0,
                                              INFINITY, -INFINITY, NAN, -NAN, 0x1p-1074, -0x1p-1074,
                                              0x1p-1022, 0x1.fffffffffffffp1023, -0x1.fffffffffffffp1023,
                                              0x1p-66, 0x1p63, -0x1p63, 0x1p53, 0x1.8p53};
            auto special = [&] { return specials[g.next() % (sizeof specials / sizeof specials[0])]; };
            switch (g.next() % 8) {
                case 0:
                    x = std::fabs(g.log_uniform(-1074, 1023));
                    y = g.uniform(-10.0, 10.0);
                    break;
                case 1:  // x near 1, |y| large
                    x = 1.0 + g.log_uniform(-53, -1);
                    y = g.log_uniform(0, 64);
                    break;
                case 2:  // integer powers, negative bases
                    x = g.uniform(-10.0, 10.0);
                    y = static_cast<double>(static_cast<int>(g.next() % 101) - 50);
                    break;
                case 3: {  // results near overflow and underflow
                    x = std::fabs(g.log_uniform(-1074, 1023));
                    double l2 = std::log2(x);
                    y = l2 != 0 ? g.uniform(-1080.0, 1030.0) / l2 : 1.0;
                    if (g.next() & 1) { x = -x; y = std::nearbyint(y); }
                    break;
                }
                case 4:
                    x = special();
                    y = g.next() & 1 ? special() : g.log_uniform(-70, 70);
                    break;
                case 5:
                    x = g.log_uniform(-1074, 1023);
                    y = special();
                    break;
                case 6:  // subnormal x
                    x = u2d(g.next() & 0x800fffffffffffffull);
                    y = g.uniform(-2.0, 2.0);
                    break;
                default:
                    x = g.uniform(0.0, 4.0);
                    y = g.uniform(-64.0, 64.0);
                    break;
            }
        };
        v.push_back(c);
    }
    {
        DoubleCase c;
        c.name = "atan2";
        c.mine2 = sm::atan2;
        c.host2 = ::atan2;
        c.sample = [](SplitMix& g, double& y, double& x) {
            static const double specials[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, -NAN, 1.0, -1.0,
                                              0x1p-1074, -0x1p-1074, 0x1.fffffffffffffp1023};
            auto special = [&] { return specials[g.next() % (sizeof specials / sizeof specials[0])]; };
            switch (g.next() % 6) {
                case 0:
                    y = g.uniform(-1.0, 1.0);
                    x = g.uniform(-1.0, 1.0);
                    break;
                case 1:  // ratios in the small-u polynomial range and table range
                    x = g.log_uniform(-1022, 1023);
                    y = x * g.log_uniform(-8, 0);
                    if (g.next() & 1) std::swap(x, y);
                    break;
                case 2:  // exponent differences near the cut-offs
                    x = g.log_uniform(-1000, 1000);
                    y = std::ldexp(g.uniform(0.5, 1.0), std::ilogb(x) + static_cast<int>(g.next() % 130) - 65);
                    if (g.next() & 1) y = -y;
                    break;
                case 3:
                    y = g.log_uniform(-1074, 1023);
                    x = g.next() & 1 ? special() : g.log_uniform(-1074, 1023);
                    break;
                case 4:
                    y = special();
                    x = g.log_uniform(-1074, 1023);
                    break;
                default:  // |y| ~= |x|
                    x = g.log_uniform(-1022, 1023);
                    y = g.jitter(x, 1 << 20);
                    if (g.next() & 1) y = -y;
                    break;
            }
        };
        v.push_back(c);
    }
    return v;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    int threads = 2;
    std::uint64_t seed = 0x5eed1ab;
    bool force = false;
    std::string only;
    std::uint64_t count = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--threads" && i + 1 < args.size()) threads = std::atoi(args[++i].c_str());
        else if (args[i] == "--seed" && i + 1 < args.size()) seed = std::strtoull(args[++i].c_str(), nullptr, 0);
        else if (args[i] == "--force") force = true;
        else if (args[i] == "--list") {
            for (auto& c : float_cases()) std::printf("%s (float, exhaustive)\n", c.name);
            for (auto& c : double_cases()) std::printf("%s (double, sampled)\n", c.name);
            std::printf("powf (float pairs, sampled)\n");
            std::printf("fma (software fma of fp_bits.hpp, sampled; NaN payloads not compared)\n");
            return 0;
        } else if (only.empty() && !std::isdigit(static_cast<unsigned char>(args[i][0]))) only = args[i];
        else count = std::strtoull(args[i].c_str(), nullptr, 0);
    }
    const char* ver = gnu_get_libc_version();
    bool fma = __builtin_cpu_supports("fma") && __builtin_cpu_supports("avx2");
    std::printf("host glibc %s, FMA+AVX2 %s, %d threads\n", ver, fma ? "yes" : "no", threads);
    if ((std::strcmp(ver, "2.36") != 0 || !fma) && !force) {
        std::printf("the oracle must be glibc 2.36 on an FMA/AVX2 CPU; use --force to run anyway\n");
        return 2;
    }

    int passed = 0, failed = 0;
    bool matched_any = false;
    auto finish = [&](const char* name, std::uint64_t n, std::uint64_t bad, double secs) {
        std::printf("%-12s %12" PRIu64 " inputs %10" PRIu64 " mismatches  %7.1f s  %s\n", name, n, bad, secs,
                    bad ? "FAIL" : "ok");
        std::fflush(stdout);
        (bad ? failed : passed)++;
    };
    for (auto& c : float_cases()) {
        std::string base = c.name;
        if (!only.empty() && only != base && only != base.substr(0, base.find('.'))) continue;
        matched_any = true;
        std::uint64_t n = (count == 0 || count > (1ull << 32)) ? (1ull << 32) : count;
        auto t0 = std::chrono::steady_clock::now();
        std::uint64_t bad = check_float(c, n, threads);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        finish(c.name, n, bad, secs);
    }
    for (auto& c : double_cases()) {
        if (!only.empty() && only != c.name) continue;
        matched_any = true;
        std::uint64_t n = count ? count : 100000000ull;
        auto t0 = std::chrono::steady_clock::now();
        std::uint64_t bad = check_double(c, n, threads, seed);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        finish(c.name, n, bad, secs);
    }
    if (only.empty() || only == "powf") {
        matched_any = true;
        std::uint64_t n = count ? count : 100000000ull;
        auto t0 = std::chrono::steady_clock::now();
        std::uint64_t bad = check_powf(n, threads, seed);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        finish("powf", n, bad, secs);
    }
    if (only.empty() || only == "fma") {
        matched_any = true;
        std::uint64_t n = count ? count : 100000000ull;
        auto t0 = std::chrono::steady_clock::now();
        std::uint64_t bad = check_fma(n, threads, seed);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        finish("fma", n, bad, secs);
    }
    if (!matched_any) {
        std::printf("unknown function '%s' (try --list)\n", only.c_str());
        return 2;
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
