// The `numpy` module as NumPy 1.24 behaves: ndarray creation, arithmetic with
// broadcasting and value-based type promotion, reductions with NumPy's pairwise
// summation, indexing, printing (repr/str/printoptions) and NumPy scalars. Every
// printed number is exactly what CPython 3.11 with NumPy 1.24 prints.
// What it is not: numpy.random (engine/libs/numpy/random/), linalg, fft, strings,
// complex, float16, datetimes and object arrays: those raise unsupported errors.
#pragma once

#include "lang/modules.hpp"

namespace seedlab::libs {

// Registers the module "numpy" (its `random` attribute is numpy.random's module).
void register_numpy(lang::ModuleRegistry& registry);

}  // namespace seedlab::libs
