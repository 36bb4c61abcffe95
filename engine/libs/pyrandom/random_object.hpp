// One random.Random instance: the MT19937 state, the gauss() cache, how it was
// seeded (for provenance) and how many 32-bit outputs it has drawn since.
// What it is not: no Python binding (pyrandom.cpp binds the methods) and no
// distributions (distributions.cpp, sequences.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "lang/value.hpp"
#include "rng/mt19937.hpp"

namespace seedlab::libs {

struct RandomObj : lang::Obj {
    rng::Mt19937 mt;
    lang::Value gauss_next;              // Random.gauss_next: None or the cached second normal
    std::string seed_text = "entropy";   // how the state was seeded, for provenance
    std::string seed_rule;               // sentence naming the call that seeded it
    bool from_entropy = true;
    uint64_t words = 0;                  // 32-bit outputs drawn since the last seed/setstate
    std::string owner = "random";        // "random" for the module instance, "Random" otherwise
    std::unordered_map<std::string, lang::Value> attrs;  // the instance __dict__ beyond gauss_next

    std::string type_name() const override { return "Random"; }
    std::string repr(lang::Interpreter&) const override { return "<random.Random object>"; }
    bool get_attr(lang::Interpreter& in, const std::string& name, lang::Value& out) override;
    void set_attr(lang::Interpreter& in, const std::string& name, const lang::Value& v) override;

    // CPython's genrand_uint32.
    uint32_t next_u32() {
        ++words;
        return mt.next_u32();
    }
    // CPython's random_random: two 32-bit draws combined into 53 bits.
    double next_double() {
        uint32_t a = next_u32() >> 5, b = next_u32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
    // Where the value drawn just now came from.
    lang::ProvenancePtr provenance() const;
};

}  // namespace seedlab::libs
