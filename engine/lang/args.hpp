// Argument binding for functions implemented in C++: a Python signature string such
// as "choices(population, weights=None, *, cum_weights=None, k=1)" gives the
// parameter names, defaults and keyword rules, and bind() produces CPython's
// TypeErrors for missing, duplicate or unexpected arguments.
// What it is not: no type conversion beyond the helpers below.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/value.hpp"

namespace seedlab::lang {

class Signature {
public:
    // How a wrong call is reported. CPython's builtins word arity errors according to
    // the C convention that parses their arguments; functions written in Python
    // (the random module's, for example) use Python's messages.
    enum class Style {
        Python,      // "f() missing 1 required positional argument: 'x'"
        OneArg,      // METH_O: "len() takes exactly one argument (2 given)"
        Positional,  // _PyArg_CheckPositional: "divmod expected 2 arguments, got 1"
        Clinic,      // Argument Clinic: "round() takes at most 2 arguments (3 given)", "missing required argument 'x' (pos 1)"
        ArgsTuple,   // PyArg_ParseTuple: "find() takes at least 1 argument (0 given)"
    };

    // Parses "[name](params)"; defaults are Python literals (None, True, False,
    // numbers, strings, negative numbers).
    explicit Signature(std::string_view text, Style style = Style::Python);

    // Binds [args] to the parameters; the result has one Value per parameter in order
    // (a *args parameter receives a tuple, **kwargs a dict).
    std::vector<Value> bind(const CallArgs& args) const;
    const std::string& name() const { return name_; }

private:
    struct P {
        std::string name;
        bool has_default = false;
        Value default_value;
        enum class Kind { Normal, PosOnly, KwOnly, VarArgs, VarKw } kind = Kind::Normal;
    };
    void check_builtin_arity(const CallArgs& args) const;
    std::string name_;
    std::vector<P> params_;
    Style style_ = Style::Python;
};

// Conversions with CPython's error messages; [what] names the parameter.
int64_t arg_int(Interpreter& in, const Value& v, const std::string& what);
double arg_float(Interpreter& in, const Value& v, const std::string& what);
std::string arg_str(Interpreter& in, const Value& v, const std::string& what);

}  // namespace seedlab::lang
