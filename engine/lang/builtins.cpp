// Python's builtin functions and types for the playground subset (print, len, range,
// sum, map, zip, enumerate, list, tuple, dict, set, int, float, str, bool, abs, min, max,
// round, sorted, reversed, isinstance, type, repr, ascii, hash, iter, next, any, all,
// divmod, pow, format, chr, ord, hex, bin, oct, getattr, ...) and %-formatting of str,
// with CPython 3.11's results and error messages. Builtins outside the subset (open,
// input, eval, id, ...) raise a "not supported in the playground" error.
// What it is not: no methods of builtin types (methods.cpp) and no exceptions (exceptions.cpp).
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

void def(Table& t, const std::string& name, NativeFn fn) {
    t[name] = make_native(name, std::move(fn));
    t[name].as<NativeFunctionObj>()->builtin = true;
}
// A builtin type: callable like def's functions, but prints as <class 'name'>.
void def_type(Table& t, const std::string& name, NativeFn fn) { t[name] = Value::object(std::make_shared<TypeObj>(name, std::move(fn))); }

// The decimal digits of an int, with CPython's 4300-digit limit.
std::string int_text(const Value& v) { return v.is_small_int() || v.is_bool() ? std::to_string(v.small_int()) : int_to_decimal(v.big_int()); }

