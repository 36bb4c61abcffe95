// The CPU Multinomial kernel. See kernel_multinomial.hpp.
#include "libs/tensorflow/kernel_multinomial.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "libs/tensorflow/kernel_conversions.hpp"
#include "math/libm.hpp"

namespace seedlab::libs::tf {

std::vector<int64_t> multinomial_samples(const rng::TfPhiloxRandom& gen, const std::vector<double>& logits, int64_t batch, int64_t classes,
                                         int64_t num_samples) {
    std::vector<int64_t> out(static_cast<size_t>(batch * num_samples));
    std::vector<double> cdf(static_cast<size_t>(classes));
    // One shard: its generator skips start_row * (num_samples + 3) / 4 = 0 blocks and then
    // serves every row in turn, two 32-bit words per sample.
    rng::TfPhiloxSingleSample single(gen);
    for (int64_t b = 0; b < batch; ++b) {
        const double* row = logits.data() + b * classes;
        double max = std::numeric_limits<double>::lowest();
        for (int64_t j = 0; j < classes; ++j)
            if (std::isfinite(row[j])) max = std::max(max, row[j]);
        double total = 0;
        for (int64_t j = 0; j < classes; ++j) {
            if (std::isfinite(row[j])) total += math::exp(row[j] - max);
            cdf[static_cast<size_t>(j)] = total;
        }
        for (int64_t s = 0; s < num_samples; ++s) {
            const uint32_t x0 = single.next_u32(), x1 = single.next_u32();
            const double to_find = uint64_to_double(x0, x1) * total;  // SimplePhilox::RandDouble
            out[static_cast<size_t>(b * num_samples + s)] = std::upper_bound(cdf.begin(), cdf.end(), to_find) - cdf.begin();
        }
    }
    return out;
}

}  // namespace seedlab::libs::tf
