// engine/math against glibc 2.36 (x86-64, FMA variants): the recorded cases of
// tests/kat/libm_cases.txt (made by tests/kat/gen_libm_cases.cpp on the host's
// glibc), plus explicit special values and a check of the software fma that
// does not depend on the recording. Runs in the native and the wasm build;
// the exhaustive native check lives in tests/libm_exhaustive/.
#include <catch.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "kat_reader.hpp"
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace {
namespace sm = seedlab::math;
using seedlab::math::bits::as_f32;
using seedlab::math::bits::as_f64;
using seedlab::math::bits::as_u32;
using seedlab::math::bits::as_u64;
using namespace seedlab::test;

// The KAT file grouped by function name, read once.
const std::map<std::string, std::vector<KatRecord>>& cases() {
    static const auto grouped = [] {
        std::map<std::string, std::vector<KatRecord>> m;
        for (auto& rec : read_kat("kat/libm_cases.txt")) m[rec.name].push_back(rec);
        return m;
    }();
    return grouped;
}

// Replays every record of [name]; [eval] maps a record to the engine's result
// in the file's spelling. Returns the number of records checked.
template <class Eval>
std::size_t replay(const std::string& name, Eval eval) {
    const auto it = cases().find(name);
    REQUIRE(it != cases().end());
    std::size_t bad = 0;
    for (const auto& rec : it->second) {
        const std::vector<std::string> got = eval(rec);
        if (got != rec.outputs) {
            if (++bad <= 5) {
                std::string line = name + " line " + std::to_string(rec.line) + ": expected";
                for (const auto& o : rec.outputs) line += " " + o;
                line += ", got";
                for (const auto& g : got) line += " " + g;
                UNSCOPED_INFO(line);
            }
        }
    }
    CHECK(bad == 0);
    return it->second.size();
}

std::size_t replay_f(const std::string& name, float (*f)(float)) {
    return replay(name, [f](const KatRecord& r) {
        return std::vector<std::string>{to_hex(as_u32(f(as_f32(parse_hex_u32(r.field("x"))))), 8)};
    });
}

std::size_t replay_d(const std::string& name, double (*f)(double)) {
    return replay(name, [f](const KatRecord& r) {
        return std::vector<std::string>{to_hex(as_u64(f(as_f64(parse_hex_u64(r.field("x"))))), 16)};
    });
}

std::size_t replay_d2(const std::string& name, double (*f)(double, double)) {
    return replay(name, [f](const KatRecord& r) {
        double x = as_f64(parse_hex_u64(r.field("x")));
        double y = as_f64(parse_hex_u64(r.field("y")));
        return std::vector<std::string>{to_hex(as_u64(f(x, y)), 16)};
    });
}

std::uint32_t fbits(float x) { return as_u32(x); }
std::uint64_t dbits(double x) { return as_u64(x); }
float fnum(std::uint32_t u) { return as_f32(u); }
double dnum(std::uint64_t u) { return as_f64(u); }

constexpr std::uint32_t kFInf = 0x7f800000, kFNegInf = 0xff800000, kFDefaultNan = 0xffc00000;
constexpr std::uint64_t kInf = 0x7ff0000000000000, kNegInf = 0xfff0000000000000, kDefaultNan = 0xfff8000000000000;

}  // namespace

// ---- recorded glibc results ----------------------------------------------------

