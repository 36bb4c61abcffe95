// gen_libm_cases.cpp — writes tests/kat/libm_cases.txt: inputs and the bit
// patterns the host's glibc returns for them, for every function of
// engine/math (plus fma, which engine/math emulates in software).
//
// The values are only right when produced on the machine engine/math
// reproduces: x86-64, glibc 2.36 (Debian 12), a CPU with FMA and AVX2 so that
// glibc's ifunc picks its __*_fma variants. The program checks the glibc
// version and the CPU and refuses to run elsewhere.
//
// Run from the repository root:
//   g++ -std=c++20 -O2 -ffp-contract=off -fno-builtin tests/kat/gen_libm_cases.cpp -lm
//       -o /tmp/gen_libm_cases
//   /tmp/gen_libm_cases > tests/kat/libm_cases.txt
// It takes no arguments; the inputs come from a fixed-seed splitmix64 stream,
// so reruns on the same machine give the same file. Never hand-edit the
// output.
//
// Record format (tests/engine/kat_reader.hpp): one line per call,
//   <function> x=<hex bits> [y=<hex bits>] : <hex bits of the result(s)>
// floats as 8 hex digits, doubles as 16; sincosf has two outputs (sin cos),
// pow, powf and atan2 take x=first argument y=second argument.
#include <cinttypes>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include <gnu/libc-version.h>

namespace {

std::uint32_t f2u(float x) { std::uint32_t u; std::memcpy(&u, &x, 4); return u; }
float u2f(std::uint32_t u) { float x; std::memcpy(&x, &u, 4); return x; }
std::uint64_t d2u(double x) { std::uint64_t u; std::memcpy(&u, &x, 8); return u; }
double u2d(std::uint64_t u) { double x; std::memcpy(&x, &u, 8); return x; }

// Calls go through volatile pointers so that nothing is folded at compile time.
template <class F> F* opaque(F* f) { F* volatile p = f; return p; }

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
    // Random sign and mantissa, exponent uniform in [elo, ehi].
    double log_uniform(int elo, int ehi) {
        std::uint64_t e = static_cast<std::uint64_t>(elo + static_cast<int>(next() % (ehi - elo + 1)) + 1023);
        return u2d((next() & 0x800fffffffffffffull) | (e << 52));
    }
};

SplitMix rng{0x6c69626d2d6b6174ull};  // "libm-kat"

// Special inputs shared by all functions.
const std::uint32_t kFloatSpecials[] = {
    0x00000000, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00000, 0x7fa00001, 0xff812345,
    0x7fc12345, 0x00000001, 0x80000001, 0x007fffff, 0x807fffff, 0x00800000, 0x80800000, 0x7f7fffff,
    0xff7fffff, 0x3f800000, 0xbf800000, 0x3f000000, 0xbf000000, 0x40490fdb, 0xc0490fdb, 0x3fc90fdb,
    0x33800000, 0x39800000, 0x3f7fffff, 0x3f800001, 0x42b17218, 0xc2ce8ed0, 0x42f00000, 0x4b000000,
};
const std::uint64_t kDoubleSpecials[] = {
    0x0000000000000000, 0x8000000000000000, 0x7ff0000000000000, 0xfff0000000000000,
    0x7ff8000000000000, 0xfff8000000000000, 0x7ff4000000000001, 0xfff0123456789abc,
    0x7ff8123456789abc, 0x0000000000000001, 0x8000000000000001, 0x000fffffffffffff,
    0x0010000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0x3ff0000000000000,
    0xbff0000000000000, 0x3fe0000000000000, 0x400921fb54442d18, 0x3ff921fb54442d18,
    0x3c90000000000000, 0x3e40000000000000, 0x3fefffffffffffff, 0x3ff0000000000001,
    0x40862e42fefa39ef, 0xc0874910d52d3051, 0x4330000000000000, 0x4197d78400000000,
};

void emit_f(const char* name, float (*f)(float), const std::function<float()>& draw, int n) {
    auto g = opaque(f);
    auto put = [&](float x) { std::printf("%s x=%08x : %08x\n", name, f2u(x), f2u(g(x))); };
    for (std::uint32_t s : kFloatSpecials) put(u2f(s));
    for (int i = 0; i < n; ++i) {
        if (i % 3 == 0) put(u2f(static_cast<std::uint32_t>(rng.next())));
        else put(draw());
    }
}

void emit_d(const char* name, double (*f)(double), const std::function<double()>& draw, int n) {
    auto g = opaque(f);
    auto put = [&](double x) { std::printf("%s x=%016" PRIx64 " : %016" PRIx64 "\n", name, d2u(x), d2u(g(x))); };
    for (std::uint64_t s : kDoubleSpecials) put(u2d(s));
    for (int i = 0; i < n; ++i) {
        if (i % 4 == 0) put(u2d(rng.next()));
        else put(draw());
    }
}

