// The builtin type objects (int, str, dict, ...): their attributes (unbound methods such
// as str.lower, class methods such as dict.fromkeys), type() of builtin values, and
// CPython 3.11's "Did you mean" suggestions for NameError and AttributeError
// (Python/suggestions.c), which search dir() lists generated from real CPython.
#include <algorithm>
#include <utility>

#include "lang/args.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang {
namespace {

#include "lang/type_dirs.inc"

// Python/suggestions.c limits: longer names and bigger candidate lists get no suggestion.
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMaxCandidateItems = 750;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
    return a == b ? kCaseCost : kMoveCost;
}

// levenshtein_distance of suggestions.c, with its affix trimming and early exits.
size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
    if (a == b) return 0;
    while (!a.empty() && !b.empty() && a.front() == b.front()) { a.remove_prefix(1); b.remove_prefix(1); }
    while (!a.empty() && !b.empty() && a.back() == b.back()) { a.remove_suffix(1); b.remove_suffix(1); }
    if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
    size_t buffer[kMaxStringSize];
    for (size_t i = 0; i < a.size(); ++i) buffer[i] = (i + 1) * kMoveCost;
    size_t result = 0;
    for (size_t bi = 0; bi < b.size(); ++bi) {
        char code = b[bi];
        size_t distance = result = bi * kMoveCost;
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a.size(); ++index) {
            size_t substitute = distance + substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = std::min(result, distance) + kMoveCost;
            result = std::min(insert_delete, substitute);
            buffer[index] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

// A sample instance of a builtin type, to ask whether it has a method.
Value sample_of(const std::string& type) {
    if (type == "str") return Value::str("");
    if (type == "int") return Value::integer(0);
    if (type == "bool") return Value::boolean(false);
    if (type == "float") return Value::floating(0.0);
    if (type == "list") return make_list({});
    if (type == "tuple") return make_tuple({});
    if (type == "dict") return Value::object(std::make_shared<DictObj>());
    if (type == "set") return Value::object(std::make_shared<SetObj>());
    if (type == "bytes") return Value::object(std::make_shared<BytesObj>(""));
    return Value();
}

struct TypeCache {
    std::unordered_map<std::string, Value> types;
};

}  // namespace

std::string suggestion_suffix(const std::string& name, const std::vector<std::string>& candidates) {
    if (candidates.size() >= kMaxCandidateItems) return "";
    const std::string* best = nullptr;
    size_t best_distance = SIZE_MAX;
    for (auto& item : candidates) {
        if (item == name) continue;
        size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
        max_distance = std::min(max_distance, best_distance - 1);
        size_t d = levenshtein(name, item, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = &item;
            best_distance = d;
        }
    }
    return best ? ". Did you mean: " + py_str_repr(*best) + "?" : "";
}

namespace {

std::vector<std::string> split_names(const char* names) {
    std::vector<std::string> out;
    std::string word;
    for (const char* c = names;; ++c) {
        if (*c == ' ' || *c == '\0') {
            if (!word.empty()) out.push_back(std::move(word));
            word.clear();
            if (*c == '\0') return out;
        } else {
            word += *c;
        }
    }
}

// The generated lists as vectors, made on first use.
struct Dirs {
    std::vector<std::pair<std::string, std::vector<std::string>>> types;
    std::vector<std::string> builtins;
};

const Dirs& dirs() {
    static const Dirs d = [] {
        Dirs out;
        for (const auto& [name, names] : kTypeDirs) out.types.emplace_back(name, split_names(names));
        out.builtins = split_names(kBuiltinNames);
        return out;
    }();
    return d;
}

}  // namespace

const std::vector<std::string>& builtin_dir(const std::string& type_name) {
    static const std::vector<std::string> kEmpty;
    for (auto& [name, dir] : dirs().types)
        if (name == type_name) return dir;
    return kEmpty;
}

const std::vector<std::string>& cpython_builtin_names() { return dirs().builtins; }

