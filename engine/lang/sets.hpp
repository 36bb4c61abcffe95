// set and frozenset with CPython 3.11's exact hash table (Objects/setobject.c): open
// addressing with nine linear probes then perturbation, dummy slots left by removals
// and reused by later adds, the same resize rule and the same algorithm for each
// operation (copy-then-update for |, iterate the smaller set for &, ...). So printing,
// iterating and popping give CPython's order for a given PYTHONHASHSEED.
// What it is not: no hashing (objects.hpp's py_hash) and no dict views (dict_views.cpp).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "lang/value.hpp"

namespace seedlab::lang {

struct SetObj : Obj {
    struct Entry {
        enum class State : uint8_t { Unused, Active, Dummy };
        Value key;
        int64_t hash = 0;
        State state = State::Unused;
    };
    std::vector<Entry> table = std::vector<Entry>(8);
    size_t fill = 0;    // active + dummy slots
    size_t used = 0;    // active slots
    size_t finger = 0;  // where pop() searches next
    bool frozen = false;

    std::string type_name() const override { return frozen ? "frozenset" : "set"; }
    std::string repr(Interpreter& in) const override;
    bool truthy(Interpreter&) const override { return used > 0; }
    size_t size() const { return used; }
    bool length(Interpreter&, int64_t& out) override { out = static_cast<int64_t>(used); return true; }
    ObjPtr iter(Interpreter& in) override;
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override;
    bool binary_op(Interpreter& in, const std::string& op, const Value& other, bool reflected, Value& out) override;

    // The active keys in table order (iteration order).
    std::vector<Value> ordered_items() const;
    void add(Interpreter& in, const Value& key);                  // set_add_key
    void add_entry(Interpreter& in, const Value& key, int64_t hash);
    bool contains(Interpreter& in, const Value& key) const;
    bool contains_entry(Interpreter& in, const Value& key, int64_t hash) const;
    bool discard(Interpreter& in, const Value& key);              // true when it was present
    bool discard_entry(Interpreter& in, const Value& key, int64_t hash);
    // set_update_internal: sets merge, dicts presize, other iterables add in order.
    void update(Interpreter& in, const Value& iterable);
    void merge(Interpreter& in, const SetObj& other);             // set_merge
    void clear();
    Value pop(Interpreter& in);
    std::shared_ptr<SetObj> copy(Interpreter& in) const;          // a new set with this one merged in

    // The operations, as CPython implements each.
    std::shared_ptr<SetObj> intersection(Interpreter& in, const Value& other) const;
    std::shared_ptr<SetObj> difference(Interpreter& in, const Value& other) const;
    void difference_update(Interpreter& in, const Value& other);
    void symmetric_difference_update(Interpreter& in, const Value& other);
    bool is_subset_of(Interpreter& in, const SetObj& other) const;

private:
    size_t lookup(Interpreter& in, const Value& key, int64_t hash) const;  // the key's slot, or an unused one
    void resize(size_t minused);
};

// A new set (or frozenset) built from [iterable] (set_update_internal).
std::shared_ptr<SetObj> make_set(Interpreter& in, const Value& iterable, bool frozen = false);

// CPython's frozenset hash (independent of table order).
int64_t frozenset_hash(const SetObj& s);

}  // namespace seedlab::lang
