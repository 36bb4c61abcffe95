// Attributes and methods of numpy.ndarray (a.shape, a.T, a.reshape(...), a.sum(...),
// ...), each method bound with its NumPy signature.
// What it is not: the implementations live in shape_ops, reduce, ufunc and indexing.
#pragma once

#include <memory>
#include <string>

#include "libs/numpy/objects.hpp"

namespace seedlab::libs::numpy {

// Looks up attribute [name] of [self]; false when ndarray has no such attribute.
bool ndarray_attribute(lang::Interpreter& in, const std::shared_ptr<NdArrayObj>& self, const std::string& name, lang::Value& out);

}  // namespace seedlab::libs::numpy
