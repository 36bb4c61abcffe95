// Interpreter core: running statements, names and scopes, tracebacks, imports, limits.
// Expressions and calls live in eval.cpp, operators in ops.cpp, builtin objects'
// methods in objects.cpp/methods.cpp, builtin functions in builtins.cpp.
#include "lang/interpreter.hpp"

#include <string_view>

#include <algorithm>

#include "lang/frame.hpp"
#include "lang/function.hpp"
#include "lang/modules.hpp"
#include "lang/objects.hpp"

namespace seedlab::lang {
namespace {

uint64_t splitmix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

uint64_t fnv1a(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

// The module globals CPython defines before a script runs, in its dict order. Only
// __name__ and __doc__ are emulated; the others name files and loaders.
const char* const kModuleDunders[] = {"__name__", "__doc__", "__package__", "__loader__", "__spec__",
                                      "__annotations__", "__builtins__", "__file__", "__cached__"};

}  // namespace

Interpreter::Interpreter(Runtime runtime) : runtime_(std::move(runtime)) {
    install_builtins(builtins_);
    install_exceptions(builtins_);
    for (const char* name : kModuleDunders) global_order_.push_back(name);
    globals_["__name__"] = Value::str("__main__");
    globals_["__doc__"] = Value::none();
}
Interpreter::~Interpreter() = default;

int Interpreter::current_line() const { return stack_.empty() ? 0 : stack_.back()->line; }

Value Interpreter::builtin(const std::string& name) const {
    auto it = builtins_.find(name);
    if (it == builtins_.end()) throw unsupported("builtin '" + name + "' is not supported in the playground", current_line());
    return it->second;
}

uint64_t Interpreter::entropy_word(std::string_view purpose) {
    return splitmix64(runtime_.entropy ^ splitmix64(fnv1a(purpose) + (++entropy_counter_)));
}

void Interpreter::count_elements(int64_t n) {
    if (n > runtime_.limits.max_elements || n < 0)
        throw limit_error("Size limit: " + std::to_string(n) + " elements requested, the playground allows at most " +
                              std::to_string(runtime_.limits.max_elements) + ".",
                          current_line());
}

void Interpreter::step(int line) {
    if (++steps_ > runtime_.limits.max_steps)
        throw limit_error("Step limit: the script ran more than " + std::to_string(runtime_.limits.max_steps) +
                              " steps. Is there an endless loop?",
                          line);
}

// Checks that [units] more of the recursion budget are available (RecursionGuard takes them).
void Interpreter::enter_recursion(int units, const char* where) {
    // Only calls into Python code (many C++ frames each) count against the host stack;
    // repr and comparison of nested containers recurse cheaply.
    const bool python_call = where[0] == '\0' || std::string_view(where) == " while calling a Python object";
    if (python_call && runtime_.limits.max_stack_depth && recursion_units_ + units > runtime_.limits.max_stack_depth &&
        runtime_.limits.max_stack_depth < runtime_.limits.max_call_depth)
        throw limit_error("Recursion limit: in the browser the playground allows " + std::to_string(runtime_.limits.max_stack_depth) +
                              " nested calls (WebAssembly's stack is smaller than what CPython's limit of " +
                              std::to_string(runtime_.limits.max_call_depth) + " needs).",
                          current_line());
    if (recursion_units_ + units > runtime_.limits.max_call_depth)
        throw runtime_error("RecursionError", std::string("maximum recursion depth exceeded") + where);
}

void Interpreter::capture_traceback(PyError& e) {
    for (size_t i = 0; i < stack_.size(); ++i) {
        const Frame* fr = stack_[i];
        int line = i + 1 == stack_.size() ? e.line : (fr->call_line ? fr->call_line : fr->line);
        e.frames.push_back({fr->function, line});
    }
}

void Interpreter::emit_print(TextOut&& out) {
    output_bytes_ += static_cast<int64_t>(out.text.size());
    if (output_bytes_ > runtime_.limits.max_output_bytes)
        throw limit_error("Output limit: the script printed more than " + std::to_string(runtime_.limits.max_output_bytes) + " bytes.",
                          current_line());
    if (runtime_.on_print) runtime_.on_print(current_line(), std::move(out));
}

void Interpreter::emit_warning(const std::string& line) {
    TextOut out;
    out.to_stderr = true;
    out.append(line + "\n");
    emit_print(std::move(out));
}

// ---- running ------------------------------------------------------------------

void Interpreter::run(const Module& module) {
    std::vector<const Stmt*> all;
    for (auto& s : module.body) all.push_back(s.get());
    run(module, all);
}

void Interpreter::run(const Module& module, const std::vector<const Stmt*>& stmts) {
    module_ = &module;
    if (!module.body.empty() && module.body[0]->kind == StmtKind::Expr && module.body[0]->value->kind == ExprKind::Constant &&
        module.body[0]->value->constant.as<StrObj>())
        globals_["__doc__"] = module.body[0]->value->constant;
    Frame top;
    stack_.push_back(&top);
    RecursionGuard units(*this, 1);  // the module's own frame
    struct Pop { std::vector<Frame*>& s; ~Pop() { s.pop_back(); } } pop{stack_};
    for (const Stmt* s : stmts) exec(*s, top);
}

Interpreter::Flow Interpreter::exec_block(const Block& b, Frame& f) {
    for (auto& s : b) {
        Flow flow = exec(*s, f);
        if (flow != Flow::Normal) return flow;
    }
    return Flow::Normal;
}

Interpreter::Flow Interpreter::exec(const Stmt& s, Frame& f) {
    f.line = s.line;
    f.expr_line = 0;
    try {
        step(s.line);
        switch (s.kind) {
            case StmtKind::Expr: eval(*s.value, f); return Flow::Normal;
            case StmtKind::Assign: {
                Value v = eval(*s.value, f);
                for (auto& t : s.targets) assign(*t, v, f);
                return Flow::Normal;
            }
            case StmtKind::AugAssign: exec_aug_assign(s, f); return Flow::Normal;
            case StmtKind::AnnAssign:
                if (s.value) assign(*s.target, eval(*s.value, f), f);
                return Flow::Normal;
            case StmtKind::If:
                if (truthy(eval(*s.test, f))) return exec_block(s.body, f);
                return exec_block(s.orelse, f);
            case StmtKind::While: case StmtKind::For: return exec_loop(s, f);
            case StmtKind::Break: return Flow::Break;
            case StmtKind::Continue: return Flow::Continue;
            case StmtKind::Pass: case StmtKind::Global: case StmtKind::Nonlocal: return Flow::Normal;
            case StmtKind::Return:
                f.return_value = s.value ? eval(*s.value, f) : Value::none();
                return Flow::Return;
            case StmtKind::FunctionDef:
                store_name(s.name, make_function(s.params, &s.body, nullptr, s.scope, f, s.line), f);
                return Flow::Normal;
            case StmtKind::Import: case StmtKind::ImportFrom: exec_import(s, f); return Flow::Normal;
            case StmtKind::With: return exec_with(s, f);
            case StmtKind::Del: exec_del(s, f); return Flow::Normal;
            case StmtKind::Assert:
                if (!truthy(eval(*s.test, f))) throw runtime_error("AssertionError", s.value ? str(eval(*s.value, f)) : "");
                return Flow::Normal;
            case StmtKind::Raise: exec_raise(s, f); return Flow::Normal;
            case StmtKind::Try: throw unsupported("'try' statements are not supported in the playground", s.line);
            case StmtKind::ClassDef: throw unsupported("'class' definitions are not supported in the playground", s.line);
        }
    } catch (PyError& e) {
        if (e.line == 0) e.line = e.kind == ErrorKind::Runtime && f.expr_line ? f.expr_line : s.line;
        if (e.kind == ErrorKind::Runtime && e.frames.empty()) capture_traceback(e);
        throw;
    }
    return Flow::Normal;
}

Interpreter::Flow Interpreter::exec_loop(const Stmt& s, Frame& f) {
    if (s.kind == StmtKind::While) {
        while (truthy(eval(*s.test, f))) {
            Flow flow = exec_block(s.body, f);
            if (flow == Flow::Break) return Flow::Normal;
            if (flow == Flow::Return) return flow;
            f.line = s.line;
            f.expr_line = 0;
            step(s.line);
        }
        return exec_block(s.orelse, f);
    }
    ObjPtr it = iter(eval(*s.iter, f));
    auto* iterator = static_cast<IterObj*>(it.get());
    Value item;
    while (true) {
        f.line = s.line;
        f.expr_line = 0;  // an error in next() belongs to the 'for' line
        if (!iterator->next(*this, item)) break;
        assign(*s.target, item, f);
        Flow flow = exec_block(s.body, f);
        if (flow == Flow::Break) return Flow::Normal;
        if (flow == Flow::Return) return flow;
        f.line = s.line;
        step(s.line);
    }
    return exec_block(s.orelse, f);
}

void Interpreter::exec_aug_assign(const Stmt& s, Frame& f) {
    const Expr& t = *s.target;
    std::string op = s.op + "=";
    if (t.kind == ExprKind::Name) {
        Value cur = load_name(t.name, f);
        store_name(t.name, binary(op, cur, eval(*s.value, f)), f);
    } else if (t.kind == ExprKind::Attribute) {
        Value obj = eval(*t.a, f);
        Value cur = get_attr(obj, t.name);
        set_attr(obj, t.name, binary(op, cur, eval(*s.value, f)));
    } else {
        Value obj = eval(*t.a, f);
        Value key = eval_subscript_key(*t.b, f);
        Value cur = get_item(obj, key);
        set_item(obj, key, binary(op, cur, eval(*s.value, f)));
    }
}

Interpreter::Flow Interpreter::exec_with(const Stmt& s, Frame& f) {
    std::vector<Value> exits;
    for (auto& w : s.with_items) {
        Value ctx = eval(*w.context, f);
        if (!has_attr(ctx, "__enter__"))
            throw type_error("'" + type_name(ctx) + "' object does not support the context manager protocol");
        Value entered = call(get_attr(ctx, "__enter__"), std::vector<Value>{});
        if (w.target) assign(*w.target, entered, f);
        exits.push_back(ctx);
    }
    Flow flow = exec_block(s.body, f);
    f.line = s.line;
    f.expr_line = 0;
    for (auto it = exits.rbegin(); it != exits.rend(); ++it)
        call(get_attr(*it, "__exit__"), std::vector<Value>{Value::none(), Value::none(), Value::none()});
    return flow;
}

void Interpreter::exec_del(const Stmt& s, Frame& f) {
    std::function<void(const Expr&)> del = [&](const Expr& t) {
        switch (t.kind) {
            case ExprKind::Name: delete_name(t.name, f); return;
            case ExprKind::Subscript: {
                Value obj = eval(*t.a, f);
                del_item(obj, eval_subscript_key(*t.b, f));
                return;
            }
            case ExprKind::Tuple: case ExprKind::List:
                for (auto& i : t.items) del(*i);
                return;
            default: throw unsupported("del of attributes is not supported in the playground", s.line);
        }
    };
    for (auto& t : s.targets) del(*t);
}

void Interpreter::exec_raise(const Stmt& s, Frame& f) {
    if (!s.value) throw runtime_error("RuntimeError", "No active exception to reraise");
    Value v = eval(*s.value, f);
    if (s.test && !eval(*s.test, f).is_none())
        throw unsupported("'raise ... from' with a cause is not supported in the playground", s.line);
    throw exception_to_error(*this, v);
}

// ---- names ----------------------------------------------------------------------

[[noreturn]] void Interpreter::name_error(const std::string& name, Frame& f) {
    for (const char* dunder : kModuleDunders)
        if (name == dunder) throw unsupported("'" + name + "' is not supported in the playground", f.line);
    // Python/suggestions.c: the frame's own variables, then globals, then builtins.
    std::string hint;
    if (f.info) hint = suggestion_suffix(name, f.info->varnames);
    if (hint.empty()) hint = suggestion_suffix(name, global_order_);
    if (hint.empty()) hint = suggestion_suffix(name, cpython_builtin_names());
    throw runtime_error("NameError", "name '" + name + "' is not defined" + hint);
}

Value Interpreter::load_name(const std::string& name, Frame& f) {
    if (f.scope) {
        if (f.info->locals.count(name)) {
            auto it = f.scope->vars.find(name);
            if (it != f.scope->vars.end()) return it->second;
            throw runtime_error("UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value");
        }
        if (!f.info->globals.count(name)) {
            // A free variable: the nearest enclosing function that binds the name.
            for (Scope* s = f.scope->parent.get(); s; s = s->parent.get()) {
                if (!s->info->locals.count(name)) continue;
                auto it = s->vars.find(name);
                if (it != s->vars.end()) return it->second;
                throw runtime_error("NameError", "cannot access free variable '" + name +
                                                     "' where it is not associated with a value in enclosing scope");
            }
        }
    }
    auto it = globals_.find(name);
    if (it != globals_.end()) return it->second;
    auto b = builtins_.find(name);
    if (b != builtins_.end()) return b->second;
    name_error(name, f);
}

namespace {
void set_global(std::unordered_map<std::string, Value>& globals, std::vector<std::string>& order, const std::string& name,
                const Value& v) {
    auto [it, inserted] = globals.insert_or_assign(name, v);
    if (inserted && std::find(order.begin(), order.end(), name) == order.end()) order.push_back(name);
}
}  // namespace

void Interpreter::store_name(const std::string& name, const Value& v, Frame& f) {
    if (!f.scope || f.info->globals.count(name)) {
        set_global(globals_, global_order_, name, v);
        return;
    }
    if (f.info->nonlocals.count(name)) {
        for (Scope* s = f.scope->parent.get(); s; s = s->parent.get())
            if (s->info->locals.count(name)) { s->vars[name] = v; return; }
    }
    f.scope->vars[name] = v;
}

// An assignment expression inside comprehensions binds in the enclosing function (PEP 572).
void Interpreter::store_walrus(const std::string& name, const Value& v, Frame& f) {
    Scope* s = f.scope.get();
    while (s && s->info->kind == ScopeInfo::Kind::Comprehension) s = s->parent.get();
    if (!s || s->info->globals.count(name)) {
        set_global(globals_, global_order_, name, v);
        return;
    }
    if (s->info->nonlocals.count(name)) {
        for (Scope* up = s->parent.get(); up; up = up->parent.get())
            if (up->info->locals.count(name)) { up->vars[name] = v; return; }
    }
    s->vars[name] = v;
}

void Interpreter::delete_name(const std::string& name, Frame& f) {
    if (!f.scope || f.info->globals.count(name)) {
        if (!globals_.erase(name)) name_error(name, f);
        global_order_.erase(std::remove(global_order_.begin(), global_order_.end(), name), global_order_.end());
        return;
    }
    Scope* s = f.scope.get();
    if (f.info->nonlocals.count(name))
        for (s = f.scope->parent.get(); s && !s->info->locals.count(name); s = s->parent.get()) {}
    if (!s || !s->vars.erase(name))
        throw runtime_error("UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value");
}

void Interpreter::assign(const Expr& target, const Value& v, Frame& f) {
    switch (target.kind) {
        case ExprKind::Name: store_name(target.name, v, f); return;
        case ExprKind::Attribute: set_attr(eval(*target.a, f), target.name, v); return;
        case ExprKind::Subscript: {
            Value obj = eval(*target.a, f);
            set_item(obj, eval_subscript_key(*target.b, f), v);
            return;
        }
        case ExprKind::Tuple: case ExprKind::List: {
            if (!v.is_object() || !v.obj()->iter(*this)) throw type_error("cannot unpack non-iterable " + type_name(v) + " object");
            std::vector<Value> items = to_list(v);
            size_t star = target.items.size();
            for (size_t i = 0; i < target.items.size(); ++i)
                if (target.items[i]->kind == ExprKind::Starred) star = i;
            if (star == target.items.size()) {
                if (items.size() > target.items.size())
                    throw value_error("too many values to unpack (expected " + std::to_string(target.items.size()) + ")");
                if (items.size() < target.items.size())
                    throw value_error("not enough values to unpack (expected " + std::to_string(target.items.size()) + ", got " +
                                      std::to_string(items.size()) + ")");
                for (size_t i = 0; i < items.size(); ++i) assign(*target.items[i], items[i], f);
                return;
            }
            size_t after = target.items.size() - star - 1;
            if (items.size() < star + after)
                throw value_error("not enough values to unpack (expected at least " + std::to_string(star + after) + ", got " +
                                  std::to_string(items.size()) + ")");
            for (size_t i = 0; i < star; ++i) assign(*target.items[i], items[i], f);
            std::vector<Value> rest(items.begin() + static_cast<long>(star), items.end() - static_cast<long>(after));
            assign(*target.items[star]->a, make_list(std::move(rest)), f);
            for (size_t i = 0; i < after; ++i) assign(*target.items[star + 1 + i], items[items.size() - after + i], f);
            return;
        }
        default: throw unsupported("this assignment target is not supported in the playground", target.line);
    }
}

// ---- imports ------------------------------------------------------------------

Value Interpreter::import_module(const std::string& dotted, int line) {
    auto cached = sys_modules_.find(dotted);
    if (cached != sys_modules_.end()) return cached->second;
    const ModuleFactory* factory = runtime_.modules ? runtime_.modules->find(dotted) : nullptr;
    if (!factory) throw unsupported("module '" + dotted + "' is not supported in the playground", line);
    Value m = (*factory)(*this);
    sys_modules_[dotted] = m;
    // Make the submodule reachable as an attribute of its parent package.
    size_t dot = dotted.rfind('.');
    if (dot != std::string::npos) {
        Value parent = import_module(dotted.substr(0, dot), line);
        if (auto* pm = parent.as<ModuleObj>()) pm->attrs.emplace(dotted.substr(dot + 1), m);
    }
    return m;
}

void Interpreter::exec_import(const Stmt& s, Frame& f) {
    if (s.kind == StmtKind::Import) {
        for (auto& a : s.names) {
            Value m = import_module(a.name, s.line);
            if (!a.asname.empty()) {
                store_name(a.asname, m, f);
            } else {
                std::string top = a.name.substr(0, a.name.find('.'));
                store_name(top, import_module(top, s.line), f);
            }
        }
        return;
    }
    if (s.level > 0) throw unsupported("relative imports are not supported in the playground", s.line);
    Value m = import_module(s.name, s.line);
    for (auto& a : s.names) {
        if (a.name == "*") throw unsupported("'from " + s.name + " import *' is not supported in the playground", s.line);
        Value v;
        if (has_attr(m, a.name)) {
            v = get_attr(m, a.name);
        } else if (runtime_.modules && runtime_.modules->find(s.name + "." + a.name)) {
            v = import_module(s.name + "." + a.name, s.line);
        } else {
            throw unsupported("'" + a.name + "' from module '" + s.name + "' is not supported in the playground", s.line);
        }
        store_name(a.asname.empty() ? a.name : a.asname, v, f);
    }
}

}  // namespace seedlab::lang
