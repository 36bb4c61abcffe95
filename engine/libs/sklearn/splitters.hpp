// The cross-validator classes of sklearn.model_selection (KFold, StratifiedKFold,
// ShuffleSplit, StratifiedShuffleSplit, RepeatedKFold, RepeatedStratifiedKFold):
// constructors with scikit-learn 1.2's checks, reprs, get_n_splits, and split()
// returning a lazy generator that draws from the RandomState exactly when
// scikit-learn's generator would (so a loop body's own draws interleave the same way).
// What it is not: the index arithmetic (split_algorithms.cpp).
#pragma once

#include <string>

#include "lang/value.hpp"

namespace seedlab::libs::sklearn {

// The class object for [name] ("KFold", ...), as sklearn.model_selection exports it.
lang::Value splitter_class(const std::string& name);
// The names splitter_class knows, in the order the module lists them.
const char* const* splitter_names();

}  // namespace seedlab::libs::sklearn
