// Static scope analysis of a parsed module, as CPython's symtable.c does it before
// compiling: which names each def, lambda and comprehension binds (its locals), which it
// declares global or nonlocal, and the SyntaxErrors the symbol table raises
// ("name 'x' is assigned to before global declaration", "no binding for nonlocal 'y' found",
// "duplicate argument 'a' in function definition", ...).
// What it is not: no name lookup at run time (interpreter.cpp walks the scopes this
// analysis describes) and no parsing.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "lang/ast.hpp"

namespace seedlab::lang {

struct ScopeInfo {
    enum class Kind { Function, Lambda, Comprehension };
    Kind kind = Kind::Function;
    std::string name;       // the code object's name: "f", "<lambda>", "<listcomp>", "<genexpr>"
    std::string qualname;   // "outer.<locals>.inner", used in TypeError messages
    std::unordered_set<std::string> locals;     // bound here (parameters included)
    std::unordered_set<std::string> globals;    // declared global
    std::unordered_set<std::string> nonlocals;  // declared nonlocal
    std::vector<std::string> varnames;          // parameters, then locals in order of first use
    bool has_docstring = false;
    std::string docstring;
};

// Fills Stmt::scope of every def and Expr::scope of every lambda and comprehension in
// [module]; throws PyError(Syntax) with CPython's message for the first symbol-table error.
void analyse_scopes(Module& module);

}  // namespace seedlab::lang
