// PCG64 and PCG64DXSM against numpy 1.24 (tests/kat/rng/pcg64*.txt, made by
// tests/kat/rng/gen_rng_kat.py), plus the 128-bit arithmetic they rest on.
#include <catch.hpp>

#include <string>
#include <vector>

#include "kat_reader.hpp"
#include "rng/bitgen.hpp"
#include "rng/pcg64.hpp"
#include "rng/uint128.hpp"

namespace {

using seedlab::rng::Pcg64;
using seedlab::rng::Pcg64Dxsm;
using seedlab::rng::SeedSequence;
using seedlab::rng::Uint128;
using namespace seedlab::test;

static_assert(seedlab::rng::BitGenerator<Pcg64>);
static_assert(seedlab::rng::BitGenerator<Pcg64Dxsm>);

Uint128 parse_u128(const std::string& hex) {
    const auto words = parse_hex_wide<uint64_t>(hex);
    return {words.size() > 1 ? words[1] : 0, words[0]};
}

std::string hex128(Uint128 v) { return to_hex(v.hi, 16) + to_hex(v.lo, 16); }

SeedSequence seq_of(const KatRecord& rec) {
    const auto spawn = rec.fields.count("spawn") ? parse_dec_list_u64(rec.field("spawn")) : std::vector<uint64_t>{};
    return SeedSequence(parse_hex_list_u32(rec.field("entropy")), spawn);
}

// seeded / raw / mixed records: seeding, consecutive draws, next32 buffering.
template <class G>
void check_seeded_streams(const std::string& file) {
    const auto records = read_kat(file);
    int seeded = 0, raw = 0, mixed = 0;
    G g;
    KatRecord last_seeded;
    for (const auto& rec : records) {
        INFO(file << " line " << rec.line);
        if (rec.name == "seeded") {
            last_seeded = rec;
            g = G(seq_of(rec));
            CHECK(hex128(g.state()) == rec.outputs.at(0));
            CHECK(hex128(g.inc()) == rec.outputs.at(1));
            ++seeded;
        } else if (rec.name == "raw") {
            CHECK(draw_raw(g, rec.outputs.size(), 16) == rec.outputs);
            ++raw;
        } else if (rec.name == "mixed") {
            G fresh(seq_of(last_seeded));
            CHECK(run_mixed_ops(fresh, rec.field("ops")) == rec.outputs);
            ++mixed;
        }
    }
    CHECK(seeded >= 10);
    CHECK(raw == 3 * seeded);
    CHECK(mixed == seeded);
}

// setstate records: stepping from a state set directly.
template <class G>
void check_set_state(const std::string& file) {
    int n = 0;
    for (const auto& rec : read_kat(file)) {
        if (rec.name != "setstate") continue;
        INFO(file << " line " << rec.line);
        G g;
        g.set_state(parse_u128(rec.field("state")), parse_u128(rec.field("inc")));
        CHECK(draw_raw(g, rec.outputs.size(), 16) == rec.outputs);
        ++n;
    }
    CHECK(n == 3);
}

// advance / jumped records: after 'pre' raw draws and 'pre32' half-word draws.
template <class G>
void check_advance_and_jumped(const std::string& file) {
    int n = 0;
    for (const auto& rec : read_kat(file)) {
        if (rec.name != "advance" && rec.name != "jumped") continue;
        INFO(file << " line " << rec.line);
        G g(seq_of(rec));
        for (int i = 0; i < std::stoi(rec.field("pre")); ++i) g.next_raw();
        for (int i = 0; i < std::stoi(rec.field("pre32")); ++i) g.next_u32();
        if (rec.name == "advance") {
            g.advance(parse_u128(rec.field("delta")));
        } else {
            g = g.jumped(std::stoll(rec.field("jumps")));
        }
        CHECK(hex128(g.state()) == rec.outputs.at(0));
        CHECK(hex128(g.inc()) == rec.outputs.at(1));
        CHECK(draw_raw(g, 5, 16) == std::vector<std::string>(rec.outputs.begin() + 2, rec.outputs.end()));
        ++n;
    }
    CHECK(n == 9);
}

}  // namespace

TEST_CASE("pcg64 seeded through SeedSequence matches numpy 1.24 state, random_raw and next_uint32 buffering",
          "[rng][kat][pcg64]") {
    check_seeded_streams<Pcg64>("kat/rng/pcg64.txt");
}

TEST_CASE("pcg64 stepping from a directly set state matches numpy 1.24", "[rng][kat][pcg64]") {
    check_set_state<Pcg64>("kat/rng/pcg64.txt");
}

TEST_CASE("pcg64 advance and jumped match numpy 1.24 and clear the buffered half-word", "[rng][kat][pcg64]") {
    check_advance_and_jumped<Pcg64>("kat/rng/pcg64.txt");
}

TEST_CASE("pcg64dxsm seeded through SeedSequence matches numpy 1.24 state, random_raw and next_uint32 buffering",
          "[rng][kat][pcg64dxsm]") {
    check_seeded_streams<Pcg64Dxsm>("kat/rng/pcg64dxsm.txt");
}

TEST_CASE("pcg64dxsm stepping from a directly set state matches numpy 1.24", "[rng][kat][pcg64dxsm]") {
    check_set_state<Pcg64Dxsm>("kat/rng/pcg64dxsm.txt");
}

TEST_CASE("pcg64dxsm advance and jumped match numpy 1.24", "[rng][kat][pcg64dxsm]") {
    check_advance_and_jumped<Pcg64Dxsm>("kat/rng/pcg64dxsm.txt");
}

TEST_CASE("uint128 native and portable arithmetic agree on edge and mixed operands", "[rng][uint128]") {
    namespace portable = seedlab::rng::uint128_portable;
    std::vector<uint64_t> values = {0, 1, 2, 0xffffffffULL, 0x100000000ULL, 0x7fffffffffffffffULL,
                                    0x8000000000000000ULL, ~0ULL, 0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL};
    // A deterministic spread of further operands (SplitMix64 increments, no generator needed).
    for (uint64_t x = 0x9e3779b97f4a7c15ULL, i = 0; i < 20; ++i, x += 0x9e3779b97f4a7c15ULL) values.push_back(x * 0xbf58476d1ce4e5b9ULL);
    for (uint64_t a : values) {
        for (uint64_t b : values) {
            CHECK(seedlab::rng::mul_64x64(a, b) == portable::mul_64x64(a, b));
            const Uint128 x{a, b}, y{b ^ 0x5555555555555555ULL, a};
            CHECK(x * y == portable::mul(x, y));
            CHECK(x + y == portable::add(x, y));
        }
    }
    CHECK(portable::mul_64x64(~0ULL, ~0ULL) == Uint128{0xfffffffffffffffeULL, 1});
    CHECK(portable::add(Uint128{~0ULL, ~0ULL}, Uint128{0, 1}) == Uint128{0, 0});
}
