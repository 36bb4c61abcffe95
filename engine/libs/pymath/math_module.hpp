// CPython 3.11's `math` module for what seed scripts compute with it: the functions the
// engine's portable libm provides (identical to glibc, natively and in WebAssembly),
// exact ones (floor, ceil, trunc, fabs, copysign, fmod, isclose, isnan, isinf,
// isfinite, factorial, gcd), and the constants, with CPython's domain/range errors.
// What it is not: functions the libm lacks (log2, hypot, gamma, lgamma, cbrt, fsum,
// ...), which raise the playground's "not supported" error instead of a guess.
#pragma once

#include "lang/modules.hpp"

namespace seedlab::libs {

// Registers the module "math".
void register_math(lang::ModuleRegistry& registry);

}  // namespace seedlab::libs