Value format_value(Interpreter& in, const Value& v, const std::string& spec) {
    // Library scalars (numpy.float32) format themselves even with an empty spec, as
    // CPython's format() always calls type(v).__format__.
    if (spec.empty() && v.is_object() && !v.as<StrObj>() && in.has_attr(v, "__format__"))
        return in.call(in.get_attr(v, "__format__"), std::vector<Value>{Value::str(spec)});
    if (spec.empty()) return Value::str(in.str(v));
    if (v.is_float()) return Value::str(format_float(v.as_float(), parse_format_spec(spec, "float")));
    if (v.is_int() || v.is_bool()) {
        FormatSpec f = parse_format_spec(spec, "int");
        if (f.type == 'f' || f.type == 'F' || f.type == 'e' || f.type == 'E' || f.type == 'g' || f.type == 'G' || f.type == '%')
            return Value::str(format_float(arg_float(in, v, "x"), f));
        if (f.type == 'c') {
            if (f.sign != '-') throw value_error("Sign not allowed with integer format specifier 'c'");
            if (f.alternate) throw value_error("Alternate form (#) not allowed with integer format specifier 'c'");
            int64_t c = arg_int(in, v, "c");
            if (c < 0 || c > 0x10FFFF) throw runtime_error("OverflowError", "%c arg not in range(0x110000)");
            std::string ch;
            utf8_append(ch, static_cast<uint32_t>(c));
            FormatSpec g = f;
            g.type = 0;
            return Value::str(format_str(ch, g));
        }
        if (f.type == 'x' || f.type == 'X' || f.type == 'b' || f.type == 'o') {
            BigInt b = v.big_int();
            int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : 16;
            std::string digits = b.abs().to_string(base);
            if (f.type == 'X') for (auto& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            std::string prefix = f.alternate ? std::string("0") + f.type : "";
            return Value::str(format_int_digits(b.is_negative(), prefix, digits, f));
        }
        std::string dec = int_text(v);
        bool negative = dec[0] == '-';
        return Value::str(format_int_digits(negative, "", negative ? dec.substr(1) : dec, f));
    }
    if (auto* s = v.as<StrObj>()) return Value::str(format_str(s->s, parse_format_spec(spec, "str")));
    if (v.is_object() && in.has_attr(v, "__format__")) return in.call(in.get_attr(v, "__format__"), std::vector<Value>{Value::str(spec)});
    throw type_error("unsupported format string passed to " + in.type_name(v) + ".__format__");
}

// Pads a %-formatted number: '-' left-aligns, '0' puts zeros after the sign and prefix.
std::string percent_pad(const std::string& sign, const std::string& prefix, const std::string& body, int width, bool left, bool zero) {
    size_t len = sign.size() + prefix.size() + utf8_length(body);
    if (width < 0 || static_cast<size_t>(width) <= len) return sign + prefix + body;
    std::string pad(static_cast<size_t>(width) - len, zero && !left ? '0' : ' ');
    if (left) return sign + prefix + body + pad;
    if (zero) return sign + prefix + pad + body;
    return pad + sign + prefix + body;
}

// str % args, as PyUnicode_Format.
Value percent_format(Interpreter& in, const std::string& fmt, const Value& args) {
    std::vector<Value> items;
    auto* tuple = args.as<TupleObj>();
    if (tuple) items = tuple->items; else items.push_back(args);
    DictObj* mapping = !tuple && !args.as<StrObj>() ? args.as<DictObj>() : nullptr;
    size_t next = 0;
    bool used_mapping = false;
    std::string out;
    auto take = [&]() -> Value {
        if (next >= items.size()) throw type_error("not enough arguments for format string");
        return items[next++];
    };
    for (size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != '%') { out += fmt[i]; continue; }
        size_t start = i;
        if (++i >= fmt.size()) throw value_error("incomplete format");
        Value keyed;
        bool has_key = false;
        if (fmt[i] == '(') {
            if (!mapping) throw type_error("format requires a mapping");
            size_t depth = 1, k = i + 1;
            for (; k < fmt.size() && depth; ++k) depth += fmt[k] == '(' ? 1 : fmt[k] == ')' ? -1 : 0;
            if (depth) throw value_error("incomplete format key");
            Value key = Value::str(fmt.substr(i + 1, k - i - 2));
            Value* found = mapping->find(in, key);
            if (!found) throw runtime_error("KeyError", in.repr(key));
            keyed = *found;
            has_key = used_mapping = true;
            i = k;
        }
        bool left = false, zero = false, alternate = false;
        char sign_flag = 0;
        for (; i < fmt.size() && std::string("-+ #0").find(fmt[i]) != std::string::npos; ++i) {
            if (fmt[i] == '-') left = true;
            else if (fmt[i] == '+') sign_flag = '+';
            else if (fmt[i] == ' ') { if (sign_flag != '+') sign_flag = ' '; }
            else if (fmt[i] == '#') alternate = true;
            else zero = true;
        }
        int width = -1, precision = -1;
        if (i < fmt.size() && fmt[i] == '*') {
            int64_t w = arg_int(in, take(), "width");
            if (w < 0) { left = true; w = -w; }
            width = check_format_field(w, "width");
            ++i;
        } else if (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) {
            width = parse_format_field(fmt, i, "width");
        }
        if (i < fmt.size() && fmt[i] == '.') {
            ++i;
            precision = 0;
            if (i < fmt.size() && fmt[i] == '*') {
                precision = check_format_field(std::max<int64_t>(0, arg_int(in, take(), "precision")), "precision");
                ++i;
            } else precision = parse_format_field(fmt, i, "precision");
        }
        while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
        if (i >= fmt.size()) throw value_error("incomplete format");
        char conv = fmt[i];
        if (conv == '%') { out += '%'; continue; }
        Value v = has_key ? keyed : take();
        std::string sign = sign_flag ? std::string(1, sign_flag) : "";
        if (conv == 's' || conv == 'r' || conv == 'a') {
            std::string text = conv == 's' ? in.str(v) : conv == 'r' ? in.repr(v) : ascii_escape(in.repr(v));
            if (precision >= 0) {
                auto cps = utf8_decode(text);
                if (cps.size() > static_cast<size_t>(precision)) {
                    text.clear();
                    for (int k = 0; k < precision; ++k) utf8_append(text, cps[static_cast<size_t>(k)]);
                }
            }
            out += percent_pad("", "", text, width, left, false);
        } else if (conv == 'd' || conv == 'i' || conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o') {
            bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
            Value iv = v;
            if (v.is_float()) {
                if (!decimal) throw type_error(std::string("%") + conv + " format: an integer is required, not float");
                double d = v.as_float();
                if (d != d) throw value_error("cannot convert float NaN to integer");
                if (std::fabs(d) == std::numeric_limits<double>::infinity()) throw runtime_error("OverflowError", "cannot convert float infinity to integer");
                iv = Value::integer(BigInt::from_double(d));
            }
            // Library numbers (numpy.int64, numpy.float64) convert as int() / operator.index do.
            if (v.is_object() && in.has_attr(v, decimal ? "__int__" : "__index__"))
                iv = in.call(in.get_attr(v, decimal ? "__int__" : "__index__"), std::vector<Value>{});
            if (!iv.is_int() && !iv.is_bool())
                throw type_error(std::string("%") + conv + " format: " + (decimal ? "a real number" : "an integer") + " is required, not " + in.type_name(v));
            BigInt b = iv.big_int();
            std::string digits = decimal ? int_to_decimal(b.abs()) : b.abs().to_string(conv == 'o' ? 8 : 16);
            if (conv == 'X') for (auto& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            if (precision > static_cast<int>(digits.size())) digits = std::string(static_cast<size_t>(precision) - digits.size(), '0') + digits;
            std::string prefix = alternate && !decimal ? std::string("0") + (conv == 'o' ? 'o' : conv) : "";
            if (b.is_negative()) sign = "-";
            out += percent_pad(sign, prefix, digits, width, left, zero);
        } else if (std::string("eEfFgG").find(conv) != std::string::npos) {
            double d = arg_float(in, v, "x");
            std::string body = format_float_c(std::fabs(d), conv, precision < 0 ? 6 : precision, alternate);
            bool negative = std::signbit(d) && d == d;
            out += percent_pad(negative ? "-" : sign, "", body, width, left, zero);
        } else if (conv == 'c') {
            std::string ch;
            if (auto* str = v.as<StrObj>()) {
                if (utf8_length(str->s) != 1) throw type_error("%c requires int or char");
                ch = str->s;
            } else if (v.is_int() || v.is_bool()) {
                int64_t c = arg_int(in, v, "c");
                if (c < 0 || c > 0x10FFFF) throw runtime_error("OverflowError", "%c arg not in range(0x110000)");
                utf8_append(ch, static_cast<uint32_t>(c));
            } else {
                throw type_error("%c requires int or char");
            }
            out += percent_pad("", "", ch, width, left, false);
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "%x", static_cast<unsigned char>(conv));
            throw value_error(std::string("unsupported format character '") + conv + "' (0x" + hex + ") at index " + std::to_string(i));
        }
        (void)start;
    }
    if (next < items.size() && !mapping) throw type_error("not all arguments converted during string formatting");
    (void)used_mapping;
    return Value::str(out);
}

