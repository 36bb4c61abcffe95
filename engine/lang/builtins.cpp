// Python's builtin functions for the playground subset (print, len, range, sum, map,
// zip, enumerate, list, tuple, dict, set, int, float, str, bool, abs, min, max, round,
// sorted, reversed, isinstance, repr, hash, iter, next, any, all, divmod, pow,
// format, chr, ord, hex, bin, slice) and %-formatting of str.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "lang/args.hpp"
#include "lang/function.hpp"
#include "lang/interpreter.hpp"
#include "lang/numfmt.hpp"
#include "lang/objects.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang {
namespace {

using Table = std::unordered_map<std::string, Value>;

void def(Table& t, const std::string& name, NativeFn fn) { t[name] = make_native(name, std::move(fn)); }

Value format_value(Interpreter& in, const Value& v, const std::string& spec) {
    if (spec.empty()) return Value::str(in.str(v));
    if (v.is_float()) return Value::str(format_float(v.as_float(), parse_format_spec(spec)));
    if (v.is_int() || v.is_bool()) {
        FormatSpec f = parse_format_spec(spec);
        std::string dec = v.is_small_int() || v.is_bool() ? std::to_string(v.small_int()) : v.big_int().to_string();
        if (f.type == 'f' || f.type == 'F' || f.type == 'e' || f.type == 'E' || f.type == 'g' || f.type == 'G' || f.type == '%')
            return Value::str(format_float(arg_float(in, v, "x"), f));
        if (f.type == 'x' || f.type == 'X' || f.type == 'b' || f.type == 'o') {
            BigInt b = v.big_int();
            int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : 16;
            std::string digits = b.abs().to_string(base);
            if (f.type == 'X') for (auto& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            if (f.alternate) digits = std::string("0") + f.type + digits;
            FormatSpec g = f;
            g.type = 0;
            g.alternate = false;
            return Value::str(format_int_text((b.is_negative() ? "-" : "") + digits, g));
        }
        return Value::str(format_int_text(dec, f));
    }
    if (auto* s = v.as<StrObj>()) return Value::str(format_str(s->s, parse_format_spec(spec)));
    if (v.is_object() && in.has_attr(v, "__format__")) return in.call(in.get_attr(v, "__format__"), std::vector<Value>{Value::str(spec)});
    throw type_error("unsupported format string passed to " + in.type_name(v) + ".__format__");
}

// str % args, as PyUnicode_Format.
Value percent_format(Interpreter& in, const std::string& fmt, const Value& args) {
    std::vector<Value> items;
    if (auto* t = args.as<TupleObj>()) items = t->items; else items.push_back(args);
    size_t next = 0;
    std::string out;
    auto take = [&]() -> Value {
        if (next >= items.size()) throw type_error("not enough arguments for format string");
        return items[next++];
    };
    for (size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != '%') { out += fmt[i]; continue; }
        if (++i >= fmt.size()) throw value_error("incomplete format");
        if (fmt[i] == '%') { out += '%'; continue; }
        FormatSpec spec;
        bool left = false;
        for (; i < fmt.size() && std::string("-+ #0").find(fmt[i]) != std::string::npos; ++i) {
            if (fmt[i] == '-') left = true;
            else if (fmt[i] == '+') spec.sign = '+';
            else if (fmt[i] == ' ') spec.sign = ' ';
            else if (fmt[i] == '#') spec.alternate = true;
            else spec.zero_pad = true;
        }
        if (i < fmt.size() && fmt[i] == '*') { spec.width = static_cast<int>(arg_int(in, take(), "width")); ++i; }
        else if (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) {
            spec.width = 0;
            while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) spec.width = spec.width * 10 + (fmt[i++] - '0');
        }
        if (i < fmt.size() && fmt[i] == '.') {
            ++i;
            spec.precision = 0;
            if (i < fmt.size() && fmt[i] == '*') { spec.precision = static_cast<int>(arg_int(in, take(), "precision")); ++i; }
            else while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) spec.precision = spec.precision * 10 + (fmt[i++] - '0');
        }
        if (i >= fmt.size()) throw value_error("incomplete format");
        char conv = fmt[i];
        if (left) { spec.align = '<'; spec.zero_pad = false; }
        Value v = take();
        std::string piece;
        if (conv == 's' || conv == 'r' || conv == 'a') {
            std::string s = conv == 's' ? in.str(v) : in.repr(v);
            FormatSpec f;
            f.width = spec.width;
            f.precision = spec.precision;
            f.align = left ? '<' : '>';
            piece = format_str(s, f);
        } else if (conv == 'd' || conv == 'i' || conv == 'u') {
            Value iv = v.is_float() ? Value::integer(BigInt::from_double(std::trunc(v.as_float()))) : v;
            if (!iv.is_int() && !iv.is_bool()) throw type_error("%" + std::string(1, conv) + " format: a real number is required, not " + in.type_name(v));
            spec.precision = -1;
            piece = format_int_text(iv.is_small_int() || iv.is_bool() ? std::to_string(iv.small_int()) : iv.big_int().to_string(), spec);
        } else if (std::string("fFeEgG").find(conv) != std::string::npos) {
            double d = arg_float(in, v, "x");
            if (spec.precision < 0) spec.precision = 6;
            spec.type = conv;
            piece = format_float(d, spec);
        } else if (conv == 'x' || conv == 'X' || conv == 'o') {
            spec.type = conv;
            piece = format_value(in, v, "").as<StrObj>()->s;
            FormatSpec f = spec;
            std::string digits = v.big_int().abs().to_string(conv == 'o' ? 8 : 16);
            if (conv == 'X') for (auto& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            if (spec.alternate) digits = std::string("0") + conv + digits;
            f.type = 0;
            f.precision = -1;
            piece = format_int_text((v.big_int().is_negative() ? "-" : "") + digits, f);
        } else {
            throw value_error(std::string("unsupported format character '") + conv + "' (0x" +
                              [&] { char b[8]; std::snprintf(b, sizeof b, "%x", conv); return std::string(b); }() + ") at index " +
                              std::to_string(i));
        }
        out += piece;
    }
    if (next < items.size() && args.as<TupleObj>()) throw type_error("not all arguments converted during string formatting");
    return Value::str(out);
}

