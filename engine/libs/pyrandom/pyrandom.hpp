// Python's `random` module as CPython 3.11 implements it (Lib/random.py over
// Modules/_randommodule.c): MT19937 seeded by init_by_array from the seed's 32-bit
// words, 53-bit random(), and the module-level functions as methods of a hidden
// default Random instance.
// What it is not: no SystemRandom (it is not reproducible by design).
#pragma once

#include "lang/modules.hpp"

namespace seedlab::libs {

// Registers the module "random".
void register_pyrandom(lang::ModuleRegistry& registry);

}  // namespace seedlab::libs