void emit_d2(const char* name, double (*f)(double, double),
             const std::function<std::pair<double, double>()>& draw, int n) {
    auto g = opaque(f);
    auto put = [&](double x, double y) {
        std::printf("%s x=%016" PRIx64 " y=%016" PRIx64 " : %016" PRIx64 "\n", name, d2u(x), d2u(y), d2u(g(x, y)));
    };
    // Every pair of a few specials, then the draws.
    const std::uint64_t few[] = {0x0000000000000000, 0x8000000000000000, 0x7ff0000000000000, 0xfff0000000000000,
                                 0x7ff8000000000000, 0xfff4000000000001, 0x3ff0000000000000, 0xbff0000000000000,
                                 0x4008000000000000, 0xc000000000000000, 0x3fe0000000000000, 0x0000000000000001};
    for (std::uint64_t a : few)
        for (std::uint64_t b : few) put(u2d(a), u2d(b));
    for (int i = 0; i < n; ++i) {
        if (i % 5 == 0) put(u2d(rng.next()), u2d(rng.next()));
        else {
            auto [x, y] = draw();
            put(x, y);
        }
    }
}


}  // namespace

int main() {
    const char* ver = gnu_get_libc_version();
    if (std::strcmp(ver, "2.36") != 0 || !__builtin_cpu_supports("fma") || !__builtin_cpu_supports("avx2")) {
        std::fprintf(stderr, "refusing: need glibc 2.36 on an FMA/AVX2 x86-64 CPU (have glibc %s)\n", ver);
        return 2;
    }
    std::printf("# Generated by tests/kat/gen_libm_cases.cpp from the host's glibc %s (Debian 12,\n", ver);
    std::printf("# x86-64, FMA/AVX2 so the __*_fma variants), as bit patterns. Never hand-edit.\n");
    std::printf("# <function> x=<bits> [y=<bits>] : <result bits> (sincosf: sin cos)\n");

    constexpr int kFloatDraws = 1000;
    constexpr int kDoubleDraws = 500;
    auto fr = [](double lo, double hi) { return [lo, hi] { return static_cast<float>(rng.uniform(lo, hi)); }; };
    auto fl = [](int elo, int ehi) { return [elo, ehi] { return static_cast<float>(rng.log_uniform(elo, ehi)); }; };
    auto mix = [](std::function<float()> a, std::function<float()> b) {
        return [a, b] { return rng.next() & 1 ? a() : b(); };
    };

    emit_f("logf", ::logf, mix(fr(0.0, 4.0), [] { return std::fabs(static_cast<float>(rng.log_uniform(-149, 127))); }), kFloatDraws);
    emit_f("expf", ::expf, mix(fr(-104.0, 89.0), fl(-30, 4)), kFloatDraws);
    emit_f("sinf", ::sinf, mix(fr(-10.0, 10.0), fl(-20, 127)), kFloatDraws);
    emit_f("cosf", ::cosf, mix(fr(-10.0, 10.0), fl(-20, 127)), kFloatDraws);
    {
        auto draw = mix(fr(-200.0, 200.0), fl(-20, 127));
        auto put = [](float x) {
            float s, c;
            ::sincosf(x, &s, &c);
            std::printf("sincosf x=%08x : %08x %08x\n", f2u(x), f2u(s), f2u(c));
        };
        for (std::uint32_t s : kFloatSpecials) put(u2f(s));
        for (int i = 0; i < kFloatDraws; ++i) put(i % 3 == 0 ? u2f(static_cast<std::uint32_t>(rng.next())) : draw());
    }
    emit_f("expm1f", ::expm1f, mix(fr(-20.0, 90.0), fl(-30, 2)), kFloatDraws);
    emit_f("tanhf", ::tanhf, mix(fr(-12.0, 12.0), fl(-30, 5)), kFloatDraws);
    emit_f("log1pf", ::log1pf, mix(fr(-1.0, 2.0), fl(-30, 127)), kFloatDraws);
    emit_f("sqrtf", ::sqrtf, mix(fr(0.0, 100.0), fl(-149, 127)), kFloatDraws);

    auto dr = [](double lo, double hi) { return [lo, hi] { return rng.uniform(lo, hi); }; };
    auto dl = [](int elo, int ehi) { return [elo, ehi] { return rng.log_uniform(elo, ehi); }; };
    auto dmix = [](std::function<double()> a, std::function<double()> b) {
        return [a, b] { return rng.next() & 1 ? a() : b(); };
    };
    emit_d("log", ::log, dmix(dr(0.0, 3.0), [] { return std::fabs(rng.log_uniform(-1074, 1023)); }), kDoubleDraws);
    emit_d("exp", ::exp, dmix(dr(-746.0, 710.0), dl(-60, 4)), kDoubleDraws);
    emit_d("sin", ::sin, dmix(dr(-10.0, 10.0), dl(-30, 1023)), kDoubleDraws);
    emit_d("cos", ::cos, dmix(dr(-10.0, 10.0), dl(-30, 1023)), kDoubleDraws);
    emit_d("log1p", ::log1p, dmix(dr(-1.0, 2.0), dl(-60, 1023)), kDoubleDraws);
    emit_d("expm1", ::expm1, dmix(dr(-40.0, 710.0), dl(-60, 3)), kDoubleDraws);
    emit_d("tanh", ::tanh, dmix(dr(-25.0, 25.0), dl(-60, 5)), kDoubleDraws);
    emit_d("sqrt", ::sqrt, dmix(dr(0.0, 100.0), [] { return std::fabs(rng.log_uniform(-1074, 1023)); }), kDoubleDraws);
    emit_d2("pow", ::pow, [] {
        switch (rng.next() % 4) {
            case 0: return std::pair{rng.uniform(0.0, 10.0), rng.uniform(-30.0, 30.0)};
            case 1: return std::pair{rng.uniform(-10.0, 10.0), static_cast<double>(static_cast<int>(rng.next() % 61) - 30)};
            case 2: return std::pair{1.0 + rng.log_uniform(-50, -2), rng.log_uniform(0, 60)};
            default: return std::pair{std::fabs(rng.log_uniform(-1074, 1023)), rng.uniform(-2.0, 2.0)};
        }
    }, kDoubleDraws);
    emit_d2("atan2", ::atan2, [] {
        switch (rng.next() % 3) {
            case 0: return std::pair{rng.uniform(-2.0, 2.0), rng.uniform(-2.0, 2.0)};
            case 1: return std::pair{rng.log_uniform(-1074, 1023), rng.log_uniform(-1074, 1023)};
            default: {
                double x = rng.log_uniform(-500, 500);
                return std::pair{x * rng.log_uniform(-6, 0), x};
            }
        }
    }, kDoubleDraws);

    // fma: engine/math emulates it in software; the host's fma() is exact.
    {
        auto put = [](double a, double b, double c) {
            std::printf("fma x=%016" PRIx64 " y=%016" PRIx64 " z=%016" PRIx64 " : %016" PRIx64 "\n", d2u(a), d2u(b),
                        d2u(c), d2u(opaque(static_cast<double (*)(double, double, double)>(::fma))(a, b, c)));
        };
        for (int i = 0; i < 1000; ++i) {
            double a, b, c;
            switch (i % 4) {
                case 0: a = u2d(rng.next()); b = u2d(rng.next()); c = u2d(rng.next()); break;
                case 1:  // cancellation: c close to -a*b
                    a = rng.log_uniform(-10, 10);
                    b = rng.log_uniform(-10, 10);
                    c = u2d(d2u(-(a * b)) + (rng.next() % 16) - 8);
                    break;
                case 2:  // subnormal results
                    a = rng.log_uniform(-600, -500);
                    b = rng.log_uniform(-600, -500);
                    c = u2d(rng.next() & 0x800fffffffffffffull);
                    break;
                default:  // exact ties of small integers
                    a = static_cast<double>(rng.next() % (1u << 27));
                    b = static_cast<double>(rng.next() % (1u << 27));
                    c = std::ldexp(static_cast<double>(rng.next() >> 11), -static_cast<int>(rng.next() % 60));
                    break;
            }
            put(a, b, c);
        }
    }
    // Added after the rest so that the earlier records keep their inputs.
    emit_f("erff", ::erff, mix(fr(-7.0, 7.0), fl(-30, 5)), kFloatDraws);
    emit_f("erfcf", ::erfcf, mix(fr(-7.0, 30.0), fl(-30, 5)), kFloatDraws);
    emit_d("erf", ::erf, dmix(dr(-7.0, 7.0), dl(-60, 5)), kDoubleDraws);
    emit_d("erfc", ::erfc, dmix(dr(-7.0, 30.0), dl(-60, 5)), kDoubleDraws);
    emit_d("asin", ::asin, dmix(dr(-1.0, 1.0), dl(-60, 0)), kDoubleDraws);
    emit_d("acos", ::acos, dmix(dr(-1.0, 1.0), dl(-60, 0)), kDoubleDraws);
    emit_d("atan", ::atan, dmix(dr(-20.0, 20.0), dl(-40, 60)), kDoubleDraws);
    emit_d("log10", ::log10, dmix(dr(0.0, 1000.0), [] { return std::fabs(rng.log_uniform(-1074, 1023)); }), kDoubleDraws);
    {  // powf: float pairs
        auto put = [](float x, float y) {
            std::printf("powf x=%08x y=%08x : %08x\n", f2u(x), f2u(y),
                        f2u(opaque(static_cast<float (*)(float, float)>(::powf))(x, y)));
        };
        for (std::uint32_t a : kFloatSpecials)
            if (a % 3 == 0) for (std::uint32_t b : kFloatSpecials) put(u2f(a), u2f(b));
        for (int i = 0; i < kFloatDraws; ++i) {
            switch (i % 4) {
                case 0: put(u2f(static_cast<std::uint32_t>(rng.next())), u2f(static_cast<std::uint32_t>(rng.next()))); break;
                case 1: put(static_cast<float>(rng.uniform(0.0, 10.0)), static_cast<float>(rng.uniform(-30.0, 30.0))); break;
                case 2: put(static_cast<float>(rng.uniform(-10.0, 10.0)), static_cast<float>(static_cast<int>(rng.next() % 41) - 20)); break;
                default: put(static_cast<float>(1.0 + rng.log_uniform(-24, -2)), static_cast<float>(rng.log_uniform(0, 25))); break;
            }
        }
    }
    return 0;
}
