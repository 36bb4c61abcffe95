// TensorFlow's two shuffles (spec/tf-random.md s2.4 and s6):
//  * RandomShuffle / StatelessShuffle (core/kernels/random_shuffle_op.cc and the shared
//    helper): Fisher-Yates with j = i + word % (n - i), words from a SingleSampleAdapter;
//  * tf.data's shuffle buffer (core/kernels/data/shuffle_dataset_op.cc): the
//    Fixed/Random seed generators and ShuffleDatasetBase::Iterator's slice/buffer walk,
//    including the fused ShuffleAndRepeat form (count epochs, -1 for ever).
// Frozen stream: reproduces TF 2.x CPU behaviour; never "fix" anything here.
// What it is not: no tensors; elements are opaque 64-bit handles the caller maps.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

#include "rng/philox4x32.hpp"

namespace seedlab::libs::tf {

// The permutation RandomShuffle applies to the first dimension of size [n] (n >= 2),
// drawing n - 1 words from [gen]'s block stream: out[i] = in[perm[i]].
std::vector<int64_t> shuffle_permutation(const rng::TfPhiloxRandom& gen, int64_t n);

// ---- tf.data --------------------------------------------------------------------------

// FixedSeedGenerator (reshuffle_each_iteration=False) always gives (seed, seed2);
// RandomSeedGenerator (True) gives the next two words of
// SingleSampleAdapter(PhiloxRandom(seed, seed2)). Seeds (0, 0) must have been replaced
// by RandomSeeds (two New64 values) before construction.
class DatasetSeedGenerator {
public:
    DatasetSeedGenerator(int64_t seed, int64_t seed2, bool reshuffle_each_iteration);
    void generate(int64_t& seed, int64_t& seed2);
    int64_t seed() const { return seed_; }
    int64_t seed2() const { return seed2_; }

private:
    int64_t seed_, seed2_;
    bool reshuffle_;
    rng::TfPhiloxSingleSample single_;
};

// One iterator of a shuffle dataset. [count] is 1 for Dataset.shuffle, or the epochs of
// a fused ShuffleAndRepeat (-1: repeat for ever). [make_input] starts a new epoch of the
// input and returns a pull function giving the next handle or nullopt at its end.
class ShuffleIterator {
public:
    using Pull = std::function<std::optional<int64_t>()>;
    ShuffleIterator(DatasetSeedGenerator& seeds, int64_t buffer_size, int64_t count, std::function<Pull()> make_input);

    // The next element, or nullopt at the end of the sequence.
    std::optional<int64_t> next();
    // Words drawn from the current epoch's rng and the seeds it was built from.
    uint64_t random_samples() const { return num_random_samples_; }
    int64_t seed() const { return seed_; }
    int64_t seed2() const { return seed2_; }

private:
    struct Slice {
        int64_t start, end;
    };
    static constexpr size_t kMaxEpochsInBuffer = 3;

    bool should_fill() const;
    void fill_buffer();
    void reset_rng();

    DatasetSeedGenerator& seeds_;
    int64_t buffer_size_, count_;
    std::function<Pull()> make_input_;
    std::vector<int64_t> buffer_;
    std::deque<Slice> slices_;
    Pull input_;
    bool has_input_ = false;
    int64_t epoch_ = 0, num_elements_ = 0;
    bool data_produced_ = false;
    int64_t seed_ = 0, seed2_ = 0;
    uint64_t num_random_samples_ = 0;
    std::optional<rng::TfPhiloxSingleSample> rng_;
};

}  // namespace seedlab::libs::tf
