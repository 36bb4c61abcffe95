// NumPy 1.24's reductions with bit-identical float results: sum/mean/var/std use
// NumPy's pairwise summation (blocks of 8, unrolled, PW_BLOCKSIZE 128) over the
// same runs NumPy's reduction iterator hands its inner loop (the reduced axes that
// are innermost in memory order, in chunks of 8192 elements; sequential accumulation
// over the others), and
// the result dtypes and scalar/array division rules of numpy/core/_methods.py.
// What it is not: no where= or out= arguments, no nan-functions.
#pragma once

#include <optional>

#include "libs/numpy/objects.hpp"

namespace seedlab::libs::numpy {

enum class Reduction { Sum, Prod, Min, Max, Mean, Var, Std, Argmin, Argmax, All, Any, Cumsum, Cumprod, Ptp };

struct ReduceArgs {
    lang::Value axis;                  // None, an int or a tuple of ints
    std::optional<tensor::DType> dtype;
    bool keepdims = false;
    int64_t ddof = 0;                  // var/std
};

// The reduction [r] of [a] as np.<r>(a, axis=..., dtype=..., keepdims=...) returns it.
lang::Value reduce(lang::Interpreter& in, Reduction r, const Operand& a, const ReduceArgs& args);

// NumPy's pairwise summation of [n] elements at [p] with element stride [stride].
double pairwise_sum(const double* p, int64_t n, int64_t stride);
float pairwise_sum(const float* p, int64_t n, int64_t stride);

}  // namespace seedlab::libs::numpy
