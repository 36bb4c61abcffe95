// Pins Python's `random` emulation directly: the SHA-512 behind str/bytes seeds
// against hashlib, a few CPython 3.11 values, a recomputation of random() from raw
// MT19937 words (wrong stream vs wrong transform), provenance, entropy and the
// unsupported path. The bulk of the checks are the goldens in tests/golden/pyrandom/.
#include <catch.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "libs/pyrandom/sha512.hpp"
#include "rng/mt19937.hpp"
#include "session/session.hpp"

namespace {

std::string hex(const std::array<uint8_t, 64>& digest) {
    static const char* kDigits = "0123456789abcdef";
    std::string out;
    for (uint8_t b : digest) {
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
    }
    return out;
}

seedlab::session::ProcessResult run_script(const std::string& source, uint64_t entropy = 1) {
    seedlab::session::RunOptions options;
    options.runs = 1;
    options.entropy = {entropy};
    return seedlab::session::run(source, options).runs.at(0);
}

std::string run_stdout(const std::string& source) {
    auto run = run_script(source);
    INFO((run.error ? run.error->text : std::string()));
    REQUIRE(!run.error);
    return run.stdout_text;
}

// CPython's random_random, written out again from its C source.
double cpython_random(seedlab::rng::Mt19937& mt) {
    uint32_t a = mt.next_u32() >> 5;
    uint32_t b = mt.next_u32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

}  // namespace

TEST_CASE("sha512 matches hashlib.sha512 on FIPS 180-4 examples and block boundaries", "[pyrandom][sha512]") {
    using seedlab::libs::sha512;
    CHECK(hex(sha512("")) ==
          "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
    CHECK(hex(sha512("abc")) ==
          "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    CHECK(hex(sha512("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445");
    CHECK(hex(sha512("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")) ==
          "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909");
    // 111 bytes is the longest message whose padding fits one block; 112 needs two.
    CHECK(hex(sha512(std::string(111, 'a'))) ==
          "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2");
    CHECK(hex(sha512(std::string(112, 'a'))) ==
          "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca");
    CHECK(hex(sha512(std::string(128, 'a'))) ==
          "b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a243667807ed300314b95cacdd579f3e33abdfbe351909519a846d465c59582f321");
    CHECK(hex(sha512(std::string(1000000, 'a'))) ==
          "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b");
}

TEST_CASE("random.seed(0) then random() matches CPython 3.11", "[pyrandom]") {
    CHECK(run_stdout("import random\nrandom.seed(0)\nprint(random.random(), random.random())\n") ==
          "0.8444218515250481 0.7579544029403025\n");
}

TEST_CASE("random() after seed(n) equals the 53-bit formula over raw init_by_array words", "[pyrandom]") {
    // The same numbers computed twice: through the interpreter, and from the bit
    // generator with CPython's formula, so a failure says "stream" or "transform".
    for (uint32_t seed : {0u, 1u, 42u, 123456789u}) {
        std::vector<uint32_t> key{seed};
        seedlab::rng::Mt19937 mt;
        mt.init_by_array(key);
        std::string script = "import random\nrandom.seed(" + std::to_string(seed) + ")\nxs = [random.random() for _ in range(5)]\n";
        for (int i = 0; i < 5; ++i) {
            double d = cpython_random(mt);
            // Compared exactly: 17 significant digits round-trip a double.
            char literal[64];
            std::snprintf(literal, sizeof literal, "%.17g", d);
            script += "print(xs[" + std::to_string(i) + "] == " + literal + ")\n";
        }
        INFO("seed " << seed);
        CHECK(run_stdout(script) == "True\nTrue\nTrue\nTrue\nTrue\n");
    }
}

TEST_CASE("random.seed('hello') uses sha512 seeding (version 2) as CPython 3.11", "[pyrandom]") {
    CHECK(run_stdout("import random\nrandom.seed('hello')\nprint(random.random())\n") == "0.3537754404730722\n");
}

TEST_CASE("getrandbits(64) after seed(0) matches CPython 3.11 (low word first)", "[pyrandom]") {
    CHECK(run_stdout("import random\nrandom.seed(0)\nprint(random.getrandbits(64))\n") == "7106521602475165645\n");
}

TEST_CASE("randint after seed(2**40 + 17) matches CPython 3.11", "[pyrandom]") {
    CHECK(run_stdout("import random\nrandom.seed(2**40 + 17)\nprint([random.randint(1, 6) for _ in range(10)])\n") ==
          "[6, 2, 4, 6, 1, 4, 4, 4, 2, 4]\n");
}

TEST_CASE("seed() clears the cached gauss value as CPython 3.11 does", "[pyrandom]") {
    CHECK(run_stdout("import random\nr = random.Random(42)\nprint(r.gauss(), r.gauss_next)\nr.seed(42)\nprint(r.gauss_next)\n") ==
          "-0.14409032957792836 -0.1729036003315193\nNone\n");
}

TEST_CASE("random.Random(5) is independent of the module instance, as in CPython 3.11", "[pyrandom]") {
    CHECK(run_stdout("import random\nrandom.seed(1)\nr = random.Random(5)\nrandom.random()\nprint(r.random())\n") ==
          "0.6229016948897019\n");
}

TEST_CASE("each random() float carries provenance naming its seed call and position", "[pyrandom][provenance]") {
    auto run = run_script("import random\nrandom.seed(7)\nx = random.random()\ny = random.random()\nprint(x, y)\n");
    REQUIRE(!run.error);
    REQUIRE(run.events.size() == 1);
    const auto& numbers = run.events[0].numbers;
    REQUIRE(numbers.size() == 2);
    REQUIRE(numbers[0].provenance);
    CHECK(numbers[0].provenance->library == "random");
    CHECK(numbers[0].provenance->generator == "MT19937");
    CHECK(numbers[0].provenance->seed == "7");
    CHECK(numbers[0].provenance->counter == "word 2");
    CHECK(numbers[1].provenance->counter == "word 4");
    CHECK(numbers[0].provenance->rule == "random.seed(7) on line 2");
    CHECK_FALSE(numbers[0].provenance->from_entropy);
}

TEST_CASE("unseeded random draws from the run's entropy: same entropy, same numbers", "[pyrandom][entropy]") {
    const std::string script = "import random\nprint(random.random(), random.Random().random())\n";
    auto a = run_script(script, 11), b = run_script(script, 11), c = run_script(script, 12);
    REQUIRE(!a.error);
    CHECK(a.stdout_text == b.stdout_text);
    CHECK(a.stdout_text != c.stdout_text);
    REQUIRE(a.events.at(0).numbers.at(0).provenance);
    CHECK(a.events[0].numbers[0].provenance->from_entropy);
}

TEST_CASE("vonmisesvariate(0, 1) after seed(1) matches CPython 3.11 (acos from the engine libm)", "[pyrandom]") {
    CHECK(run_stdout("import random\nrandom.seed(1)\nprint(random.vonmisesvariate(0, 1))\n") == "0.2074470634299601\n");
}

TEST_CASE("random.SystemRandom is reported unsupported", "[pyrandom]") {
    auto run = run_script("import random\nrandom.SystemRandom()\n");
    REQUIRE(run.error);
    CHECK(run.error->kind == "unsupported");
}
