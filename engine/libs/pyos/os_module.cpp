// The `os` module: environ as a dict that prints like CPython's os._Environ.
#include "libs/pyos/os_module.hpp"

#include "lang/args.hpp"
#include "lang/interpreter.hpp"

namespace seedlab::libs {
namespace {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

// os.environ: a str->str mapping printed as "environ({...})".
struct EnvironObj : lang::DictObj {
    std::string type_name() const override { return "_Environ"; }
    std::string repr(Interpreter& in) const override { return "environ(" + DictObj::repr(in) + ")"; }
    void write(Interpreter& in, lang::TextOut& out, bool) const override {
        out.append("environ(");
        DictObj::write(in, out, false);
        out.append(")");
    }
};

}  // namespace

void register_os(lang::ModuleRegistry& registry) {
    registry.add("os", [](Interpreter& in) {
        auto module = std::make_shared<lang::ModuleObj>("os");
        auto environ = std::make_shared<EnvironObj>();
        for (auto& [k, v] : in.runtime().environ) environ->put(in, Value::str(k), Value::str(v));
        module->attrs["environ"] = Value::object(environ);
        module->attrs["getenv"] = lang::make_native("getenv", [environ](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("getenv(key, default=None)");
            auto p = sig.bind(a);
            lang::arg_str(i, p[0], "key");
            Value* v = environ->find(i, p[0]);
            return v ? *v : p[1];
        });
        module->attrs["sep"] = Value::str("/");
        module->attrs["name"] = Value::str("posix");
        for (const char* name : {"urandom", "getpid", "system", "listdir", "getcwd", "remove", "mkdir"}) {
            std::string n = name;
            module->attrs[n] = lang::make_native(n, [n](Interpreter& i, CallArgs&) -> Value {
                throw lang::unsupported("os." + n + "() is not supported in the playground", i.current_line());
            });
        }
        return Value::object(module);
    });
}

}  // namespace seedlab::libs
