// Keras 3's keras.random (TF backend, Keras 3.0-3.3 as TF 2.16 installs it; spec/tf-random.md
// s7.1): SeedGenerator (a uint32 state [seed, 0]; next() returns it and adds [0, 1]), the
// lazily made global generator (seeded from Python's random; next(ordered=False) steps
// (state + 1) * 5387 % 933199 in uint32), draw_seed, and uniform / normal /
// truncated_normal / randint as tf.random.stateless_* with int32(seed), dropout as
// tf.nn.experimental.stateless_dropout. set_random_seed drops the global generator.
// What it is not: keras.random.shuffle, categorical, gamma and the other
// distributions (they raise the playground's "not supported" error), and Keras 2 (which
// has no keras.random).
#pragma once

#include <array>
#include <cstdint>
#include <memory>

#include "lang/interpreter.hpp"
#include "lang/objects.hpp"

namespace seedlab::libs::keras {

struct SeedGeneratorObj : lang::Obj {
    std::array<uint32_t, 2> state{};
    lang::Value initial_seed;
    std::string type_name() const override { return "SeedGenerator"; }
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;
    std::array<uint32_t, 2> next(bool ordered);
};

// SeedGenerator(seed): state [seed, 0], seed None drawing make_default_seed().
std::shared_ptr<SeedGeneratorObj> make_seed_generator(lang::Interpreter& in, const lang::Value& seed);
// draw_seed(seed) cast to int32: the [a, b] list a stateless op takes, from a
// SeedGenerator (its next seed), an int ([seed, 0]) or None (the global generator).
lang::Value draw_seed(lang::Interpreter& in, const lang::Value& seed);
// keras.random's attributes (the functions and SeedGenerator), to put on the module.
void add_random_functions(lang::ModuleObj& module);
// keras.utils.set_random_seed's part in keras.random: forget the global generator.
void reset_global_seed_generator(lang::Interpreter& in);

}  // namespace seedlab::libs::keras
