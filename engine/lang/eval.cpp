// Expressions, calls and comprehensions: evaluating the AST's expression nodes,
// building function objects, binding arguments with CPython 3.11's messages
// (ceval.c initialize_locals), comprehensions in their own frames and lazy generator
// expressions. Every error raised while evaluating a node gets that node's line, as
// CPython reports the line of the failing instruction.
// What it is not: no statements or name lookup (interpreter.cpp), no operators (ops.cpp).
#include <algorithm>
#include <functional>

#include "lang/frame.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang {
namespace {

// _PyObject_FunctionStr: how call-protocol errors name the callee.
std::string function_str(const Value& fn) {
    if (auto* f = fn.as<FunctionObj>()) return "__main__." + f->qualname() + "()";
    if (auto* n = fn.as<NativeFunctionObj>()) return n->name + "()";
    return "";
}

// "'a', 'b', and 'c'" as format_missing joins missing parameter names.
std::string join_missing(const std::vector<std::string>& names) {
    std::vector<std::string> quoted;
    for (auto& n : names) quoted.push_back("'" + n + "'");
    if (quoted.size() == 1) return quoted[0];
    if (quoted.size() == 2) return quoted[0] + " and " + quoted[1];
    std::string out;
    for (size_t i = 0; i + 2 < quoted.size(); ++i) out += (i ? ", " : "") + quoted[i];
    return out + ", " + quoted[quoted.size() - 2] + ", and " + quoted.back();
}

}  // namespace

// ---- function objects -----------------------------------------------------------

Value FunctionObj::call(Interpreter& in, CallArgs& args) { return in.call_function(*this, args, 2); }

std::string FunctionObj::repr(Interpreter& in) const {
    throw unsupported("printing a function shows its memory address in CPython; not reproducible in the playground", in.current_line());
}

bool FunctionObj::get_attr(Interpreter&, const std::string& n, Value& out) {
    auto it = attrs.find(n);
    if (it != attrs.end()) { out = it->second; return true; }
    if (n == "__name__") out = Value::str(name());
    else if (n == "__qualname__") out = Value::str(qualname());
    else if (n == "__module__") out = Value::str("__main__");
    else if (n == "__doc__") out = info->has_docstring ? Value::str(info->docstring) : Value::none();
    else if (n == "__defaults__") {
        std::vector<Value> defs;
        for (size_t i = 0; i < params->size(); ++i)
            if ((*params)[i].positional() && has_default[i]) defs.push_back(defaults[i]);
        out = defs.empty() ? Value::none() : make_tuple(std::move(defs));
    } else {
        return false;
    }
    return true;
}

void FunctionObj::set_attr(Interpreter&, const std::string& n, const Value& v) { attrs[n] = v; }

Value Interpreter::make_function(const std::vector<Param>& params, const Block* body, const Expr* lambda_body,
                                 std::shared_ptr<const ScopeInfo> info, Frame& f, int line) {
    auto fn = std::make_shared<FunctionObj>();
    fn->params = &params;
    for (auto& p : params) {
        fn->has_default.push_back(p.default_value != nullptr);
        fn->defaults.push_back(p.default_value ? eval(*p.default_value, f) : Value::none());
    }
    fn->body = body;
    fn->lambda_body = lambda_body;
    fn->closure = f.scope;
    fn->info = std::move(info);
    fn->line = line;
    return Value::object(fn);
}

// ---- calls ----------------------------------------------------------------------

