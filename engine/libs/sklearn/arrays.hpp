// What scikit-learn's validation helpers do to the playground's arrays and lists:
// _num_samples, check_consistent_length, _safe_indexing by an index array,
// check_random_state, and the class labels of a target (np.unique's sorted classes,
// inverse and first occurrences; type_of_target's binary/multiclass/continuous).
// What it is not: the splitting algorithms (shuffle_split.cpp, splitters.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"
#include "lang/value.hpp"

namespace seedlab::libs::sklearn {

using lang::Interpreter;
using lang::Value;

// _num_samples(x): the length of a list/tuple/range or the first dimension of an ndarray.
int64_t num_samples(Interpreter& in, const Value& x);
// check_consistent_length over the non-None [arrays].
void check_consistent_length(Interpreter& in, const std::vector<Value>& arrays);
// _safe_indexing(x, indices) along the first axis: an ndarray gives an ndarray (with the
// indices' provenance, since they decided the order), anything else a list.
Value safe_indexing(Interpreter& in, const Value& x, const Value& indices);

// check_random_state(seed): None (or the numpy.random module) is NumPy's global
// RandomState, an integer seeds a new RandomState, a RandomState is used as it is.
Value check_random_state(Interpreter& in, const Value& seed);
// Calls method [name] of a RandomState value with positional arguments.
Value call_rng(Interpreter& in, const Value& rng, const std::string& name, std::vector<Value> args);

// An int64 ndarray of [values], and the int64 values of an index array back.
Value index_array(Interpreter& in, const std::vector<int64_t>& values);
std::vector<int64_t> index_values(Interpreter& in, const Value& array);

// True for what numbers.Integral accepts: int, bool and NumPy integer scalars.
bool is_integral(const Value& v);

// The class structure of a 1-D target: classes sorted as np.unique sorts them, each
// sample's class (inverse), each class's first sample, and type_of_target's verdict.
struct Labels {
    int64_t n_classes = 0;
    std::vector<int64_t> inverse;      // class of each sample, in sorted-class order
    std::vector<int64_t> first_index;  // first sample of each class
    std::vector<int64_t> counts;       // np.bincount(inverse)
    bool continuous = false;           // floats that are not all integral
};
Labels labels_of(Interpreter& in, const Value& y, const std::string& what);

}  // namespace seedlab::libs::sklearn
