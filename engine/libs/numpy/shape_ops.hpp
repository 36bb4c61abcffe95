// Shape manipulation shared by the numpy functions and the ndarray methods:
// reshape (with -1), transpose, squeeze, expand_dims, concatenate/stack, tolist,
// and the matrix products (dot, matmul, @) with their exactness guard.
// What it is not: no elementwise math (ufunc.hpp) and no reductions (reduce.hpp).
#pragma once

#include <vector>

#include "libs/numpy/objects.hpp"

namespace seedlab::libs::numpy {

// a.reshape(shape): [dims] are the Python values given (one tuple, or ints).
tensor::Tensor reshape(lang::Interpreter& in, const tensor::Tensor& t, const std::vector<lang::Value>& dims);
// a.transpose(axes) / a.T; [axes] empty reverses the axes.
tensor::Tensor transpose(lang::Interpreter& in, const tensor::Tensor& t, const std::vector<lang::Value>& axes);
tensor::Tensor squeeze(lang::Interpreter& in, const tensor::Tensor& t, const lang::Value& axis);
tensor::Tensor expand_dims(lang::Interpreter& in, const tensor::Tensor& t, const lang::Value& axis);
// np.concatenate / np.stack of [arrays] along [axis] (None flattens, for concatenate).
tensor::Tensor concatenate(lang::Interpreter& in, const std::vector<tensor::Tensor>& arrays, const lang::Value& axis);
tensor::Tensor stack(lang::Interpreter& in, const std::vector<tensor::Tensor>& arrays, int64_t axis);
// a.tolist(): nested lists of Python scalars.
lang::Value tolist(lang::Interpreter& in, const tensor::Tensor& t, const lang::ProvenancePtr& prov);
// The Python value of one element (a.item()).
lang::Value python_scalar_value(const tensor::Scalar& s, const lang::ProvenancePtr& prov);

// np.dot / np.matmul / a @ b. Integer products are exact; float products go through
// BLAS in NumPy (blocking and FMA order unknown), so they are computed only when
// every product and partial sum is exact, which makes the order irrelevant, and
// raise unsupported otherwise.
lang::Value matmul_value(lang::Interpreter& in, const Operand& a, const Operand& b, bool is_dot = false);

// Normalises an axis argument against [ndim] (numpy.AxisError when out of range).
int64_t normalize_axis(lang::Interpreter& in, const lang::Value& axis, int64_t ndim);

}  // namespace seedlab::libs::numpy