void Interpreter::bind_arguments(FunctionObj& fn, CallArgs& args, Scope& scope) {
    const auto& params = *fn.params;
    const std::string& qualname = fn.qualname();
    std::vector<size_t> positional, kwonly;
    const Param* varargs = nullptr;
    const Param* varkw = nullptr;
    size_t posonly = 0;
    for (size_t i = 0; i < params.size(); ++i) {
        const Param& p = params[i];
        if (p.positional()) positional.push_back(i);
        if (p.kind == Param::Kind::PosOnly) ++posonly;
        if (p.kind == Param::Kind::KwOnly) kwonly.push_back(i);
        if (p.kind == Param::Kind::VarArgs) varargs = &p;
        if (p.kind == Param::Kind::VarKw) varkw = &p;
    }
    auto& vars = scope.vars;
    size_t n = std::min(args.pos.size(), positional.size());
    for (size_t j = 0; j < n; ++j) vars[params[positional[j]].name] = args.pos[j];
    if (varargs)
        vars[varargs->name] = make_tuple(std::vector<Value>(args.pos.begin() + static_cast<long>(n), args.pos.end()));
    std::shared_ptr<DictObj> kwdict = varkw ? std::make_shared<DictObj>() : nullptr;
    for (auto& kw : args.kw) {
        const std::string& k = kw.first;  // not a structured binding: clang 14 cannot capture those
        const Value& v = kw.second;
        auto it = std::find_if(params.begin(), params.end(), [&](const Param& p) {
            return p.name == k && (p.kind == Param::Kind::Normal || p.kind == Param::Kind::KwOnly);
        });
        if (it == params.end()) {
            if (!kwdict) {
                std::vector<std::string> conflicts;
                for (size_t i = 0; i < posonly; ++i)
                    for (auto& kw : args.kw)
                        if (kw.first == params[i].name) conflicts.push_back(kw.first);
                if (!conflicts.empty()) {
                    std::string joined;
                    for (size_t i = 0; i < conflicts.size(); ++i) joined += (i ? ", " : "") + conflicts[i];
                    throw type_error(qualname + "() got some positional-only arguments passed as keyword arguments: '" + joined + "'");
                }
                throw type_error(qualname + "() got an unexpected keyword argument '" + k + "'");
            }
            kwdict->put(*this, Value::str(k), v);
            continue;
        }
        if (vars.count(k)) throw type_error(qualname + "() got multiple values for argument '" + k + "'");
        vars[k] = v;
    }
    if (varkw) vars[varkw->name] = Value::object(kwdict);
    if (args.pos.size() > positional.size() && !varargs) {
        size_t defcount = 0;
        for (size_t i : positional) defcount += fn.has_default[i] ? 1 : 0;
        size_t kw_given = 0;
        for (size_t i : kwonly) kw_given += vars.count(params[i].name);
        std::string sig = defcount ? "from " + std::to_string(positional.size() - defcount) + " to " + std::to_string(positional.size())
                                   : std::to_string(positional.size());
        bool plural = defcount || positional.size() != 1;
        size_t given = args.pos.size();
        std::string kw_sig = kw_given ? std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " + std::to_string(kw_given) +
                                            " keyword-only argument" + (kw_given != 1 ? "s" : "") + ")"
                                      : "";
        throw type_error(qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but " + std::to_string(given) +
                         kw_sig + (given == 1 && !kw_given ? " was" : " were") + " given");
    }
    std::vector<std::string> missing;
    for (size_t i : positional) {
        if (vars.count(params[i].name)) continue;
        if (fn.has_default[i]) vars[params[i].name] = fn.defaults[i];
        else missing.push_back(params[i].name);
    }
    if (!missing.empty())
        throw type_error(qualname + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                         (missing.size() == 1 ? "" : "s") + ": " + join_missing(missing));
    for (size_t i : kwonly) {
        if (vars.count(params[i].name)) continue;
        if (fn.has_default[i]) vars[params[i].name] = fn.defaults[i];
        else missing.push_back(params[i].name);
    }
    if (!missing.empty())
        throw type_error(qualname + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                         (missing.size() == 1 ? "" : "s") + ": " + join_missing(missing));
}

Value Interpreter::call_function(FunctionObj& fn, CallArgs& args, int units) {
    Frame frame;
    frame.function = fn.name();
    frame.scope = std::make_shared<Scope>();
    frame.scope->parent = fn.closure;
    frame.scope->info = fn.info.get();
    frame.info = fn.info.get();
    frame.line = fn.line;
    bind_arguments(fn, args, *frame.scope);
    enter_recursion(units, "");
    RecursionGuard guard(*this, units);
    stack_.push_back(&frame);
    struct Pop { std::vector<Frame*>& s; ~Pop() { s.pop_back(); } } pop{stack_};
    try {
        if (fn.lambda_body) return eval(*fn.lambda_body, frame);
        exec_block(*fn.body, frame);
        return frame.return_value;
    } catch (PyError& e) {
        if (e.kind == ErrorKind::Runtime && e.frames.empty()) {
            if (e.line == 0) e.line = frame.expr_line ? frame.expr_line : frame.line;
            capture_traceback(e);
        }
        throw;
    }
}

