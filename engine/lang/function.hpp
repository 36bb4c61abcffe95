// User-defined functions (def and lambda) and the scopes they close over.
// What it is not: no calling logic (interpreter.cpp binds arguments and runs bodies).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/ast.hpp"

namespace seedlab::lang {

// Variables of one function activation; nested functions keep their parent alive.
struct Scope {
    std::unordered_map<std::string, Value> vars;
    std::shared_ptr<Scope> parent;  // enclosing function's scope; null means module globals
};

// Names a function body binds, found once when the def runs (Python decides
// locality at compile time: a name assigned anywhere in the body is local).
struct ScopeInfo {
    std::unordered_set<std::string> locals;
    std::unordered_set<std::string> globals;
    std::unordered_set<std::string> nonlocals;
};

struct FunctionObj : Obj {
    std::string name;
    const std::vector<Param>* params = nullptr;
    std::vector<Value> defaults;          // one per param; Value::none() placeholder when required
    std::vector<bool> has_default;
    const Block* body = nullptr;          // def
    const Expr* lambda_body = nullptr;    // lambda
    std::shared_ptr<Scope> closure;
    std::shared_ptr<ScopeInfo> info;
    int line = 0;
    std::string type_name() const override { return "function"; }
    std::string repr(Interpreter&) const override { return "<function " + name + ">"; }
    Value call(Interpreter& in, CallArgs& args) override;
};

// Collects the names bound by [body] (not descending into nested defs/lambdas).
std::shared_ptr<ScopeInfo> analyse_scope(const std::vector<Param>& params, const Block* body);

}  // namespace seedlab::lang
