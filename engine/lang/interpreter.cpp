// Interpreter core: statements, expressions, names and scopes, calls, imports.
// Operators live in ops.cpp, builtin objects' methods in objects.cpp, builtin
// functions in builtins.cpp.
#include "lang/interpreter.hpp"

#include <algorithm>

#include "lang/function.hpp"
#include "lang/modules.hpp"
#include "lang/numfmt.hpp"
#include "lang/objects.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang {

struct Interpreter::Frame {
    std::string function = "<module>";
    std::shared_ptr<Scope> scope;            // null at module level
    std::shared_ptr<ScopeInfo> info;         // null at module level
    Value return_value;
    int line = 0;
};

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

void collect_target_names(const Expr& e, std::unordered_set<std::string>& out) {
    switch (e.kind) {
        case ExprKind::Name: out.insert(e.name); break;
        case ExprKind::Tuple: case ExprKind::List:
            for (auto& i : e.items) collect_target_names(*i, out);
            break;
        case ExprKind::Starred: collect_target_names(*e.a, out); break;
        default: break;
    }
}

void collect_block(const Block& body, ScopeInfo& info) {
    for (auto& sp : body) {
        const Stmt& s = *sp;
        switch (s.kind) {
            case StmtKind::Assign: for (auto& t : s.targets) collect_target_names(*t, info.locals); break;
            case StmtKind::AugAssign: case StmtKind::AnnAssign: collect_target_names(*s.target, info.locals); break;
            case StmtKind::For: collect_target_names(*s.target, info.locals); break;
            case StmtKind::With:
                for (auto& w : s.with_items) if (w.target) collect_target_names(*w.target, info.locals);
                break;
            case StmtKind::FunctionDef: info.locals.insert(s.name); break;
            case StmtKind::Import:
                for (auto& a : s.names) info.locals.insert(a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname);
                break;
            case StmtKind::ImportFrom:
                for (auto& a : s.names) info.locals.insert(a.asname.empty() ? a.name : a.asname);
                break;
            case StmtKind::Del: for (auto& t : s.targets) collect_target_names(*t, info.locals); break;
            case StmtKind::Global: for (auto& a : s.names) info.globals.insert(a.name); break;
            case StmtKind::Nonlocal: for (auto& a : s.names) info.nonlocals.insert(a.name); break;
            default: break;
        }
        collect_block(s.body, info);
        collect_block(s.orelse, info);
    }
}

}  // namespace

std::shared_ptr<ScopeInfo> analyse_scope(const std::vector<Param>& params, const Block* body) {
    auto info = std::make_shared<ScopeInfo>();
    for (auto& p : params) info->locals.insert(p.name);
    if (body) collect_block(*body, *info);
    for (auto& g : info->globals) info->locals.erase(g);
    for (auto& n : info->nonlocals) info->locals.erase(n);
    return info;
}

Value FunctionObj::call(Interpreter& in, CallArgs& args) { return in.call_function(*this, args); }

Interpreter::Interpreter(Runtime runtime) : runtime_(std::move(runtime)) { install_builtins(builtins_); }
Interpreter::~Interpreter() = default;

int Interpreter::current_line() const { return stack_.empty() ? 0 : stack_.back()->line; }

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

void Interpreter::emit_print(TextOut&& out) {
    output_bytes_ += static_cast<int64_t>(out.text.size());
    if (output_bytes_ > runtime_.limits.max_output_bytes)
        throw limit_error("Output limit: the script printed more than " + std::to_string(runtime_.limits.max_output_bytes) + " bytes.",
                          current_line());
    if (runtime_.on_print) runtime_.on_print(current_line(), std::move(out));
}

// ---- running ------------------------------------------------------------------

void Interpreter::run(const Module& module) {
    std::vector<const Stmt*> all;
    for (auto& s : module.body) all.push_back(s.get());
    run(module, all);
}