Value Interpreter::call(const Value& fn, CallArgs& args) {
    if (!fn.is_object()) throw type_error("'" + type_name(fn) + "' object is not callable");
    if (auto* f = fn.as<FunctionObj>()) return call_function(*f, args, 2);
    bool counted = fn.as<NativeFunctionObj>() && !fn.as<TypeObj>();
    if (counted) enter_recursion(1, " while calling a Python object");
    RecursionGuard guard(*this, counted ? 1 : 0);
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
        if (item->kind != ExprKind::Starred) {
            args.pos.push_back(eval(*item, f));
            continue;
        }
        Value seq = eval(*item->a, f);
        f.expr_line = e.line;
        if (!seq.is_object() || !seq.obj()->iter(*this))
            throw type_error(function_str(fn) + " argument after * must be an iterable, not " + type_name(seq));
        for (auto& v : to_list(seq)) args.pos.push_back(v);
    }
    for (auto& kw : e.keywords) {
        if (!kw.name.empty()) {
            args.kw.emplace_back(kw.name, eval(*kw.value, f));
            continue;
        }
        Value d = eval(*kw.value, f);
        f.expr_line = e.line;
        auto* dict = d.as<DictObj>();
        if (!dict) throw type_error(function_str(fn) + " argument after ** must be a mapping, not " + type_name(d));
        for (auto& [k, v] : dict->entries) {
            auto* key = k.as<StrObj>();
            if (!key) throw type_error("keywords must be strings");
            for (auto& existing : args.kw)
                if (existing.first == key->s)
                    throw type_error(function_str(fn) + " got multiple values for keyword argument '" + key->s + "'");
            args.kw.emplace_back(key->s, v);
        }
    }
    step(e.line);
    f.expr_line = e.line;
    int saved = f.call_line;
    f.call_line = e.line;
    struct Restore { int& slot; int value; ~Restore() { slot = value; } } restore{f.call_line, saved};
    if (auto* pyfn = fn.as<FunctionObj>()) return call_function(*pyfn, args, 1);
    return call(fn, args);
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
        else if (part->name == "a") v = Value::str(ascii_escape(repr(v)));
        std::string spec = part->b ? eval_fstring(*part->b, f).as<StrObj>()->s : "";
        f.expr_line = e.line;
        out += call(builtins_.at("format"), std::vector<Value>{v, Value::str(spec)}).as<StrObj>()->s;
    }
    return Value::str(out);
}

namespace {

// Whether the compiler folds [x] to a constant (the AST optimizer's literal folding).
bool is_folded_constant(const Expr& x) {
    switch (x.kind) {
        case ExprKind::Constant: return true;
        case ExprKind::UnaryOp: return x.name != "not" && x.a->kind == ExprKind::Constant && x.a->constant.is_number();
        case ExprKind::Tuple:
            return std::all_of(x.items.begin(), x.items.end(), [](const ExprPtr& i) { return is_folded_constant(*i); });
        default: return false;
    }
}

}  // namespace

