// Builtin object types beyond the core containers of value.hpp: slice, range,
// iterators, dict views, the builtin type objects (int, str, ...), exception classes
// and instances, and the methods of builtin types. Sets live in sets.hpp.
// What it is not: no builtin functions (builtins.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lang/errors.hpp"
#include "lang/sets.hpp"
#include "lang/value.hpp"

namespace seedlab::lang {

// Python's hash() for hashable builtin values, exactly as CPython 3.11 on 64-bit
// Linux (str/bytes through SipHash-1-3 keyed by the process's hash secret).
int64_t py_hash(Interpreter& in, const Value& v);

struct SliceObj : Obj {
    Value start, stop, step;
    std::string type_name() const override { return "slice"; }
    std::string repr(Interpreter& in) const override;
    // PySlice_GetIndicesEx: clamps to a sequence of length [n].
    void indices(Interpreter& in, int64_t n, int64_t& start, int64_t& stop, int64_t& step) const;
};

struct RangeObj : Obj {
    int64_t start = 0, stop = 0, step = 1;
    std::string type_name() const override { return "range"; }
    std::string repr(Interpreter& in) const override;
    int64_t size() const;
    bool length(Interpreter& in, int64_t& out) override { out = size(); (void)in; return true; }
    bool get_item(Interpreter& in, const Value& key, Value& out) override;
    ObjPtr iter(Interpreter& in) override;
    bool truthy(Interpreter&) const override { return size() > 0; }
    bool binary_op(Interpreter& in, const std::string& op, const Value& other, bool reflected, Value& out) override;
};

// Iterates a fixed vector of values (lists are iterated by index to see appends).
struct VectorIter : IterObj {
    std::vector<Value> items;
    size_t pos = 0;
    std::string name = "iterator";
    explicit VectorIter(std::vector<Value> v) : items(std::move(v)) {}
    std::string type_name() const override { return name; }
    bool next(Interpreter&, Value& out) override {
        if (pos >= items.size()) return false;
        out = items[pos++];
        return true;
    }
};

struct ListIter : IterObj {
    std::string type_name() const override { return "list_iterator"; }
    std::shared_ptr<ListObj> list;
    size_t pos = 0;
    explicit ListIter(std::shared_ptr<ListObj> l) : list(std::move(l)) {}
    bool next(Interpreter&, Value& out) override {
        if (pos >= list->items.size()) return false;
        out = list->items[pos++];
        return true;
    }
};

// Iterator built from a C++ callable (map, zip, enumerate, ...).
struct FnIter : IterObj {
    std::function<bool(Interpreter&, Value&)> fn;
    std::string name;
    FnIter(std::string n, std::function<bool(Interpreter&, Value&)> f) : fn(std::move(f)), name(std::move(n)) {}
    std::string type_name() const override { return name; }
    bool next(Interpreter& in, Value& out) override { return fn(in, out); }
};

// Methods of str, list, dict, tuple, int, float and bytes: returns false when [name]
// is unknown; raises an unsupported error for real methods the playground lacks.
bool builtin_method(Interpreter& in, const Value& self, const std::string& name, Value& out);

// list.sort(key=, reverse=) with CPython 3.11's timsort (listsort.cpp).
void list_sort(Interpreter& in, std::vector<Value>& items, const Value& key, bool reverse);

// ---- dict iteration and views (dict_views.cpp) ----------------------------------

// Iterates a dict's keys, values or items; raises CPython's RuntimeError when the dict
// changes size meanwhile.
enum class DictPart { Keys, Values, Items };
ObjPtr dict_iter(const std::shared_ptr<DictObj>& d, DictPart part);

// dict.keys(), .values(), .items(): live views that print as dict_keys([...]).
struct DictViewObj : Obj {
    std::shared_ptr<DictObj> dict;
    DictPart part;
    DictViewObj(std::shared_ptr<DictObj> d, DictPart p) : dict(std::move(d)), part(p) {}
    std::string type_name() const override;
    std::string repr(Interpreter& in) const override;
    void write(Interpreter& in, TextOut& out, bool as_str) const override;
    bool truthy(Interpreter&) const override { return !dict->entries.empty(); }
    bool length(Interpreter&, int64_t& out) override { out = static_cast<int64_t>(dict->entries.size()); return true; }
    ObjPtr iter(Interpreter&) override { return dict_iter(dict, part); }
    bool contains(Interpreter& in, const Value& v) const;
    bool binary_op(Interpreter& in, const std::string& op, const Value& other, bool reflected, Value& out) override;
};

// ---- type objects (types.cpp) -------------------------------------------------------

// A builtin type such as int or str: callable like its constructor, prints as
// <class 'int'>, and gives its methods unbound (str.lower) and class methods (dict.fromkeys).
struct TypeObj : NativeFunctionObj {
    TypeObj(std::string n, NativeFn f) : NativeFunctionObj(std::move(n), std::move(f)) {}
    std::string type_name() const override { return "type"; }
    std::string repr(Interpreter&) const override { return "<class '" + name + "'>"; }
    bool get_attr(Interpreter& in, const std::string& n, Value& out) override;
};

// type(v) for builtin values; an unsupported error for library objects.
Value type_of(Interpreter& in, const Value& v);

// CPython's ". Did you mean: 'x'?" suffix (Python/suggestions.c): the closest of
// [candidates] to [name] within the Levenshtein budget, or "" when none is close enough.
std::string suggestion_suffix(const std::string& name, const std::vector<std::string>& candidates);
// dir() of a builtin type's instances, in CPython 3.11's (sorted) order; empty when unknown.
const std::vector<std::string>& builtin_dir(const std::string& type_name);
// The names of CPython 3.11's builtins module, in its dict order.
const std::vector<std::string>& cpython_builtin_names();

// ---- exceptions (exceptions.cpp) ---------------------------------------------------

// A builtin exception class: ValueError, KeyError, ...
struct ExceptionTypeObj : Obj {
    std::string name;
    explicit ExceptionTypeObj(std::string n) : name(std::move(n)) {}
    std::string type_name() const override { return "type"; }
    std::string repr(Interpreter&) const override { return "<class '" + name + "'>"; }
    Value call(Interpreter& in, CallArgs& args) override;
    bool get_attr(Interpreter& in, const std::string& n, Value& out) override;
    bool is_subclass_of(const std::string& base) const;
};

// An exception instance: its class and arguments.
struct ExceptionObj : Obj {
    std::string name;
    std::vector<Value> args;
    std::string type_name() const override { return name; }
    std::string repr(Interpreter& in) const override;
    std::string str(Interpreter& in) const override;
    bool get_attr(Interpreter& in, const std::string& n, Value& out) override;
};

// Installs the exception classes into the builtins [table].
void install_exceptions(std::unordered_map<std::string, Value>& table);
// The PyError that raising [v] (a class or an instance) produces.
PyError exception_to_error(Interpreter& in, const Value& v);

}  // namespace seedlab::lang
