// What RandomState and Generator share for sequences (mtrand.pyx / _generator.pyx of
// numpy 1.24): the Fisher-Yates shuffle of lists and of an array's rows (swaps chosen
// by the caller's interval function, so each keeps its own stream), permutation's
// argument handling, and choice's population and p= checks, cdf/searchsorted and
// result assembly.
// What it is not: the sampling algorithms that differ between the two (random_state.cpp,
// generator.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "libs/numpy/random/objects.hpp"
#include "tensor/tensor.hpp"

namespace seedlab::libs::numpy::random {

// j = interval(i): a value in [0, i] (random_interval on the caller's generator).
using IntervalFn = std::function<uint64_t(uint64_t)>;

// shuffle(x): for i = n-1 down to [first], swap x[i] and x[interval(i)] along [axis]
// of an ndarray, or items of a list; other objects get NumPy's TypeError.
void shuffle_in_place(Interpreter& in, const Value& x, const IntervalFn& interval, int64_t axis = 0, int64_t first = 1);
// Swaps rows i and j (subarrays along axis 0) of [t] in its storage.
void swap_rows(tensor::Tensor& t, int64_t i, int64_t j);
// np.arange(n) as int64.
tensor::Tensor arange(Interpreter& in, int64_t n);
// a.take(idx, axis=0) for [idx] of shape [idx_shape].
tensor::Tensor take_rows(Interpreter& in, const tensor::Tensor& a, const std::vector<int64_t>& idx,
                         const tensor::Shape& idx_shape);
// permutation(x): an int (or NumPy int) gives a shuffled arange; an array-like a
// shuffled copy (rows when it has more than one dimension, along [axis]).
Value permutation(Interpreter& in, BitGeneratorObj& bg, const Value& x, const IntervalFn& interval, int64_t axis = 0);

// choice's population: an int n (as np.arange(n)), an array, or a list of
// non-numeric items (which the playground can return one at a time only).
struct Population {
    bool is_int = false;
    int64_t size = 0;
    tensor::Tensor array;
    std::vector<Value> items;  // non-numeric list elements
    bool has_items = false;
};

// NumPy's messages differ between RandomState.choice and Generator.choice.
struct ChoiceMessages {
    std::string not_int;     // a is a 0-d non-integer
    std::string int_nonpos;  // a <= 0
    std::string empty;       // a has no elements
    std::string p_ndim;
    std::string p_size;
};

Population choice_population(Interpreter& in, const Value& a, bool samples_taken, const ChoiceMessages& msg,
                             bool legacy_1d_only);
// p= converted and checked (kahan_sum, NaN, negative, sum within sqrt(eps)).
std::vector<double> choice_p(Interpreter& in, const Value& p, int64_t pop_size, const ChoiceMessages& msg);
// cdf = p.cumsum(); cdf /= cdf[-1].
std::vector<double> choice_cdf(const std::vector<double>& p);
// cdf.searchsorted(u, side='right').
int64_t searchsorted_right(const std::vector<double>& cdf, double u);
// The non-replacing p= loop both classes share; [uniforms](k) draws k uniforms.
std::vector<int64_t> choice_unique_with_p(std::vector<double> p, int64_t size,
                                          const std::function<std::vector<double>(int64_t)>& uniforms);
// choice's return value from the drawn indices: a Python int / array of ints for an
// int population, else the elements (a NumPy scalar for size=None).
Value choice_result(Interpreter& in, const Population& pop, const std::vector<int64_t>& idx,
                    const std::optional<tensor::Shape>& shape, lang::ProvenancePtr prov);

}  // namespace seedlab::libs::numpy::random
