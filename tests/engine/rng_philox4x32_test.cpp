// Philox4x32-10 and TensorFlow's PhiloxRandom helpers (tests/kat/rng/philox4x32.txt:
// Random123 kat_vectors, TF's testPhilox4x32, and spec/tf-random.md reference blocks).
// Counter bookkeeping (increment, Skip, SingleSampleAdapter) is pinned by consistency
// checks against the block function, written from TF's source as quoted in the spec.
#include <catch.hpp>

#include <string>
#include <vector>

#include "kat_reader.hpp"
#include "rng/philox4x32.hpp"

namespace {
using seedlab::rng::philox4x32;
using seedlab::rng::Philox4x32Counter;
using seedlab::rng::Philox4x32Key;
using seedlab::rng::TfPhiloxRandom;
using seedlab::rng::TfPhiloxSingleSample;
using namespace seedlab::test;

std::vector<std::string> hex_words(const Philox4x32Counter& c) {
    std::vector<std::string> out;
    for (uint32_t w : c) out.push_back(to_hex(w, 8));
    return out;
}

Philox4x32Counter counter_of(const std::string& csv) {
    const auto w = parse_hex_list_u32(csv);
    return {w.at(0), w.at(1), w.at(2), w.at(3)};
}

Philox4x32Key key_of(const std::string& csv) {
    const auto w = parse_hex_list_u32(csv);
    return {w.at(0), w.at(1)};
}
}  // namespace

TEST_CASE("philox4x32_10 matches Random123 kat_vectors and TF's testPhilox4x32", "[rng][kat][philox4x32]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/philox4x32.txt")) {
        if (rec.name != "block") continue;
        INFO("philox4x32.txt line " << rec.line << " source=" << rec.field("source"));
        CHECK(hex_words(philox4x32<10>(counter_of(rec.field("ctr")), key_of(rec.field("key")))) == rec.outputs);
        TfPhiloxRandom tf(counter_of(rec.field("ctr")), key_of(rec.field("key")));
        CHECK(hex_words(tf()) == rec.outputs);
        ++n;
    }
    CHECK(n == 4);
}

TEST_CASE("TF PhiloxRandom(seed, seed2) first block matches spec/tf-random.md reference model",
          "[rng][kat][philox4x32]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/philox4x32.txt")) {
        if (rec.name != "tf_seed_pair") continue;
        INFO("philox4x32.txt line " << rec.line);
        TfPhiloxRandom tf(std::stoull(rec.field("seed")), std::stoull(rec.field("seed2")));
        CHECK(hex_words(tf()) == rec.outputs);
        ++n;
    }
    CHECK(n == 1);
}

TEST_CASE("TF stateless GenerateKey scramble matches spec/tf-random.md examples", "[rng][kat][philox4x32]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/philox4x32.txt")) {
        if (rec.name != "tf_scramble") continue;
        INFO("philox4x32.txt line " << rec.line);
        const auto seeds = split_csv(rec.field("seed"));
        const auto kc = seedlab::rng::tf_stateless_key_counter(std::stoull(seeds.at(0)), std::stoull(seeds.at(1)));
        std::vector<std::string> got = {to_hex(kc.key[0], 8), to_hex(kc.key[1], 8)};
        for (const auto& w : hex_words(kc.counter)) got.push_back(w);
        CHECK(got == rec.outputs);
        ++n;
    }
    CHECK(n == 2);
}

TEST_CASE("TF PhiloxRandom constructors lay seeds out as key {lo,hi} and counter {0,0,lo,hi}", "[rng][philox4x32]") {
    const TfPhiloxRandom one(0x1122334455667788ULL);
    CHECK(one.key() == Philox4x32Key{0x55667788U, 0x11223344U});
    CHECK(one.counter() == Philox4x32Counter{0, 0, 0, 0});
    const TfPhiloxRandom pair(0x1122334455667788ULL, 0x99aabbccddeeff00ULL);
    CHECK(pair.key() == Philox4x32Key{0x55667788U, 0x11223344U});
    CHECK(pair.counter() == Philox4x32Counter{0, 0, 0xddeeff00U, 0x99aabbccU});
    const TfPhiloxRandom mem = TfPhiloxRandom::from_counter_key_mem(0x0000000200000001ULL, 0x0000000400000003ULL, 0x0000000600000005ULL);
    CHECK(mem.counter() == Philox4x32Counter{1, 2, 3, 4});
    CHECK(mem.key() == Philox4x32Key{5, 6});
}

