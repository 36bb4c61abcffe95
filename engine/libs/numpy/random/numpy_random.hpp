// numpy.random as NumPy 1.24 implements it: the legacy RandomState (the module-level
// np.random.* functions are methods of a hidden global one, seeded from the run's
// entropy at import), Generator / default_rng, SeedSequence and the bit generators
// MT19937, PCG64, PCG64DXSM, Philox and SFC64. Every number matches NumPy's bits;
// every value returned carries provenance (generator, seed, words drawn, the call
// that chose the seed).
// What it is not: the rest of NumPy (engine/libs/numpy/ owns the numpy module and
// ndarray); distributions not listed in random_state.cpp / generator.cpp raise an
// "Unsupported" error naming the function.
#pragma once

#include "lang/interpreter.hpp"
#include "lang/modules.hpp"

namespace seedlab::libs {

// Registers the module "numpy.random".
void register_numpy_random(lang::ModuleRegistry& registry);

// The process's one numpy.random module object, built on first use. The numpy
// module's factory sets it as its `random` attribute, so `np.random` and
// `import numpy.random` are the same module with the same global RandomState.
lang::Value numpy_random_module(lang::Interpreter& in);

// The global RandomState behind np.random.* (numpy.random.mtrand._rand), which
// scikit-learn's check_random_state(None) returns.
lang::Value numpy_global_random_state(lang::Interpreter& in);

}  // namespace seedlab::libs
