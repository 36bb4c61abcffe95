// The methods of str, as CPython 3.11's unicodeobject.c: indices count code points,
// whitespace is Python's, and messages match. Case mapping and character classes
// are emulated for ASCII text; non-ASCII text raises an unsupported error instead of
// risking a wrong answer (the Unicode tables are not part of the playground).
// What it is not: no formatting mini-language (numfmt.cpp, builtins.cpp).
#include <algorithm>

#include "lang/args.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang {
namespace {

using U32 = std::u32string;

U32 to_u32(const std::string& s) {
    auto cps = utf8_decode(s);
    return U32(cps.begin(), cps.end());
}

std::string from_u32(const U32& s) {
    std::string out;
    for (char32_t c : s) utf8_append(out, static_cast<uint32_t>(c));
    return out;
}

bool is_ascii(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Py_UNICODE_ISSPACE.
bool is_space(char32_t c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Line boundaries of str.splitlines.
bool is_linebreak(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool is_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char32_t c) { return c >= 'a' && c <= 'z'; }
char32_t to_upper(char32_t c) { return is_lower(c) ? c - 32 : c; }
char32_t to_lower(char32_t c) { return is_upper(c) ? c + 32 : c; }

[[noreturn]] void non_ascii(Interpreter& in, const std::string& method) {
    throw unsupported("str." + method + "() of non-ASCII text is not supported in the playground", in.current_line());
}

// PySlice-style clamping of optional start/end arguments to a length.
void clamp(Interpreter& in, const Value& start, const Value& end, size_t n, size_t& a, size_t& b) {
    auto adjust = [&](const Value& v, int64_t def) {
        if (v.is_none()) return def;
        int64_t i = arg_int(in, v, "index");
        if (i < 0) i = std::max<int64_t>(0, i + static_cast<int64_t>(n));
        return std::min<int64_t>(i, static_cast<int64_t>(n));
    };
    a = static_cast<size_t>(adjust(start, 0));
    b = static_cast<size_t>(adjust(end, static_cast<int64_t>(n)));
}

std::string str_arg(Interpreter& in, const Value& v, const std::string& what) {
    if (auto* s = v.as<StrObj>()) return s->s;
    throw type_error(what + in.type_name(v));
}

Value split(Interpreter& in, const std::string& s, const Value& sep_v, int64_t maxsplit, bool from_right) {
    U32 text = to_u32(s);
    std::vector<U32> parts;
    if (sep_v.is_none()) {
        if (!from_right) {
            size_t i = 0;
            while (true) {
                while (i < text.size() && is_space(text[i])) ++i;
                if (i >= text.size()) break;
                if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
                    parts.push_back(text.substr(i));  // the rest keeps its trailing whitespace
                    break;
                }
                size_t j = i;
                while (j < text.size() && !is_space(text[j])) ++j;
                parts.push_back(text.substr(i, j - i));
                i = j;
            }
        } else {
            size_t i = text.size();
            while (true) {
                while (i > 0 && is_space(text[i - 1])) --i;
                if (i == 0) break;
                if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
                    parts.push_back(text.substr(0, i));  // the rest keeps its leading whitespace
                    break;
                }
                size_t j = i;
                while (j > 0 && !is_space(text[j - 1])) --j;
                parts.push_back(text.substr(j, i - j));
                i = j;
            }
            std::reverse(parts.begin(), parts.end());
        }
    } else {
        U32 sep = to_u32(str_arg(in, sep_v, "must be str or None, not "));
        if (sep.empty()) throw value_error("empty separator");
        if (!from_right) {
            size_t pos = 0;
            while (true) {
                size_t f = text.find(sep, pos);
                if (f == U32::npos || (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
                    parts.push_back(text.substr(pos));
                    break;
                }
                parts.push_back(text.substr(pos, f - pos));
                pos = f + sep.size();
            }
        } else {
            size_t end = text.size();
            while (true) {
                size_t f = end >= sep.size() ? text.rfind(sep, end - sep.size()) : U32::npos;
                if (f == U32::npos || (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
                    parts.push_back(text.substr(0, end));
                    break;
                }
                parts.push_back(text.substr(f + sep.size(), end - f - sep.size()));
                end = f;
            }
            std::reverse(parts.begin(), parts.end());
        }
    }
    std::vector<Value> out;
    for (auto& p : parts) out.push_back(Value::str(from_u32(p)));
    return make_list(std::move(out));
}

// str.format: {field!conv:spec} with field = arg_name ('.' attr | '[' key ']')*.
Value format_field(Interpreter& in, const std::string& field, CallArgs& a, size_t& auto_index, int& numbering) {
    size_t end = field.find_first_of(".[");
    std::string name = field.substr(0, end);
    Value v;
    if (name.empty() || std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        size_t index;
        if (name.empty()) {
            if (numbering == 2) throw value_error("cannot switch from manual field specification to automatic field numbering");
            numbering = 1;
            index = auto_index++;
        } else {
            if (numbering == 1) throw value_error("cannot switch from automatic field numbering to manual field specification");
            numbering = 2;
            index = std::stoul(name);
        }
        if (index >= a.pos.size())
            throw runtime_error("IndexError", "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
        v = a.pos[index];
    } else {
        bool found = false;
        for (auto& [k, kv] : a.kw)
            if (k == name) { v = kv; found = true; }
        if (!found) throw runtime_error("KeyError", py_str_repr(name));
    }
    size_t i = end;
    while (i != std::string::npos && i < field.size()) {
        if (field[i] == '.') {
            size_t next = field.find_first_of(".[", i + 1);
            v = in.get_attr(v, field.substr(i + 1, next == std::string::npos ? std::string::npos : next - i - 1));
            i = next;
        } else {
            size_t close = field.find(']', i);
            if (close == std::string::npos) throw value_error("Missing ']' in format string");
            std::string key = field.substr(i + 1, close - i - 1);
            bool digits = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
            v = in.get_item(v, digits ? Value::integer(std::stoll(key)) : Value::str(key));
            i = close + 1;
            if (i < field.size() && field[i] != '.' && field[i] != '[') throw value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return v;
}

std::string str_format(Interpreter& in, const std::string& s, CallArgs& a, int depth, size_t& auto_index, int& numbering) {
    if (depth > 2) throw value_error("Max string recursion exceeded");
    std::string r;
    for (size_t k = 0; k < s.size(); ++k) {
        char c = s[k];
        if (c == '{' && k + 1 < s.size() && s[k + 1] == '{') { r += '{'; ++k; continue; }
        if (c == '}' && k + 1 < s.size() && s[k + 1] == '}') { r += '}'; ++k; continue; }
        if (c == '}') throw value_error("Single '}' encountered in format string");
        if (c != '{') { r += c; continue; }
        // The field ends at the matching '}' (specs may nest one level of fields).
        size_t j = k + 1;
        int nest = 1;
        for (; j < s.size(); ++j) {
            if (s[j] == '{') ++nest;
            else if (s[j] == '}' && --nest == 0) break;
        }
        if (k + 1 >= s.size()) throw value_error("Single '{' encountered in format string");
        if (j >= s.size()) throw value_error(nest > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
        std::string body = s.substr(k + 1, j - k - 1);
        k = j;
        size_t bracket = 0, split = std::string::npos;
        for (size_t q = 0; q < body.size(); ++q) {
            if (body[q] == '[') ++bracket;
            else if (body[q] == ']' && bracket) --bracket;
            else if (!bracket && (body[q] == '!' || body[q] == ':')) { split = q; break; }
        }
        std::string field = body.substr(0, split), conv, spec;
        if (split != std::string::npos && body[split] == '!') {
            size_t colon = body.find(':', split);
            conv = body.substr(split + 1, colon == std::string::npos ? std::string::npos : colon - split - 1);
            if (conv.size() != 1) throw value_error(conv.empty() ? "end of string while looking for conversion specifier"
                                                                 : "expected ':' after conversion specifier");
            if (colon != std::string::npos) spec = body.substr(colon + 1);
        } else if (split != std::string::npos) {
            spec = body.substr(split + 1);
        }
        Value v = format_field(in, field, a, auto_index, numbering);
        if (conv == "r") v = Value::str(in.repr(v));
        else if (conv == "s") v = Value::str(in.str(v));
        else if (conv == "a") v = Value::str(ascii_escape(in.repr(v)));
        else if (!conv.empty()) throw value_error("Unknown conversion specifier " + conv);
        if (spec.find('{') != std::string::npos) spec = str_format(in, spec, a, depth + 1, auto_index, numbering);
        r += in.call(in.builtin("format"), std::vector<Value>{v, Value::str(spec)}).as<StrObj>()->s;
    }
    return r;
}

}  // namespace

bool str_method(Interpreter& in, const std::string& s, const std::string& name, Value& out) {
    auto method = [&](auto fn) {
        out = make_native(name, fn);
        out.as<NativeFunctionObj>()->bound_method = true;
        return true;
    };
    std::string n = name;
    if (name == "join")
        return method([s](Interpreter& i, CallArgs& a) {
            static const Signature sig("str.join(iterable, /)", Signature::Style::OneArg);
            Value it = sig.bind(a)[0];
            if (!it.is_object() || !it.obj()->iter(i)) throw type_error("can only join an iterable");
            std::string r;
            size_t k = 0;
            for (auto& v : i.to_list(it)) {
                auto* p = v.as<StrObj>();
                if (!p) throw type_error("sequence item " + std::to_string(k) + ": expected str instance, " + i.type_name(v) + " found");
                if (k++) r += s;
                r += p->s;
            }
            return Value::str(r);
        });
    if (name == "split" || name == "rsplit")
        return method([s, n](Interpreter& i, CallArgs& a) {
            const Signature sig(n + "(sep=None, maxsplit=-1)", Signature::Style::Clinic);
            auto p = sig.bind(a);
            return split(i, s, p[0], arg_int(i, p[1], "maxsplit"), n == "rsplit");
        });
    if (name == "splitlines")
        return method([s](Interpreter& i, CallArgs& a) {
            static const Signature sig("splitlines(keepends=False)", Signature::Style::Clinic);
            bool keep = i.truthy(sig.bind(a)[0]);
            U32 t = to_u32(s);
            std::vector<Value> parts;
            size_t start = 0;
            for (size_t k = 0; k < t.size(); ++k) {
                if (!is_linebreak(t[k])) continue;
                size_t eol = k + (t[k] == '\r' && k + 1 < t.size() && t[k + 1] == '\n' ? 1 : 0);
                parts.push_back(Value::str(from_u32(t.substr(start, (keep ? eol + 1 : k) - start))));
                k = eol;
                start = eol + 1;
            }
            if (start < t.size()) parts.push_back(Value::str(from_u32(t.substr(start))));
            return make_list(std::move(parts));
        });
    if (name == "upper" || name == "lower" || name == "swapcase" || name == "casefold" || name == "title" || name == "capitalize")
        return method([s, n](Interpreter& i, CallArgs& a) {
            if (!a.pos.empty() || !a.kw.empty()) throw type_error("str." + n + "() takes no arguments (" + std::to_string(a.pos.size()) + " given)");
            if (!is_ascii(s)) non_ascii(i, n);
            std::string r = s;
            bool prev_cased = false;
            for (size_t k = 0; k < r.size(); ++k) {
                char32_t c = static_cast<unsigned char>(r[k]);
                if (n == "upper") c = to_upper(c);
                else if (n == "lower" || n == "casefold") c = to_lower(c);
                else if (n == "swapcase") c = is_upper(c) ? to_lower(c) : to_upper(c);
                else if (n == "capitalize") c = k == 0 ? to_upper(c) : to_lower(c);
                else {  // title
                    bool cased = is_upper(c) || is_lower(c);
                    c = prev_cased ? to_lower(c) : to_upper(c);
                    prev_cased = cased;
                }
                r[k] = static_cast<char>(c);
            }
            return Value::str(r);
        });
    if (name == "isupper" || name == "islower" || name == "istitle" || name == "isalpha" || name == "isdigit" || name == "isalnum" ||
        name == "isdecimal" || name == "isnumeric" || name == "isspace" || name == "isidentifier" || name == "isascii" || name == "isprintable")
        return method([s, n](Interpreter& i, CallArgs&) {
            if (n == "isascii") return Value::boolean(is_ascii(s));
            U32 t = to_u32(s);
            if (n == "isprintable") return Value::boolean(std::all_of(t.begin(), t.end(), [](char32_t c) { return is_printable(c); }));
            if (n == "isspace" && !t.empty() && std::all_of(t.begin(), t.end(), [](char32_t c) { return is_space(c); })) return Value::boolean(true);
            if (!is_ascii(s)) non_ascii(i, n);
            auto all = [&](auto pred) { return !t.empty() && std::all_of(t.begin(), t.end(), pred); };
            auto digit = [](char32_t c) { return c >= '0' && c <= '9'; };
            auto alpha = [](char32_t c) { return is_upper(c) || is_lower(c); };
            if (n == "isalpha") return Value::boolean(all(alpha));
            if (n == "isdigit" || n == "isdecimal" || n == "isnumeric") return Value::boolean(all(digit));
            if (n == "isalnum") return Value::boolean(all([&](char32_t c) { return alpha(c) || digit(c); }));
            if (n == "isspace") return Value::boolean(false);
            if (n == "isidentifier")
                return Value::boolean(!t.empty() && !digit(t[0]) && all([&](char32_t c) { return alpha(c) || digit(c) || c == '_'; }));
            bool any_cased = std::any_of(t.begin(), t.end(), alpha);
            if (n == "isupper") return Value::boolean(any_cased && std::none_of(t.begin(), t.end(), is_lower));
            if (n == "islower") return Value::boolean(any_cased && std::none_of(t.begin(), t.end(), is_upper));
            bool prev_cased = false, ok = false;  // istitle
            for (char32_t c : t) {
                if (is_upper(c)) { if (prev_cased) return Value::boolean(false); prev_cased = ok = true; }
                else if (is_lower(c)) { if (!prev_cased) return Value::boolean(false); prev_cased = ok = true; }
                else prev_cased = false;
            }
            return Value::boolean(ok);
        });
    if (name == "strip" || name == "lstrip" || name == "rstrip")
        return method([s, n](Interpreter& i, CallArgs& a) {
            const Signature sig(n + "(chars=None, /)", Signature::Style::Positional);
            Value chars_v = sig.bind(a)[0];
            U32 t = to_u32(s);
            U32 chars = chars_v.is_none() ? U32() : to_u32(str_arg(i, chars_v, n + " arg must be None or str, not "));
            auto strip_it = [&](char32_t c) { return chars_v.is_none() ? is_space(c) : chars.find(c) != U32::npos; };
            size_t b = 0, e = t.size();
            if (n != "rstrip") while (b < e && strip_it(t[b])) ++b;
            if (n != "lstrip") while (e > b && strip_it(t[e - 1])) --e;
            return Value::str(from_u32(t.substr(b, e - b)));
        });
    if (name == "removeprefix" || name == "removesuffix")
        return method([s, n](Interpreter& i, CallArgs& a) {
            const Signature sig("str." + n + "(affix, /)", Signature::Style::OneArg);
            std::string affix = str_arg(i, sig.bind(a)[0], n + "() argument must be str, not ");
            if (n == "removeprefix" && s.compare(0, affix.size(), affix) == 0) return Value::str(s.substr(affix.size()));
            if (n == "removesuffix" && !affix.empty() && s.size() >= affix.size() && s.compare(s.size() - affix.size(), affix.size(), affix) == 0)
                return Value::str(s.substr(0, s.size() - affix.size()));
            return Value::str(s);
        });
    if (name == "replace")
        return method([s](Interpreter& i, CallArgs& a) {
            static const Signature sig("replace(old, new, count=-1, /)", Signature::Style::Positional);
            auto p = sig.bind(a);
            U32 from = to_u32(str_arg(i, p[0], "replace() argument 1 must be str, not "));
            U32 to = to_u32(str_arg(i, p[1], "replace() argument 2 must be str, not "));
            int64_t count = arg_int(i, p[2], "count");
            U32 t = to_u32(s), r;
            if (from.empty()) {
                int64_t done = 0;
                for (size_t k = 0; k <= t.size(); ++k) {
                    if (count < 0 || done < count) { r += to; ++done; }
                    if (k < t.size()) r += t[k];
                }
                return Value::str(from_u32(r));
            }
            size_t pos = 0;
            for (int64_t done = 0; count < 0 || done < count; ++done) {
                size_t f = t.find(from, pos);
                if (f == U32::npos) break;
                r += t.substr(pos, f - pos) + to;
                pos = f + from.size();
            }
            r += t.substr(pos);
            return Value::str(from_u32(r));
        });
    if (name == "startswith" || name == "endswith")
        return method([s, n](Interpreter& i, CallArgs& a) {
            const Signature sig(n + "(prefix, start=None, end=None, /)", Signature::Style::ArgsTuple);
            auto p = sig.bind(a);
            U32 t = to_u32(s);
            size_t b, e;
            clamp(i, p[1], p[2], t.size(), b, e);
            std::vector<Value> opts = p[0].as<TupleObj>() ? p[0].as<TupleObj>()->items : std::vector<Value>{p[0]};
            for (auto& o : opts) {
                if (!o.as<StrObj>())
                    throw type_error(p[0].as<TupleObj>() ? "tuple for " + n + " must only contain str, not " + i.type_name(o)
                                                          : n + " first arg must be str or a tuple of str, not " + i.type_name(o));
                U32 affix = to_u32(o.as<StrObj>()->s);
                if (b > t.size() || e < b || e - b < affix.size()) continue;
                if (n == "startswith" ? t.compare(b, affix.size(), affix) == 0 : t.compare(e - affix.size(), affix.size(), affix) == 0)
                    return Value::boolean(true);
            }
            return Value::boolean(false);
        });
    if (name == "find" || name == "rfind" || name == "index" || name == "rindex" || name == "count")
        return method([s, n](Interpreter& i, CallArgs& a) {
            const Signature sig(n + "(sub, start=None, end=None, /)", Signature::Style::ArgsTuple);
            auto p = sig.bind(a);
            U32 sub = to_u32(str_arg(i, p[0], "must be str, not "));
            U32 t = to_u32(s);
            size_t b, e;
            clamp(i, p[1], p[2], t.size(), b, e);
            if (n == "count") {
                if (b > e || e - b < sub.size()) return Value::integer(0);
                if (sub.empty()) return Value::integer(static_cast<int64_t>(e - b + 1));
                int64_t c = 0;
                for (size_t k = t.find(sub, b); k != U32::npos && k + sub.size() <= e; k = t.find(sub, k + sub.size())) ++c;
                return Value::integer(c);
            }
            int64_t found = -1;
            if (b <= e && e - b >= sub.size()) {
                U32 window = t.substr(b, e - b);
                size_t k = n[0] == 'r' ? window.rfind(sub) : window.find(sub);
                if (k != U32::npos) found = static_cast<int64_t>(b + k);
            }
            if (found < 0 && (n == "index" || n == "rindex")) throw value_error("substring not found");
            return Value::integer(found);
        });
    if (name == "center" || name == "ljust" || name == "rjust")
        return method([s, n](Interpreter& i, CallArgs& a) {
            const Signature sig(n + "(width, fillchar=' ', /)", Signature::Style::Positional);
            auto p = sig.bind(a);
            int64_t width = arg_int(i, p[0], "width");
            std::string fill = str_arg(i, p[1], n + "() argument 2 must be str, not ");
            if (utf8_length(fill) != 1) throw type_error("The fill character must be exactly one character long");
            int64_t len = static_cast<int64_t>(utf8_length(s));
            if (width <= len) return Value::str(s);
            int64_t marg = width - len;
            int64_t left = n == "ljust" ? 0 : n == "rjust" ? marg : marg / 2 + (marg & width & 1);
            std::string r;
            for (int64_t k = 0; k < left; ++k) r += fill;
            r += s;
            for (int64_t k = 0; k < marg - left; ++k) r += fill;
            return Value::str(r);
        });
    if (name == "zfill")
        return method([s](Interpreter& i, CallArgs& a) {
            static const Signature sig("str.zfill(width, /)", Signature::Style::OneArg);
            int64_t width = arg_int(i, sig.bind(a)[0], "width");
            int64_t len = static_cast<int64_t>(utf8_length(s));
            if (width <= len) return Value::str(s);
            std::string zeros(static_cast<size_t>(width - len), '0');
            if (!s.empty() && (s[0] == '+' || s[0] == '-')) return Value::str(s.substr(0, 1) + zeros + s.substr(1));
            return Value::str(zeros + s);
        });
    if (name == "partition" || name == "rpartition")
        return method([s, n](Interpreter& i, CallArgs& a) {
            const Signature sig("str." + n + "(sep, /)", Signature::Style::OneArg);
            std::string sep = str_arg(i, sig.bind(a)[0], "must be str, not ");
            if (sep.empty()) throw value_error("empty separator");
            size_t f = n == "partition" ? s.find(sep) : s.rfind(sep);
            if (f == std::string::npos)
                return n == "partition" ? make_tuple({Value::str(s), Value::str(""), Value::str("")})
                                        : make_tuple({Value::str(""), Value::str(""), Value::str(s)});
            return make_tuple({Value::str(s.substr(0, f)), Value::str(sep), Value::str(s.substr(f + sep.size()))});
        });
    if (name == "expandtabs")
        return method([s](Interpreter& i, CallArgs& a) {
            static const Signature sig("expandtabs(tabsize=8)", Signature::Style::Clinic);
            int64_t tab = arg_int(i, sig.bind(a)[0], "tabsize");
            U32 t = to_u32(s), r;
            int64_t col = 0;
            for (char32_t c : t) {
                if (c == '\t') {
                    if (tab > 0) { int64_t fill = tab - col % tab; r.append(static_cast<size_t>(fill), U' '); col += fill; }
                } else {
                    r += c;
                    col = (c == '\n' || c == '\r') ? 0 : col + 1;
                }
            }
            return Value::str(from_u32(r));
        });
    if (name == "format" || name == "format_map")
        return method([s, n](Interpreter& i, CallArgs& a) {
            size_t auto_index = 0;
            int numbering = 0;
            if (n == "format") return Value::str(str_format(i, s, a, 0, auto_index, numbering));
            static const Signature sig("str.format_map(mapping, /)", Signature::Style::OneArg);
            auto* d = sig.bind(a)[0].as<DictObj>();
            if (!d) throw unsupported("format_map() of a non-dict mapping is not supported in the playground", i.current_line());
            CallArgs kw;
            for (auto& [k, v] : d->entries)
                if (auto* ks = k.as<StrObj>()) kw.kw.emplace_back(ks->s, v);
            return Value::str(str_format(i, s, kw, 0, auto_index, numbering));
        });
    if (name == "encode")
        return method([s](Interpreter& i, CallArgs& a) {
            static const Signature sig("encode(encoding='utf-8', errors='strict')", Signature::Style::Clinic);
            auto p = sig.bind(a);
            std::string enc = arg_str(i, p[0], "encoding");
            for (auto& c : enc) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (enc != "utf-8" && enc != "utf8" && !(enc == "ascii" && is_ascii(s)))
                throw unsupported("str.encode() with encoding '" + enc + "' is not supported in the playground", i.current_line());
            return Value::object(std::make_shared<BytesObj>(s));
        });
    return false;
}

}  // namespace seedlab::lang
