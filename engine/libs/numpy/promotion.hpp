// NumPy 1.24's type promotion: np.promote_types, the legacy value-based
// np.result_type (scalars, including Python ints and floats and 0-d arrays, only
// count by value when their kind is not above the arrays'), and the casting rules
// used by astype checks and in-place operators.
// What it is not: no arithmetic (ufunc.cpp).
#pragma once

#include <optional>
#include <vector>

#include "libs/numpy/objects.hpp"
#include "tensor/dtype.hpp"

namespace seedlab::libs::numpy {

// np.promote_types(a, b). float16 appears only as an intermediate.
tensor::DType promote_types(tensor::DType a, tensor::DType b);

// np.result_type of the operands with NumPy 1.24's value-based logic.
tensor::DType result_type(const std::vector<const Operand*>& ops);

// NumPy's default ufunc type resolver (linear_search_type_resolver): the first loop
// type of [loops], in the ufunc's order, that every operand casts to safely, scalars
// by value when value-based casting applies. nullopt when none does.
std::optional<tensor::DType> linear_search(const std::vector<const Operand*>& ops, const std::vector<tensor::DType>& loops);

// np.can_cast(from, to, casting='safe') and casting='same_kind'.
bool can_cast_safe(tensor::DType from, tensor::DType to);
bool can_cast_same_kind(tensor::DType from, tensor::DType to);

}  // namespace seedlab::libs::numpy
