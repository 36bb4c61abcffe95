// SFC64 against numpy 1.24 (tests/kat/rng/sfc64.txt, made by tests/kat/rng/gen_rng_kat.py).
#include <catch.hpp>

#include <array>
#include <string>
#include <vector>

#include "kat_reader.hpp"
#include "rng/bitgen.hpp"
#include "rng/sfc64.hpp"

namespace {
using seedlab::rng::SeedSequence;
using seedlab::rng::Sfc64;
using namespace seedlab::test;

static_assert(seedlab::rng::BitGenerator<Sfc64>);
}  // namespace

TEST_CASE("sfc64 seeded through SeedSequence matches numpy 1.24 state, random_raw and next_uint32 buffering",
          "[rng][kat][sfc64]") {
    int seeded = 0, raw = 0, mixed = 0;
    Sfc64 g;
    std::vector<uint32_t> entropy;
    for (const auto& rec : read_kat("kat/rng/sfc64.txt")) {
        INFO("sfc64.txt line " << rec.line);
        if (rec.name == "seeded") {
            entropy = parse_hex_list_u32(rec.field("entropy"));
            g = Sfc64(SeedSequence(entropy));
            std::vector<std::string> state;
            for (uint64_t w : g.state()) state.push_back(to_hex(w, 16));
            CHECK(state == rec.outputs);
            ++seeded;
        } else if (rec.name == "raw") {
            CHECK(draw_raw(g, rec.outputs.size(), 16) == rec.outputs);
            ++raw;
        } else if (rec.name == "mixed") {
            Sfc64 fresh{SeedSequence(entropy)};
            CHECK(run_mixed_ops(fresh, rec.field("ops")) == rec.outputs);
            ++mixed;
        }
    }
    CHECK(seeded == 11);
    CHECK(raw == 33);
    CHECK(mixed == 11);
}

TEST_CASE("sfc64 stepping from zero, all-ones and pi states matches numpy 1.24", "[rng][kat][sfc64]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/sfc64.txt")) {
        if (rec.name != "setstate") continue;
        INFO("sfc64.txt line " << rec.line);
        const auto s = parse_hex_list_u64(rec.field("s"));
        Sfc64 g;
        g.set_state({s.at(0), s.at(1), s.at(2), s.at(3)});
        CHECK(draw_raw(g, rec.outputs.size(), 16) == rec.outputs);
        ++n;
    }
    CHECK(n == 3);
}
