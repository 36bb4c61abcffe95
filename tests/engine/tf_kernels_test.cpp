// TensorFlow's random kernels as pure C++ (engine/libs/tensorflow/kernel_*.hpp) against
// the values of spec/tf-random.md marked V (bit-exact on CPU in the spec's reference
// model), each cited by its G number or section. Floats are compared as NumPy prints an
// array element (shortest digits, at most 8 after the point), i.e. as the spec quotes them.
#include <catch.hpp>

#include <bit>
#include <cstdio>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <optional>
#include <vector>

#include "libs/tensorflow/kernel_conversions.hpp"
#include "libs/tensorflow/kernel_fill.hpp"
#include "libs/tensorflow/kernel_generator.hpp"
#include "libs/tensorflow/kernel_reduce.hpp"
#include "libs/tensorflow/kernel_seeds.hpp"
#include "libs/tensorflow/kernel_shuffle.hpp"
#include "tensor/dragon4.hpp"

namespace {

using namespace seedlab::libs::tf;

// np.array2string's text of one float32 element (floatmode 'maxprec', precision 8).
std::string np8(float v) {
    seedlab::tensor::Dragon4Options o;
    o.digit_mode = seedlab::tensor::DigitMode::Unique;
    o.cutoff_mode = seedlab::tensor::CutoffMode::FractionLength;
    o.precision = 8;
    o.trim = seedlab::tensor::TrimMode::Zeros;
    return seedlab::tensor::dragon4(v, true, o);
}

std::vector<std::string> np8(const std::vector<float>& v) {
    std::vector<std::string> out;
    for (float f : v) out.push_back(np8(f));
    return out;
}

std::vector<std::string> texts(std::initializer_list<const char*> t) { return std::vector<std::string>(t.begin(), t.end()); }
using seedlab::rng::TfPhiloxRandom;

// The k-th call (0-based) of a stateful kernel seeded (seed, seed2) whose calls each
// produce [n] outputs: counter (0, 0, seed2) + 256 * n * k.
TfPhiloxRandom stateful_call(int64_t seed, int64_t seed2, uint64_t n, int k) {
    GuardedPhilox g(seed, seed2, [] { return uint64_t{0}; });
    for (int i = 0; i < k; ++i) g.reserve_random_outputs(n, kReservedSamplesPerOutput);
    return g.reserve_random_outputs(n, kReservedSamplesPerOutput);
}

TfPhiloxRandom stateless(uint64_t s0, uint64_t s1) {
    const auto kc = seedlab::rng::tf_stateless_key_counter(s0, s1);
    return TfPhiloxRandom(kc.counter, kc.key);
}

// One generator.normal(shape) from [state], advancing it as Generator does.
std::vector<float> generator_normal(GeneratorState& state, int64_t n) {
    const GeneratorState before = read_and_skip(state, static_cast<uint64_t>(n));
    return fill_normal_f32(philox_of_state(before), n);
}

std::vector<int64_t> drain(ShuffleIterator& it, size_t limit = 1000) {
    std::vector<int64_t> out;
    while (out.size() < limit) {
        auto v = it.next();
        if (!v) break;
        out.push_back(*v);
    }
    return out;
}

std::function<ShuffleIterator::Pull()> range_input(int64_t n) {
    return [n] {
        auto i = std::make_shared<int64_t>(0);
        return ShuffleIterator::Pull([i, n]() -> std::optional<int64_t> {
            if (*i >= n) return std::nullopt;
            return (*i)++;
        });
    };
}

}  // namespace

// ---- s2.1 conversions ------------------------------------------------------------------

TEST_CASE("Uint32ToFloat uses only the low 23 bits (spec s2.1)", "[tf][kernel]") {
    CHECK(uint32_to_float(0) == 0.0f);
    CHECK(uint32_to_float(0xFFFFFFFFu) == 1.0f - 0x1p-23f);
    CHECK(uint32_to_float(0x00800000u) == 0.0f);  // bit 23 is ignored
    CHECK(uint32_to_float(1) == 0x1p-23f);
    // The simple formula of the test idea (STYLE 8): mantissa times 2^-23.
    for (uint32_t x : {0x12345678u, 0xDEADBEEFu, 0x243F6A88u})
        CHECK(uint32_to_float(x) == static_cast<float>(x & 0x7FFFFF) * 0x1p-23f);
}