Value Interpreter::build_display(const Expr& e, Frame& f) {
    if (e.kind == ExprKind::Dict) {
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
            Value v = eval(*e.values[i], f);
            f.expr_line = e.line;
            d->put(*this, k, v);
        }
        return Value::object(d);
    }
    if (e.kind != ExprKind::Set) {
        std::vector<Value> items;
        for (auto& i : e.items) {
            if (i->kind != ExprKind::Starred) { items.push_back(eval(*i, f)); continue; }
            for (auto& v : to_list(eval(*i->a, f))) items.push_back(v);
        }
        return e.kind == ExprKind::List ? make_list(std::move(items)) : make_tuple(std::move(items));
    }
    auto result = std::make_shared<SetObj>();
    // CPython 3.11 compiles a display of more than two constants as BUILD_SET 0 +
    // SET_UPDATE of a folded frozenset constant (set_merge); constant merging
    // (merge_consts_recursive) has rebuilt that frozenset from its own iteration order.
    bool folded = e.items.size() > 2 && std::all_of(e.items.begin(), e.items.end(), [](const ExprPtr& x) { return is_folded_constant(*x); });
    if (folded) {
        SetObj folded_once, merged;
        for (auto& i : e.items) folded_once.add(*this, eval(*i, f));
        for (auto& v : folded_once.ordered_items()) merged.add(*this, v);
        result->merge(*this, merged);
        return Value::object(result);
    }
    for (auto& i : e.items) {
        Value v = eval(i->kind == ExprKind::Starred ? *i->a : *i, f);
        f.expr_line = e.line;
        if (i->kind == ExprKind::Starred) result->update(*this, v);
        else result->add(*this, v);
    }
    return Value::object(result);
}

// Each operation that can raise first records its node's line in the frame: an error
// raised there is reported at that line, as CPython reports the failing instruction's.
Value Interpreter::eval(const Expr& e, Frame& f) {
    switch (e.kind) {
        case ExprKind::Constant:
            if (e.name == "Ellipsis") return builtins_.at("Ellipsis");
            return e.constant;
        case ExprKind::Name:
            f.expr_line = e.line;
            return load_name(e.name, f);
        case ExprKind::Attribute: {
            Value obj = eval(*e.a, f);
            f.expr_line = e.line;
            return get_attr(obj, e.name);
        }
        case ExprKind::Subscript: {
            Value obj = eval(*e.a, f);
            Value key = eval_subscript_key(*e.b, f);
            f.expr_line = e.line;
            return get_item(obj, key);
        }
        case ExprKind::Call: return eval_call(e, f);
        case ExprKind::BinOp: {
            Value a = eval(*e.a, f);
            Value b = eval(*e.b, f);
            f.expr_line = e.line;
            return binary(e.name, a, b);
        }
        case ExprKind::UnaryOp: {
            Value a = eval(*e.a, f);
            f.expr_line = e.line;
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
                f.expr_line = e.line;
                Value r = binary(e.ops[i], left, right);
                if (i + 1 == e.ops.size() || !truthy(r)) return r;
                left = right;
            }
            return Value::boolean(true);
        }
        case ExprKind::IfExp: return truthy(eval(*e.a, f)) ? eval(*e.b, f) : eval(*e.c, f);
        case ExprKind::Lambda: return make_function(e.params, nullptr, e.a.get(), e.scope, f, e.line);
        case ExprKind::List: case ExprKind::Tuple: case ExprKind::Set: case ExprKind::Dict: return build_display(e, f);
        case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: return eval_comprehension(e, f);
        case ExprKind::GeneratorExp: return make_generator(e, f);
        case ExprKind::FString: return eval_fstring(e, f);
        case ExprKind::NamedExpr: {
            Value v = eval(*e.a, f);
            store_walrus(e.name, v, f);
            return v;
        }
        case ExprKind::Slice: return eval_subscript_key(e, f);
        case ExprKind::Starred: case ExprKind::FormattedValue: break;
    }
    throw unsupported("this expression is not supported in the playground", e.line);
}

// ---- comprehensions -------------------------------------------------------------

