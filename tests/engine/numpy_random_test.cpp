// numpy.random's samplers (engine/libs/numpy/random/) against numpy 1.24.2: every
// legacy (RandomState) and Generator sampler replays the streams of
// tests/kat/numpy_random/{legacy,generator}.txt (made by gen_numpy_random_kat.py from
// real numpy), first 20 / next 20 / next 10 draws from one generator, plus 200000-draw
// digests that reach the ziggurat tails and the samplers' rare branches. Then, in the
// style of NumPy's test_gauss_inv, each float conversion and the simple samplers are
// recomputed from a second generator's raw words with a deliberately plain formula, so
// a failure says "wrong stream" or "wrong transform".
#include <catch.hpp>

#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kat_reader.hpp"
#include "lang/bigint.hpp"
#include "libs/numpy/random/bitgen.hpp"
#include "libs/numpy/random/generator_distributions.hpp"
#include "libs/numpy/random/legacy_distributions.hpp"
#include "libs/numpy/random/ziggurat_tables.hpp"
#include "math/libm.hpp"
#include "rng/mt19937_numpy.hpp"

namespace {

using namespace seedlab::libs::numpy::random;
using seedlab::lang::BigInt;
using seedlab::test::KatRecord;
using seedlab::test::read_kat;
using seedlab::test::to_hex;
namespace rng = seedlab::rng;
namespace math = seedlab::math;

std::string hex64(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    return to_hex(bits, 16);
}
std::string hex32(float f) {
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    return to_hex(bits, 8);
}

double param(const KatRecord& rec, const std::string& key) { return std::stod(rec.field(key)); }

// The generator a record names: RandomState(seed) (legacy seeding) or
// Generator(<bit generator>(seed)) (SeedSequence seeding).
BitGen make_gen(const KatRecord& rec, bool legacy) {
    const std::string kind = rec.field("gen");
    const BigInt seed = BigInt::from_string(rec.field("seed"));
    const auto words = seed.abs_words32();
    if (legacy) {
        rng::Mt19937 mt;
        mt.init_genrand(words.empty() ? 0 : words[0]);
        return BitGen(mt);
    }
    std::vector<uint32_t> entropy;
    rng::SeedSequence::append_int_words(entropy, std::span<const uint32_t>(words));
    const rng::SeedSequence seq(entropy);
    if (kind == "PCG64") return BitGen(rng::Pcg64(seq));
    if (kind == "MT19937") return BitGen(rng::numpy_mt19937_from_seed_sequence(seq));
    if (kind == "Philox") return BitGen(rng::Philox4x64(seq));
    return BitGen(rng::Sfc64(seq));
}

// Output of one sampler call, as the KAT file spells it, and its raw bytes for digests.
struct Out {
    std::vector<std::string> text;
    std::string bytes;
    void f64(double d) { text.push_back(hex64(d)); bytes.append(reinterpret_cast<const char*>(&d), 8); }
    void f32(float f) { text.push_back(hex32(f)); bytes.append(reinterpret_cast<const char*>(&f), 4); }
    void i64(int64_t v) { text.push_back(std::to_string(v)); bytes.append(reinterpret_cast<const char*>(&v), 8); }
    void u64(uint64_t v) { text.push_back(std::to_string(v)); bytes.append(reinterpret_cast<const char*>(&v), 8); }
};

std::string fnv1a64(const std::string& bytes) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char b : bytes) {
        h ^= b;
        h *= 0x100000001b3ULL;
    }
    return to_hex(h, 16);
}

