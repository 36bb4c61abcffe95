// User-defined functions (def and lambda) and the scopes they close over.
// What it is not: no calling logic (interpreter.cpp binds arguments and runs bodies)
// and no scope analysis (scope.hpp decides which names are local).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.hpp"
#include "lang/scope.hpp"

namespace seedlab::lang {

// Variables of one function or comprehension activation; nested functions keep their
// parent alive. [info] says which names this activation binds.
struct Scope {
    std::unordered_map<std::string, Value> vars;
    std::shared_ptr<Scope> parent;  // enclosing function's scope; null means module globals
    const ScopeInfo* info = nullptr;
};

struct FunctionObj : Obj {
    const std::vector<Param>* params = nullptr;
    std::vector<Value> defaults;          // one per param; Value::none() placeholder when required
    std::vector<bool> has_default;
    const Block* body = nullptr;          // def
    const Expr* lambda_body = nullptr;    // lambda
    std::shared_ptr<Scope> closure;
    std::shared_ptr<const ScopeInfo> info;
    std::unordered_map<std::string, Value> attrs;  // attributes set by the script (f.calls = 0)
    int line = 0;
    const std::string& name() const { return info->name; }
    const std::string& qualname() const { return info->qualname; }
    std::string type_name() const override { return "function"; }
    std::string repr(Interpreter& in) const override;
    Value call(Interpreter& in, CallArgs& args) override;
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override;
    void set_attr(Interpreter& in, const std::string& name, const Value& v) override;
};

}  // namespace seedlab::lang