TEST_CASE("TF PhiloxRandom returns the block at the counter, then increments it with carries", "[rng][philox4x32]") {
    const Philox4x32Key key{0x12345678U, 0x9abcdef0U};
    TfPhiloxRandom tf(Philox4x32Counter{0xffffffffU, 0xffffffffU, 0xffffffffU, 7}, key);
    CHECK(tf() == philox4x32<10>({0xffffffffU, 0xffffffffU, 0xffffffffU, 7}, key));
    CHECK(tf.counter() == Philox4x32Counter{0, 0, 0, 8});
    CHECK(tf() == philox4x32<10>({0, 0, 0, 8}, key));
    CHECK(tf.counter() == Philox4x32Counter{1, 0, 0, 8});
}

TEST_CASE("TF PhiloxRandom Skip(n) adds n blocks and loses TF's corner-case carry", "[rng][philox4x32]") {
    const Philox4x32Key key{1, 2};
    for (uint64_t n : {0ULL, 1ULL, 3ULL, 4ULL, 257ULL}) {
        TfPhiloxRandom skipped(Philox4x32Counter{0xfffffff0U, 0xffffffffU, 5, 0}, key);
        TfPhiloxRandom stepped = skipped;
        skipped.skip(n);
        for (uint64_t i = 0; i < n; ++i) stepped();
        CHECK(skipped.counter() == stepped.counter());
    }
    TfPhiloxRandom big(Philox4x32Counter{0x80000000U, 0x80000000U, 0xffffffffU, 1}, key);
    big.skip(0x8000000080000000ULL);  // 128-bit add with carry into c2 and c3
    CHECK(big.counter() == Philox4x32Counter{0, 1, 0, 2});
    // hi32(count) == 0xffffffff and the low word carries: ++count_hi wraps to 0 and the
    // carry into counter[2] is lost (true 128-bit addition would give {0, 0, 1, 0}).
    TfPhiloxRandom lossy(Philox4x32Counter{1, 0, 0, 0}, key);
    lossy.skip(0xffffffffffffffffULL);
    CHECK(lossy.counter() == Philox4x32Counter{0, 0, 0, 0});
}

TEST_CASE("TF SingleSampleAdapter hands out s0..s3 per block and Skip matches drawing", "[rng][philox4x32]") {
    const TfPhiloxRandom base(87654321ULL, 1ULL);
    TfPhiloxRandom blocks = base;
    TfPhiloxSingleSample single(base);
    std::vector<uint32_t> expected;
    for (int b = 0; b < 4; ++b) {
        for (uint32_t w : blocks()) expected.push_back(w);
    }
    for (uint32_t w : expected) CHECK(single.next_u32() == w);
    for (uint64_t skip : {0ULL, 1ULL, 2ULL, 3ULL, 4ULL, 5ULL, 9ULL, 13ULL}) {
        for (uint64_t pre : {0ULL, 1ULL, 3ULL}) {
            TfPhiloxSingleSample drawn(base), skipped(base);
            for (uint64_t i = 0; i < pre; ++i) {
                drawn.next_u32();
                skipped.next_u32();
            }
            for (uint64_t i = 0; i < skip; ++i) drawn.next_u32();
            skipped.skip(skip);
            INFO("pre " << pre << " skip " << skip);
            CHECK(skipped.next_u32() == drawn.next_u32());
            CHECK(skipped.next_u32() == drawn.next_u32());
        }
    }
}

TEST_CASE("Philox4x32 fill_blocks gives the blocks of successive calls, across counter carries", "[rng][philox]") {
    using seedlab::rng::Philox4x32Counter;
    using seedlab::rng::TfPhiloxRandom;
    // Chunks of 64 counters run side by side (rounds10_soa): counts below, at and past a
    // chunk, and starts whose low word carries inside the first or second chunk.
    const Philox4x32Counter starts[] = {{0, 0, 0, 0},
                                        {0xFFFFFFF0u, 0, 7, 0},
                                        {0xFFFFFFBFu, 5, 0, 0},
                                        {0xFFFFFF90u, 0xFFFFFFFFu, 2, 0},
                                        {0xFFFFFFFCu, 0xFFFFFFFFu, 0xFFFFFFFFu, 3}};
    for (const auto& start : starts) {
        for (size_t n : {0u, 1u, 7u, 8u, 9u, 16u, 35u, 63u, 64u, 65u, 130u, 257u}) {
            TfPhiloxRandom a(start, {0x12345678u, 0x9ABCDEF0u}), b = a;
            std::vector<Philox4x32Counter> bulk(n);
            a.fill_blocks(bulk.data(), n);
            for (size_t i = 0; i < n; ++i) CHECK(bulk[i] == b());
            CHECK(a.counter() == b.counter());
        }
    }
}
