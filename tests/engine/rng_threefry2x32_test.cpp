// ThreeFry2x32-20 against the Random123 known answers (tests/kat/rng/threefry2x32.txt).
#include <catch.hpp>

#include <string>
#include <vector>

#include "kat_reader.hpp"
#include "rng/threefry2x32.hpp"

using namespace seedlab::test;

TEST_CASE("threefry2x32_20 matches Random123 kat_vectors", "[rng][kat][threefry2x32]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/threefry2x32.txt")) {
        if (rec.name != "block") continue;
        INFO("threefry2x32.txt line " << rec.line);
        const auto c = parse_hex_list_u32(rec.field("ctr"));
        const auto k = parse_hex_list_u32(rec.field("key"));
        const auto out = seedlab::rng::threefry2x32<20>({c.at(0), c.at(1)}, {k.at(0), k.at(1)});
        CHECK(std::vector<std::string>{to_hex(out[0], 8), to_hex(out[1], 8)} == rec.outputs);
        ++n;
    }
    CHECK(n == 3);
}

TEST_CASE("xla_threefry2x32_u64 splits counter and key into {lo, hi} words", "[rng][threefry2x32]") {
    const auto block = seedlab::rng::threefry2x32<20>({0x85a308d3U, 0x243f6a88U}, {0x03707344U, 0x13198a2eU});
    CHECK(seedlab::rng::xla_threefry2x32_u64(0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL) ==
          ((static_cast<uint64_t>(block[1]) << 32) | block[0]));
}