TEST_CASE("Uint64ToDouble takes 20 bits of x0 and all of x1 (spec s2.1)", "[tf][kernel]") {
    CHECK(uint64_to_double(0, 0) == 0.0);
    CHECK(uint64_to_double(0xFFFFFFFFu, 0xFFFFFFFFu) == 1.0 - 0x1p-52);
    CHECK(uint64_to_double(0x00100000u, 0) == 0.0);
    CHECK(uint64_to_double(0, 1) == 0x1p-52);
    CHECK(uint64_to_double(0x12345u, 0x6789ABCDu) == static_cast<double>((uint64_t{0x12345} << 32) | 0x6789ABCDu) * 0x1p-52);
}

TEST_CASE("Uint16ToHalf and bfloat16 give k/1024 and k/128 exactly (spec s2.1)", "[tf][kernel]") {
    for (uint32_t x : {0u, 1u, 0x3FFu, 0x155u, 0xFFFFu, 0x8001u}) {
        CHECK(half_bits_to_float(uint16_to_half_bits(static_cast<uint16_t>(x))) == static_cast<float>(x & 0x3FF) / 1024.0f);
        const float bf = std::bit_cast<float>(static_cast<uint32_t>(uint16_to_bfloat16_bits(static_cast<uint16_t>(x))) << 16);
        CHECK(bf == static_cast<float>(x & 0x7F) / 128.0f);
    }
    CHECK(uint16_to_half_bits(0x3FF) == 0x3BFE);  // 1023/1024
    CHECK(float_to_half_bits(0.1f) == 0x2E66);
    CHECK(float_to_half_bits(65520.0f) == 0x7C00);
    CHECK(float_to_half_bits(-2.0f) == 0xC000);
    CHECK(float_to_half_bits(0x1p-24f) == 0x0001);
}

// ---- s1 reference blocks and G1-G3 --------------------------------------------------

TEST_CASE("UniformFullInt32 from a Generator state equals the Philox KAT words (G1-G3)", "[tf][kernel]") {
    CHECK(fill_full_int32(TfPhiloxRandom({0, 0, 0, 0}, {0, 0}), 4) ==
          std::vector<uint32_t>{0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8});
    CHECK(fill_full_int32(TfPhiloxRandom({0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff}, {0xffffffff, 0xffffffff}), 4) ==
          std::vector<uint32_t>{0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd});
    CHECK(fill_full_int32(TfPhiloxRandom({0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344}, {0xa4093822, 0x299f31d0}), 4) ==
          std::vector<uint32_t>{0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1});
}

TEST_CASE("The spec's reference blocks: Philox(87654321, 1) and counter (1,0,0,0) (s8 after G3)", "[tf][kernel]") {
    CHECK(fill_full_int32(TfPhiloxRandom(87654321, 1), 4) == std::vector<uint32_t>{0xab1e98c7, 0xcdf5cfa7, 0xf1867731, 0x4c3f748e});
    CHECK(fill_full_int32(TfPhiloxRandom({1, 0, 0, 0}, {0, 0}), 4) == std::vector<uint32_t>{0xf8e4cca4, 0x5cb200db, 0xb1a574eb, 0x097eff67});
}

// ---- s3 seeds -----------------------------------------------------------------------

TEST_CASE("Eager op seeds: random.Random(s).randint(0, 2**31-1) for s = 0, 42, 1234, 5, 1 (s3.2)", "[tf][kernel][seeds]") {
    auto first = [](std::vector<uint32_t> words, int n) {
        OpSeedStream s;
        s.seed(words);
        std::vector<int64_t> out;
        for (int i = 0; i < n; ++i) out.push_back(s.next());
        return out;
    };
    CHECK(first({}, 3) == std::vector<int64_t>{1654615998, 1806341205, 173879092});
    CHECK(first({42}, 3) == std::vector<int64_t>{478163327, 107420369, 1181241943});
    CHECK(first({1234}, 3) == std::vector<int64_t>{1892932127, 501869158, 32175636});
    CHECK(first({5}, 1) == std::vector<int64_t>{1097127993});
    CHECK(first({1}, 1) == std::vector<int64_t>{577090037});
}

