// The one place that lists every emulated library: builds the module registry a
// process imports from.
// What it is not: no module code.
#pragma once

#include "lang/modules.hpp"

namespace seedlab::libs {

lang::ModuleRegistry make_registry();

}  // namespace seedlab::libs
