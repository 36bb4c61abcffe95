// The builtin exception classes and instances: raise ValueError("bad"), KeyError(k),
// print(ValueError("x")), and the message a traceback shows for each (str() of the
// instance; repr() of the key for KeyError). Classes whose arguments CPython formats
// specially (OSError with errno, UnicodeError, SyntaxError) or that end the process
// (SystemExit) are left out.
// What it is not: no try/except (unsupported in the playground) and no user classes.
#include <algorithm>

#include "lang/interpreter.hpp"
#include "lang/objects.hpp"

namespace seedlab::lang {
namespace {

// Each class with its base, as in CPython's exception hierarchy.
const std::pair<const char*, const char*> kClasses[] = {
    {"BaseException", ""}, {"Exception", "BaseException"}, {"KeyboardInterrupt", "BaseException"},
    {"ArithmeticError", "Exception"}, {"ZeroDivisionError", "ArithmeticError"}, {"OverflowError", "ArithmeticError"},
    {"FloatingPointError", "ArithmeticError"}, {"AssertionError", "Exception"}, {"AttributeError", "Exception"},
    {"LookupError", "Exception"}, {"IndexError", "LookupError"}, {"KeyError", "LookupError"},
    {"NameError", "Exception"}, {"UnboundLocalError", "NameError"}, {"RuntimeError", "Exception"},
    {"NotImplementedError", "RuntimeError"}, {"RecursionError", "RuntimeError"}, {"StopIteration", "Exception"},
    {"TypeError", "Exception"}, {"ValueError", "Exception"}, {"ImportError", "Exception"},
    {"ModuleNotFoundError", "ImportError"}, {"MemoryError", "Exception"}, {"EOFError", "Exception"},
    {"Warning", "Exception"}, {"UserWarning", "Warning"}, {"DeprecationWarning", "Warning"},
    {"RuntimeWarning", "Warning"}, {"FutureWarning", "Warning"},
};

// Classes the playground cannot raise faithfully; naming them is an unsupported error.
const char* const kUnsupportedClasses[] = {
    "SystemExit", "GeneratorExit", "OSError", "IOError", "EnvironmentError", "FileNotFoundError", "PermissionError",
    "TimeoutError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "SyntaxError", "IndentationError",
    "TabError", "SystemError", "BaseExceptionGroup", "ExceptionGroup", "exit", "quit"};

const char* base_of(const std::string& name) {
    for (auto& [cls, base] : kClasses)
        if (name == cls) return base;
    return "";
}

}  // namespace

bool ExceptionTypeObj::is_subclass_of(const std::string& base) const {
    for (std::string n = name; !n.empty(); n = base_of(n))
        if (n == base) return true;
    return false;
}

Value ExceptionTypeObj::call(Interpreter&, CallArgs& args) {
    if (!args.kw.empty()) throw type_error(name + "() takes no keyword arguments");
    auto e = std::make_shared<ExceptionObj>();
    e->name = name;
    e->args = args.pos;
    return Value::object(e);
}

bool ExceptionTypeObj::get_attr(Interpreter&, const std::string& n, Value& out) {
    if (n != "__name__" && n != "__qualname__") return false;
    out = Value::str(name);
    return true;
}

std::string ExceptionObj::str(Interpreter& in) const {
    if (args.empty()) return "";
    if (args.size() == 1) return name == "KeyError" ? in.repr(args[0]) : in.str(args[0]);
    return in.repr(make_tuple(args));
}

std::string ExceptionObj::repr(Interpreter& in) const {
    std::string out = name + "(";
    for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + in.repr(args[i]);
    return out + ")";
}

bool ExceptionObj::get_attr(Interpreter&, const std::string& n, Value& out) {
    if (n != "args") return false;
    out = make_tuple(args);
    return true;
}

void install_exceptions(std::unordered_map<std::string, Value>& table) {
    for (auto& [cls, base] : kClasses) table[cls] = Value::object(std::make_shared<ExceptionTypeObj>(cls));
    for (const char* name : kUnsupportedClasses) {
        std::string n = name;
        table[n] = make_native(n, [n](Interpreter& in, CallArgs&) -> Value {
            throw unsupported("'" + n + "' is not supported in the playground", in.current_line());
        });
    }
}

PyError exception_to_error(Interpreter& in, const Value& v) {
    if (auto* t = v.as<ExceptionTypeObj>()) return runtime_error(t->name, "");
    if (auto* e = v.as<ExceptionObj>()) return runtime_error(e->name, e->str(in));
    if (auto* f = v.as<NativeFunctionObj>())
        for (const char* name : kUnsupportedClasses)
            if (f->name == name) throw unsupported("'" + f->name + "' is not supported in the playground", in.current_line());
    return type_error("exceptions must derive from BaseException");
}

}  // namespace seedlab::lang