TEST_CASE("get_seed: DEFAULT_GRAPH_SEED, truncation and the (0,0) rule (s3.1)", "[tf][kernel][seeds]") {
    auto never = []() -> int64_t { FAIL("no op seed should be drawn"); return 0; };
    CHECK(!resolve_seeds(std::nullopt, std::nullopt, never));
    CHECK(*resolve_seeds(std::nullopt, 1, never) == SeedPair{87654321, 1});
    CHECK(*resolve_seeds(5, 10, never) == SeedPair{5, 10});
    CHECK(*resolve_seeds(0, 0, never) == SeedPair{0, 2147483647});
    CHECK(*resolve_seeds(7, std::nullopt, [] { return int64_t{2147483647}; }) == SeedPair{7, 0});
    CHECK(truncate_seed(-1) == 2147483646);
    CHECK(truncate_seed(2147483647) == 0);
    CHECK(truncate_seed(4294967296) == 2);
}

TEST_CASE("GuardedPhiloxRandom: (0,0) takes New64 twice; reservations skip 256 per output (s1, s2.4)", "[tf][kernel][seeds]") {
    uint64_t calls = 0;
    GuardedPhilox unseeded(0, 0, [&] { return ++calls * 1000; });
    CHECK(unseeded.from_entropy());
    CHECK(unseeded.seed() == 1000);
    CHECK(unseeded.seed2() == 2000);
    GuardedPhilox g(5, 1, [] { return uint64_t{0}; });
    g.reserve_random_outputs(6, 256);
    CHECK(g.generator().counter() == seedlab::rng::Philox4x32Counter{1536, 0, 1, 0});
    g.reserve_samples32(5);  // ceil(5/4) = 2 blocks
    CHECK(g.generator().counter() == seedlab::rng::Philox4x32Counter{1538, 0, 1, 0});
}

// ---- stateful ops (G17, G18, G19, G28) ------------------------------------------------

TEST_CASE("set_seed(5); normal([2,2], seed=1) (G17)", "[tf][kernel][stateful]") {
    CHECK(np8(fill_normal_f32(stateful_call(5, 1, 4, 0), 4)) == texts({"-1.3768897", "-0.01258316", "-0.169515", "1.0824056"}));
}

TEST_CASE("set_seed(5); uniform([], maxval=3, int32, seed=10) twice gives 2 then 0 (G18)", "[tf][kernel][stateful]") {
    CHECK(fill_uniform_int32(stateful_call(5, 10, 1, 0), 1, 0, 3) == std::vector<int32_t>{2});
    CHECK(fill_uniform_int32(stateful_call(5, 10, 1, 1), 1, 0, 3) == std::vector<int32_t>{0});
}

TEST_CASE("set_seed(0); the uniform under dropout(seed=1) for shape [3,5] (G19)", "[tf][kernel][stateful]") {
    CHECK(np8(fill_uniform_f32(stateful_call(0, 1, 15, 0), 15)) ==
          texts({"0.5397302", "0.1049397", "0.20118177", "0.94109917", "0.97627616", "0.55853045", "0.8035073",
                 "0.79343414", "0.95372236", "0.59171915", "0.91674185", "0.4252205", "0.815874", "0.02837682",
                 "0.88997746"}));
}

TEST_CASE("No global seed: random_flip_left_right seeds (87654321, op seed) (G28)", "[tf][kernel][stateful]") {
    CHECK(np8(fill_uniform_f32(stateful_call(87654321, 5, 1, 0), 1)) == texts({"0.38831127"}));
    CHECK(np8(fill_uniform_f32(stateful_call(87654321, 6, 2, 0), 2)) == texts({"0.6433041", "0.12341011"}));
}

TEST_CASE("RandomShuffle draws n-1 words: j = i + word % (n - i)", "[tf][kernel][stateful]") {
    // Recomputed from raw words (STYLE 8): the block words drive the swaps directly.
    const TfPhiloxRandom gen(87654321, 1);
    const auto w = fill_full_int32(gen, 4);  // ab1e98c7 cdf5cfa7 f1867731 4c3f748e
    std::vector<int64_t> perm = {0, 1, 2, 3};
    for (int64_t i = 0; i < 3; ++i) std::swap(perm[static_cast<size_t>(i)], perm[static_cast<size_t>(i + w[static_cast<size_t>(i)] % (4 - i))]);
    CHECK(shuffle_permutation(gen, 4) == perm);
}

// ---- tf.random.Generator (G4-G12) -----------------------------------------------------

