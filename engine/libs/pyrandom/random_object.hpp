// One random.Random instance: the MT19937 state, how it was seeded (for provenance)
// and the draw counter.
// What it is not: no Python binding (pyrandom.cpp binds the methods).
#pragma once

#include <cstdint>
#include <string>

#include "lang/value.hpp"
#include "rng/mt19937.hpp"

namespace seedlab::libs {

struct RandomObj : lang::Obj {
    rng::Mt19937 mt;
    std::string seed_text = "entropy";   // how the state was seeded, for provenance
    std::string seed_rule;               // sentence naming the call that seeded it
    bool from_entropy = true;
    uint64_t draws = 0;                  // random() calls since the last seeding
    std::string owner = "random";        // "random" for the module instance, "Random" otherwise
    std::string type_name() const override { return "Random"; }
    std::string repr(lang::Interpreter&) const override { return "<random.Random object>"; }
    bool get_attr(lang::Interpreter& in, const std::string& name, lang::Value& out) override;

    // CPython's random_random: two 32-bit draws combined into 53 bits.
    double next_double();
    lang::ProvenancePtr provenance() const;
};

}  // namespace seedlab::libs