void Interpreter::run(const Module& module, const std::vector<const Stmt*>& stmts) {
    module_ = &module;
    Frame top;
    stack_.push_back(&top);
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
    try {
        step(s.line);
        switch (s.kind) {
            case StmtKind::Expr: eval(*s.value, f); return Flow::Normal;
            case StmtKind::Assign: {
                Value v = eval(*s.value, f);
                for (auto& t : s.targets) assign(*t, v, f);
                return Flow::Normal;
            }
            case StmtKind::AugAssign: {
                const Expr& t = *s.target;
                if (t.kind == ExprKind::Name) {
                    Value cur = load_name(t.name, f, t);
                    store_name(t.name, binary(s.op + "=", cur, eval(*s.value, f)), f);
                } else if (t.kind == ExprKind::Attribute) {
                    Value obj = eval(*t.a, f);
                    Value cur = get_attr(obj, t.name);
                    set_attr(obj, t.name, binary(s.op + "=", cur, eval(*s.value, f)));
                } else {
                    Value obj = eval(*t.a, f);
                    Value key = eval_subscript_key(*t.b, f);
                    Value cur = get_item(obj, key);
                    set_item(obj, key, binary(s.op + "=", cur, eval(*s.value, f)));
                }
                return Flow::Normal;
            }
            case StmtKind::AnnAssign:
                if (s.value) assign(*s.target, eval(*s.value, f), f);
                return Flow::Normal;
            case StmtKind::If:
                if (truthy(eval(*s.test, f))) return exec_block(s.body, f);
                return exec_block(s.orelse, f);
            case StmtKind::While: {
                while (truthy(eval(*s.test, f))) {
                    Flow flow = exec_block(s.body, f);
                    if (flow == Flow::Break) return Flow::Normal;
                    if (flow == Flow::Return) return flow;
                    f.line = s.line;
                    step(s.line);
                }
                return exec_block(s.orelse, f);
            }
            case StmtKind::For: {
                ObjPtr it = iter(eval(*s.iter, f));
                auto* iterator = static_cast<IterObj*>(it.get());
                Value item;
                while (iterator->next(*this, item)) {
                    assign(*s.target, item, f);
                    Flow flow = exec_block(s.body, f);
                    if (flow == Flow::Break) return Flow::Normal;
                    if (flow == Flow::Return) return flow;
                    f.line = s.line;
                    step(s.line);
                }
                return exec_block(s.orelse, f);
            }
            case StmtKind::Break: return Flow::Break;
            case StmtKind::Continue: return Flow::Continue;
            case StmtKind::Pass: return Flow::Normal;
            case StmtKind::Return:
                if (!f.scope) throw PyError(ErrorKind::Syntax, "SyntaxError", "'return' outside function", s.line, s.column);
                f.return_value = s.value ? eval(*s.value, f) : Value::none();
                return Flow::Return;
            case StmtKind::FunctionDef:
                store_name(s.name, make_function(s.name, s.params, &s.body, nullptr, f, s.line), f);
                return Flow::Normal;
            case StmtKind::Import: case StmtKind::ImportFrom:
                exec_import(s, f);
                return Flow::Normal;
            case StmtKind::With: {
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
                for (auto it = exits.rbegin(); it != exits.rend(); ++it)
                    call(get_attr(*it, "__exit__"), std::vector<Value>{Value::none(), Value::none(), Value::none()});
                return flow;
            }
            case StmtKind::Global: case StmtKind::Nonlocal: return Flow::Normal;
            case StmtKind::Del:
                for (auto& t : s.targets) {
                    if (t->kind == ExprKind::Name) {
                        auto& vars = f.scope && !(f.info && f.info->globals.count(t->name)) ? f.scope->vars : globals_;
                        if (!vars.erase(t->name)) throw runtime_error("NameError", "name '" + t->name + "' is not defined");
                    } else if (t->kind == ExprKind::Subscript) {
                        Value obj = eval(*t->a, f);
                        Value key = eval_subscript_key(*t->b, f);
                        if (auto* d = obj.as<DictObj>()) {
                            if (!d->erase(*this, key)) throw runtime_error("KeyError", repr(key));
                        } else if (auto* l = obj.as<ListObj>(); l && (key.is_int() || key.is_bool())) {
                            int64_t i = key.small_int(), n = static_cast<int64_t>(l->items.size());
                            if (i < 0) i += n;
                            if (i < 0 || i >= n) throw runtime_error("IndexError", "list assignment index out of range");
                            l->items.erase(l->items.begin() + i);
                        } else {
                            throw unsupported("del of this kind of item is not supported in the playground", s.line);
                        }
                    } else {
                        throw unsupported("del of attributes is not supported in the playground", s.line);
                    }
                }
                return Flow::Normal;
            case StmtKind::Assert:
                if (!truthy(eval(*s.test, f))) {
                    throw runtime_error("AssertionError", s.value ? str(eval(*s.value, f)) : "");
                }
                return Flow::Normal;
            case StmtKind::Raise: {
                if (!s.value) throw runtime_error("RuntimeError", "No active exception to reraise");
                const Expr& v = *s.value;
                std::string type = v.kind == ExprKind::Call && v.a->kind == ExprKind::Name ? v.a->name
                                   : v.kind == ExprKind::Name ? v.name : "";
                static const std::unordered_set<std::string> kKnown = {
                    "ValueError", "TypeError", "RuntimeError", "KeyError", "IndexError", "Exception",
                    "NotImplementedError", "AssertionError", "ZeroDivisionError", "AttributeError"};
                if (!kKnown.count(type)) throw unsupported("raise of this kind is not supported in the playground", s.line);
                std::string msg;
                if (v.kind == ExprKind::Call && !v.items.empty()) {
                    Value m = eval(*v.items[0], f);
                    msg = type == "KeyError" ? repr(m) : str(m);
                }
                throw runtime_error(type, msg);
            }
            case StmtKind::Try:
                throw unsupported("'try' statements are not supported in the playground", s.line);
            case StmtKind::ClassDef:
                throw unsupported("'class' definitions are not supported in the playground", s.line);
        }
    } catch (PyError& e) {
        if (e.line == 0) e.line = s.line;
        if (e.frames.empty() && e.kind == ErrorKind::Runtime) {
            for (Frame* fr : stack_) e.frames.push_back({fr->function, fr->line});
        }
        throw;
    }
    return Flow::Normal;
}

