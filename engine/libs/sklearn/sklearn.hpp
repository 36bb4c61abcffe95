// scikit-learn 1.2's seeded data splitting as the playground emulates it:
// sklearn.model_selection (train_test_split, KFold, StratifiedKFold, ShuffleSplit,
// StratifiedShuffleSplit, RepeatedKFold, RepeatedStratifiedKFold) and sklearn.utils
// (shuffle, resample, check_random_state). Every index drawn comes from the emulated
// numpy.random.RandomState through its own methods, so the splits equal the real ones.
// What it is not: no estimators, metrics, datasets or sparse matrices; importing
// another sklearn module gives the playground's "not supported" error.
#pragma once

#include "lang/modules.hpp"

namespace seedlab::libs {

// Registers "sklearn", "sklearn.model_selection" and "sklearn.utils".
void register_sklearn(lang::ModuleRegistry& registry);

}  // namespace seedlab::libs
