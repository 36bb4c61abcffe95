// TF's CPU Multinomial kernel (core/kernels/multinomial_op.cc), behind
// tf.random.categorical and tf.random.stateless_categorical: the draw reserves
// batch * ceil4(num_samples) * 2 outputs (x256 blocks) of its generator; the rows are
// sharded over threads, each shard skipping start_row * (num_samples + 3) / 4 blocks and then
// serving its rows in turn with SimplePhilox doubles (two 32-bit words each); a sample is
// upper_bound over the unnormalised CDF of exp(logit - max finite logit), summed in double
// over finite logits, of RandDouble() * total.
// What it is not: several shards (their split depends on the machine's thread count; the
// caller marks such calls as not pinned), the GPU kernel, or the pre-2017 float CDF.
#pragma once

#include <cmath>
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

// Whether TF runs the call as one shard on any machine: Shard() hands the rows to Eigen's
// parallelFor with cost 50 * (num_samples * log2(classes) + classes) per row, which splits
// them only when the total cost passes about 100,000 cycles (its per-thread cost).
inline bool multinomial_single_shard(int64_t batch, int64_t classes, int64_t num_samples) {
    const auto cost = static_cast<int64_t>(50 * (static_cast<double>(num_samples) * std::log(static_cast<double>(classes)) / std::log(2.0) +
                                                 static_cast<double>(classes)));
    return batch <= 1 || batch * cost < 100000;
}

// How far one Multinomial call advances its generator, in 128-bit blocks.
inline uint64_t multinomial_reserve_blocks(int64_t batch, int64_t num_samples) {
    return static_cast<uint64_t>(batch) * static_cast<uint64_t>((num_samples + 3) / 4 * 4 * 2) * 256u;
}

}  // namespace seedlab::libs::tf