// ---- names ----------------------------------------------------------------------

Value Interpreter::load_name(const std::string& name, Frame& f, const Expr&) {
    if (f.scope) {
        if (f.info && f.info->locals.count(name)) {
            auto it = f.scope->vars.find(name);
            if (it != f.scope->vars.end()) return it->second;
            throw runtime_error("UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value");
        }
        if (!f.info || !f.info->globals.count(name)) {
            for (Scope* s = f.info ? f.scope->parent.get() : f.scope.get(); s; s = s->parent.get()) {
                auto it = s->vars.find(name);
                if (it != s->vars.end()) return it->second;
            }
        }
    }
    auto it = globals_.find(name);
    if (it != globals_.end()) return it->second;
    auto b = builtins_.find(name);
    if (b != builtins_.end()) return b->second;
    throw runtime_error("NameError", "name '" + name + "' is not defined");
}

void Interpreter::store_name(const std::string& name, const Value& v, Frame& f) {
    if (!f.scope || (f.info && f.info->globals.count(name))) {
        globals_[name] = v;
        return;
    }
    if (f.info && f.info->nonlocals.count(name)) {
        for (Scope* s = f.scope->parent.get(); s; s = s->parent.get()) {
            auto it = s->vars.find(name);
            if (it != s->vars.end()) { it->second = v; return; }
        }
    }
    f.scope->vars[name] = v;
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
        case ExprKind::Starred: throw PyError(ErrorKind::Syntax, "SyntaxError", "starred assignment target must be in a list or tuple", target.line, target.column);
        default: throw PyError(ErrorKind::Syntax, "SyntaxError", "cannot assign to expression", target.line, target.column);
    }
}

// ---- functions and calls ------------------------------------------------------

Value Interpreter::make_function(const std::string& name, const std::vector<Param>& params, const Block* body,
                                 const Expr* lambda_body, Frame& f, int line) {
    auto fn = std::make_shared<FunctionObj>();
    fn->name = name;
    fn->params = &params;
    for (auto& p : params) {
        fn->has_default.push_back(p.default_value != nullptr);
        fn->defaults.push_back(p.default_value ? eval(*p.default_value, f) : Value::none());
    }
    fn->body = body;
    fn->lambda_body = lambda_body;
    fn->closure = f.scope;
    fn->info = analyse_scope(params, body);
    fn->line = line;
    return Value::object(fn);
}