Value to_int(Interpreter& in, const Value& v, const Value& base_v) {
    if (!base_v.is_none()) {
        auto* s = v.as<StrObj>();
        if (!s) throw type_error("int() can't convert non-string with explicit base");
        int base = static_cast<int>(arg_int(in, base_v, "base"));
        std::string t = s->s;
        t.erase(0, t.find_first_not_of(" \t\n"));
        t.erase(t.find_last_not_of(" \t\n") + 1);
        try { return Value::integer(BigInt::from_string(t, base)); } catch (const std::exception&) {
            throw value_error("invalid literal for int() with base " + std::to_string(base) + ": " + py_str_repr(s->s));
        }
    }
    if (v.is_int()) return v;
    if (v.is_bool()) return Value::integer(v.small_int());
    if (v.is_float()) {
        double d = v.as_float();
        if (d != d) throw value_error("cannot convert float NaN to integer");
        if (std::fabs(d) == std::numeric_limits<double>::infinity()) throw runtime_error("OverflowError", "cannot convert float infinity to integer");
        return Value::integer(BigInt::from_double(d));
    }
    if (auto* s = v.as<StrObj>()) {
        std::string t = s->s;
        t.erase(0, t.find_first_not_of(" \t\n"));
        t.erase(t.find_last_not_of(" \t\n") + 1);
        try {
            if (t.empty()) throw std::invalid_argument("empty");
            return Value::integer(BigInt::from_string(t, 10));
        } catch (const std::exception&) {
            throw value_error("invalid literal for int() with base 10: " + py_str_repr(s->s));
        }
    }
    if (v.is_object() && in.has_attr(v, "__int__")) return in.call(in.get_attr(v, "__int__"), std::vector<Value>{});
    throw type_error("int() argument must be a string, a bytes-like object or a real number, not '" + in.type_name(v) + "'");
}