Value to_int(Interpreter& in, const Value& v, const Value& base_v) {
    if (!base_v.is_none()) {
        auto* s = v.as<StrObj>();
        if (!s) throw type_error("int() can't convert non-string with explicit base");
        int base = static_cast<int>(arg_int(in, base_v, "base"));
        if (base != 0 && (base < 2 || base > 36)) throw value_error("int() base must be >= 2 and <= 36, or 0");
        std::string t = s->s;
        t.erase(0, t.find_first_not_of(" \t\n"));
        t.erase(t.find_last_not_of(" \t\n") + 1);
        check_int_str_digits(t, base);
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
        check_int_str_digits(t, 10);
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
        // The exact binary value rounded half-even to a multiple of 10**-n, as dtoa's mode 3.
        int e;
        double m = std::frexp(std::fabs(d), &e);
        BigInt mant = BigInt::from_double(std::ldexp(m, 53));
        int shift = e - 53;  // |d| = mant * 2**shift
        BigInt num = shift >= 0 ? mant << shift : mant;
        BigInt den = (shift >= 0 ? BigInt(1) : BigInt(1) << -shift) * pow(BigInt(10), BigInt(-n));
        auto [q, r] = divmod(num, den);
        auto c = (r + r) <=> den;
        if (c > 0 || (c == 0 && !mod(q, BigInt(2)).is_zero())) q = q + BigInt(1);
        BigInt result = q * pow(BigInt(10), BigInt(-n));
        double out;
        try { out = result.to_double(); } catch (const std::overflow_error&) { throw runtime_error("OverflowError", "rounded value too large to represent"); }
        return Value::floating(std::copysign(out, d));
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
        // CPython compares the candidate first: item > best for max, item < best for min.
        if (in.truthy(in.binary(is_max ? ">" : "<", k, best_key))) { best = items[i]; best_key = k; }
    }
    return best;
}

