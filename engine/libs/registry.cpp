// Registers every emulated library's modules.
#include "libs/registry.hpp"

#include "libs/pyos/os_module.hpp"
#include "libs/pyrandom/pyrandom.hpp"

namespace seedlab::libs {

lang::ModuleRegistry make_registry() {
    lang::ModuleRegistry r;
    register_pyrandom(r);
    register_os(r);
    return r;
}

}  // namespace seedlab::libs