Value to_float(Interpreter& in, const Value& v) {
    if (v.is_float()) return Value::floating(v.as_float(), v.provenance());
    if (v.is_int() || v.is_bool()) return Value::floating(arg_float(in, v, "x"));
    if (auto* s = v.as<StrObj>()) {
        std::string t = s->s;
        t.erase(0, t.find_first_not_of(" \t\n"));
        t.erase(t.find_last_not_of(" \t\n") + 1);
        std::string lower = t;
        for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string mag = lower[0] == '+' || lower[0] == '-' ? lower.substr(1) : lower;
        double sign = lower[0] == '-' ? -1.0 : 1.0;
        if (mag == "inf" || mag == "infinity") return Value::floating(sign * std::numeric_limits<double>::infinity());
        if (mag == "nan") return Value::floating(std::numeric_limits<double>::quiet_NaN());
        std::string clean;
        for (char c : t) if (c != '_') clean += c;
        char* end = nullptr;
        bool ok = !clean.empty() && clean.find_first_not_of("0123456789.eE+-") == std::string::npos;
        double d = ok ? std::strtod(clean.c_str(), &end) : 0.0;
        if (!ok || end != clean.c_str() + clean.size()) throw value_error("could not convert string to float: " + py_str_repr(s->s));
        return Value::floating(d);
    }
    if (v.is_object() && in.has_attr(v, "__float__")) return in.call(in.get_attr(v, "__float__"), std::vector<Value>{});
    throw type_error("float() argument must be a string or a real number, not '" + in.type_name(v) + "'");
}

Value round_value(Interpreter& in, const Value& x, const Value& nd) {
    if (x.is_int() || x.is_bool()) {
        if (nd.is_none()) return Value::integer(x.big_int());
        int64_t n = arg_int(in, nd, "ndigits");
        if (n >= 0) return Value::integer(x.big_int());
        BigInt p = pow(BigInt(10), BigInt(-n));
        BigInt v = x.big_int();
        auto [q, r] = divmod(v, p);
        BigInt twice = r + r;
        auto c = twice <=> p;
        if (c > 0 || (c == 0 && !(mod(q, BigInt(2))).is_zero())) q = q + BigInt(1);
        return Value::integer(q * p);
    }
    if (!x.is_float()) {
        if (x.is_object() && in.has_attr(x, "__round__")) {
            std::vector<Value> a;
            if (!nd.is_none()) a.push_back(nd);
            return in.call(in.get_attr(x, "__round__"), a);
        }
        throw type_error("type " + in.type_name(x) + " doesn't define __round__ method");
    }
    double d = x.as_float();
    if (nd.is_none()) {
        if (d != d) throw value_error("cannot convert float NaN to integer");
        if (std::fabs(d) == std::numeric_limits<double>::infinity()) throw runtime_error("OverflowError", "cannot convert float infinity to integer");
        double r = std::nearbyint(d);  // round-half-even in the default rounding mode
        return Value::integer(BigInt::from_double(r));
    }
    int64_t n = arg_int(in, nd, "ndigits");
    if (d != d || std::fabs(d) == std::numeric_limits<double>::infinity() || d == 0.0) return x;
    if (n > 323) return x;
    if (n < -308) return Value::floating(std::copysign(0.0, d));
    // CPython's double_round: the correctly rounded decimal string, read back.
    std::string s;
    if (n >= 0) {
        s = format_float_c(d, 'f', static_cast<int>(n));
    } else {
        BigInt p = pow(BigInt(10), BigInt(-n));
        Value r = round_value(in, Value::integer(BigInt::from_double(std::trunc(d))), nd);
        // Correct only when the fraction cannot change the rounding of the integer part.
        double frac = d - std::trunc(d);
        if (frac != 0.0) throw unsupported("round() of a non-integral float to negative ndigits is not supported in the playground");
        (void)p;
        return Value::floating(arg_float(in, r, "x"));
    }
    return Value::floating(std::strtod(s.c_str(), nullptr));
}