Value Interpreter::call_function(FunctionObj& fn, CallArgs& args) {
    if (static_cast<int>(stack_.size()) > runtime_.limits.max_call_depth)
        throw runtime_error("RecursionError", "maximum recursion depth exceeded");
    Frame frame;
    frame.function = fn.name;
    frame.scope = std::make_shared<Scope>();
    frame.scope->parent = fn.closure;
    frame.info = fn.info;
    frame.line = fn.line;
    auto& vars = frame.scope->vars;
    const auto& params = *fn.params;
    size_t next_pos = 0;
    std::vector<Value> extra_pos;
    for (size_t i = 0; i < params.size(); ++i) {
        const Param& p = params[i];
        if (p.kind == Param::Kind::Normal && next_pos < args.pos.size()) vars[p.name] = args.pos[next_pos++];
        else if (p.kind == Param::Kind::VarArgs) {
            std::vector<Value> rest(args.pos.begin() + static_cast<long>(std::min(next_pos, args.pos.size())), args.pos.end());
            next_pos = args.pos.size();
            vars[p.name] = make_tuple(std::move(rest));
        }
    }
    if (next_pos < args.pos.size()) {
        size_t positional = 0;
        for (auto& p : params) if (p.kind == Param::Kind::Normal) ++positional;
        throw type_error(fn.name + "() takes " + std::to_string(positional) + " positional argument" + (positional == 1 ? "" : "s") +
                         " but " + std::to_string(args.pos.size()) + (args.pos.size() == 1 ? " was" : " were") + " given");
    }
    auto kwargs = std::make_shared<DictObj>();
    const Param* varkw = nullptr;
    for (auto& p : params) if (p.kind == Param::Kind::VarKw) varkw = &p;
    for (auto& kw : args.kw) {
        const std::string& k = kw.first;
        const Value& v = kw.second;
        auto it = std::find_if(params.begin(), params.end(), [&](const Param& p) {
            return p.name == k && (p.kind == Param::Kind::Normal || p.kind == Param::Kind::KwOnly);
        });
        if (it == params.end()) {
            if (!varkw) throw type_error(fn.name + "() got an unexpected keyword argument '" + k + "'");
            kwargs->put(*this, Value::str(k), v);
            continue;
        }
        if (vars.count(k)) throw type_error(fn.name + "() got multiple values for argument '" + k + "'");
        vars[k] = v;
    }
    if (varkw) vars[varkw->name] = Value::object(kwargs);
    std::vector<std::string> missing;
    for (size_t i = 0; i < params.size(); ++i) {
        const Param& p = params[i];
        if (p.kind == Param::Kind::VarArgs || p.kind == Param::Kind::VarKw || vars.count(p.name)) continue;
        if (fn.has_default[i]) vars[p.name] = fn.defaults[i];
        else missing.push_back(p.name);
    }
    if (!missing.empty()) {
        std::string names;
        for (size_t i = 0; i < missing.size(); ++i) {
            if (i > 0) names += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
            names += "'" + missing[i] + "'";
        }
        throw type_error(fn.name + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                         (missing.size() == 1 ? "" : "s") + ": " + names);
    }
    stack_.push_back(&frame);
    struct Pop { std::vector<Frame*>& s; ~Pop() { s.pop_back(); } } pop{stack_};
    if (fn.lambda_body) return eval(*fn.lambda_body, frame);
    exec_block(*fn.body, frame);
    return frame.return_value;
}

Value Interpreter::call(const Value& fn, CallArgs& args) {
    if (!fn.is_object()) throw type_error("'" + type_name(fn) + "' object is not callable");
    return fn.obj()->call(*this, args);
}

Value Interpreter::call(const Value& fn, std::vector<Value> pos) {
    CallArgs args;
    args.pos = std::move(pos);
    return call(fn, args);
}

Value Interpreter::eval_call(const Expr& e, Frame& f) {
    Value fn = eval(*e.a, f);
    CallArgs args;
    for (auto& item : e.items) {
        if (item->kind == ExprKind::Starred) {
            for (auto& v : to_list(eval(*item->a, f))) args.pos.push_back(v);
        } else {
            args.pos.push_back(eval(*item, f));
        }
    }
    for (auto& kw : e.keywords) {
        if (kw.name.empty()) {
            Value d = eval(*kw.value, f);
            auto* dict = d.as<DictObj>();
            if (!dict) throw type_error("argument after ** must be a mapping, not " + type_name(d));
            for (auto& [k, v] : dict->entries) args.kw.emplace_back(str(k), v);
        } else {
            args.kw.emplace_back(kw.name, eval(*kw.value, f));
        }
    }
    step(e.line);
    return call(fn, args);
}