TEST_CASE("logf matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay_f("logf", sm::logf) >= 1000);
}
TEST_CASE("expf matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay_f("expf", sm::expf) >= 1000);
}
TEST_CASE("sinf matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay_f("sinf", sm::sinf) >= 1000);
}
TEST_CASE("cosf matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay_f("cosf", sm::cosf) >= 1000);
}
TEST_CASE("sincosf matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay("sincosf", [](const KatRecord& r) {
              float s, c;
              sm::sincosf(as_f32(parse_hex_u32(r.field("x"))), &s, &c);
              return std::vector<std::string>{to_hex(as_u32(s), 8), to_hex(as_u32(c), 8)};
          }) >= 1000);
}
TEST_CASE("expm1f matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay_f("expm1f", sm::expm1f) >= 1000);
}
TEST_CASE("tanhf matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay_f("tanhf", sm::tanhf) >= 1000);
}
TEST_CASE("log1pf matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay_f("log1pf", sm::log1pf) >= 1000);
}
TEST_CASE("sqrtf matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay_f("sqrtf", sm::sqrtf) >= 1000);
}
TEST_CASE("log matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("log", sm::log) >= 500);
}
TEST_CASE("exp matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("exp", sm::exp) >= 500);
}
TEST_CASE("sin matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("sin", sm::sin) >= 500);
}
TEST_CASE("cos matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("cos", sm::cos) >= 500);
}
TEST_CASE("log1p matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("log1p", sm::log1p) >= 500);
}
TEST_CASE("expm1 matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("expm1", sm::expm1) >= 500);
}
TEST_CASE("tanh matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("tanh", sm::tanh) >= 500);
}
TEST_CASE("sqrt matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("sqrt", sm::sqrt) >= 500);
}
TEST_CASE("pow matches glibc 2.36 on x86-64 for 644 sampled input pairs", "[math][kat]") {
    CHECK(replay_d2("pow", sm::pow) >= 600);
}
TEST_CASE("atan2 matches glibc 2.36 on x86-64 for 644 sampled input pairs", "[math][kat]") {
    CHECK(replay_d2("atan2", sm::atan2) >= 600);
}
TEST_CASE("erff matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay_f("erff", sm::erff) >= 1000);
}
TEST_CASE("erfcf matches glibc 2.36 on x86-64 for 1032 sampled inputs", "[math][kat]") {
    CHECK(replay_f("erfcf", sm::erfcf) >= 1000);
}
TEST_CASE("erf matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("erf", sm::erf) >= 500);
}
TEST_CASE("erfc matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("erfc", sm::erfc) >= 500);
}
TEST_CASE("asin matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("asin", sm::asin) >= 500);
}
TEST_CASE("acos matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("acos", sm::acos) >= 500);
}
TEST_CASE("atan matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("atan", sm::atan) >= 500);
}
TEST_CASE("powf matches glibc 2.36 on x86-64 for 1416 sampled input pairs", "[math][kat]") {
    CHECK(replay("powf", [](const KatRecord& r) {
              float x = as_f32(parse_hex_u32(r.field("x")));
              float y = as_f32(parse_hex_u32(r.field("y")));
              return std::vector<std::string>{to_hex(as_u32(sm::powf(x, y)), 8)};
          }) >= 1000);
}
TEST_CASE("log10 matches glibc 2.36 on x86-64 for 528 sampled inputs", "[math][kat]") {
    CHECK(replay_d("log10", sm::log10) >= 500);
}
TEST_CASE("software fma matches the host's exactly rounded fma for 1000 recorded triples", "[math][kat][fma]") {
    CHECK(replay("fma", [](const KatRecord& r) {
              double a = as_f64(parse_hex_u64(r.field("x")));
              double b = as_f64(parse_hex_u64(r.field("y")));
              double c = as_f64(parse_hex_u64(r.field("z")));
              return std::vector<std::string>{to_hex(as_u64(sm::bits::fma(a, b, c)), 16)};
          }) >= 1000);
}

// ---- special values, spelled out -------------------------------------------------

