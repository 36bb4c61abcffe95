// Runs a function on a thread with a large stack (native builds). The tree-walking
// interpreter recurses in C++ for every Python call and nested expression; CPython's
// recursion limit of 1000 frames needs more than the 8 MB main-thread stack, more so
// under AddressSanitizer. WebAssembly builds reserve their stack at link time instead.
// What it is not: no concurrency; the caller waits for the function to finish.
#pragma once

#include <functional>

namespace seedlab::session {

void run_with_big_stack(const std::function<void()>& fn);

}  // namespace seedlab::session
