// Recursive-descent parser for the playground's Python subset (grammar of CPython
// 3.11 restricted to what seed tutorials use). Produces the AST of ast.hpp, with
// CPython's SyntaxErrors in CPython's order (parser, symbol table, compiler); then a
// construct outside the subset (class, try, yield, decorators, ...) is refused with an
// unsupported error, before anything runs. Implemented in parser_expr.cpp and
// parser_stmt.cpp.
// What it is not: it does not decide what a run supports (unknown modules, methods).
#pragma once

#include <string_view>

#include "lang/ast.hpp"

namespace seedlab::lang {

// Parses a whole script. Throws PyError(Syntax) with CPython's message, line and column,
// or PyError(Unsupported) naming a construct the playground does not run.
Module parse(std::string_view source);

}  // namespace seedlab::lang