// randint / integers: the record's dtype, low and high (exclusive) as numpy's
// _rand_<dtype> turns them into off and rng, then the fill of that width.
void bounded_ints(const KatRecord& rec, BitGen& g, size_t n, bool masked, Out& out) {
    std::string dtype = rec.field("dtype");
    dtype = dtype.substr(1, dtype.size() - 2);  // strip the repr quotes
    const BigInt lo = BigInt::from_string(rec.field("low")), hi = BigInt::from_string(rec.field("high")) - BigInt(1);
    auto low64 = [](const BigInt& v) {
        const auto w = v.abs().abs_words32();
        uint64_t m = 0;
        for (size_t i = 0; i < w.size() && i < 2; ++i) m |= static_cast<uint64_t>(w[i]) << (32 * i);
        return v.is_negative() ? 0 - m : m;
    };
    const uint64_t off = low64(lo), range = low64(hi - lo);
    auto run = [&](auto tag) {
        using U = decltype(tag);
        std::unique_ptr<U[]> buf(new U[n]);  // not std::vector: vector<bool> has no span
        const std::span<U> view(buf.get(), n);
        if (masked) legacy_bounded_masked_fill<U>(g, static_cast<U>(off), static_cast<U>(range), view);
        else random_bounded_lemire_fill<U>(g, static_cast<U>(off), static_cast<U>(range), view);
        return std::vector<uint64_t>(view.begin(), view.end());
    };
    std::vector<uint64_t> vals;
    int bits = 64;
    if (dtype == "bool") { vals = run(bool{}); bits = 1; }
    else if (dtype == "int8" || dtype == "uint8") { vals = run(uint8_t{}); bits = 8; }
    else if (dtype == "int16" || dtype == "uint16") { vals = run(uint16_t{}); bits = 16; }
    else if (dtype == "int32" || dtype == "uint32") { vals = run(uint32_t{}); bits = 32; }
    else vals = run(uint64_t{});
    for (uint64_t v : vals) {
        if (dtype[0] == 'u' || dtype == "bool") {
            out.u64(v);
        } else {
            const int shift = 64 - bits;
            out.i64(static_cast<int64_t>(v << shift) >> shift);  // sign-extend the dtype's width
        }
    }
}

using Sampler = std::function<void(const KatRecord&, BitGen&, LegacyGaussState&, size_t, Out&)>;

template <class F>
Sampler each_f64(F f) {
    return [f](const KatRecord& r, BitGen& g, LegacyGaussState& s, size_t n, Out& o) {
        for (size_t i = 0; i < n; ++i) o.f64(f(r, g, s));
    };
}
template <class F>
Sampler each_f32(F f) {
    return [f](const KatRecord& r, BitGen& g, LegacyGaussState& s, size_t n, Out& o) {
        for (size_t i = 0; i < n; ++i) o.f32(f(r, g, s));
    };
}
template <class F>
Sampler each_i64(F f) {
    return [f](const KatRecord& r, BitGen& g, LegacyGaussState& s, size_t n, Out& o) {
        for (size_t i = 0; i < n; ++i) o.i64(f(r, g, s));
    };
}