Value min_max(Interpreter& in, CallArgs& a, bool is_max) {
    const char* name = is_max ? "max" : "min";
    Value key, def;
    bool has_def = false;
    for (auto& [k, v] : a.kw) {
        if (k == "key") key = v;
        else if (k == "default") { def = v; has_def = true; }
        else throw type_error(std::string(name) + "() got an unexpected keyword argument '" + k + "'");
    }
    std::vector<Value> items;
    if (a.pos.size() == 1) items = in.to_list(a.pos[0]);
    else if (a.pos.empty()) throw type_error(std::string(name) + " expected at least 1 argument, got 0");
    else items = a.pos;
    if (items.empty()) {
        if (has_def) return def;
        throw value_error(std::string(name) + "() arg is an empty sequence");
    }
    Value best = items[0], best_key = key.is_none() ? best : in.call(key, std::vector<Value>{best});
    for (size_t i = 1; i < items.size(); ++i) {
        Value k = key.is_none() ? items[i] : in.call(key, std::vector<Value>{items[i]});
        if (is_max ? in.less(best_key, k) : in.less(k, best_key)) { best = items[i]; best_key = k; }
    }
    return best;
}

bool isinstance_of(Interpreter& in, const Value& v, const Value& cls) {
    if (auto* t = cls.as<TupleObj>()) {
        for (auto& c : t->items) if (isinstance_of(in, v, c)) return true;
        return false;
    }
    auto* fn = cls.as<NativeFunctionObj>();
    if (!fn) throw type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
    const std::string& n = fn->name;
    std::string t = in.type_name(v);
    if (n == "int") return t == "int" || t == "bool";
    if (n == "object") return true;
    return t == n;
}

}  // namespace

