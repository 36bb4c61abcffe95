// NumPy 1.24's array printing (numpy/core/arrayprint.py): array2string, repr and str
// of arrays with FloatingFormat / IntegerFormat / BoolFormat, line wrapping with the
// "array(" indentation, summarisation with "..." beyond the threshold, the dtype
// suffix of repr, and the repr/str of NumPy scalars. Every printed element is
// reported as a span so callers can mark numbers in the output.
// What it is not: no Python objects (libs/numpy/ wraps these), no legacy='1.13'
// mode, no custom formatter= functions, no complex/str/datetime dtypes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "tensor/tensor.hpp"

namespace seedlab::tensor {

// np.set_printoptions state (NumPy's defaults).
struct PrintOptions {
    int precision = 8;
    int64_t threshold = 1000;
    int edgeitems = 3;
    int linewidth = 75;
    bool suppress = false;
    std::string nanstr = "nan";
    std::string infstr = "inf";
    char sign = '-';                     // '-', '+' or ' '
    std::string floatmode = "maxprec";   // "fixed", "unique", "maxprec", "maxprec_equal"
};

// Printed text and the [start, length) byte ranges of the elements in it, in order.
struct Printed {
    std::string text;
    std::vector<std::pair<size_t, size_t>> numbers;
};

// np.array2string(a, separator=[separator], prefix=[prefix]) with the linewidth
// reduced by [suffix_len] (as array_repr does for its ")" or ",").
Printed array2string(const Tensor& a, const PrintOptions& opt, const std::string& separator, const std::string& prefix,
                     size_t suffix_len = 0);

// repr(a): "array([1., 2.])", "array([1, 2], dtype=int32)", "array([], dtype=float64)".
// [class_name] replaces "array" for subclasses.
Printed array_repr(const Tensor& a, const PrintOptions& opt, const std::string& class_name = "array");

// str(a): "[1. 2.]"; a 0-d array prints like its scalar.
Printed array_str(const Tensor& a, const PrintOptions& opt);

// repr()/str() of a NumPy scalar of [s.dtype] in 1.24 ("0.5", "1e-05", "3", "True").
std::string scalar_repr(const Scalar& s);

// Whether repr() of an array of [d] omits the dtype (float64, int64, bool).
bool dtype_is_implied(DType d);

}  // namespace seedlab::tensor
