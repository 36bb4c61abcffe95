// CPython 3.11 hash(str) / hash(bytes) and the PYTHONHASHSEED secret
// (tests/kat/rng/siphash13.txt, made by tests/kat/rng/gen_rng_kat.py from child
// processes of /usr/bin/python3 3.11.2).
#include <catch.hpp>

#include <string>
#include <vector>

#include "kat_reader.hpp"
#include "rng/siphash13.hpp"

namespace {
using namespace seedlab::test;
using seedlab::rng::cpython_hash_secret;

uint32_t seed_of(const KatRecord& rec) { return static_cast<uint32_t>(std::stoul(rec.field("seed"))); }
}  // namespace

TEST_CASE("PYTHONHASHSEED=N secret bytes match CPython 3.11's _Py_HashSecret", "[rng][kat][siphash13]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/siphash13.txt")) {
        if (rec.name != "secret") continue;
        INFO("siphash13.txt line " << rec.line);
        const auto secret = cpython_hash_secret(seed_of(rec));
        std::string hex;
        for (uint8_t b : secret.bytes) hex += to_hex(b, 2);
        CHECK(hex == rec.outputs.at(0));
        ++n;
    }
    CHECK(n == 5);
}

TEST_CASE("hash(str) under PYTHONHASHSEED matches CPython 3.11 for latin-1, UCS-2 and UCS-4 strings",
          "[rng][kat][siphash13]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/siphash13.txt")) {
        if (rec.name != "str") continue;
        INFO("siphash13.txt line " << rec.line);
        const auto bytes = parse_hex_bytes(rec.field("utf8"));
        const std::string utf8(bytes.begin(), bytes.end());
        CHECK(seedlab::rng::cpython_hash_str_utf8(utf8, cpython_hash_secret(seed_of(rec))) ==
              std::stoll(rec.outputs.at(0)));
        ++n;
    }
    CHECK(n == 75);
}

TEST_CASE("hash(bytes) under PYTHONHASHSEED matches CPython 3.11", "[rng][kat][siphash13]") {
    int n = 0;
    for (const auto& rec : read_kat("kat/rng/siphash13.txt")) {
        if (rec.name != "bytes") continue;
        INFO("siphash13.txt line " << rec.line);
        CHECK(seedlab::rng::cpython_hash_bytes(parse_hex_bytes(rec.field("data")), cpython_hash_secret(seed_of(rec))) ==
              std::stoll(rec.outputs.at(0)));
        ++n;
    }
    CHECK(n == 30);
}

TEST_CASE("utf8_to_code_points decodes 1- to 4-byte sequences", "[rng][siphash13]") {
    CHECK(seedlab::rng::utf8_to_code_points("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80") ==
          std::u32string{U'a', U'\u00e9', U'\u20ac', U'\U0001F600'});
}