const std::map<std::string, Sampler>& legacy_samplers() {
    static const std::map<std::string, Sampler> table = {
        {"random_sample", each_f64([](auto&, BitGen& g, auto&) { return legacy_random_sample(g); })},
        {"gauss", each_f64([](auto&, BitGen& g, LegacyGaussState& s) { return legacy_gauss(g, s); })},
        {"normal", each_f64([](auto& r, BitGen& g, LegacyGaussState& s) { return legacy_normal(g, s, param(r, "loc"), param(r, "scale")); })},
        {"uniform", each_f64([](auto& r, BitGen& g, auto&) {
             return legacy_uniform(g, param(r, "low"), param(r, "high") - param(r, "low"));
         })},
        {"standard_exponential", each_f64([](auto&, BitGen& g, auto&) { return legacy_standard_exponential(g); })},
        {"exponential", each_f64([](auto& r, BitGen& g, auto&) { return legacy_exponential(g, param(r, "scale")); })},
        {"gamma", each_f64([](auto& r, BitGen& g, LegacyGaussState& s) { return legacy_gamma(g, s, param(r, "shape"), param(r, "scale")); })},
        {"beta", each_f64([](auto& r, BitGen& g, LegacyGaussState& s) { return legacy_beta(g, s, param(r, "a"), param(r, "b")); })},
        {"binomial", each_i64([](auto& r, BitGen& g, auto&) {
             return legacy_binomial(g, param(r, "p"), std::stoll(r.field("n")));
         })},
        {"poisson", each_i64([](auto& r, BitGen& g, auto&) { return legacy_poisson(g, param(r, "lam")); })},
        {"masked_ints", [](const KatRecord& r, BitGen& g, LegacyGaussState&, size_t n, Out& o) { bounded_ints(r, g, n, true, o); }},
        {"lognormal", each_f64([](auto& r, BitGen& g, LegacyGaussState& s) { return legacy_lognormal(g, s, param(r, "mean"), param(r, "sigma")); })},
        {"chisquare", each_f64([](auto& r, BitGen& g, LegacyGaussState& s) { return legacy_chisquare(g, s, param(r, "df")); })},
        {"f", each_f64([](auto& r, BitGen& g, LegacyGaussState& s) { return legacy_f(g, s, param(r, "dfnum"), param(r, "dfden")); })},
        {"standard_cauchy", each_f64([](auto&, BitGen& g, LegacyGaussState& s) { return legacy_standard_cauchy(g, s); })},
        {"standard_t", each_f64([](auto& r, BitGen& g, LegacyGaussState& s) { return legacy_standard_t(g, s, param(r, "df")); })},
        {"pareto", each_f64([](auto& r, BitGen& g, auto&) { return legacy_pareto(g, param(r, "a")); })},
        {"weibull", each_f64([](auto& r, BitGen& g, auto&) { return legacy_weibull(g, param(r, "a")); })},
        {"power", each_f64([](auto& r, BitGen& g, auto&) { return legacy_power(g, param(r, "a")); })},
        {"rayleigh", each_f64([](auto& r, BitGen& g, auto&) { return legacy_rayleigh(g, param(r, "scale")); })},
        {"laplace", each_f64([](auto& r, BitGen& g, auto&) { return legacy_laplace(g, param(r, "loc"), param(r, "scale")); })},
        {"gumbel", each_f64([](auto& r, BitGen& g, auto&) { return legacy_gumbel(g, param(r, "loc"), param(r, "scale")); })},
        {"logistic", each_f64([](auto& r, BitGen& g, auto&) { return legacy_logistic(g, param(r, "loc"), param(r, "scale")); })},
        {"triangular", each_f64([](auto& r, BitGen& g, auto&) {
             return legacy_triangular(g, param(r, "left"), param(r, "mode"), param(r, "right"));
         })},
    };
    return table;
}