TEST_CASE("Generator.from_seed(1234).normal((2,3)) and its state 1234 -> 2770 (G4, G6)", "[tf][kernel][generator]") {
    GeneratorState s{1234, 0, 0};
    CHECK(np8(generator_normal(s, 6)) == texts({"0.9356609", "1.0854305", "-0.93788373", "-0.5061547", "1.3169702", "0.7137579"}));
    CHECK(s == GeneratorState{2770, 0, 0});
}

TEST_CASE("Generator.from_seed(123, alg='philox').normal((2,3)) (G5)", "[tf][kernel][generator]") {
    GeneratorState s{123, 0, 0};
    CHECK(np8(generator_normal(s, 6)) == texts({"0.8673864", "-0.29899067", "-0.9310337", "-1.5828488", "1.2481191", "-0.6770643"}));
}

TEST_CASE("Generator.from_seed(1): normal([2,3]) on CPU, normal([]) three times (G7, G8, G10)", "[tf][kernel][generator]") {
    GeneratorState s{1, 0, 0};
    CHECK(np8(generator_normal(s, 6)) == texts({"0.43842274", "-0.53439844", "-0.07710262", "1.5658046", "-0.1012345", "-0.2744976"}));
    GeneratorState t{1, 0, 0};
    CHECK(np8(generator_normal(t, 1)[0]) == "0.43842274");
    CHECK(np8(generator_normal(t, 1)[0]) == "1.6272374");
    CHECK(np8(generator_normal(t, 1)[0]) == "1.6307176");
}

TEST_CASE("Generator.split(3): keys, children's first normals, parent 257 -> 1025 (G9)", "[tf][kernel][generator]") {
    GeneratorState parent{1, 0, 0};
    generator_normal(parent, 1);
    CHECK(parent[0] == 257);
    const auto keys = split_keys(parent, 3);
    CHECK(keys == std::vector<uint64_t>{0xf99f7b68aca20783ull, 0x6e7d574e495cf126ull, 0xd85e4653100964feull});
    CHECK(parent[0] == 1025);
    const auto expected = texts({"2.536413", "0.33186463", "-0.07144657"});
    for (size_t i = 0; i < 3; ++i) {
        GeneratorState child{0, 0, keys[i]};
        CHECK(np8(generator_normal(child, 1)[0]) == expected[i]);
    }
    CHECK(np8(generator_normal(parent, 1)[0]) == "-0.79253083");
}

TEST_CASE("Replica keys under MirroredStrategy (G11, G12)", "[tf][kernel][generator]") {
    auto replica_normal = [](uint64_t counter, uint64_t key, uint64_t replica) {
        return fill_normal_f32(seedlab::rng::TfPhiloxRandom::from_counter_key_mem(counter, 0, replica_key(key, replica)), 1)[0];
    };
    // G11: from_seed(1) inside the scope; the state advances 256 per call.
    CHECK(np8(replica_normal(1, 0, 0)) == "-0.87930447");
    CHECK(seedlab::tensor::float_scalar_repr(replica_normal(1, 0, 1), true) == "0.020661574");  // a 0-d print
    CHECK(np8(replica_normal(1, 0, 1)) == "0.02066157");  // the same value in an array
    CHECK(np8(replica_normal(257, 0, 0)) == "-1.5822568");
    CHECK(np8(replica_normal(257, 0, 1)) == "0.77539235");
    CHECK(np8(replica_normal(513, 0, 0)) == "-0.5039703");
    CHECK(np8(replica_normal(513, 0, 1)) == "0.1251838");
    CHECK(np8(replica_normal(257, 0, 2)) == "0.6851049");
    CHECK(np8(replica_normal(513, 0, 2)) == "-0.58519536");
    // G12: from_seed(0) in a 2-CPU strategy; then the imported copy without a strategy.
    CHECK(np8(replica_normal(0, 0, 0)) == "-1.4154755");
    CHECK(np8(replica_normal(0, 0, 1)) == "-0.11388441");
    CHECK(np8(replica_normal(256, 0, 0)) == "-0.68758255");
    CHECK(np8(replica_normal(256, 0, 1)) == "0.8084062");
    CHECK(np8(replica_normal(512, 0, 0)) == "-0.27342677");
    CHECK(np8(replica_normal(512, 0, 1)) == "-0.53093255");
    GeneratorState imported{256, 0, 0};
    CHECK(np8(generator_normal(imported, 1)[0]) == "-1.0359411");
    CHECK(np8(generator_normal(imported, 1)[0]) == "-0.06425077");  // CPU model value
}

