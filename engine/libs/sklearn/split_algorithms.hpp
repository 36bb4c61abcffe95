// The index arithmetic of scikit-learn 1.2's splitters (sklearn/model_selection/_split.py,
// utils/__init__.py): _validate_shuffle_split, _approximate_mode, one ShuffleSplit or
// StratifiedShuffleSplit draw, and the folds of KFold / StratifiedKFold. Randomness
// comes only from calling the given RandomState's own methods (permutation, shuffle,
// choice) in the order scikit-learn calls them, so the streams stay in step.
// What it is not: the Python objects and their lazy generators (splitters.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "libs/sklearn/arrays.hpp"

namespace seedlab::libs::sklearn {

using Split = std::pair<Value, Value>;  // (train indices, test indices)

struct SplitSizes {
    int64_t n_train = 0;
    int64_t n_test = 0;
};

// _validate_shuffle_split with its ValueErrors; [default_test_size] applies when both
// sizes are None.
SplitSizes validate_shuffle_split(Interpreter& in, int64_t n_samples, const Value& test_size, const Value& train_size,
                                  std::optional<double> default_test_size);

// _approximate_mode(class_counts, n_draws, rng): ties broken by rng.choice.
std::vector<int64_t> approximate_mode(Interpreter& in, const std::vector<int64_t>& class_counts, int64_t n_draws,
                                      const Value& rng);

// One ShuffleSplit split: rng.permutation(n_samples), test first then train.
Split shuffle_split_once(Interpreter& in, int64_t n_samples, const SplitSizes& sizes, const Value& rng);

// StratifiedShuffleSplit: what _iter_indices computes once per split() call, then one split.
struct StratifiedPlan {
    Labels labels;
    std::vector<std::vector<int64_t>> class_indices;  // samples of each class, ascending
    SplitSizes sizes;
};
StratifiedPlan stratified_plan(Interpreter& in, const Value& y, const SplitSizes& sizes);
Split stratified_split_once(Interpreter& in, const StratifiedPlan& plan, const Value& rng);

// np.arange(n) as an index array, shuffled in place by rng.shuffle unless [rng] is None.
Value shuffled_indices(Interpreter& in, int64_t n, const Value& rng);

// All folds of KFold (rng is None when shuffle is False) and of StratifiedKFold, each
// (train, test) in ascending index order as scikit-learn's masks give them.
std::vector<Split> kfold_folds(Interpreter& in, int64_t n_samples, int64_t n_splits, const Value& rng);
std::vector<Split> stratified_kfold_folds(Interpreter& in, const Value& y, int64_t n_splits, const Value& rng);

}  // namespace seedlab::libs::sklearn
