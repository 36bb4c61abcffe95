// RandomShuffle's Fisher-Yates and tf.data's shuffle-buffer iterator.
#include "libs/tensorflow/kernel_shuffle.hpp"

#include <utility>

namespace seedlab::libs::tf {

std::vector<int64_t> shuffle_permutation(const rng::TfPhiloxRandom& gen, int64_t n) {
    std::vector<int64_t> perm(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) perm[static_cast<size_t>(i)] = i;
    rng::TfPhiloxSingleSample single(gen);
    for (int64_t i = 0; i + 1 < n; ++i) {
        const auto range = static_cast<uint32_t>(n - i);
        const int64_t j = i + static_cast<int64_t>(single.next_u32() % range);
        std::swap(perm[static_cast<size_t>(i)], perm[static_cast<size_t>(j)]);
    }
    return perm;
}

DatasetSeedGenerator::DatasetSeedGenerator(int64_t seed, int64_t seed2, bool reshuffle_each_iteration)
    : seed_(seed), seed2_(seed2), reshuffle_(reshuffle_each_iteration),
      single_(rng::TfPhiloxRandom(static_cast<uint64_t>(seed), static_cast<uint64_t>(seed2))) {}

void DatasetSeedGenerator::generate(int64_t& seed, int64_t& seed2) {
    if (!reshuffle_) {
        seed = seed_;
        seed2 = seed2_;
        return;
    }
    seed = single_.next_u32();
    seed2 = single_.next_u32();
}

ShuffleIterator::ShuffleIterator(DatasetSeedGenerator& seeds, int64_t buffer_size, int64_t count,
                                 std::function<Pull()> make_input)
    : seeds_(seeds), buffer_size_(buffer_size), count_(count), make_input_(std::move(make_input)),
      buffer_(static_cast<size_t>(buffer_size)) {
    // Iterator::Initialize: the first epoch already uses generated seeds.
    seeds_.generate(seed_, seed2_);
    reset_rng();
}

void ShuffleIterator::reset_rng() {
    rng_.emplace(rng::TfPhiloxRandom(static_cast<uint64_t>(seed_), static_cast<uint64_t>(seed2_)));
    rng_->skip(num_random_samples_);
}

bool ShuffleIterator::should_fill() const {
    if (!has_input_ && count_ != -1 && epoch_ >= count_) return false;
    if (slices_.size() > kMaxEpochsInBuffer && num_elements_ > 0) return false;
    return num_elements_ < buffer_size_;
}

void ShuffleIterator::fill_buffer() {
    while (should_fill()) {
        if (!has_input_) {
            // PrepareNextEpoch: a new slice starting where the last one ended.
            const int64_t n = slices_.empty() ? 0 : slices_.back().end;
            slices_.push_back({n, n});
            input_ = make_input_();
            has_input_ = true;
            ++epoch_;
        }
        std::optional<int64_t> element = input_();
        if (element) {
            data_produced_ = true;
            buffer_[static_cast<size_t>(slices_.back().end % buffer_size_)] = *element;
            ++num_elements_;
            ++slices_.back().end;
            continue;
        }
        has_input_ = false;
        input_ = nullptr;
        // An input that ends without producing anything ends the iteration (else an
        // endless repeat of an empty input would never return).
        if (!data_produced_ && count_ == -1) return;
    }
}

std::optional<int64_t> ShuffleIterator::next() {
    fill_buffer();
    if (num_elements_ == 0) return std::nullopt;
    // ClearEmptySlices: a finished epoch re-seeds the rng for the next one.
    while (slices_.front().start == slices_.front().end) {
        slices_.pop_front();
        num_random_samples_ = 0;
        seeds_.generate(seed_, seed2_);
        reset_rng();
    }
    Slice& front = slices_.front();
    ++num_random_samples_;
    const int64_t offset = static_cast<int64_t>(rng_->next_u32()) % (front.end - front.start);
    const int64_t index = (front.start + offset) % buffer_size_;
    const int64_t out = buffer_[static_cast<size_t>(index)];
    std::swap(buffer_[static_cast<size_t>(index)], buffer_[static_cast<size_t>(front.start % buffer_size_)]);
    ++front.start;
    --num_elements_;
    return out;
}

}  // namespace seedlab::libs::tf