TEST_CASE("float functions return glibc's results for zeros, infinities, NaNs and subnormals", "[math]") {
    // log: -inf at zero, the x86 default NaN (sign set) for negatives, quiet NaN inputs.
    CHECK(fbits(sm::logf(0.0f)) == kFNegInf);
    CHECK(fbits(sm::logf(-0.0f)) == kFNegInf);
    CHECK(fbits(sm::logf(-1.0f)) == kFDefaultNan);
    CHECK(fbits(sm::logf(fnum(kFInf))) == kFInf);
    CHECK(fbits(sm::logf(fnum(0x7f800001))) == 0x7fc00001);  // signalling NaN comes back quieted
    CHECK(fbits(sm::logf(1.0f)) == 0);
    CHECK(fbits(sm::logf(fnum(1))) == 0xc2ce8ed0);  // log of the smallest subnormal
    // exp: exact 0 and inf at the ends, the smallest subnormal just above underflow.
    CHECK(fbits(sm::expf(fnum(kFNegInf))) == 0);
    CHECK(fbits(sm::expf(fnum(kFInf))) == kFInf);
    CHECK(fbits(sm::expf(89.0f)) == kFInf);
    CHECK(fbits(sm::expf(-103.5f)) == 0x00000001);  // glibc rounds 0x1.4p-75f squared up
    CHECK(fbits(sm::expf(-110.0f)) == 0);
    CHECK(fbits(sm::expf(fnum(0xffc12345))) == 0xffc12345);
    CHECK(fbits(sm::expf(-0.0f)) == 0x3f800000);
    // sin/cos: sign of zero kept, NaN for infinities.
    CHECK(fbits(sm::sinf(-0.0f)) == 0x80000000);
    CHECK(fbits(sm::cosf(-0.0f)) == 0x3f800000);
    CHECK(fbits(sm::sinf(fnum(kFInf))) == kFDefaultNan);
    CHECK(fbits(sm::cosf(fnum(kFNegInf))) == kFDefaultNan);
    float s, c;
    sm::sincosf(fnum(0x7fa00000), &s, &c);
    CHECK(fbits(s) == 0x7fe00000);
    CHECK(fbits(c) == 0x7fe00000);
    // tanh, expm1, log1p at their edges.
    CHECK(fbits(sm::tanhf(fnum(kFNegInf))) == 0xbf800000);
    CHECK(fbits(sm::tanhf(-0.0f)) == 0x80000000);
    CHECK(fbits(sm::expm1f(fnum(kFNegInf))) == 0xbf800000);
    CHECK(fbits(sm::expm1f(100.0f)) == kFInf);
    CHECK(fbits(sm::log1pf(-1.0f)) == kFNegInf);
    CHECK(fbits(sm::log1pf(-2.0f)) == kFDefaultNan);
    CHECK(fbits(sm::sqrtf(-0.0f)) == 0x80000000);
    CHECK(fbits(sm::sqrtf(-1.0f)) == kFDefaultNan);
    CHECK(fbits(sm::erff(fnum(kFNegInf))) == 0xbf800000);
    CHECK(fbits(sm::erfcf(fnum(kFNegInf))) == 0x40000000);
    CHECK(fbits(sm::erfcf(fnum(kFInf))) == 0);
    CHECK(fbits(sm::erff(-0.0f)) == 0x80000000);
}