const std::map<std::string, Sampler>& generator_samplers() {
    static const std::map<std::string, Sampler> table = {
        {"random", each_f64([](auto&, BitGen& g, auto&) { return random_standard_uniform(g); })},
        {"random_f", each_f32([](auto&, BitGen& g, auto&) { return random_standard_uniform_f(g); })},
        {"standard_normal", each_f64([](auto&, BitGen& g, auto&) { return random_standard_normal(g); })},
        {"standard_normal_f", each_f32([](auto&, BitGen& g, auto&) { return random_standard_normal_f(g); })},
        {"normal", each_f64([](auto& r, BitGen& g, auto&) { return random_normal(g, param(r, "loc"), param(r, "scale")); })},
        {"uniform", each_f64([](auto& r, BitGen& g, auto&) {
             return random_uniform(g, param(r, "low"), param(r, "high") - param(r, "low"));
         })},
        {"standard_exponential", each_f64([](auto&, BitGen& g, auto&) { return random_standard_exponential(g); })},
        {"standard_exponential_f", each_f32([](auto&, BitGen& g, auto&) { return random_standard_exponential_f(g); })},
        {"exponential", each_f64([](auto& r, BitGen& g, auto&) { return random_exponential(g, param(r, "scale")); })},
        {"gamma", each_f64([](auto& r, BitGen& g, auto&) { return random_gamma(g, param(r, "shape"), param(r, "scale")); })},
        {"beta", each_f64([](auto& r, BitGen& g, auto&) { return random_beta(g, param(r, "a"), param(r, "b")); })},
        {"binomial", each_i64([](auto& r, BitGen& g, auto&) { return random_binomial(g, param(r, "p"), std::stoll(r.field("n"))); })},
        {"poisson", each_i64([](auto& r, BitGen& g, auto&) { return random_poisson(g, param(r, "lam")); })},
        {"lemire_ints", [](const KatRecord& r, BitGen& g, LegacyGaussState&, size_t n, Out& o) { bounded_ints(r, g, n, false, o); }},
        {"lognormal", each_f64([](auto& r, BitGen& g, auto&) { return random_lognormal(g, param(r, "mean"), param(r, "sigma")); })},
        {"chisquare", each_f64([](auto& r, BitGen& g, auto&) { return random_chisquare(g, param(r, "df")); })},
        {"f", each_f64([](auto& r, BitGen& g, auto&) { return random_f(g, param(r, "dfnum"), param(r, "dfden")); })},
        {"standard_cauchy", each_f64([](auto&, BitGen& g, auto&) { return random_standard_cauchy(g); })},
        {"standard_t", each_f64([](auto& r, BitGen& g, auto&) { return random_standard_t(g, param(r, "df")); })},
        {"pareto", each_f64([](auto& r, BitGen& g, auto&) { return random_pareto(g, param(r, "a")); })},
        {"weibull", each_f64([](auto& r, BitGen& g, auto&) { return random_weibull(g, param(r, "a")); })},
        {"power", each_f64([](auto& r, BitGen& g, auto&) { return random_power(g, param(r, "a")); })},
        {"rayleigh", each_f64([](auto& r, BitGen& g, auto&) { return random_rayleigh(g, param(r, "scale")); })},
        {"laplace", each_f64([](auto& r, BitGen& g, auto&) { return random_laplace(g, param(r, "loc"), param(r, "scale")); })},
        {"gumbel", each_f64([](auto& r, BitGen& g, auto&) { return random_gumbel(g, param(r, "loc"), param(r, "scale")); })},
        {"logistic", each_f64([](auto& r, BitGen& g, auto&) { return random_logistic(g, param(r, "loc"), param(r, "scale")); })},
        {"triangular", each_f64([](auto& r, BitGen& g, auto&) {
             return random_triangular(g, param(r, "left"), param(r, "mode"), param(r, "right"));
         })},
    };
    return table;
}

// Fisher-Yates of arange(size) with [interval], as permutation(size) does; first 40.
template <class Interval>
std::vector<std::string> interval_permutation(BitGen& g, int64_t size, Interval interval) {
    std::vector<int64_t> a(static_cast<size_t>(size));
    for (int64_t i = 0; i < size; ++i) a[static_cast<size_t>(i)] = i;
    for (int64_t i = size - 1; i >= 1; --i) std::swap(a[static_cast<size_t>(i)], a[interval(g, static_cast<uint64_t>(i))]);
    std::vector<std::string> out;
    for (size_t i = 0; i < 40 && i < a.size(); ++i) out.push_back(std::to_string(a[i]));
    return out;
}