void install_builtins(Table& t) {
    def(t, "print", [](Interpreter& in, CallArgs& a) {
        std::string sep = " ", end = "\n";
        for (auto& [k, v] : a.kw) {
            if (k == "sep") { if (!v.is_none()) sep = arg_str(in, v, "sep"); }
            else if (k == "end") { if (!v.is_none()) end = arg_str(in, v, "end"); }
            else if (k == "flush") {}
            else if (k == "file") { if (!v.is_none()) throw unsupported("print(file=...) is not supported in the playground", in.current_line()); }
            else throw type_error("'" + k + "' is an invalid keyword argument for print()");
        }
        TextOut out;
        for (size_t i = 0; i < a.pos.size(); ++i) {
            if (i) out.append(sep);
            in.write(a.pos[i], out, true);
        }
        out.append(end);
        in.emit_print(std::move(out));
        return Value::none();
    });
    def(t, "len", [](Interpreter& in, CallArgs& a) {
        if (a.pos.size() != 1) throw type_error("len() takes exactly one argument (" + std::to_string(a.pos.size()) + " given)");
        return Value::integer(in.length(a.pos[0]));
    });
    def(t, "range", [](Interpreter& in, CallArgs& a) {
        if (a.pos.empty()) throw type_error("range expected at least 1 argument, got 0");
        if (a.pos.size() > 3) throw type_error("range expected at most 3 arguments, got " + std::to_string(a.pos.size()));
        auto r = std::make_shared<RangeObj>();
        std::vector<int64_t> v;
        for (auto& p : a.pos) v.push_back(arg_int(in, p, "range"));
        if (v.size() == 1) { r->stop = v[0]; }
        else { r->start = v[0]; r->stop = v[1]; if (v.size() == 3) r->step = v[2]; }
        if (r->step == 0) throw value_error("range() arg 3 must not be zero");
        return Value::object(r);
    });
    def(t, "slice", [](Interpreter&, CallArgs& a) {
        auto s = std::make_shared<SliceObj>();
        if (a.pos.size() == 1) s->stop = a.pos[0];
        else if (a.pos.size() >= 2) { s->start = a.pos[0]; s->stop = a.pos[1]; if (a.pos.size() == 3) s->step = a.pos[2]; }
        return Value::object(s);
    });
    def(t, "sum", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("sum(iterable, /, start=0)");
        auto p = sig.bind(a);
        Value acc = p[1];
        if (acc.as<StrObj>()) throw type_error("sum() can't sum strings [use ''.join(seq) instead]");
        ObjPtr it = in.iter(p[0]);
        Value item;
        while (static_cast<IterObj*>(it.get())->next(in, item)) acc = in.binary("+", acc, item);
        return acc;
    });
    def(t, "list", [](Interpreter& in, CallArgs& a) {
        if (a.pos.empty()) return make_list({});
        return make_list(in.to_list(a.pos[0]));
    });
    def(t, "tuple", [](Interpreter& in, CallArgs& a) {
        if (a.pos.empty()) return make_tuple({});
        if (a.pos[0].as<TupleObj>()) return a.pos[0];
        return make_tuple(in.to_list(a.pos[0]));
    });
    def(t, "set", [](Interpreter& in, CallArgs& a) {
        auto s = std::make_shared<SetObj>();
        if (!a.pos.empty()) s->update(in, a.pos[0]);
        return Value::object(s);
    });
    def(t, "frozenset", [](Interpreter& in, CallArgs& a) {
        auto s = std::make_shared<SetObj>();
        s->frozen = true;
        if (!a.pos.empty()) s->update(in, a.pos[0]);
        return Value::object(s);
    });
    def(t, "dict", [](Interpreter& in, CallArgs& a) {
        auto d = std::make_shared<DictObj>();
        if (!a.pos.empty()) {
            if (auto* src = a.pos[0].as<DictObj>()) {
                for (auto& [k, v] : src->entries) d->put(in, k, v);
            } else {
                for (auto& pair : in.to_list(a.pos[0])) {
                    auto kv = in.to_list(pair);
                    if (kv.size() != 2) throw value_error("dictionary update sequence element has length " + std::to_string(kv.size()) + "; 2 is required");
                    d->put(in, kv[0], kv[1]);
                }
            }
        }
        for (auto& [k, v] : a.kw) d->put(in, Value::str(k), v);
        return Value::object(d);
    });
    def(t, "int", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("int(x=0, /, base=None)");
        auto p = sig.bind(a);
        return to_int(in, p[0], p[1]);
    });
    def(t, "float", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("float(x=0.0, /)");
        return to_float(in, sig.bind(a)[0]);
    });
    def(t, "str", [](Interpreter& in, CallArgs& a) {
        if (a.pos.empty()) return Value::str("");
        return Value::str(in.str(a.pos[0]));
    });
    def(t, "repr", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("repr(obj, /)");
        return Value::str(in.repr(sig.bind(a)[0]));
    });
    def(t, "bool", [](Interpreter& in, CallArgs& a) { return Value::boolean(!a.pos.empty() && in.truthy(a.pos[0])); });
    def(t, "abs", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("abs(x, /)");
        Value x = sig.bind(a)[0];
        if (x.is_float()) return Value::floating(std::fabs(x.as_float()));
        if (x.is_int() || x.is_bool()) return Value::integer(x.big_int().abs());
        Value out;
        if (x.is_object() && x.obj()->unary_op(in, "abs", out)) return out;
        throw type_error("bad operand type for abs(): '" + in.type_name(x) + "'");
    });
    def(t, "min", [](Interpreter& in, CallArgs& a) { return min_max(in, a, false); });
    def(t, "max", [](Interpreter& in, CallArgs& a) { return min_max(in, a, true); });
    def(t, "round", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("round(number, ndigits=None)");
        auto p = sig.bind(a);
        return round_value(in, p[0], p[1]);
    });
    def(t, "sorted", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("sorted(iterable, /, *, key=None, reverse=False)");
        auto p = sig.bind(a);
        std::vector<Value> items = in.to_list(p[0]);
        std::vector<Value> keys;
        for (auto& v : items) keys.push_back(p[1].is_none() ? v : in.call(p[1], std::vector<Value>{v}));
        std::vector<size_t> order(items.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        bool rev = in.truthy(p[2]);
        if (rev) std::reverse(order.begin(), order.end());
        std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return in.less(keys[x], keys[y]); });
        if (rev) std::reverse(order.begin(), order.end());
        std::vector<Value> out;
        for (size_t i : order) out.push_back(items[i]);
        return make_list(std::move(out));
    });
    def(t, "reversed", [](Interpreter& in, CallArgs& a) {
        std::vector<Value> items = in.to_list(a.pos.at(0));
        std::reverse(items.begin(), items.end());
        return Value::object(std::make_shared<VectorIter>(std::move(items)));
    });
    def(t, "enumerate", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("enumerate(iterable, start=0)");
        auto p = sig.bind(a);
        ObjPtr it = in.iter(p[0]);
        int64_t n = arg_int(in, p[1], "start");
        return Value::object(std::make_shared<FnIter>("enumerate", [it, n](Interpreter& i, Value& out) mutable {
            Value item;
            if (!static_cast<IterObj*>(it.get())->next(i, item)) return false;
            out = make_tuple({Value::integer(n++), item});
            return true;
        }));
    });
    def(t, "zip", [](Interpreter& in, CallArgs& a) {
        std::vector<ObjPtr> its;
        for (auto& v : a.pos) its.push_back(in.iter(v));
        return Value::object(std::make_shared<FnIter>("zip", [its](Interpreter& i, Value& out) {
            if (its.empty()) return false;
            std::vector<Value> row;
            for (auto& it : its) {
                Value item;
                if (!static_cast<IterObj*>(it.get())->next(i, item)) return false;
                row.push_back(item);
            }
            out = make_tuple(std::move(row));
            return true;
        }));
    });
    def(t, "map", [](Interpreter& in, CallArgs& a) {
        if (a.pos.size() < 2) throw type_error("map() must have at least two arguments.");
        Value fn = a.pos[0];
        std::vector<ObjPtr> its;
        for (size_t k = 1; k < a.pos.size(); ++k) its.push_back(in.iter(a.pos[k]));
        return Value::object(std::make_shared<FnIter>("map", [fn, its](Interpreter& i, Value& out) {
            std::vector<Value> args;
            for (auto& it : its) {
                Value item;
                if (!static_cast<IterObj*>(it.get())->next(i, item)) return false;
                args.push_back(item);
            }
            out = i.call(fn, args);
            return true;
        }));
    });
    def(t, "filter", [](Interpreter& in, CallArgs& a) {
        Value fn = a.pos.at(0);
        ObjPtr it = in.iter(a.pos.at(1));
        return Value::object(std::make_shared<FnIter>("filter", [fn, it](Interpreter& i, Value& out) {
            Value item;
            while (static_cast<IterObj*>(it.get())->next(i, item)) {
                bool keep = fn.is_none() ? i.truthy(item) : i.truthy(i.call(fn, std::vector<Value>{item}));
                if (keep) { out = item; return true; }
            }
            return false;
        }));
    });
    def(t, "iter", [](Interpreter& in, CallArgs& a) { return Value::object(in.iter(a.pos.at(0))); });
    def(t, "next", [](Interpreter& in, CallArgs& a) {
        auto* it = a.pos.at(0).as<IterObj>();
        if (!it) throw type_error("'" + in.type_name(a.pos[0]) + "' object is not an iterator");
        Value out;
        if (it->next(in, out)) return out;
        if (a.pos.size() > 1) return a.pos[1];
        throw runtime_error("StopIteration", "");
    });
    def(t, "any", [](Interpreter& in, CallArgs& a) {
        for (auto& v : in.to_list(a.pos.at(0))) if (in.truthy(v)) return Value::boolean(true);
        return Value::boolean(false);
    });
    def(t, "all", [](Interpreter& in, CallArgs& a) {
        for (auto& v : in.to_list(a.pos.at(0))) if (!in.truthy(v)) return Value::boolean(false);
        return Value::boolean(true);
    });
    def(t, "isinstance", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("isinstance(obj, class_or_tuple, /)");
        auto p = sig.bind(a);
        return Value::boolean(isinstance_of(in, p[0], p[1]));
    });
    def(t, "hash", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("hash(obj, /)");
        return Value::integer(py_hash(in, sig.bind(a)[0]));
    });
    def(t, "divmod", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("divmod(x, y, /)");
        auto p = sig.bind(a);
        return make_tuple({in.binary("//", p[0], p[1]), in.binary("%", p[0], p[1])});
    });
    def(t, "pow", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("pow(base, exp, mod=None)");
        auto p = sig.bind(a);
        if (p[2].is_none()) return in.binary("**", p[0], p[1]);
        BigInt m = p[2].big_int();
        if (m.is_zero()) throw value_error("pow() 3rd argument cannot be 0");
        if (p[1].big_int().is_negative()) throw unsupported("pow() with a negative exponent and a modulus is not supported in the playground");
        return Value::integer(pow(p[0].big_int(), p[1].big_int(), m));
    });
    def(t, "format", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("format(value, format_spec='', /)");
        auto p = sig.bind(a);
        return format_value(in, p[0], arg_str(in, p[1], "format_spec"));
    });
    def(t, "__percent_format__", [](Interpreter& in, CallArgs& a) {
        return percent_format(in, a.pos[0].as<StrObj>()->s, a.pos[1]);
    });
    def(t, "chr", [](Interpreter& in, CallArgs& a) {
        int64_t c = arg_int(in, a.pos.at(0), "i");
        if (c < 0 || c > 0x10FFFF) throw value_error("chr() arg not in range(0x110000)");
        std::string s;
        utf8_append(s, static_cast<uint32_t>(c));
        return Value::str(s);
    });
    def(t, "ord", [](Interpreter& in, CallArgs& a) {
        auto* s = a.pos.at(0).as<StrObj>();
        if (!s) throw type_error("ord() expected string of length 1, but " + in.type_name(a.pos[0]) + " found");
        auto cps = utf8_decode(s->s);
        if (cps.size() != 1) throw type_error("ord() expected a character, but string of length " + std::to_string(cps.size()) + " found");
        return Value::integer(static_cast<int64_t>(cps[0]));
    });
    for (auto [name, base, prefix] : {std::tuple{"hex", 16, "0x"}, std::tuple{"bin", 2, "0b"}, std::tuple{"oct", 8, "0o"}}) {
        int b = base;
        std::string pre = prefix;
        def(t, name, [b, pre](Interpreter& in, CallArgs& a) {
            Value v = a.pos.at(0);
            if (!v.is_int() && !v.is_bool()) throw type_error("'" + in.type_name(v) + "' object cannot be interpreted as an integer");
            BigInt x = v.big_int();
            return Value::str((x.is_negative() ? "-" : "") + pre + x.abs().to_string(b));
        });
    }
    def(t, "callable", [](Interpreter&, CallArgs& a) {
        const Value& v = a.pos.at(0);
        return Value::boolean(v.as<NativeFunctionObj>() || v.as<FunctionObj>());
    });
    def(t, "bytes", [](Interpreter& in, CallArgs& a) {
        if (a.pos.empty()) return Value::object(std::make_shared<BytesObj>(""));
        if (auto* s = a.pos[0].as<StrObj>()) {
            if (a.pos.size() < 2 && a.kw.empty()) throw type_error("string argument without an encoding");
            return Value::object(std::make_shared<BytesObj>(s->s));
        }
        std::string out;
        for (auto& v : in.to_list(a.pos[0])) out += static_cast<char>(arg_int(in, v, "byte"));
        return Value::object(std::make_shared<BytesObj>(out));
    });
    def(t, "bytearray", [](Interpreter& in, CallArgs& a) {
        std::string out;
        if (!a.pos.empty()) {
            if (auto* s = a.pos[0].as<StrObj>()) out = s->s;
            else if (auto* b = a.pos[0].as<BytesObj>()) out = b->bytes;
            else for (auto& v : in.to_list(a.pos[0])) out += static_cast<char>(arg_int(in, v, "byte"));
        }
        return Value::object(std::make_shared<BytesObj>(out, true));
    });
    def(t, "object", [](Interpreter&, CallArgs&) -> Value { throw unsupported("object() is not supported in the playground"); });
    for (const char* name : {"open", "input", "exec", "eval", "compile", "globals", "locals", "vars", "id", "type", "getattr",
                             "setattr", "hasattr", "super", "property", "staticmethod", "classmethod", "__import__", "breakpoint"}) {
        std::string n = name;
        def(t, n, [n](Interpreter& in, CallArgs&) -> Value {
            throw unsupported("builtin '" + n + "()' is not supported in the playground", in.current_line());
        });
    }
    t["Ellipsis"] = Value::str("Ellipsis");
    t["None"] = Value::none();
}

}  // namespace seedlab::lang
