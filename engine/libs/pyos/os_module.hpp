// Python's `os` module, as far as seed tutorials use it: os.environ (the process
// environment as it was at start; assigning to it inside the script does not change
// how this process hashes strings, exactly as in CPython) and os.getenv.
// What it is not: no file system, no processes, no os.urandom (not reproducible).
#pragma once

#include "lang/modules.hpp"

namespace seedlab::libs {

void register_os(lang::ModuleRegistry& registry);

}  // namespace seedlab::libs