// ---- stateless (G13-G16, G22, G26, G27, G43) ---------------------------------------------

TEST_CASE("stateless_normal / uniform / truncated_normal with seed [1,2] on CPU (G13)", "[tf][kernel][stateless]") {
    CHECK(np8(fill_normal_f32(stateless(1, 2), 6)) == texts({"0.5441101", "0.20738031", "0.07356432", "0.04643455", "-1.3015898", "-0.9538565"}));
    CHECK(np8(fill_uniform_f32(stateless(1, 2), 6)) == texts({"0.8440604", "0.19204533", "0.9962232", "0.1603874", "0.27199018", "0.649346"}));
    CHECK(np8(fill_truncated_normal_f32(stateless(1, 2), 6)) ==
          texts({"0.5441101", "0.20738031", "0.07356432", "0.04643455", "0.16820592", "-1.6850333"}));
}

TEST_CASE("stateless_split([1,2], 3) and a normal from its first seed (G14)", "[tf][kernel][stateless]") {
    CHECK(stateless_split_int32(1, 2, 3) == std::vector<int32_t>{1105988140, 1738052849, -335576002, 370444179, 10670227, -246211131});
    CHECK(np8(fill_normal_f32(stateless(1105988140, 1738052849), 3)) == texts({"-0.59835213", "-0.9578608", "0.9002807"}));
}

TEST_CASE("stateless_fold_in([1,2], 3) = [1105988140, 3] and its normal (G15)", "[tf][kernel][stateless]") {
    CHECK(static_cast<int32_t>(fill_full_int32(stateless(1, 2), 1)[0]) == 1105988140);
    CHECK(np8(fill_normal_f32(stateless(1105988140, 3), 3)) == texts({"0.03197195", "0.8979765", "0.13253039"}));
}

TEST_CASE("stateless_shuffle of 3 rows with seed [8,9] is the permutation [2,0,1] (G16)", "[tf][kernel][stateless]") {
    CHECK(shuffle_permutation(stateless(8, 9), 3) == std::vector<int64_t>{2, 0, 1});
}

TEST_CASE("Stateless image helpers' random parts (G22-G27)", "[tf][kernel][stateless]") {
    const float u = fill_uniform_f32(stateless(1, 2), 1)[0];
    const float maxval = 0.2f, minval = -0.2f;
    CHECK(np8(u * (maxval - minval) + minval) == "0.13762416");                                 // G22 brightness delta
    CHECK(fill_uniform_int32(stateless(1, 2), 1, 75, 95) == std::vector<int32_t>{75});  // G26 jpeg quality
    CHECK(np8(fill_uniform_f32(stateless(2, 3), 1)[0]) == "0.17481351");                       // G27
    // G23-G25 (P: the random factor of each op): stateless_uniform([], seed, lo, hi).
    auto factor = [u](float lo, float hi) { return np8(u * (hi - lo) + lo); };
    CHECK(factor(0.2f, 0.5f) == "0.45321816");   // G23 contrast factor
    CHECK(factor(-0.2f, 0.2f) == "0.13762416");  // G24 hue delta
    CHECK(factor(0.5f, 1.0f) == "0.9220302");    // G25 saturation factor
}

TEST_CASE("GlorotUniform(seed=42) for shape (3,2): stateless_uniform seed [42,0] (G43, derived)", "[tf][kernel][stateless]") {
    const auto rnd = fill_uniform_f32(stateless(42, 0), 6);
    CHECK(np8(rnd) == texts({"0.28243315", "0.4984169", "0.7154585", "0.02020204", "0.07859814", "0.6265594"}));
    const float limit = 1.0954452f, lo = -limit;
    std::vector<float> values;
    for (float r : rnd) values.push_back(r * (limit - lo) + lo);
    CHECK(np8(values) == texts({"-0.47666508", "-0.00346839", "0.47204602", "-1.0511847", "-0.92324525", "0.2772777"}));
}

// ---- truncated normal layout and the double path -------------------------------------

