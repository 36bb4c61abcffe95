// ndarray indexing as NumPy 1.24 does it: basic indexing (ints, slices, None,
// Ellipsis) gives views or scalars; advanced indexing (integer arrays and lists,
// boolean masks, with integers counted as advanced once any array index is present)
// gives copies, with the advanced dimensions in place when adjacent and first
// otherwise. Assignment casts and broadcasts the value over the selection.
// What it is not: no field (structured dtype) access.
#pragma once

#include "libs/numpy/objects.hpp"

namespace seedlab::libs::numpy {

// a[key]
lang::Value index_get(lang::Interpreter& in, const NdArrayObj& a, const lang::Value& key);
// a[key] = value
void index_set(lang::Interpreter& in, NdArrayObj& a, const lang::Value& key, const lang::Value& value);

}  // namespace seedlab::libs::numpy
