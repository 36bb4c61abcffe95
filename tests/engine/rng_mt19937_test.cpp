// MT19937 as numpy 1.24 seeds and jumps it (tests/kat/rng/mt19937.txt, made by
// tests/kat/rng/gen_rng_kat.py); the jump polynomial comes from
// tests/kat/rng/gen_mt19937_jump_poly.py.
#include <catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "kat_reader.hpp"
#include "rng/bitgen.hpp"
#include "rng/mt19937.hpp"
#include "rng/mt19937_numpy.hpp"

namespace {
using seedlab::rng::Mt19937;
using seedlab::rng::SeedSequence;
using namespace seedlab::test;

static_assert(seedlab::rng::BitGenerator<Mt19937>);

Mt19937 legacy(const KatRecord& rec) {
    Mt19937 mt;
    if (rec.fields.count("key")) {
        mt.init_by_array(parse_hex_list_u32(rec.field("key")));
    } else {
        mt.init_genrand(static_cast<uint32_t>(std::stoul(rec.field("seed"))));
    }
    return mt;
}

Mt19937 seeded(const std::vector<uint32_t>& entropy) {
    return seedlab::rng::numpy_mt19937_from_seed_sequence(SeedSequence(entropy));
}

std::vector<std::string> pos_and_key_head(const Mt19937& mt) {
    std::string pos = to_hex(static_cast<uint64_t>(mt.index()), 3);  // the file writes pos as minimal hex
    pos.erase(0, std::min(pos.find_first_not_of('0'), pos.size() - 1));
    std::vector<std::string> out = {pos};
    for (int i = 0; i < 4; ++i) out.push_back(to_hex(mt.state()[static_cast<std::size_t>(i)], 8));
    return out;
}
}  // namespace

TEST_CASE("np.random.seed(int) and seed(list) streams match numpy 1.24 RandomState's MT19937",
          "[rng][kat][mt19937]") {
    int seeds = 0, raw = 0, mixed = 0;
    Mt19937 mt;
    KatRecord seed_rec;
    for (const auto& rec : read_kat("kat/rng/mt19937.txt")) {
        INFO("mt19937.txt line " << rec.line);
        if (rec.name == "legacy" || rec.name == "legacy_array") {
            seed_rec = rec;
            mt = legacy(rec);
            ++seeds;
        } else if (rec.name == "seeded") {
            seed_rec = rec;  // the SeedSequence records are the next test's
        } else if (rec.name == "raw" && (seed_rec.name == "legacy" || seed_rec.name == "legacy_array")) {
            CHECK(draw_raw(mt, rec.outputs.size(), 8) == rec.outputs);
            ++raw;
        } else if (rec.name == "mixed" && (seed_rec.name == "legacy" || seed_rec.name == "legacy_array")) {
            Mt19937 fresh = legacy(seed_rec);
            CHECK(run_mixed_ops(fresh, rec.field("ops")) == rec.outputs);
            ++mixed;
        }
    }
    CHECK(seeds == 11);
    CHECK(raw == 33);
    CHECK(mixed == 11);
}

TEST_CASE("MT19937(seed) through SeedSequence starts at pos 623 and matches numpy 1.24", "[rng][kat][mt19937]") {
    int seeds = 0, raw = 0, mixed = 0;
    Mt19937 mt;
    std::vector<uint32_t> entropy;
    bool in_seeded = false;
    for (const auto& rec : read_kat("kat/rng/mt19937.txt")) {
        INFO("mt19937.txt line " << rec.line);
        if (rec.name == "legacy" || rec.name == "legacy_array") {
            in_seeded = false;
        } else if (rec.name == "seeded") {
            in_seeded = true;
            entropy = parse_hex_list_u32(rec.field("entropy"));
            mt = seeded(entropy);
            std::vector<std::string> state = pos_and_key_head(mt);
            state.push_back(to_hex(mt.state()[623], 8));
            CHECK(state == rec.outputs);
            ++seeds;
        } else if (rec.name == "raw" && in_seeded) {
            CHECK(draw_raw(mt, rec.outputs.size(), 8) == rec.outputs);
            ++raw;
        } else if (rec.name == "mixed" && in_seeded) {
            Mt19937 fresh = seeded(entropy);
            CHECK(run_mixed_ops(fresh, rec.field("ops")) == rec.outputs);
            ++mixed;
        }
    }
    CHECK(seeds == 4);
    CHECK(raw == 12);
    CHECK(mixed == 4);
}

TEST_CASE("MT19937.jumped matches numpy 1.24 from fresh and part-used states", "[rng][kat][mt19937]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/mt19937.txt")) {
        if (rec.name != "jumped") continue;
        INFO("mt19937.txt line " << rec.line);
        Mt19937 mt;
        if (rec.field("kind") == "legacy") {
            mt.init_genrand(static_cast<uint32_t>(std::stoul(rec.field("seed"))));
        } else {
            mt = seeded(parse_hex_list_u32(rec.field("entropy")));
        }
        for (int i = 0; i < std::stoi(rec.field("pre")); ++i) mt.next_raw();
        Mt19937 jumped = seedlab::rng::numpy_mt19937_jumped(mt, std::stoll(rec.field("jumps")));
        CHECK(pos_and_key_head(jumped) == std::vector<std::string>(rec.outputs.begin(), rec.outputs.begin() + 5));
        CHECK(draw_raw(jumped, 10, 8) == std::vector<std::string>(rec.outputs.begin() + 5, rec.outputs.end()));
        ++n;
    }
    CHECK(n == 6);
}
