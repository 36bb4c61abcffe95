// Signature parsing and argument binding with CPython's messages.
#include "lang/args.hpp"

#include <algorithm>
#include <cstdlib>

#include "lang/errors.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"

namespace seedlab::lang {
namespace {

std::string trim(std::string_view s) {
    size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
    return a == std::string_view::npos ? "" : std::string(s.substr(a, b - a + 1));
}

Value parse_default(const std::string& text) {
    if (text == "None") return Value::none();
    if (text == "True") return Value::boolean(true);
    if (text == "False") return Value::boolean(false);
    if (!text.empty() && (text[0] == '\'' || text[0] == '"')) return Value::str(text.substr(1, text.size() - 2));
    if (text.find_first_of(".eE") != std::string::npos && text.find("0x") == std::string::npos)
        return Value::floating(std::strtod(text.c_str(), nullptr));
    return Value::integer(BigInt::from_string(text, 10));
}

}  // namespace

Signature::Signature(std::string_view text, Style style) : style_(style) {
    size_t open = text.find('('), close = text.rfind(')');
    name_ = trim(text.substr(0, open));
    std::string_view body = text.substr(open + 1, close - open - 1);
    bool kw_only = false;
    size_t start = 0;
    while (start <= body.size()) {
        size_t comma = body.find(',', start);
        if (comma == std::string_view::npos) comma = body.size();
        std::string item = trim(body.substr(start, comma - start));
        start = comma + 1;
        if (item.empty()) { if (comma >= body.size()) break; continue; }
        if (item == "*") { kw_only = true; continue; }
        if (item == "/") {
            for (auto& p : params_) if (p.kind == P::Kind::Normal) p.kind = P::Kind::PosOnly;
            continue;
        }
        P p;
        if (item.rfind("**", 0) == 0) { p.kind = P::Kind::VarKw; p.name = item.substr(2); }
        else if (item[0] == '*') { p.kind = P::Kind::VarArgs; p.name = item.substr(1); kw_only = true; }
        else {
            size_t eq = item.find('=');
            p.name = trim(item.substr(0, eq));
            if (eq != std::string::npos) { p.has_default = true; p.default_value = parse_default(trim(item.substr(eq + 1))); }
            p.kind = kw_only ? P::Kind::KwOnly : P::Kind::Normal;
        }
        params_.push_back(std::move(p));
        if (comma >= body.size()) break;
    }
}

// The arity checks of CPython's C argument parsers, before binding.
void Signature::check_builtin_arity(const CallArgs& args) const {
    size_t minpos = 0, maxpos = 0, maxargs = 0, minposonly = 0, posonly = 0;
    for (auto& p : params_) {
        if (p.kind == P::Kind::PosOnly || p.kind == P::Kind::Normal) {
            ++maxpos;
            if (!p.has_default) minpos = maxpos;
        }
        if (p.kind == P::Kind::PosOnly) {
            ++posonly;
            if (!p.has_default) minposonly = posonly;
        }
        if (p.kind != P::Kind::VarArgs && p.kind != P::Kind::VarKw) ++maxargs;
    }
    size_t nargs = args.pos.size(), nkw = args.kw.size(), total = nargs + nkw;
    auto plural = [](size_t n, const char* word) { return std::string(word) + (n == 1 ? "" : "s"); };
    switch (style_) {
        case Style::Python: return;
        case Style::OneArg:
            if (nkw) throw type_error(name_ + "() takes no keyword arguments");
            if (nargs != 1) throw type_error(name_ + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
            return;
        case Style::Positional:
            if (nkw && std::none_of(params_.begin(), params_.end(), [](const P& p) { return p.kind == P::Kind::KwOnly || p.kind == P::Kind::Normal; }))
                throw type_error(name_ + "() takes no keyword arguments");
            if (nargs < minpos)
                throw type_error(name_ + " expected " + (minpos == maxpos ? "" : "at least ") + std::to_string(minpos) + " " +
                                 plural(minpos, "argument") + ", got " + std::to_string(nargs));
            if (nargs > maxpos)
                throw type_error(name_ + " expected " + (minpos == maxpos ? "" : "at most ") + std::to_string(maxpos) + " " +
                                 plural(maxpos, "argument") + ", got " + std::to_string(nargs));
            return;
        case Style::ArgsTuple:
            if (nkw) throw type_error(name_ + "() takes no keyword arguments");
            if (nargs < minpos || nargs > maxpos)
                throw type_error(name_ + "() takes " + (nargs < minpos ? (minpos == maxpos ? "exactly " : "at least ") : (minpos == maxpos ? "exactly " : "at most ")) +
                                 std::to_string(nargs < minpos ? minpos : maxpos) + " " + plural(nargs < minpos ? minpos : maxpos, "argument") +
                                 " (" + std::to_string(nargs) + " given)");
            return;
        case Style::Clinic: {
            if (total > maxargs)
                throw type_error(name_ + "() takes at most " + std::to_string(maxargs) + " " + (nargs == 0 ? "keyword " : "") +
                                 plural(maxargs, "argument") + " (" + std::to_string(total) + " given)");
            if (nargs > maxpos) {
                if (maxpos == 0) throw type_error(name_ + "() takes no positional arguments");
                throw type_error(name_ + "() takes " + (minpos < maxpos ? "at most " : "exactly ") + std::to_string(maxpos) + " positional " +
                                 plural(maxpos, "argument") + " (" + std::to_string(nargs) + " given)");
            }
            if (nargs < minposonly)
                throw type_error(name_ + "() takes " + (minposonly < maxpos ? "at least " : "exactly ") + std::to_string(minposonly) +
                                 " positional " + plural(minposonly, "argument") + " (" + std::to_string(nargs) + " given)");
            for (size_t i = nargs; i < params_.size(); ++i) {
                const P& p = params_[i];
                if (p.has_default || p.kind == P::Kind::VarArgs || p.kind == P::Kind::VarKw) continue;
                bool given = false;
                for (auto& [k, v] : args.kw) given = given || (k == p.name && p.kind != P::Kind::PosOnly);
                if (given) continue;
                if (p.kind == P::Kind::KwOnly) throw type_error(name_ + "() missing required keyword-only argument '" + p.name + "'");
                throw type_error(name_ + "() missing required argument '" + p.name + "' (pos " + std::to_string(i + 1) + ")");
            }
            for (auto& kw : args.kw) {
                const std::string& k = kw.first;  // clang 14 cannot capture structured bindings
                bool known = std::any_of(params_.begin(), params_.end(), [&](const P& p) {
                    return p.name == k && (p.kind == P::Kind::Normal || p.kind == P::Kind::KwOnly);
                });
                if (!known) throw type_error("'" + k + "' is an invalid keyword argument for " + name_ + "()");
            }
            return;
        }
    }
}

std::vector<Value> Signature::bind(const CallArgs& args) const {
    check_builtin_arity(args);
    std::vector<Value> out(params_.size());
    std::vector<bool> set(params_.size(), false);
    size_t pos = 0;
    size_t positional_capacity = 0;
    for (auto& p : params_) if (p.kind == P::Kind::Normal || p.kind == P::Kind::PosOnly) ++positional_capacity;
    for (size_t i = 0; i < params_.size(); ++i) {
        const P& p = params_[i];
        if ((p.kind == P::Kind::Normal || p.kind == P::Kind::PosOnly) && pos < args.pos.size()) {
            out[i] = args.pos[pos++];
            set[i] = true;
        } else if (p.kind == P::Kind::VarArgs) {
            std::vector<Value> rest;
            while (pos < args.pos.size()) rest.push_back(args.pos[pos++]);
            out[i] = make_tuple(std::move(rest));
            set[i] = true;
        }
    }
    if (pos < args.pos.size()) {
        size_t required = 0;
        for (auto& p : params_) if ((p.kind == P::Kind::Normal || p.kind == P::Kind::PosOnly) && !p.has_default) ++required;
        std::string takes = required == positional_capacity ? std::to_string(positional_capacity)
                                                            : "from " + std::to_string(required) + " to " + std::to_string(positional_capacity);
        throw type_error(name_ + "() takes " + takes + " positional argument" + (positional_capacity == 1 ? "" : "s") + " but " +
                         std::to_string(args.pos.size()) + (args.pos.size() == 1 ? " was" : " were") + " given");
    }
    int varkw = -1;
    for (size_t i = 0; i < params_.size(); ++i) if (params_[i].kind == P::Kind::VarKw) varkw = static_cast<int>(i);
    std::vector<std::pair<std::string, Value>> extra;
    for (auto& [k, v] : args.kw) {
        size_t i = 0;
        for (; i < params_.size(); ++i)
            if (params_[i].name == k && (params_[i].kind == P::Kind::Normal || params_[i].kind == P::Kind::KwOnly)) break;
        if (i == params_.size()) {
            if (varkw >= 0) { extra.emplace_back(k, v); continue; }
            throw type_error(name_ + "() got an unexpected keyword argument '" + k + "'");
        }
        if (set[i]) throw type_error(name_ + "() got multiple values for argument '" + k + "'");
        out[i] = v;
        set[i] = true;
    }
    if (varkw >= 0) {
        std::vector<Value> pairs;
        for (auto& [k, v] : extra) pairs.push_back(make_tuple({Value::str(k), v}));
        out[static_cast<size_t>(varkw)] = make_list(std::move(pairs));  // list of (name, value) pairs
        set[static_cast<size_t>(varkw)] = true;
    }
    for (size_t i = 0; i < params_.size(); ++i) {
        if (set[i]) continue;
        const P& p = params_[i];
        if (p.has_default) { out[i] = p.default_value; continue; }
        if (p.kind == P::Kind::KwOnly) throw type_error(name_ + "() missing 1 required keyword-only argument: '" + p.name + "'");
        throw type_error(name_ + "() missing 1 required positional argument: '" + p.name + "'");
    }
    return out;
}

int64_t arg_int(Interpreter& in, const Value& v, const std::string& what) {
    if (v.is_bool() || v.is_small_int()) return v.small_int();
    if (v.is_int()) throw runtime_error("OverflowError", "Python int too large to convert to C long");
    if (v.is_float()) throw type_error("'float' object cannot be interpreted as an integer");
    (void)what;
    // Library integers (numpy.int64) convert through __index__, as operator.index does.
    if (v.is_object() && in.has_attr(v, "__index__")) return arg_int(in, in.call(in.get_attr(v, "__index__"), std::vector<Value>{}), what);
    throw type_error("'" + in.type_name(v) + "' object cannot be interpreted as an integer");
}

double arg_float(Interpreter& in, const Value& v, const std::string& what) {
    if (v.is_float()) return v.as_float();
    if (v.is_bool() || v.is_small_int()) return static_cast<double>(v.small_int());
    if (v.is_int()) {
        try { return v.big_int().to_double(); } catch (const std::overflow_error&) {
            throw runtime_error("OverflowError", "int too large to convert to float");
        }
    }
    (void)what;
    // Library numbers (numpy.float64) convert through __float__, as PyFloat_AsDouble does.
    if (v.is_object() && in.has_attr(v, "__float__")) return arg_float(in, in.call(in.get_attr(v, "__float__"), std::vector<Value>{}), what);
    throw type_error("must be real number, not " + in.type_name(v));
}

std::string arg_str(Interpreter& in, const Value& v, const std::string& what) {
    if (auto* s = v.as<StrObj>()) return s->s;
    throw type_error(what + " must be str, not " + in.type_name(v));
}

}  // namespace seedlab::lang
