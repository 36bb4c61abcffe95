// The interpreter's activation record and recursion accounting, shared by
// interpreter.cpp and eval.cpp. Internal to engine/lang: nothing outside includes it.
#pragma once

#include <memory>
#include <string>

#include "lang/function.hpp"
#include "lang/interpreter.hpp"

namespace seedlab::lang {

struct Interpreter::Frame {
    std::string function = "<module>";  // the code's name in tracebacks: "<module>", "f", "<listcomp>"
    std::shared_ptr<Scope> scope;        // null at module level
    const ScopeInfo* info = nullptr;     // null at module level
    Value return_value;
    int line = 0;       // the statement being executed (print events, limit errors)
    int call_line = 0;  // the call this frame is making (outer frames of a traceback)
    int expr_line = 0;  // the expression operation being performed (an error's line)
};

// Holds [units] of CPython's recursion budget for the lifetime of a call.
struct RecursionGuard {
    Interpreter& in;
    int units;
    RecursionGuard(Interpreter& interp, int u) : in(interp), units(u) { in.recursion_units_ += u; }
    ~RecursionGuard() { in.recursion_units_ -= units; }
};

}  // namespace seedlab::lang
