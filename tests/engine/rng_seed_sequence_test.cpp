// SeedSequence against numpy 1.24 (tests/kat/rng/seed_sequence.txt, made by
// tests/kat/rng/gen_rng_kat.py).
#include <catch.hpp>

#include <deque>
#include <map>
#include <string>
#include <vector>

#include "kat_reader.hpp"
#include "rng/seed_sequence.hpp"

namespace {

using seedlab::rng::SeedSequence;
using namespace seedlab::test;

SeedSequence seq_of(const KatRecord& rec) {
    const std::size_t pool = rec.fields.count("pool_size") ? std::stoul(rec.field("pool_size")) : 4;
    return SeedSequence(parse_hex_list_u32(rec.field("entropy")), parse_dec_list_u64(rec.field("spawn")), pool);
}

std::vector<std::string> hex_words(const std::vector<uint32_t>& words) {
    std::vector<std::string> out;
    for (uint32_t w : words) out.push_back(to_hex(w, 8));
    return out;
}

}  // namespace

TEST_CASE("SeedSequence pool mixing matches numpy 1.24 for ints, lists, spawn keys and pool sizes",
          "[rng][kat][seed_sequence]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/seed_sequence.txt")) {
        if (rec.name != "pool") continue;
        INFO("seed_sequence.txt line " << rec.line << " seed=" << rec.field("seed"));
        CHECK(hex_words(seq_of(rec).pool()) == rec.outputs);
        ++n;
    }
    CHECK(n == 18);
}

TEST_CASE("SeedSequence generate_state matches numpy 1.24 for uint32 and uint64 output",
          "[rng][kat][seed_sequence]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/seed_sequence.txt")) {
        if (rec.name != "generate_state") continue;
        INFO("seed_sequence.txt line " << rec.line << " seed=" << rec.field("seed"));
        const SeedSequence seq = seq_of(rec);
        const std::size_t words = std::stoul(rec.field("n"));
        std::vector<std::string> got;
        if (rec.field("dtype") == "u32") {
            got = hex_words(seq.generate_state_u32(words));
        } else {
            for (uint64_t v : seq.generate_state_u64(words)) got.push_back(to_hex(v, 16));
        }
        CHECK(got == rec.outputs);
        ++n;
    }
    CHECK(n == 72);
}

TEST_CASE("SeedSequence spawn numbers children on across calls like numpy 1.24", "[rng][kat][seed_sequence]") {
    std::map<std::string, SeedSequence> parents;
    std::deque<SeedSequence> pending;
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/seed_sequence.txt")) {
        if (rec.name != "spawn") continue;
        INFO("seed_sequence.txt line " << rec.line);
        const std::string parent_key = rec.field("entropy") + "|" + rec.field("spawn");
        auto it = parents.find(parent_key);
        if (it == parents.end()) it = parents.emplace(parent_key, seq_of(rec)).first;
        if (pending.empty()) {
            for (auto& child : it->second.spawn(std::stoul(rec.field("n")))) pending.push_back(child);
        }
        const SeedSequence child = pending.front();
        pending.pop_front();
        std::vector<std::string> got;
        for (uint64_t k : child.spawn_key()) got.push_back(std::to_string(k));
        got.push_back("|");
        for (const auto& w : hex_words(child.generate_state_u32(4))) got.push_back(w);
        CHECK(got == rec.outputs);
        ++n;
    }
    CHECK(n == 10);
    CHECK(pending.empty());
}

TEST_CASE("SeedSequence coerces ints to words as numpy's _int_to_uint32_array", "[rng][seed_sequence]") {
    CHECK(SeedSequence::int_words(0) == std::vector<uint32_t>{0});
    CHECK(SeedSequence::int_words(12345) == std::vector<uint32_t>{12345});
    CHECK(SeedSequence::int_words(0x100000000ULL) == std::vector<uint32_t>{0, 1});
    CHECK(SeedSequence::int_words(~0ULL) == std::vector<uint32_t>{0xffffffffU, 0xffffffffU});
    std::vector<uint32_t> words;
    const uint32_t big[4] = {5, 0, 7, 0};
    SeedSequence::append_int_words(words, big);
    CHECK(words == std::vector<uint32_t>{5, 0, 7});
}
