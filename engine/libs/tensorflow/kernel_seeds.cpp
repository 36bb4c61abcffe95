// get_seed's arithmetic and GuardedPhiloxRandom::Init.
#include "libs/tensorflow/kernel_seeds.hpp"

#include <string>

namespace seedlab::libs::tf {

std::optional<SeedPair> resolve_seeds(std::optional<int64_t> global, std::optional<int64_t> op,
                                      const std::function<int64_t()>& draw_op_seed) {
    SeedPair seeds;
    if (global) {
        seeds.seed = *global;
        seeds.seed2 = op ? *op : truncate_seed(draw_op_seed());
    } else if (op) {
        seeds.seed = kDefaultGraphSeed;
        seeds.seed2 = *op;
    } else {
        return std::nullopt;
    }
    // (0, 0) would mean "non-deterministic" to the kernels.
    if (seeds.seed == 0 && seeds.seed2 == 0) seeds.seed2 = kMaxInt32;
    return seeds;
}

GuardedPhilox::GuardedPhilox(int64_t seed, int64_t seed2, const std::function<uint64_t()>& new64) {
    if (seed == 0 && seed2 == 0) {
        seed_ = new64();
        seed2_ = new64();
        from_entropy_ = true;
    } else {
        seed_ = static_cast<uint64_t>(seed);
        seed2_ = static_cast<uint64_t>(seed2);
    }
    gen_ = rng::TfPhiloxRandom(seed_, seed2_);
}

std::string counter_text(const rng::TfPhiloxRandom& gen) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (int w = 3; w >= 0; --w) {
        const uint32_t v = gen.counter()[static_cast<size_t>(w)];
        for (int d = 7; d >= 0; --d) out += kHex[(v >> (4 * d)) & 0xF];
        if (w) out += ':';
    }
    return out;
}

}  // namespace seedlab::libs::tf