TEST_CASE("Truncated normal group g restarts at counter + 256*g (s2.3)", "[tf][kernel]") {
    const auto all = fill_truncated_normal_f32(stateless(1, 2), 8);
    TfPhiloxRandom second = stateless(1, 2);
    second.skip(256);
    const auto group1 = fill_truncated_normal_f32(second, 4);
    CHECK(std::vector<float>(all.begin() + 4, all.end()) == group1);
    // Recomputed from the words (STYLE 8): accepted Box-Muller outputs in order.
    seedlab::rng::TfPhiloxSingleSample single(stateless(1, 2));
    std::vector<float> accepted;
    while (accepted.size() < 4) {
        float f0, f1;
        const uint32_t a = single.next_u32(), b = single.next_u32();
        box_muller_float(a, b, f0, f1);
        if (f0 < 2.0f && f0 > -2.0f) accepted.push_back(f0);
        if (accepted.size() < 4 && f1 < 2.0f && f1 > -2.0f) accepted.push_back(f1);
    }
    CHECK(std::vector<float>(all.begin(), all.begin() + 4) == accepted);
}

TEST_CASE("Double uniforms and normals use two words per value (s2.2)", "[tf][kernel]") {
    const TfPhiloxRandom g = stateless(1, 2);
    const auto w = fill_full_int32(g, 8);
    const auto u = fill_uniform_f64(g, 3);
    CHECK(u[0] == uint64_to_double(w[0], w[1]));
    CHECK(u[1] == uint64_to_double(w[2], w[3]));
    CHECK(u[2] == uint64_to_double(w[4], w[5]));
    const auto n = fill_normal_f64(g, 2);
    double d0, d1;
    box_muller_double(w[0], w[1], w[2], w[3], d0, d1);
    CHECK(n == std::vector<double>{d0, d1});
    const auto i64 = fill_uniform_int64(g, 2, -5, 1000000000000);
    CHECK(i64[0] == -5 + static_cast<int64_t>((w[0] | (static_cast<uint64_t>(w[1]) << 32)) % 1000000000005ull));
}

// ---- tf.data shuffle (G35-G42) ----------------------------------------------------------

TEST_CASE("Dataset.shuffle buffer 3, seeds (1,2), reshuffle=False (G35)", "[tf][kernel][data]") {
    DatasetSeedGenerator seeds(1, 2, false);
    const std::vector<int64_t> expected = {2, 3, 0, 5, 6, 4, 7, 8, 9, 1};
    ShuffleIterator first(seeds, 3, 1, range_input(10));
    CHECK(drain(first) == expected);
    ShuffleIterator second(seeds, 3, 1, range_input(10));
    CHECK(drain(second) == expected);
}

TEST_CASE("Dataset.shuffle buffer 2, seeds (1,2), reshuffle=True (G37)", "[tf][kernel][data]") {
    DatasetSeedGenerator seeds(1, 2, true);
    ShuffleIterator first(seeds, 2, 1, range_input(10));
    CHECK(drain(first) == std::vector<int64_t>{0, 2, 1, 3, 5, 6, 4, 7, 8, 9});
    ShuffleIterator second(seeds, 2, 1, range_input(10));
    CHECK(drain(second) == std::vector<int64_t>{1, 0, 2, 3, 4, 5, 6, 7, 9, 8});
}

