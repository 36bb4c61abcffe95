// Philox4x64-10 against the Random123 known answers and numpy 1.24's Philox bit generator
// (tests/kat/rng/philox4x64.txt, made by tests/kat/rng/gen_rng_kat.py).
#include <catch.hpp>

#include <string>
#include <vector>

#include "kat_reader.hpp"
#include "rng/bitgen.hpp"
#include "rng/philox4x64.hpp"

namespace {
using seedlab::rng::Philox4x64;
using seedlab::rng::Philox4x64Counter;
using seedlab::rng::Philox4x64Key;
using seedlab::rng::SeedSequence;
using namespace seedlab::test;

static_assert(seedlab::rng::BitGenerator<Philox4x64>);

template <std::size_t N>
std::array<uint64_t, N> words_of(const std::string& hex) {
    const auto words = parse_hex_wide<uint64_t>(hex);
    std::array<uint64_t, N> out{};
    for (std::size_t i = 0; i < N && i < words.size(); ++i) out[i] = words[i];
    return out;
}

std::vector<std::string> hex_words(const Philox4x64Counter& c) {
    std::vector<std::string> out;
    for (uint64_t w : c) out.push_back(to_hex(w, 16));
    return out;
}
}  // namespace

TEST_CASE("philox4x64_10 matches Random123 kat_vectors and numpy 1.24 blocks", "[rng][kat][philox4x64]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/philox4x64.txt")) {
        if (rec.name != "block") continue;
        INFO("philox4x64.txt line " << rec.line << " source=" << rec.field("source"));
        const auto c = parse_hex_list_u64(rec.field("ctr"));
        const auto k = parse_hex_list_u64(rec.field("key"));
        const auto out = seedlab::rng::philox4x64<10>({c.at(0), c.at(1), c.at(2), c.at(3)}, {k.at(0), k.at(1)});
        CHECK(hex_words(out) == rec.outputs);
        ++n;
    }
    CHECK(n == 5);
}

TEST_CASE("numpy Philox seeded through SeedSequence matches numpy 1.24 key, random_raw and next_uint32 buffering",
          "[rng][kat][philox4x64]") {
    int seeded = 0, raw = 0, mixed = 0;
    Philox4x64 g;
    std::vector<uint32_t> entropy;
    for (const auto& rec : read_kat("kat/rng/philox4x64.txt")) {
        INFO("philox4x64.txt line " << rec.line);
        if (rec.name == "seeded") {
            entropy = parse_hex_list_u32(rec.field("entropy"));
            g = Philox4x64(SeedSequence(entropy));
            std::vector<std::string> state = {to_hex(g.key()[0], 16), to_hex(g.key()[1], 16)};
            for (const auto& w : hex_words(g.counter())) state.push_back(w);
            CHECK(state == rec.outputs);
            ++seeded;
        } else if (rec.name == "raw") {
            CHECK(draw_raw(g, rec.outputs.size(), 16) == rec.outputs);
            ++raw;
        } else if (rec.name == "mixed") {
            Philox4x64 fresh{SeedSequence(entropy)};
            CHECK(run_mixed_ops(fresh, rec.field("ops")) == rec.outputs);
            ++mixed;
        }
    }
    CHECK(seeded == 11);
    CHECK(raw == 33);
    CHECK(mixed == 11);
}

TEST_CASE("numpy Philox with explicit counter and key, including wrap-around, matches numpy 1.24",
          "[rng][kat][philox4x64]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/philox4x64.txt")) {
        if (rec.name != "explicit") continue;
        INFO("philox4x64.txt line " << rec.line);
        Philox4x64 g(words_of<4>(rec.field("counter")), words_of<2>(rec.field("key")));
        CHECK(draw_raw(g, rec.outputs.size(), 16) == rec.outputs);
        ++n;
    }
    CHECK(n == 4);
}

TEST_CASE("numpy Philox advance and jumped match numpy 1.24 and empty the buffers", "[rng][kat][philox4x64]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/philox4x64.txt")) {
        if (rec.name != "advance" && rec.name != "jumped") continue;
        INFO("philox4x64.txt line " << rec.line);
        Philox4x64 g{SeedSequence(parse_hex_list_u32(rec.field("entropy")))};
        for (int i = 0; i < std::stoi(rec.field("pre")); ++i) g.next_raw();
        for (int i = 0; i < std::stoi(rec.field("pre32")); ++i) g.next_u32();
        if (rec.name == "advance") {
            g.advance(words_of<4>(rec.field("delta")));
        } else {
            g = g.jumped(std::stoll(rec.field("jumps")));
        }
        CHECK(hex_words(g.counter()) == std::vector<std::string>(rec.outputs.begin(), rec.outputs.begin() + 4));
        CHECK(draw_raw(g, 5, 16) == std::vector<std::string>(rec.outputs.begin() + 4, rec.outputs.end()));
        ++n;
    }
    CHECK(n == 6);
}