bool TypeObj::get_attr(Interpreter& in, const std::string& n, Value& out) {
    if (n == "__name__" || n == "__qualname__") {
        out = Value::str(name);
        return true;
    }
    if (name == "dict" && n == "fromkeys") {
        out = make_native("fromkeys", [](Interpreter& i, CallArgs& a) {
            static const Signature sig("fromkeys(iterable, value=None, /)", Signature::Style::Positional);
            auto p = sig.bind(a);
            auto d = std::make_shared<DictObj>();
            for (auto& k : i.to_list(p[0])) d->put(i, k, p[1]);
            return Value::object(d);
        });
        return true;
    }
    if (name == "int" && n == "from_bytes") {
        out = make_native("from_bytes", [](Interpreter& i, CallArgs& a) {
            static const Signature sig("from_bytes(bytes, byteorder='big', *, signed=False)", Signature::Style::Clinic);
            auto p = sig.bind(a);
            std::vector<uint8_t> data;
            for (auto& v : i.to_list(p[0])) data.push_back(static_cast<uint8_t>(arg_int(i, v, "byte")));
            std::string order = arg_str(i, p[1], "byteorder");
            if (order == "little") std::reverse(data.begin(), data.end());
            else if (order != "big") throw value_error("byteorder must be either 'little' or 'big'");
            BigInt v = BigInt::from_bytes(data);
            if (i.truthy(p[2]) && !data.empty() && (data[0] & 0x80)) v = v - (BigInt(1) << static_cast<int64_t>(8 * data.size()));
            return Value::integer(v);
        });
        return true;
    }
    // An unbound method: str.lower(s) is s.lower().
    Value sample = sample_of(name);
    Value probe;
    if (sample.is_none() || (!(sample.is_object() && sample.obj()->get_attr(in, n, probe)) && !builtin_method(in, sample, n, probe)))
        return false;
    std::string type = name;
    out = make_native(n, [type, n](Interpreter& i, CallArgs& a) {
        if (a.pos.empty()) throw type_error("unbound method " + type + "." + n + "() needs an argument");
        Value self = a.pos[0];
        std::string t = i.type_name(self);
        if (t != type && !(type == "int" && t == "bool"))
            throw type_error("descriptor '" + n + "' for '" + type + "' objects doesn't apply to a '" + t + "' object");
        CallArgs rest;
        rest.pos.assign(a.pos.begin() + 1, a.pos.end());
        rest.kw = a.kw;
        return i.call(i.get_attr(self, n), rest);
    });
    return true;
}

Value type_of(Interpreter& in, const Value& v) {
    std::string t = in.type_name(v);
    if (auto* e = v.as<ExceptionObj>()) return in.builtin(e->name);
    static const char* kBuiltinTypes[] = {"int", "bool", "float", "str", "list", "tuple", "dict", "set", "frozenset",
                                          "range", "slice", "bytes", "bytearray", "enumerate", "zip", "map", "filter", "reversed"};
    for (const char* name : kBuiltinTypes)
        if (t == name) return in.builtin(name);
    if (t == "type") return in.builtin("type");
    if (builtin_dir(t).empty() && t != "NoneType") {
        // A library object names its class through __class__.
        Value cls;
        if (v.is_object() && v.obj()->get_attr(in, "__class__", cls)) return cls;
        throw unsupported("type() of a " + t + " object is not supported in the playground", in.current_line());
    }
    auto& cache = in.state<TypeCache>().types;
    auto it = cache.find(t);
    if (it != cache.end()) return it->second;
    Value type = Value::object(std::make_shared<TypeObj>(t, [t](Interpreter& i, CallArgs&) -> Value {
        if (t == "NoneType") return Value::none();
        throw unsupported("calling the " + t + " type is not supported in the playground", i.current_line());
    }));
    cache.emplace(t, type);
    return type;
}

}  // namespace seedlab::lang