TEST_CASE("double functions return glibc's results for zeros, infinities, NaNs and subnormals", "[math]") {
    CHECK(dbits(sm::log(0.0)) == kNegInf);
    CHECK(dbits(sm::log(-1.0)) == kDefaultNan);
    CHECK(dbits(sm::log(dnum(1))) == 0xc0874385446d71c3);  // log of the smallest subnormal
    CHECK(dbits(sm::exp(dnum(kNegInf))) == 0);
    CHECK(dbits(sm::exp(710.0)) == kInf);
    CHECK(dbits(sm::exp(-745.0)) == 0x0000000000000001);
    CHECK(dbits(sm::exp(dnum(0x7ff4000000000000))) == 0x7ffc000000000000);
    CHECK(dbits(sm::sin(-0.0)) == 0x8000000000000000);
    CHECK(dbits(sm::cos(dnum(kInf))) == kDefaultNan);
    CHECK(dbits(sm::log1p(-1.0)) == kNegInf);
    CHECK(dbits(sm::expm1(dnum(kNegInf))) == 0xbff0000000000000);
    CHECK(dbits(sm::tanh(dnum(kInf))) == 0x3ff0000000000000);
    CHECK(dbits(sm::sqrt(-0.0)) == 0x8000000000000000);
    CHECK(dbits(sm::sqrt(-2.0)) == kDefaultNan);
    CHECK(dbits(sm::erf(dnum(kInf))) == 0x3ff0000000000000);
    CHECK(dbits(sm::erfc(dnum(kNegInf))) == 0x4000000000000000);
    CHECK(dbits(sm::erfc(30.0)) == 0);
    CHECK(dbits(sm::log10(-2.0)) == 0x7ff8000000000000);  // the wrapper's NAN, positive
    CHECK(dbits(sm::log10(-0.0)) == kNegInf);
    CHECK(dbits(sm::log10(1000.0)) == dbits(3.0));
    CHECK(dbits(sm::acos(-1.0)) == 0x400921fb54442d18);
    CHECK(dbits(sm::acos(1.0)) == 0);
    CHECK(dbits(sm::acos(2.0)) == 0x7ff8000000000000);  // the wrapper's NAN, positive
    CHECK(dbits(sm::asin(dnum(kNegInf))) == 0x7ff8000000000000);
    CHECK(dbits(sm::asin(-0.0)) == 0x8000000000000000);
    // pow's special cases (C99 Annex F), including NaN propagation order.
    CHECK(dbits(sm::pow(dnum(kDefaultNan), 0.0)) == 0x3ff0000000000000);
    CHECK(dbits(sm::pow(1.0, dnum(0x7ff8000000000000))) == 0x3ff0000000000000);
    CHECK(dbits(sm::pow(-1.0, dnum(kInf))) == 0x3ff0000000000000);
    CHECK(dbits(sm::pow(-2.0, 0.5)) == kDefaultNan);
    CHECK(dbits(sm::pow(-0.0, -3.0)) == kNegInf);
    CHECK(dbits(sm::pow(-0.0, 3.0)) == 0x8000000000000000);
    CHECK(dbits(sm::pow(-2.0, 3.0)) == dbits(-8.0));
    CHECK(dbits(sm::pow(2.0, 1024.0)) == kInf);
    CHECK(dbits(sm::pow(2.0, -1074.0)) == 0x0000000000000001);
    CHECK(dbits(sm::pow(dnum(0xfff8000000000001), 3.0)) == 0x7ff8000000000001);  // -NaN * -1 keeps the payload
    // atan2 on the axes and at infinity.
    CHECK(dbits(sm::atan2(0.0, -0.0)) == 0x400921fb54442d18);
    CHECK(dbits(sm::atan2(-0.0, 0.0)) == 0x8000000000000000);
    CHECK(dbits(sm::atan2(dnum(kInf), dnum(kNegInf))) == 0x4002d97c7f3321d2);
    CHECK(dbits(sm::atan2(1.0, 0.0)) == 0x3ff921fb54442d18);
    CHECK(dbits(sm::atan2(dnum(0x7ff8000000000001), dnum(0x7ff0000000000002))) == 0x7ff8000000000002);
}

// ---- the software fma, checked without the recording -------------------------------

TEST_CASE("fma(a, b, -(a*b)) is the exact product error found by Dekker's split", "[math][fma]") {
    // Veltkamp/Dekker: with 27-bit halves the partial products are exact, so the
    // rounding error of a*b can be computed without any fma.
    auto split = [](double x, double& hi, double& lo) {
        double t = 134217729.0 * x;
        hi = t - (t - x);
        lo = x - hi;
    };
    std::uint64_t state = 0x123456789abcdefull;
    auto next = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return state;
    };
    for (int i = 0; i < 20000; ++i) {
        // Mantissas random, exponents moderate so that nothing over- or underflows.
        double a = as_f64((next() & 0x800fffffffffffffull) | (static_cast<std::uint64_t>(1023 + next() % 64 - 32) << 52));
        double b = as_f64((next() & 0x800fffffffffffffull) | (static_cast<std::uint64_t>(1023 + next() % 64 - 32) << 52));
        double p = a * b;
        double ah, al, bh, bl;
        split(a, ah, al);
        split(b, bh, bl);
        double err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
        REQUIRE(dbits(sm::bits::fma(a, b, -p)) == dbits(err));
    }
}