// Replays a KAT file; returns how many records were checked.
int replay(const std::string& file, bool legacy) {
    const auto& samplers = legacy ? legacy_samplers() : generator_samplers();
    int checked = 0;
    std::string stream_key;
    BitGen g;
    LegacyGaussState gauss;
    for (const auto& rec : read_kat(file)) {
        INFO(file << " line " << rec.line << ": " << rec.name);
        if (rec.name == "interval_permutation") {
            BitGen fresh = make_gen(rec, legacy);
            const int64_t size = std::stoll(rec.field("size"));
            const auto got = legacy ? interval_permutation(fresh, size, [](BitGen& b, uint64_t m) { return legacy_random_interval(b, m); })
                                    : interval_permutation(fresh, size, [](BitGen& b, uint64_t m) { return random_interval(b, m); });
            CHECK(got == rec.outputs);
            stream_key.clear();
            ++checked;
            continue;
        }
        const bool is_digest = rec.name.size() > 7 && rec.name.substr(rec.name.size() - 7) == "_digest";
        const std::string name = is_digest ? rec.name.substr(0, rec.name.size() - 7) : rec.name;
        auto it = samplers.find(name);
        REQUIRE(it != samplers.end());
        // A stream continues while the record names the same sampler, parameters and seed.
        std::string key = rec.name;
        for (auto& [k, v] : rec.fields)
            if (k != "count") key += " " + k + "=" + v;
        if (is_digest || key != stream_key) {
            g = make_gen(rec, legacy);
            gauss = LegacyGaussState{};
        }
        stream_key = is_digest ? "" : key;
        Out out;
        it->second(rec, g, gauss, std::stoull(rec.field("count")), out);
        if (is_digest) CHECK(fnv1a64(out.bytes) == rec.outputs.at(0));
        else CHECK(out.text == rec.outputs);
        ++checked;
    }
    return checked;
}

}  // namespace

TEST_CASE("numpy legacy RandomState samplers match numpy 1.24 streams (tests/kat/numpy_random/legacy.txt)",
          "[numpy_random][kat]") {
    CHECK(replay("kat/numpy_random/legacy.txt", true) > 550);
}

TEST_CASE("numpy Generator samplers match numpy 1.24 streams on PCG64, MT19937, Philox and SFC64 "
          "(tests/kat/numpy_random/generator.txt)",
          "[numpy_random][kat]") {
    CHECK(replay("kat/numpy_random/generator.txt", false) > 900);
}

// ---- check twice: the transforms recomputed from raw words --------------------------

TEST_CASE("legacy random_sample is (a >> 5, b >> 6) of two MT19937 words over 2^53", "[numpy_random][twice]") {
    rng::Mt19937 raw;
    raw.init_genrand(12345);
    rng::Mt19937 mt = raw;
    BitGen g(mt);
    for (int i = 0; i < 1000; ++i) {
        const double a = raw.next_u32() >> 5, b = raw.next_u32() >> 6;
        REQUIRE(legacy_random_sample(g) == (a * 67108864.0 + b) / 9007199254740992.0);
    }
}

TEST_CASE("Generator.random is the top 53 bits of one PCG64 word over 2^53, float32 the top 24 of a 32-bit half",
          "[numpy_random][twice]") {
    const rng::SeedSequence seq(rng::SeedSequence::int_words(7));
    rng::Pcg64 raw(seq);
    BitGen g{rng::Pcg64(seq)};
    for (int i = 0; i < 1000; ++i) {
        const uint64_t w = raw.next_u64();
        REQUIRE(random_standard_uniform(g) == std::ldexp(static_cast<double>(w >> 11), -53));
    }
    for (int i = 0; i < 1000; ++i) {
        const uint32_t w = raw.next_u32();
        REQUIRE(random_standard_uniform_f(g) == std::ldexp(static_cast<float>(w >> 8), -24));
    }
}

TEST_CASE("legacy standard_exponential is -log(1 - U) and legacy gauss the polar method on those U",
          "[numpy_random][twice]") {
    rng::Mt19937 raw;
    raw.init_genrand(99);
    BitGen g{raw};
    auto u = [&raw] {
        const double a = raw.next_u32() >> 5, b = raw.next_u32() >> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    };
    for (int i = 0; i < 500; ++i) REQUIRE(legacy_standard_exponential(g) == -math::log(1.0 - u()));
    LegacyGaussState s;
    for (int i = 0; i < 500; ++i) {
        double x1, x2, r2;
        do {
            x1 = 2 * u() - 1;
            x2 = 2 * u() - 1;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1 || r2 == 0);
        const double f = math::sqrt(-2 * math::log(r2) / r2);
        REQUIRE(legacy_gauss(g, s) == f * x2);
        REQUIRE(legacy_gauss(g, s) == f * x1);
    }
}

