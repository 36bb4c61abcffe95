// Generator split keys, replica keys and stateless_split words.
#include "libs/tensorflow/kernel_generator.hpp"

#include "libs/tensorflow/kernel_fill.hpp"

namespace seedlab::libs::tf {

std::vector<uint64_t> split_keys(GeneratorState& parent, int64_t count) {
    const GeneratorState before = read_and_skip(parent, static_cast<uint64_t>(count));
    return fill_full_int64(philox_of_state(before), count);
}

uint64_t replica_key(uint64_t key, uint64_t replica_id) {
    return fill_full_int64(rng::TfPhiloxRandom::from_counter_key_mem(replica_id, 0, key), 1)[0];
}

std::vector<int32_t> stateless_split_int32(uint64_t s0, uint64_t s1, int64_t num) {
    const auto kc = rng::tf_stateless_key_counter(s0, s1);
    const auto words = fill_full_int32(rng::TfPhiloxRandom(kc.counter, kc.key), 2 * num);
    return std::vector<int32_t>(words.begin(), words.end());
}

std::vector<int64_t> stateless_split_int64(uint64_t s0, uint64_t s1, int64_t num) {
    const auto kc = rng::tf_stateless_key_counter(s0, s1);
    const auto words = fill_full_int64(rng::TfPhiloxRandom(kc.counter, kc.key), 2 * num);
    return std::vector<int64_t>(words.begin(), words.end());
}

}  // namespace seedlab::libs::tf