TEST_CASE("Dataset.shuffle buffer 1 is the identity; empty input gives nothing (G39, G40)", "[tf][kernel][data]") {
    DatasetSeedGenerator seeds(1, 2, true);
    ShuffleIterator a(seeds, 1, 1, range_input(10));
    CHECK(drain(a) == std::vector<int64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    ShuffleIterator b(seeds, 1, 1, range_input(10));
    CHECK(drain(b) == std::vector<int64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    ShuffleIterator empty(seeds, 10, 1, range_input(0));
    CHECK(drain(empty).empty());
    ShuffleIterator empty_forever(seeds, 10, -1, range_input(0));
    CHECK(drain(empty_forever).empty());
}

TEST_CASE("ShuffleAndRepeat: buffer 10, seeds (1,2), count 2 and count -1 (G41, G42)", "[tf][kernel][data]") {
    DatasetSeedGenerator seeds(1, 2, false);
    const std::vector<int64_t> epoch = {9, 0, 8, 6, 1, 3, 7, 2, 4, 5};
    std::vector<int64_t> twice = epoch;
    twice.insert(twice.end(), epoch.begin(), epoch.end());
    for (int k = 0; k < 2; ++k) {
        ShuffleIterator it(seeds, 10, 2, range_input(10));
        CHECK(drain(it) == twice);
    }
    std::vector<int64_t> expected;
    for (int k = 0; k < 7; ++k) expected.insert(expected.end(), {2, 0, 1});
    for (int k = 0; k < 2; ++k) {
        ShuffleIterator it(seeds, 10, -1, range_input(3));
        CHECK(drain(it, 21) == expected);
    }
}

// ---- reductions ---------------------------------------------------------------------------

TEST_CASE("Eigen's inner-most float sum: packets of 8, two accumulators, scalar tail", "[tf][kernel][reduce]") {
    // Recomputed with a deliberately plain formula (STYLE 8) for n = 21: lanes 0..7 over
    // j = 0, 8 (accumulators 1 and 2), tail 16..20, then scalar + predux.
    std::vector<float> x;
    for (int i = 0; i < 21; ++i) x.push_back(1.0f / static_cast<float>(i + 3));
    float lanes[8];
    for (int i = 0; i < 8; ++i) lanes[i] = (0.0f + x[static_cast<size_t>(i)]) + (0.0f + x[static_cast<size_t>(8 + i)]);
    float tail = 0.0f;
    for (int j = 16; j < 21; ++j) tail += x[static_cast<size_t>(j)];
    float b[4];
    for (int i = 0; i < 4; ++i) b[i] = lanes[i] + lanes[i + 4];
    CHECK(eigen_sum_f32(x.data(), 21) == tail + ((b[0] + b[2]) + (b[1] + b[3])));
    CHECK(eigen_sum_f32(x.data(), 3) == (0.0f + x[0] + x[1] + x[2]) + 0.0f);
}

TEST_CASE("Graph seed 42 with op seeds 6 and 3: uniform_unit_scaling rows of tensorflow#1091 (G31)", "[tf][kernel][stateful]") {
    // TF 0.7 printed these with 8 decimals; max_val = sqrt(3 / input_size) with input size 1.
    auto row = [](int64_t op_seed) {
        const auto u = fill_uniform_f32(stateful_call(42, op_seed, 5, 0), 5);
        const float mx = static_cast<float>(1.7320508075688772), mn = static_cast<float>(-1.7320508075688772);
        std::vector<std::string> out;
        for (float r : u) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.8f", static_cast<double>(r * (mx - mn) + mn));
            out.push_back(buf);
        }
        return out;
    };
    CHECK(row(6) == texts({"1.58872545", "0.94011414", "-1.35924089", "1.19359171", "1.48940694"}));
    CHECK(row(3) == texts({"0.47769845", "-1.17613626", "-1.06156325", "-0.85632306", "-0.62591958"}));
}

TEST_CASE("The float32 uniform fill converts 64 blocks at a time as block-by-block Uint32ToFloat does, across counter carries",
          "[tf][kernel]") {
    using seedlab::rng::Philox4x32Counter;
    using seedlab::rng::TfPhiloxRandom;
    // Oracle: TF's per-block loop (one gen() per group of 4, Uint32ToFloat on each word).
    const Philox4x32Counter starts[] = {{0, 0, 0, 0}, {0xFFFFFFC0u, 0, 7, 0}, {0xFFFFFF90u, 0xFFFFFFFFu, 2, 0}};
    for (const auto& start : starts) {
        for (int64_t n : {0, 1, 3, 4, 255, 256, 257, 511, 512, 1000, 4 * 64 * 3 + 5}) {
            const TfPhiloxRandom gen(start, {0x12345678u, 0x9ABCDEF0u});
            const std::vector<float> bulk = fill_uniform_f32(gen, n);
            const seedlab::tensor::Tensor t = fill_float_tensor(gen, FloatDist::Uniform, seedlab::tensor::DType::Float32, {n});
            TfPhiloxRandom one = gen;
            std::vector<float> expected;
            while (static_cast<int64_t>(expected.size()) < n) {
                const Philox4x32Counter block = one();
                for (uint32_t word : block) expected.push_back(uint32_to_float(word));
            }
            expected.resize(static_cast<size_t>(n));
            CHECK(bulk == expected);
            CHECK(std::vector<float>(t.data<float>(), t.data<float>() + n) == expected);
        }
    }
}
