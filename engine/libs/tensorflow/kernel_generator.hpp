// tf.random.Generator's Philox state arithmetic and the stateless seed helpers
// (spec/tf-random.md s4-5; ops/stateful_random_ops.py, kernels/stateful_random_ops_cpu_gpu.h,
// kernels/random_ops_util.h, ops/stateless_random_ops.py):
//  * state memory [c0|c1<<32, c2|c3<<32, k0|k1<<32] <-> PhiloxRandom;
//  * rng_read_and_skip: the state before, then counter += 256*delta (Skip semantics);
//  * split keys (UniformFullInt64 at the parent's counter), the replica-id key hash;
//  * stateless_split / stateless_fold_in words.
// What it is not: no Python objects, no ThreeFry (XLA only; the Python layer refuses it).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "rng/philox4x32.hpp"

namespace seedlab::libs::tf {

// The int64 state variable of a Philox Generator, as unsigned words.
using GeneratorState = std::array<uint64_t, 3>;

inline rng::TfPhiloxRandom philox_of_state(const GeneratorState& s) {
    return rng::TfPhiloxRandom::from_counter_key_mem(s[0], s[1], s[2]);
}

inline GeneratorState state_of_philox(const rng::TfPhiloxRandom& g) {
    const auto& c = g.counter();
    const auto& k = g.key();
    return {c[0] | (static_cast<uint64_t>(c[1]) << 32), c[2] | (static_cast<uint64_t>(c[3]) << 32),
            k[0] | (static_cast<uint64_t>(k[1]) << 32)};
}

// RngReadAndSkip / UpdateMemWithPhiloxRandom: returns the state before the call and
// advances the stored counter by [delta] * 256 blocks.
inline GeneratorState read_and_skip(GeneratorState& state, uint64_t delta) {
    const GeneratorState before = state;
    rng::TfPhiloxRandom g = philox_of_state(state);
    g.skip(delta * 256);
    state = state_of_philox(g);
    return before;
}

// Generator.split(count): the int64 keys of the children (UniformFullInt64 from the
// parent's counter/key); the parent advances by count * 256. Child i has state [0, 0, key_i].
std::vector<uint64_t> split_keys(GeneratorState& parent, int64_t count);

// The key a replica [replica_id] uses under a distribution strategy:
// StatelessRandomUniformFullIntV2(shape=[1], key, counter=[replica_id, 0], uint64).
uint64_t replica_key(uint64_t key, uint64_t replica_id);

// tf.random.experimental.stateless_split(seed, num) for an int32 seed: num pairs of words.
std::vector<int32_t> stateless_split_int32(uint64_t s0, uint64_t s1, int64_t num);
std::vector<int64_t> stateless_split_int64(uint64_t s0, uint64_t s1, int64_t num);

}  // namespace seedlab::libs::tf