// ---- imports ------------------------------------------------------------------

Value Interpreter::import_module(const std::string& dotted, int line) {
    auto cached = sys_modules_.find(dotted);
    if (cached != sys_modules_.end()) return cached->second;
    const ModuleFactory* factory = runtime_.modules ? runtime_.modules->find(dotted) : nullptr;
    if (!factory) {
        // A parent package may exist while this submodule does not.
        throw unsupported("module '" + dotted + "' is not supported in the playground", line);
    }
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

// ---- expressions ----------------------------------------------------------------

Value Interpreter::eval_subscript_key(const Expr& e, Frame& f) {
    if (e.kind == ExprKind::Slice) {
        std::vector<Value> parts{e.a ? eval(*e.a, f) : Value::none(), e.b ? eval(*e.b, f) : Value::none(),
                                 e.c ? eval(*e.c, f) : Value::none()};
        return call(builtins_.at("slice"), std::move(parts));
    }
    if (e.kind == ExprKind::Tuple) {
        std::vector<Value> items;
        for (auto& i : e.items) items.push_back(eval_subscript_key(*i, f));
        return make_tuple(std::move(items));
    }
    return eval(e, f);
}

Value Interpreter::eval_fstring(const Expr& e, Frame& f) {
    std::string out;
    for (auto& part : e.items) {
        if (part->kind == ExprKind::Constant) { out += part->constant.as<StrObj>()->s; continue; }
        Value v = eval(*part->a, f);
        if (part->name == "r") v = Value::str(repr(v));
        else if (part->name == "s") v = Value::str(str(v));
        else if (part->name == "a") v = Value::str(repr(v));
        std::string spec = part->b ? eval_fstring(*part->b, f).as<StrObj>()->s : "";
        out += call(builtins_.at("format"), std::vector<Value>{v, Value::str(spec)}).as<StrObj>()->s;
    }
    return Value::str(out);
}

Value Interpreter::eval_comprehension(const Expr& e, Frame& f) {
    Frame inner;
    inner.function = f.function;
    inner.scope = std::make_shared<Scope>();
    inner.scope->parent = f.scope;
    inner.line = f.line;
    // No ScopeInfo: every name not bound in the comprehension resolves outward.
    std::vector<Value> list_out;
    auto dict_out = e.kind == ExprKind::DictComp ? std::make_shared<DictObj>() : nullptr;
    std::function<void(size_t)> loop = [&](size_t level) {
        if (level == e.comps.size()) {
            if (dict_out) {
                Value k = eval(*e.a, inner);
                dict_out->put(*this, k, eval(*e.b, inner));
            } else {
                list_out.push_back(eval(*e.a, inner));
            }
            return;
        }
        const Comprehension& c = e.comps[level];
        ObjPtr it = iter(level == 0 ? eval(*c.iter, f) : eval(*c.iter, inner));
        auto* iterator = static_cast<IterObj*>(it.get());
        Value item;
        while (iterator->next(*this, item)) {
            step(e.line);
            assign(*c.target, item, inner);
            bool ok = true;
            for (auto& cond : c.conditions)
                if (!truthy(eval(*cond, inner))) { ok = false; break; }
            if (ok) loop(level + 1);
        }
    };
    loop(0);
    if (dict_out) return Value::object(dict_out);
    if (e.kind == ExprKind::SetComp) return call(builtins_.at("set"), std::vector<Value>{make_list(std::move(list_out))});
    if (e.kind == ExprKind::GeneratorExp) return call(builtins_.at("iter"), std::vector<Value>{make_list(std::move(list_out))});
    return make_list(std::move(list_out));
}

// CPython 3.11 compiles a display of more than two constants as BUILD_SET 0 +
// SET_UPDATE of a folded frozenset constant (set_merge), and anything else as adds in order;
// the two give different table layouts, hence different printing order.
Value Interpreter::build_set_display(const Expr& e, const std::vector<Value>& items) {
    auto is_const = [](const Expr& x) {
        return x.kind == ExprKind::Constant ||
               (x.kind == ExprKind::UnaryOp && (x.name == "-" || x.name == "+") && x.a->kind == ExprKind::Constant && x.a->constant.is_number());
    };
    bool folded = e.items.size() > 2 && std::all_of(e.items.begin(), e.items.end(), [&](const ExprPtr& x) { return is_const(*x); });
    auto result = std::make_shared<SetObj>();
    if (folded) {
        // The compiler folds the constants into a frozenset, and its constant
        // merging (merge_consts_recursive) rebuilds that frozenset from its own
        // iteration order before SET_UPDATE merges it into the new set.
        SetObj folded_once, merged;
        for (auto& v : items) folded_once.add(*this, v);
        for (auto& v : folded_once.ordered_items()) merged.add(*this, v);
        result->merge(*this, merged);
    } else {
        for (auto& v : items) result->add(*this, v);
    }
    return Value::object(result);
}

Value Interpreter::eval(const Expr& e, Frame& f) {
    switch (e.kind) {
        case ExprKind::Constant:
            if (e.name == "Ellipsis") return builtins_.at("Ellipsis");
            return e.constant;
        case ExprKind::Name: return load_name(e.name, f, e);
        case ExprKind::Attribute: return get_attr(eval(*e.a, f), e.name);
        case ExprKind::Subscript: {
            Value obj = eval(*e.a, f);
            return get_item(obj, eval_subscript_key(*e.b, f));
        }
        case ExprKind::Call: return eval_call(e, f);
        case ExprKind::BinOp: {
            Value a = eval(*e.a, f);
            return binary(e.name, a, eval(*e.b, f));
        }
        case ExprKind::UnaryOp: {
            Value a = eval(*e.a, f);
            if (e.name == "not") return Value::boolean(!truthy(a));
            return binary("unary" + e.name, a, Value::none());
        }
        case ExprKind::BoolOp: {
            Value v;
            for (auto& item : e.items) {
                v = eval(*item, f);
                bool t = truthy(v);
                if (e.name == "and" ? !t : t) return v;
            }
            return v;
        }
        case ExprKind::Compare: {
            Value left = eval(*e.a, f);
            for (size_t i = 0; i < e.ops.size(); ++i) {
                Value right = eval(*e.items[i], f);
                Value r = binary(e.ops[i], left, right);
                if (i + 1 == e.ops.size()) return r;
                if (!truthy(r)) return r;
                left = right;
            }
            return Value::boolean(true);
        }
        case ExprKind::IfExp: return truthy(eval(*e.a, f)) ? eval(*e.b, f) : eval(*e.c, f);
        case ExprKind::Lambda: return make_function("<lambda>", e.params, nullptr, e.a.get(), f, e.line);
        case ExprKind::List: case ExprKind::Tuple: case ExprKind::Set: {
            std::vector<Value> items;
            for (auto& i : e.items) {
                if (i->kind == ExprKind::Starred) {
                    for (auto& v : to_list(eval(*i->a, f))) items.push_back(v);
                } else {
                    items.push_back(eval(*i, f));
                }
            }
            if (e.kind == ExprKind::List) return make_list(std::move(items));
            if (e.kind == ExprKind::Tuple) return make_tuple(std::move(items));
            return build_set_display(e, items);
        }
        case ExprKind::Dict: {
            auto d = std::make_shared<DictObj>();
            for (size_t i = 0; i < e.items.size(); ++i) {
                if (!e.items[i]) {
                    Value other = eval(*e.values[i], f);
                    auto* od = other.as<DictObj>();
                    if (!od) throw type_error("'" + type_name(other) + "' object is not a mapping");
                    for (auto& [k, v] : od->entries) d->put(*this, k, v);
                    continue;
                }
                Value k = eval(*e.items[i], f);
                d->put(*this, k, eval(*e.values[i], f));
            }
            return Value::object(d);
        }
        case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
            return eval_comprehension(e, f);
        case ExprKind::FString: return eval_fstring(e, f);
        case ExprKind::NamedExpr: {
            Value v = eval(*e.a, f);
            store_name(e.name, v, f);
            return v;
        }
        case ExprKind::Slice: return eval_subscript_key(e, f);
        case ExprKind::Starred:
            throw PyError(ErrorKind::Syntax, "SyntaxError", "can't use starred expression here", e.line, e.column);
        case ExprKind::FormattedValue: break;
    }
    throw unsupported("this expression is not supported in the playground", e.line);
}

}  // namespace seedlab::lang