bool isinstance_of(Interpreter& in, const Value& v, const Value& cls) {
    if (auto* t = cls.as<TupleObj>()) {
        for (auto& c : t->items) if (isinstance_of(in, v, c)) return true;
        return false;
    }
    if (auto* et = cls.as<ExceptionTypeObj>()) {
        auto* e = v.as<ExceptionObj>();
        return e && ExceptionTypeObj(e->name).is_subclass_of(et->name);
    }
    // Builtin types are TypeObjs; a library class is a native function named like its instances' type.
    auto* fn = cls.as<NativeFunctionObj>();
    if (!fn || ((fn->bound_method || fn->builtin) && !cls.as<TypeObj>())) throw type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
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
            if (k == "sep" || k == "end") {
                if (v.is_none()) continue;
                if (!v.as<StrObj>()) throw type_error(k + " must be None or a string, not " + in.type_name(v));
                (k == "sep" ? sep : end) = v.as<StrObj>()->s;
            }
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
        static const Signature sig("len(obj, /)", Signature::Style::OneArg);
        return Value::integer(in.length(sig.bind(a)[0]));
    });
    def_type(t, "range", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("range(a, b=None, c=None, /)", Signature::Style::Positional);
        sig.bind(a);
        auto r = std::make_shared<RangeObj>();
        std::vector<int64_t> v;
        for (auto& p : a.pos) v.push_back(arg_int(in, p, "range"));
        if (v.size() == 1) { r->stop = v[0]; }
        else { r->start = v[0]; r->stop = v[1]; if (v.size() == 3) r->step = v[2]; }
        if (r->step == 0) throw value_error("range() arg 3 must not be zero");
        return Value::object(r);
    });
    def_type(t, "slice", [](Interpreter&, CallArgs& a) {
        static const Signature sig("slice(a, b=None, c=None, /)", Signature::Style::Positional);
        sig.bind(a);
        auto s = std::make_shared<SliceObj>();
        if (a.pos.size() == 1) s->stop = a.pos[0];
        else if (a.pos.size() >= 2) { s->start = a.pos[0]; s->stop = a.pos[1]; if (a.pos.size() == 3) s->step = a.pos[2]; }
        return Value::object(s);
    });
    def(t, "sum", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("sum(iterable, /, start=0)", Signature::Style::Clinic);
        auto p = sig.bind(a);
        Value acc = p[1];
        if (acc.as<StrObj>()) throw type_error("sum() can't sum strings [use ''.join(seq) instead]");
        ObjPtr it = in.iter(p[0]);
        Value item;
        while (static_cast<IterObj*>(it.get())->next(in, item)) acc = in.binary("+", acc, item);
        return acc;
    });
    def_type(t, "list", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("list(iterable=None, /)", Signature::Style::Positional);
        sig.bind(a);
        if (a.pos.empty()) return make_list({});
        return make_list(in.to_list(a.pos[0]));
    });
    def_type(t, "tuple", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("tuple(iterable=None, /)", Signature::Style::Positional);
        sig.bind(a);
        if (a.pos.empty()) return make_tuple({});
        if (a.pos[0].as<TupleObj>()) return a.pos[0];
        return make_tuple(in.to_list(a.pos[0]));
    });
    def_type(t, "set", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("set(iterable=None, /)", Signature::Style::Positional);
        sig.bind(a);
        auto s = std::make_shared<SetObj>();
        if (!a.pos.empty()) s->update(in, a.pos[0]);
        return Value::object(s);
    });
    def_type(t, "frozenset", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("frozenset(iterable=None, /)", Signature::Style::Positional);
        sig.bind(a);
        if (!a.pos.empty() && a.pos[0].as<SetObj>() && a.pos[0].as<SetObj>()->frozen) return a.pos[0];
        auto s = std::make_shared<SetObj>();
        s->frozen = true;
        if (!a.pos.empty()) s->update(in, a.pos[0]);
        return Value::object(s);
    });
    def_type(t, "dict", [](Interpreter& in, CallArgs& a) {
        if (a.pos.size() > 1) throw type_error("dict expected at most 1 argument, got " + std::to_string(a.pos.size()));
        Value d = Value::object(std::make_shared<DictObj>());
        in.call(in.get_attr(d, "update"), a);  // dict_update_common, with its messages
        return d;
    });
    def_type(t, "int", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("int(x=0, /, base=None)", Signature::Style::Clinic);
        auto p = sig.bind(a);
        return to_int(in, p[0], p[1]);
    });
    def_type(t, "float", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("float(x=0.0, /)", Signature::Style::Positional);
        return to_float(in, sig.bind(a)[0]);
    });
    def_type(t, "str", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("str(object='', encoding=None, errors=None)", Signature::Style::Clinic);
        auto p = sig.bind(a);
        if (!p[1].is_none() || !p[2].is_none()) {
            auto* b = p[0].as<BytesObj>();
            if (!b) throw type_error("decoding to str: need a bytes-like object, " + in.type_name(p[0]) + " found");
            return in.call(in.get_attr(p[0], "decode"), std::vector<Value>{p[1].is_none() ? Value::str("utf-8") : p[1]});
        }
        if (a.kw.size() == 1 && a.pos.empty() && a.kw[0].first != "object") return Value::str("");
        return Value::str(in.str(p[0]));
    });
    def(t, "repr", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("repr(obj, /)", Signature::Style::OneArg);
        return Value::str(in.repr(sig.bind(a)[0]));
    });
    def_type(t, "bool", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("bool(x=False, /)", Signature::Style::Positional);
        return Value::boolean(in.truthy(sig.bind(a)[0]));
    });
    def(t, "abs", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("abs(x, /)", Signature::Style::OneArg);
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
        static const Signature sig("round(number, ndigits=None)", Signature::Style::Clinic);
        auto p = sig.bind(a);
        return round_value(in, p[0], p[1]);
    });
    def(t, "sorted", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("sorted(iterable, /, *, key=None, reverse=False)");
        if (a.pos.size() != 1) throw type_error("sorted expected 1 argument, got " + std::to_string(a.pos.size()));
        // The keywords go to list.sort, which names itself in the errors.
        if (a.kw.size() > 2) throw type_error("sort() takes at most 2 keyword arguments (" + std::to_string(a.kw.size()) + " given)");
        for (auto& [k, v] : a.kw)
            if (k != "key" && k != "reverse") throw type_error("'" + k + "' is an invalid keyword argument for sort()");
        auto p = sig.bind(a);
        std::vector<Value> items = in.to_list(p[0]);
        list_sort(in, items, p[1], in.truthy(p[2]));
        return make_list(std::move(items));
    });
    def_type(t, "reversed", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("reversed(sequence, /)", Signature::Style::Positional);
        Value seq = sig.bind(a)[0];
        if (seq.as<DictObj>() || seq.as<DictViewObj>()) {
            std::vector<Value> items = in.to_list(seq);
            std::reverse(items.begin(), items.end());
            return Value::object(std::make_shared<VectorIter>(std::move(items)));
        }
        if (!seq.as<ListObj>() && !seq.as<TupleObj>() && !seq.as<StrObj>() && !seq.as<RangeObj>() && !seq.as<BytesObj>())
            throw type_error("'" + in.type_name(seq) + "' object is not reversible");
        std::vector<Value> items = in.to_list(seq);
        std::reverse(items.begin(), items.end());
        auto it = std::make_shared<VectorIter>(std::move(items));
        it->name = seq.as<ListObj>() ? "list_reverseiterator" : seq.as<RangeObj>() ? "range_iterator" : "reversed";
        return Value::object(it);
    });
    def_type(t, "enumerate", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("enumerate(iterable, start=0)", Signature::Style::Clinic);
        if (a.pos.empty() && std::none_of(a.kw.begin(), a.kw.end(), [](auto& kv) { return kv.first == "iterable"; }) &&
            a.kw.size() <= 2)
            throw type_error("enumerate() missing required argument 'iterable'");
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
    def_type(t, "zip", [](Interpreter& in, CallArgs& a) {
        if (a.kw.size() > 1) throw type_error("zip() takes at most 1 keyword argument (" + std::to_string(a.kw.size()) + " given)");
        bool strict = false;
        for (auto& [k, v] : a.kw) {
            if (k != "strict") throw type_error("'" + k + "' is an invalid keyword argument for zip()");
            strict = in.truthy(v);
        }
        std::vector<ObjPtr> its;
        for (auto& v : a.pos) its.push_back(in.iter(v));
        return Value::object(std::make_shared<FnIter>("zip", [its, strict](Interpreter& i, Value& out) {
            if (its.empty()) return false;
            std::vector<Value> row;
            for (size_t k = 0; k < its.size(); ++k) {
                Value item;
                if (static_cast<IterObj*>(its[k].get())->next(i, item)) { row.push_back(item); continue; }
                if (strict && k > 0)
                    throw value_error("zip() argument " + std::to_string(k + 1) + " is shorter than argument" + (k == 1 ? " 1" : "s 1-" + std::to_string(k)));
                if (strict)
                    for (size_t m = 1; m < its.size(); ++m)
                        if (static_cast<IterObj*>(its[m].get())->next(i, item))
                            throw value_error("zip() argument " + std::to_string(m + 1) + " is longer than argument" + (m == 1 ? " 1" : "s 1-" + std::to_string(m)));
                return false;
            }
            out = make_tuple(std::move(row));
            return true;
        }));
    });
    def_type(t, "map", [](Interpreter& in, CallArgs& a) {
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
    def_type(t, "filter", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("filter(function, iterable, /)", Signature::Style::Positional);
        auto p = sig.bind(a);
        Value fn = p[0];
        ObjPtr it = in.iter(p[1]);
        return Value::object(std::make_shared<FnIter>("filter", [fn, it](Interpreter& i, Value& out) {
            Value item;
            while (static_cast<IterObj*>(it.get())->next(i, item)) {
                bool keep = fn.is_none() ? i.truthy(item) : i.truthy(i.call(fn, std::vector<Value>{item}));
                if (keep) { out = item; return true; }
            }
            return false;
        }));
    });
    def(t, "iter", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("iter(object, sentinel=None, /)", Signature::Style::Positional);
        sig.bind(a);
        if (a.pos.size() != 1) throw unsupported("iter() with a sentinel is not supported in the playground", in.current_line());
        return Value::object(in.iter(a.pos[0]));
    });
    def(t, "next", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("next(iterator, default=None, /)", Signature::Style::Positional);
        sig.bind(a);
        auto* it = a.pos[0].as<IterObj>();
        if (!it) throw type_error("'" + in.type_name(a.pos[0]) + "' object is not an iterator");
        Value out;
        if (it->next(in, out)) return out;
        if (a.pos.size() > 1) return a.pos[1];
        throw runtime_error("StopIteration", "");
    });
    for (bool want : {true, false}) {
        std::string name = want ? "any" : "all";
        def(t, name, [want, name](Interpreter& in, CallArgs& a) {
            if (a.pos.size() != 1 || !a.kw.empty())
                throw type_error(name + "() takes exactly one argument (" + std::to_string(a.pos.size()) + " given)");
            ObjPtr it = in.iter(a.pos[0]);
            Value item;
            while (static_cast<IterObj*>(it.get())->next(in, item))
                if (in.truthy(item) == want) return Value::boolean(want);
            return Value::boolean(!want);
        });
    }
    def(t, "isinstance", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("isinstance(obj, class_or_tuple, /)", Signature::Style::Positional);
        auto p = sig.bind(a);
        return Value::boolean(isinstance_of(in, p[0], p[1]));
    });
    def(t, "hash", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("hash(obj, /)", Signature::Style::OneArg);
        return Value::integer(py_hash(in, sig.bind(a)[0]));
    });
    def(t, "divmod", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("divmod(x, y, /)", Signature::Style::Positional);
        auto p = sig.bind(a);
        if ((p[0].is_float() || p[1].is_float()) && p[0].is_number() && p[1].is_number() && arg_float(in, p[1], "y") == 0.0)
            throw runtime_error("ZeroDivisionError", "float divmod()");
        return make_tuple({in.binary("//", p[0], p[1]), in.binary("%", p[0], p[1])});
    });
    def(t, "pow", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("pow(base, exp, mod=None)", Signature::Style::Clinic);
        auto p = sig.bind(a);
        if (p[2].is_none()) return in.binary("**", p[0], p[1]);
        for (auto& v : p)
            if (!v.is_int() && !v.is_bool()) throw type_error("pow() 3rd argument not allowed unless all arguments are integers");
        try {
            return Value::integer(pow(p[0].big_int(), p[1].big_int(), p[2].big_int()));
        } catch (const std::invalid_argument& e) {
            throw value_error(e.what());
        } catch (const std::length_error&) {
            throw limit_error("Size limit: the integer would be too large for the playground.", in.current_line());
        }
    });
    def(t, "format", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("format(value, format_spec='', /)", Signature::Style::Positional);
        auto p = sig.bind(a);
        return format_value(in, p[0], arg_str(in, p[1], "format_spec"));
    });
    def(t, "__percent_format__", [](Interpreter& in, CallArgs& a) {
        return percent_format(in, a.pos[0].as<StrObj>()->s, a.pos[1]);
    });
    def(t, "chr", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("chr(i, /)", Signature::Style::OneArg);
        int64_t c = arg_int(in, sig.bind(a)[0], "i");
        if (c < 0 || c > 0x10FFFF) throw value_error("chr() arg not in range(0x110000)");
        std::string s;
        utf8_append(s, static_cast<uint32_t>(c));
        return Value::str(s);
    });
    def(t, "ord", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("ord(c, /)", Signature::Style::OneArg);
        sig.bind(a);
        auto* s = a.pos[0].as<StrObj>();
        if (!s) throw type_error("ord() expected string of length 1, but " + in.type_name(a.pos[0]) + " found");
        auto cps = utf8_decode(s->s);
        if (cps.size() != 1) throw type_error("ord() expected a character, but string of length " + std::to_string(cps.size()) + " found");
        return Value::integer(static_cast<int64_t>(cps[0]));
    });
    for (auto [name, base, prefix] : {std::tuple{"hex", 16, "0x"}, std::tuple{"bin", 2, "0b"}, std::tuple{"oct", 8, "0o"}}) {
        int b = base;
        std::string pre = prefix;
        std::string n = name;
        def(t, name, [b, pre, n](Interpreter& in, CallArgs& a) {
            Signature sig(n + "(number, /)", Signature::Style::OneArg);
            Value v = sig.bind(a)[0];
            if (!v.is_int() && !v.is_bool()) throw type_error("'" + in.type_name(v) + "' object cannot be interpreted as an integer");
            BigInt x = v.big_int();
            return Value::str((x.is_negative() ? "-" : "") + pre + x.abs().to_string(b));
        });
    }
    def(t, "callable", [](Interpreter&, CallArgs& a) {
        static const Signature sig("callable(obj, /)", Signature::Style::OneArg);
        Value v = sig.bind(a)[0];
        return Value::boolean(v.as<NativeFunctionObj>() || v.as<FunctionObj>() || v.as<ExceptionTypeObj>());
    });
    def(t, "ascii", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("ascii(obj, /)", Signature::Style::OneArg);
        return Value::str(ascii_escape(in.repr(sig.bind(a)[0])));
    });
    def_type(t, "type", [](Interpreter& in, CallArgs& a) {
        if (a.pos.size() != 1 || !a.kw.empty()) throw unsupported("type() with three arguments is not supported in the playground", in.current_line());
        return type_of(in, a.pos[0]);
    });
    def_type(t, "bytes", [](Interpreter& in, CallArgs& a) {
        if (a.pos.empty()) return Value::object(std::make_shared<BytesObj>(""));
        if (auto* s = a.pos[0].as<StrObj>()) {
            if (a.pos.size() < 2 && a.kw.empty()) throw type_error("string argument without an encoding");
            return Value::object(std::make_shared<BytesObj>(s->s));
        }
        std::string out;
        for (auto& v : in.to_list(a.pos[0])) out += static_cast<char>(arg_int(in, v, "byte"));
        return Value::object(std::make_shared<BytesObj>(out));
    });
    def_type(t, "bytearray", [](Interpreter& in, CallArgs& a) {
        std::string out;
        if (!a.pos.empty()) {
            if (auto* s = a.pos[0].as<StrObj>()) out = s->s;
            else if (auto* b = a.pos[0].as<BytesObj>()) out = b->bytes;
            else for (auto& v : in.to_list(a.pos[0])) out += static_cast<char>(arg_int(in, v, "byte"));
        }
        return Value::object(std::make_shared<BytesObj>(out, true));
    });
    def_type(t, "object", [](Interpreter&, CallArgs&) -> Value { throw unsupported("object() is not supported in the playground"); });
    def(t, "getattr", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("getattr(object, name, default=None, /)", Signature::Style::Positional);
        sig.bind(a);
        std::string name = arg_str(in, a.pos[1], "attribute name");
        if (a.pos.size() == 2) return in.get_attr(a.pos[0], name);
        try {
            return in.get_attr(a.pos[0], name);
        } catch (const PyError& e) {
            if (e.kind == ErrorKind::Runtime && e.type == "AttributeError") return a.pos[2];
            throw;
        }
    });
    def(t, "hasattr", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("hasattr(obj, name, /)", Signature::Style::Positional);
        auto p = sig.bind(a);
        try {
            in.get_attr(p[0], arg_str(in, p[1], "attribute name"));
            return Value::boolean(true);
        } catch (const PyError& e) {
            if (e.kind == ErrorKind::Runtime && e.type == "AttributeError") return Value::boolean(false);
            throw;
        }
    });
    def(t, "setattr", [](Interpreter& in, CallArgs& a) {
        static const Signature sig("setattr(obj, name, value, /)", Signature::Style::Positional);
        auto p = sig.bind(a);
        in.set_attr(p[0], arg_str(in, p[1], "attribute name"), p[2]);
        return Value::none();
    });
    for (const char* name : {"open", "input", "exec", "eval", "compile", "globals", "locals", "vars", "id",
                             "delattr", "dir", "help", "super", "property", "staticmethod", "classmethod",
                             "__import__", "breakpoint", "memoryview", "complex", "issubclass", "aiter", "anext"}) {
        std::string n = name;
        def(t, n, [n](Interpreter& in, CallArgs&) -> Value {
            throw unsupported("builtin '" + n + "()' is not supported in the playground", in.current_line());
        });
    }
    struct EllipsisObj : Obj {
        std::string type_name() const override { return "ellipsis"; }
        std::string repr(Interpreter&) const override { return "Ellipsis"; }
    };
    t["Ellipsis"] = Value::object(std::make_shared<EllipsisObj>());
    t["None"] = Value::none();
}

}  // namespace seedlab::lang