TEST_CASE("masked randint keeps the first word whose masked value is in range; Lemire takes the high half",
          "[numpy_random][twice]") {
    rng::Mt19937 raw;
    raw.init_genrand(5);
    BitGen g{raw};
    for (uint64_t range : {1ULL, 9ULL, 99ULL, 1000ULL, 0x7FFFFFFFULL}) {
        uint64_t mask = 1;
        while (mask < range) mask = mask * 2 + 1;
        std::vector<uint64_t> got(50);
        legacy_bounded_masked_fill<uint64_t>(g, 0, range, std::span<uint64_t>(got));
        for (uint64_t v : got) {
            uint64_t w;
            do w = raw.next_u32() & mask;
            while (w > range);
            REQUIRE(v == w);
        }
    }
    const rng::SeedSequence seq(rng::SeedSequence::int_words(3));
    rng::Pcg64 raw64(seq);
    BitGen p{rng::Pcg64(seq)};
    for (uint32_t range : {1U, 9U, 99U, 1000U, 123456789U}) {
        std::vector<uint32_t> got(50);
        random_bounded_lemire_fill<uint32_t>(p, 0, range, std::span<uint32_t>(got));
        const uint64_t n = uint64_t{range} + 1;
        for (uint32_t v : got) {
            uint64_t m = uint64_t{raw64.next_u32()} * n;
            while (static_cast<uint32_t>(m) < (uint32_t{0xFFFFFFFFU} - range) % static_cast<uint32_t>(n)) m = uint64_t{raw64.next_u32()} * n;
            REQUIRE(v == static_cast<uint32_t>(m >> 32));
        }
    }
}

TEST_CASE("Generator standard_normal's fast path is +-rabs * wi[idx] of one word when rabs < ki[idx]",
          "[numpy_random][twice]") {
    const rng::SeedSequence seq(rng::SeedSequence::int_words(11));
    rng::Pcg64 raw(seq);
    BitGen g{rng::Pcg64(seq)};
    int fast = 0;
    for (int i = 0; i < 2000; ++i) {
        rng::Pcg64 peek = raw;  // the first word the sampler will see
        const uint64_t w = peek.next_u64();
        const unsigned idx = w & 0xff;
        const uint64_t rabs = (w >> 9) & ((uint64_t{1} << 52) - 1);
        const uint64_t before = g.words();
        const double got = random_standard_normal(g);
        const uint64_t used = g.words() - before;
        for (uint64_t k = 0; k < used; ++k) raw.next_u64();  // keep [raw] in step
        if (rabs < ziggurat::ki_double[idx]) {
            REQUIRE(used == 1);
            REQUIRE(got == ((w >> 8) & 1 ? -1.0 : 1.0) * static_cast<double>(rabs) * ziggurat::wi_double[idx]);
            ++fast;
        }
    }
    CHECK(fast > 1900);  // 99.3% of draws take the fast path
}

TEST_CASE("Poisson below lam 10 counts uniforms until their product drops below exp(-lam)", "[numpy_random][twice]") {
    rng::Mt19937 raw;
    raw.init_genrand(2);
    BitGen g{raw};
    for (double lam : {0.5, 3.0, 9.5}) {
        for (int i = 0; i < 200; ++i) {
            int64_t k = 0;
            double prod = 1.0;
            for (;;) {
                const double a = raw.next_u32() >> 5, b = raw.next_u32() >> 6;
                prod *= (a * 67108864.0 + b) / 9007199254740992.0;
                if (!(prod > math::exp(-lam))) break;
                ++k;
            }
            REQUIRE(legacy_poisson(g, lam) == k);
        }
    }
}
