// TF's CPU Multinomial kernel (core/kernels/multinomial_op.cc), behind
// tf.random.categorical and tf.random.stateless_categorical: the draw reserves
// batch * ceil4(num_samples) * 2 outputs (x256 blocks) of its generator; row b skips
// b * (num_samples + 3) / 4 blocks, takes SimplePhilox doubles (two 32-bit words each), and
// returns upper_bound over the unnormalised CDF of exp(logit - max finite logit), summed in
// double over finite logits, of RandDouble() * total.
// What it is not: the GPU kernel (Gumbel-max over noises), or the pre-2017 float CDF.
#pragma once

#include <cstdint>
#include <vector>

#include "rng/philox4x32.hpp"

namespace seedlab::libs::tf {

// Outputs (row-major [batch, num_samples]) for logits given as doubles ([batch, classes]),
// from [gen], the generator the kernel reserved. math::exp gives glibc's exp; Eigen's packet
// exp could differ in a last bit, which moves a sample only when a uniform falls within
// one ulp of a CDF step.
std::vector<int64_t> multinomial_samples(const rng::TfPhiloxRandom& gen, const std::vector<double>& logits, int64_t batch, int64_t classes,
                                         int64_t num_samples);

// How far one Multinomial call advances its generator, in 128-bit blocks.
inline uint64_t multinomial_reserve_blocks(int64_t batch, int64_t num_samples) {
    return static_cast<uint64_t>(batch) * static_cast<uint64_t>((num_samples + 3) / 4 * 4 * 2) * 256u;
}

}  // namespace seedlab::libs::tf
