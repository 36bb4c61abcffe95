// Builtin object types beyond the core containers of value.hpp: slice, range, set
// (with CPython's exact hash-table layout, so iteration order matches), iterators,
// and bound methods of builtin types.
// What it is not: no builtin functions (builtins.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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
};

// CPython's set: open addressing with linear probes then perturbation, the same
// resize rule, so printing and iterating a set gives CPython's order.
struct SetObj : Obj {
    struct Entry { Value key; int64_t hash = 0; bool used = false; };
    std::vector<Entry> table = std::vector<Entry>(8);
    size_t fill = 0, used_count = 0;
    bool frozen = false;
    std::string type_name() const override { return frozen ? "frozenset" : "set"; }
    std::string repr(Interpreter& in) const override;
    bool truthy(Interpreter&) const override { return used_count > 0; }
    size_t size() const { return used_count; }
    void add(Interpreter& in, const Value& key);
    bool contains(Interpreter& in, const Value& key) const;
    bool discard(Interpreter& in, const Value& key);
    // set_merge: adding every element of another set (set(s), s.update(t), {*s}).
    void merge(Interpreter& in, const SetObj& other);
    // set.update / set(iterable) with CPython's dispatch: sets merge, dicts presize, others add in order.
    void update(Interpreter& in, const Value& iterable);
    std::vector<Value> ordered_items() const;
    bool length(Interpreter&, int64_t& out) override { out = static_cast<int64_t>(used_count); return true; }
    ObjPtr iter(Interpreter& in) override;
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override;
    bool binary_op(Interpreter& in, const std::string& op, const Value& other, bool reflected, Value& out) override;

private:
    void resize(Interpreter& in, size_t minused);
    static void insert_clean(std::vector<Entry>& t, const Value& key, int64_t hash);
};

// Iterates a fixed vector of values (lists are iterated by index to see appends).
struct VectorIter : IterObj {
    std::vector<Value> items;
    size_t pos = 0;
    explicit VectorIter(std::vector<Value> v) : items(std::move(v)) {}
    bool next(Interpreter&, Value& out) override {
        if (pos >= items.size()) return false;
        out = items[pos++];
        return true;
    }
};

struct ListIter : IterObj {
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

// Methods of str, list, dict, tuple and bytes: returns false when [name] is unknown.
bool builtin_method(Interpreter& in, const Value& self, const std::string& name, Value& out);

}  // namespace seedlab::lang
