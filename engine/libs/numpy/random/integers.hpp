// Bounded random integers of every dtype as NumPy 1.24's _bounded_integers.pyx.in
// drives them: RandomState.randint (masked rejection) and Generator.integers
// (Lemire), with Python-int bounds checks per dtype, the exact error messages, the
// empty-size shortcut, and NumPy's return types (np.int8 scalars, or a Python int /
// bool when dtype is the builtin int / bool and size is None).
// What it is not: array-valued low/high (broadcasting) — those raise unsupported.
#pragma once

#include "libs/numpy/random/objects.hpp"

namespace seedlab::libs::numpy::random {

// [dtype] is a dtype argument, or None for the Python builtin int (randint's default).
// [masked]: RandomState's rejection sampling; else Lemire. [closed]: include high.
Value bounded_integers(Interpreter& in, BitGeneratorObj& bg, Value low, Value high, const Value& size, const Value& dtype,
                       bool masked, bool closed, const char* method);

}  // namespace seedlab::libs::numpy::random
