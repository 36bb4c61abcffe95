// The one error record of the interpreter: syntax, unsupported, runtime (a Python
// exception such as NameError) and limit errors, each with the line that caused it.
// What it is not: no formatting of tracebacks for a terminal (session/ does that).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace seedlab::lang {

enum class ErrorKind { Syntax, Unsupported, Runtime, Limit };

// One frame of a Python-style traceback: the function name ("<module>" at top level)
// and the line being executed in it.
struct TraceFrame {
    std::string function;
    int line = 0;
};

// Thrown by the lexer, parser and interpreter. For Runtime errors [type] is the Python
// exception class name ("NameError") and [message] its text; for the others [message]
// is a full sentence ("Unsupported: ...").
struct PyError : std::exception {
    ErrorKind kind = ErrorKind::Runtime;
    std::string type;      // Python exception class, e.g. "ZeroDivisionError"
    std::string message;   // text after "Type: " in the traceback
    int line = 0;
    int column = 0;
    std::vector<TraceFrame> frames;  // outermost first, filled while unwinding

    PyError(ErrorKind k, std::string t, std::string msg, int ln = 0, int col = 0)
        : kind(k), type(std::move(t)), message(std::move(msg)), line(ln), column(col) {}
    const char* what() const noexcept override { return message.c_str(); }
};

// Convenience constructors used throughout the interpreter and the libraries.
inline PyError runtime_error(std::string type, std::string message) {
    return PyError(ErrorKind::Runtime, std::move(type), std::move(message));
}
inline PyError type_error(std::string message) { return runtime_error("TypeError", std::move(message)); }
inline PyError value_error(std::string message) { return runtime_error("ValueError", std::move(message)); }
// [feature] names what is missing, e.g. "keyword 'endpoint' of Generator.integers".
inline PyError unsupported(std::string feature, int line = 0) {
    return PyError(ErrorKind::Unsupported, "Unsupported", std::move(feature), line);
}
inline PyError limit_error(std::string message, int line = 0) {
    return PyError(ErrorKind::Limit, "LimitError", std::move(message), line);
}

}  // namespace seedlab::lang
