// Compatibility shim: Emscripten 3.1.6 ships a libc++ without std::bit_cast (C++20).
// Force-included in the WebAssembly build only; clang's builtin gives the standard
// semantics. What it is not: anything else from newer libc++ versions.
#pragma once

#include <version>

#if !defined(__cpp_lib_bit_cast)
#include <type_traits>
namespace std {
template <class To, class From>
constexpr To bit_cast(const From& from) noexcept {
    static_assert(sizeof(To) == sizeof(From), "bit_cast requires equal sizes");
    return __builtin_bit_cast(To, from);
}
}  // namespace std
#endif