Value Interpreter::eval_comprehension(const Expr& e, Frame& f) {
    // The first iterable is evaluated in the enclosing scope, then the comprehension
    // runs in its own frame, as CPython 3.11 calls a <listcomp> function.
    ObjPtr first = iter(eval(*e.comps[0].iter, f));
    enter_recursion(1, "");
    RecursionGuard guard(*this, 1);
    Frame inner;
    inner.function = e.scope->name;
    inner.scope = std::make_shared<Scope>();
    inner.scope->parent = f.scope;
    inner.scope->info = e.scope.get();
    inner.info = e.scope.get();
    inner.line = f.line;
    stack_.push_back(&inner);
    struct Pop { std::vector<Frame*>& s; ~Pop() { s.pop_back(); } } pop{stack_};
    std::vector<Value> list_out;
    auto dict_out = e.kind == ExprKind::DictComp ? std::make_shared<DictObj>() : nullptr;
    auto set_out = e.kind == ExprKind::SetComp ? std::make_shared<SetObj>() : nullptr;
    std::function<void(size_t, ObjPtr)> loop = [&](size_t level, ObjPtr it) {
        const Comprehension& c = e.comps[level];
        auto* iterator = static_cast<IterObj*>(it.get());
        Value item;
        while (iterator->next(*this, item)) {
            step(e.line);
            assign(*c.target, item, inner);
            bool ok = true;
            for (auto& cond : c.conditions)
                if (!truthy(eval(*cond, inner))) { ok = false; break; }
            if (!ok) continue;
            if (level + 1 < e.comps.size()) {
                loop(level + 1, iter(eval(*e.comps[level + 1].iter, inner)));
            } else if (dict_out) {
                Value k = eval(*e.a, inner);
                dict_out->put(*this, k, eval(*e.b, inner));
            } else if (set_out) {
                set_out->add(*this, eval(*e.a, inner));
            } else {
                list_out.push_back(eval(*e.a, inner));
                if ((list_out.size() & 0xFFFF) == 0) count_elements(static_cast<int64_t>(list_out.size()));
            }
        }
    };
    try {
        loop(0, first);
    } catch (PyError& err) {
        if (err.kind == ErrorKind::Runtime && err.frames.empty()) {
            if (err.line == 0) err.line = inner.expr_line ? inner.expr_line : e.line;
            capture_traceback(err);
        }
        throw;
    }
    if (dict_out) return Value::object(dict_out);
    if (set_out) return Value::object(set_out);
    return make_list(std::move(list_out));
}

// A generator expression: lazy, resumed by each next(); its frame outlives the call.
Value Interpreter::make_generator(const Expr& e, Frame& f) {
    struct State {
        Frame frame;
        std::vector<ObjPtr> iters;
        size_t level = 0;
        bool done = false;
    };
    auto st = std::make_shared<State>();
    st->iters.resize(e.comps.size());
    st->iters[0] = iter(eval(*e.comps[0].iter, f));
    st->frame.function = e.scope->name;
    st->frame.scope = std::make_shared<Scope>();
    st->frame.scope->parent = f.scope;
    st->frame.scope->info = e.scope.get();
    st->frame.info = e.scope.get();
    st->frame.line = f.line;
    const Expr* ex = &e;
    return Value::object(std::make_shared<FnIter>("generator", [st, ex](Interpreter& in, Value& out) {
        if (st->done) return false;
        if (st->frame.line == 0 && !in.stack_.empty()) st->frame.line = in.stack_.back()->line;
        in.enter_recursion(2, "");
        RecursionGuard guard(in, 2);
        in.stack_.push_back(&st->frame);
        struct Pop { std::vector<Frame*>& s; ~Pop() { s.pop_back(); } } pop{in.stack_};
        try {
            while (true) {
                Value item;
                if (!static_cast<IterObj*>(st->iters[st->level].get())->next(in, item)) {
                    if (st->level == 0) { st->done = true; return false; }
                    --st->level;
                    continue;
                }
                in.step(ex->line);
                const Comprehension& c = ex->comps[st->level];
                in.assign(*c.target, item, st->frame);
                bool ok = true;
                for (auto& cond : c.conditions)
                    if (!in.truthy(in.eval(*cond, st->frame))) { ok = false; break; }
                if (!ok) continue;
                if (st->level + 1 < ex->comps.size()) {
                    ++st->level;
                    st->iters[st->level] = in.iter(in.eval(*ex->comps[st->level].iter, st->frame));
                    continue;
                }
                out = in.eval(*ex->a, st->frame);
                return true;
            }
        } catch (PyError& err) {
            st->done = true;
            if (err.kind == ErrorKind::Runtime && err.frames.empty()) {
                if (err.line == 0) err.line = st->frame.expr_line ? st->frame.expr_line : ex->line;
                in.capture_traceback(err);
            }
            throw;
        }
    }));
}

}  // namespace seedlab::lang
