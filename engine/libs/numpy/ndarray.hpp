// The public face of the emulated numpy.ndarray for other emulated libraries
// (numpy.random, sklearn, tensorflow): wrap a tensor::Tensor as a Python ndarray,
// get the tensor back out of a value, convert Python array-likes, dtype= and
// shape= arguments as NumPy 1.24 does, and make NumPy scalars (np.float64, ...).
// What it is not: no operators, indexing or printing (ndarray.cpp and the numpy
// module implement those behind the object).
#pragma once

#include <optional>

#include "lang/interpreter.hpp"
#include "lang/value.hpp"
#include "tensor/tensor.hpp"

namespace seedlab::libs::numpy {

// ---- arrays -------------------------------------------------------------------------

// Wraps [t] (shared, not copied) as a numpy.ndarray. [prov], when given, is attached
// to every element the array prints (its number spans), and to the scalars and
// arrays indexed out of it. Raises the interpreter's limit error when [t] is larger
// than the process may hold.
lang::Value make_ndarray(lang::Interpreter& in, tensor::Tensor t, lang::ProvenancePtr prov = nullptr);

// The tensor of an ndarray value, or null when [v] is not an ndarray. Writes through
// the pointer are visible to every Python reference of the array.
tensor::Tensor* as_tensor(const lang::Value& v);

// Sets / reads the provenance of an ndarray value (null when none, or not an array).
void set_provenance(const lang::Value& array, lang::ProvenancePtr prov);
lang::ProvenancePtr provenance_of(const lang::Value& array);

// ---- scalars ------------------------------------------------------------------------

// A NumPy scalar of [s]'s dtype: np.float64(0.5) prints "0.5", np.float32 prints its
// shortest float32 digits, np.int64 prints like an int, np.bool_ as True/False.
lang::Value make_scalar(lang::Interpreter& in, const tensor::Scalar& s, lang::ProvenancePtr prov = nullptr);

// The element of a NumPy scalar value, or nullopt when [v] is not one.
std::optional<tensor::Scalar> as_numpy_scalar(const lang::Value& v);

// What a NumPy function returns for result [t]: the NumPy scalar of its element when
// [t] is 0-d, else the array.
lang::Value make_result(lang::Interpreter& in, tensor::Tensor t, lang::ProvenancePtr prov = nullptr);

// ---- conversions of arguments ---------------------------------------------------------

// np.asarray([v], dtype=[dtype]): an ndarray's own tensor (shared, unless a cast is
// needed), a NumPy or Python scalar as a 0-d tensor, or nested lists/tuples as
// np.array builds them (inferred dtype: bool < int64 < float64; Python ints too
// large for int64 become uint64 or raise OverflowError as NumPy does). Raises
// ValueError for ragged nesting, TypeError for non-numeric elements.
tensor::Tensor to_tensor(lang::Interpreter& in, const lang::Value& v, std::optional<tensor::DType> dtype = std::nullopt);

// A dtype= argument: None gives nullopt; accepted are np.float64 and the other type
// objects, np.dtype(...) values, Python's float/int/bool, and names ("float32", "f8",
// "int", "uint8", ...). Raises TypeError for an unknown dtype; float16 and other
// types the playground lacks raise lang::unsupported.
std::optional<tensor::DType> to_dtype(lang::Interpreter& in, const lang::Value& v);

// A shape=/size= argument: an int or a tuple/list of ints (NumPy ints accepted).
// Raises ValueError "negative dimensions are not allowed" and TypeError for others.
// (None is not a shape: callers handle size=None themselves.)
tensor::Shape to_shape(lang::Interpreter& in, const lang::Value& v);

}  // namespace seedlab::libs::numpy
