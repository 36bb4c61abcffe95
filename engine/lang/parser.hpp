// Recursive-descent parser for the playground's Python subset (grammar of CPython
// 3.11 restricted to what seed tutorials use). Produces the AST of ast.hpp.
// What it is not: it does not decide what is supported at run time; constructs it
// parses but the interpreter does not run (class, try) fail there with a clear message.
#pragma once

#include <string_view>

#include "lang/ast.hpp"

namespace seedlab::lang {

// Parses a whole script. Throws PyError(Syntax) with CPython's message, line and column.
Module parse(std::string_view source);

}  // namespace seedlab::lang
