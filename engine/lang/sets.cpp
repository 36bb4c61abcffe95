// set and frozenset, ported from CPython 3.11 Objects/setobject.c function by function
// (set_lookkey, set_add_entry, set_discard_entry, set_table_resize, set_merge,
// set_intersection, set_difference, ...), so every operation leaves the same table.
#include "lang/sets.hpp"

#include "lang/args.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"

namespace seedlab::lang {
namespace {

// Objects/setobject.c: probes of adjacent slots before perturbing, and the perturb shift.
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
using State = SetObj::Entry::State;

void insert_clean(std::vector<SetObj::Entry>& t, const Value& key, int64_t hash) {
    size_t mask = t.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(static_cast<uint64_t>(hash) & mask);
    while (true) {
        if (t[i].state == State::Unused) { t[i] = {key, hash, State::Active}; return; }
        if (i + kLinearProbes <= mask) {
            for (size_t j = 1; j <= kLinearProbes; ++j)
                if (t[i + j].state == State::Unused) { t[i + j] = {key, hash, State::Active}; return; }
        }
        perturb >>= kPerturbShift;
        i = static_cast<size_t>((i * 5 + 1 + perturb) & mask);
    }
}

bool keys_equal(Interpreter& in, const Value& a, const Value& b) {
    if (a.is_object() && a.obj() == b.obj()) return true;
    return in.equals(a, b);
}

std::shared_ptr<SetObj> new_like(const SetObj& s) {
    auto r = std::make_shared<SetObj>();
    r->frozen = s.frozen;
    return r;
}

}  // namespace

std::shared_ptr<SetObj> make_set(Interpreter& in, const Value& iterable, bool frozen) {
    auto s = std::make_shared<SetObj>();
    s->frozen = frozen;
    s->update(in, iterable);
    return s;
}

int64_t frozenset_hash(const SetObj& s) {
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
    uint64_t hash = 0;
    for (auto& e : s.table) hash ^= shuffle(e.state == State::Active ? static_cast<uint64_t>(e.hash) : e.state == State::Dummy ? ~0ULL : 0);
    if ((s.table.size() - s.fill) & 1) hash ^= shuffle(0);
    if ((s.fill - s.used) & 1) hash ^= shuffle(~0ULL);
    hash ^= (static_cast<uint64_t>(s.used) + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == ~0ULL) hash = 590923713ULL;
    return static_cast<int64_t>(hash);
}

size_t SetObj::lookup(Interpreter& in, const Value& key, int64_t hash) const {
    size_t mask = table.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(static_cast<uint64_t>(hash) & mask);
    while (true) {
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        for (size_t j = i; j <= i + probes; ++j) {
            const Entry& e = table[j];
            if (e.state == State::Unused) return j;
            if (e.state == State::Active && e.hash == hash && keys_equal(in, e.key, key)) return j;
        }
        perturb >>= kPerturbShift;
        i = static_cast<size_t>((i * 5 + 1 + perturb) & mask);
    }
}

void SetObj::resize(size_t minused) {
    size_t newsize = 8;
    while (newsize <= minused) newsize <<= 1;
    std::vector<Entry> fresh(newsize);
    for (auto& e : table)
        if (e.state == State::Active) insert_clean(fresh, e.key, e.hash);
    table = std::move(fresh);
    fill = used;
}

void SetObj::add_entry(Interpreter& in, const Value& key, int64_t hash) {
    size_t mask = table.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(static_cast<uint64_t>(hash) & mask);
    Entry* freeslot = nullptr;
    while (true) {
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        for (size_t j = i; j <= i + probes; ++j) {
            Entry& e = table[j];
            if (e.state == State::Unused) {
                if (freeslot) {  // reuse the first dummy seen on the way
                    *freeslot = {key, hash, State::Active};
                    ++used;
                    return;
                }
                e = {key, hash, State::Active};
                ++fill;
                ++used;
                if (fill * 5 >= mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                return;
            }
            if (e.state == State::Active) {
                if (e.hash == hash && keys_equal(in, e.key, key)) return;
            } else if (!freeslot) {
                freeslot = &e;
            }
        }
        perturb >>= kPerturbShift;
        i = static_cast<size_t>((i * 5 + 1 + perturb) & mask);
    }
}

void SetObj::add(Interpreter& in, const Value& key) { add_entry(in, key, py_hash(in, key)); }

bool SetObj::contains_entry(Interpreter& in, const Value& key, int64_t hash) const {
    return table[lookup(in, key, hash)].state == State::Active;
}

bool SetObj::contains(Interpreter& in, const Value& key) const { return contains_entry(in, key, py_hash(in, key)); }

bool SetObj::discard_entry(Interpreter& in, const Value& key, int64_t hash) {
    Entry& e = table[lookup(in, key, hash)];
    if (e.state != State::Active) return false;
    e.key = Value();
    e.hash = -1;
    e.state = State::Dummy;
    --used;
    return true;
}

bool SetObj::discard(Interpreter& in, const Value& key) { return discard_entry(in, key, py_hash(in, key)); }

void SetObj::merge(Interpreter& in, const SetObj& other) {
    if (&other == this || other.used == 0) return;
    if ((fill + other.used) * 5 >= (table.size() - 1) * 3) resize((used + other.used) * 2);
    if (fill == 0 && table.size() == other.table.size() && other.fill == other.used) {
        table = other.table;
        fill = other.fill;
        used = other.used;
        return;
    }
    if (fill == 0) {
        for (auto& e : other.table)
            if (e.state == State::Active) insert_clean(table, e.key, e.hash);
        fill = used = other.used;
        return;
    }
    for (auto& e : other.table)
        if (e.state == State::Active) add_entry(in, e.key, e.hash);
}

void SetObj::update(Interpreter& in, const Value& iterable) {
    if (auto* other = iterable.as<SetObj>()) { merge(in, *other); return; }
    if (auto* d = iterable.as<DictObj>()) {
        if ((fill + d->entries.size()) * 5 >= (table.size() - 1) * 3) resize((used + d->entries.size()) * 2);
        for (auto& [k, v] : d->entries) add(in, k);
        return;
    }
    ObjPtr it = in.iter(iterable);
    Value item;
    while (static_cast<IterObj*>(it.get())->next(in, item)) add(in, item);
}

void SetObj::clear() {
    table.assign(8, Entry{});
    fill = used = 0;
}

Value SetObj::pop(Interpreter&) {
    if (used == 0) throw runtime_error("KeyError", "'pop from an empty set'");
    size_t i = finger & (table.size() - 1);
    while (table[i].state != State::Active) i = (i + 1) & (table.size() - 1);
    Value key = table[i].key;
    table[i] = {Value(), -1, State::Dummy};
    --used;
    finger = i + 1;
    return key;
}

std::vector<Value> SetObj::ordered_items() const {
    std::vector<Value> out;
    out.reserve(used);
    for (auto& e : table)
        if (e.state == State::Active) out.push_back(e.key);
    return out;
}

std::shared_ptr<SetObj> SetObj::copy(Interpreter& in) const {
    auto r = new_like(*this);
    r->merge(in, *this);
    return r;
}

std::shared_ptr<SetObj> SetObj::intersection(Interpreter& in, const Value& other_v) const {
    if (other_v.obj().get() == this) return copy(in);
    auto result = new_like(*this);
    if (auto* other = other_v.as<SetObj>()) {
        const SetObj* big = this;
        const SetObj* small = other;
        if (other->used > used) std::swap(big, small);  // iterate the smaller set
        for (auto& e : small->table)
            if (e.state == State::Active && big->contains_entry(in, e.key, e.hash)) result->add_entry(in, e.key, e.hash);
        return result;
    }
    ObjPtr it = in.iter(other_v);
    Value key;
    while (static_cast<IterObj*>(it.get())->next(in, key)) {
        int64_t h = py_hash(in, key);
        if (contains_entry(in, key, h)) result->add_entry(in, key, h);
    }
    return result;
}

void SetObj::difference_update(Interpreter& in, const Value& other_v) {
    if (other_v.obj().get() == this) { clear(); return; }
    if (auto* other = other_v.as<SetObj>()) {
        std::shared_ptr<SetObj> small;
        const SetObj* src = other;
        if ((other->used >> 3) > used) {  // a much bigger other: use the intersection
            small = intersection(in, other_v);
            src = small.get();
        }
        for (auto& e : src->table)
            if (e.state == State::Active) discard_entry(in, e.key, e.hash);
    } else {
        ObjPtr it = in.iter(other_v);
        Value key;
        while (static_cast<IterObj*>(it.get())->next(in, key)) discard(in, key);
    }
    if (fill - used > (table.size() - 1) / 4) resize(used > 50000 ? used * 2 : used * 4);
}

std::shared_ptr<SetObj> SetObj::difference(Interpreter& in, const Value& other_v) const {
    size_t other_size;
    if (auto* s = other_v.as<SetObj>()) other_size = s->used;
    else if (auto* d = other_v.as<DictObj>()) other_size = d->entries.size();
    else {
        auto r = copy(in);
        r->difference_update(in, other_v);
        return r;
    }
    if ((used >> 2) > other_size) {
        auto r = copy(in);
        r->difference_update(in, other_v);
        return r;
    }
    auto result = new_like(*this);
    for (auto& e : table) {
        if (e.state != State::Active) continue;
        bool in_other;
        if (auto* d = other_v.as<DictObj>()) in_other = d->find(in, e.key) != nullptr;
        else in_other = other_v.as<SetObj>()->contains_entry(in, e.key, e.hash);
        if (!in_other) result->add_entry(in, e.key, e.hash);
    }
    return result;
}

void SetObj::symmetric_difference_update(Interpreter& in, const Value& other_v) {
    if (other_v.obj().get() == this) { clear(); return; }
    if (auto* d = other_v.as<DictObj>()) {
        for (auto& [k, v] : d->entries) {
            int64_t h = py_hash(in, k);
            if (!discard_entry(in, k, h)) add_entry(in, k, h);
        }
        return;
    }
    std::shared_ptr<SetObj> tmp;
    const SetObj* other = other_v.as<SetObj>();
    if (!other) {
        tmp = make_set(in, other_v);
        other = tmp.get();
    }
    for (auto& e : other->table) {
        if (e.state != State::Active) continue;
        if (!discard_entry(in, e.key, e.hash)) add_entry(in, e.key, e.hash);
    }
}

bool SetObj::is_subset_of(Interpreter& in, const SetObj& other) const {
    if (used > other.used) return false;
    for (auto& e : table)
        if (e.state == State::Active && !other.contains_entry(in, e.key, e.hash)) return false;
    return true;
}

ObjPtr SetObj::iter(Interpreter&) {
    auto self = std::static_pointer_cast<SetObj>(shared_from_this());
    size_t pos = 0, start_used = used;
    return std::make_shared<FnIter>("set_iterator", [self, pos, start_used](Interpreter&, Value& out) mutable {
        if (self->used != start_used) throw runtime_error("RuntimeError", "Set changed size during iteration");
        while (pos < self->table.size() && self->table[pos].state != State::Active) ++pos;
        if (pos >= self->table.size()) return false;
        out = self->table[pos++].key;
        return true;
    });
}

std::string SetObj::repr(Interpreter& in) const {
    auto items = ordered_items();
    if (items.empty()) return frozen ? "frozenset()" : "set()";
    std::string out = frozen ? "frozenset({" : "{";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += in.repr(items[i]);
    }
    return out + (frozen ? "})" : "}");
}

bool SetObj::binary_op(Interpreter& in, const std::string& op, const Value& other_v, bool reflected, Value& out) {
    auto* other = other_v.as<SetObj>();
    if (op == "==" || op == "!=") {
        if (!other) return false;
        bool eq = used == other->used && is_subset_of(in, *other);
        out = Value::boolean(op == "==" ? eq : !eq);
        return true;
    }
    if (!other) return false;
    const SetObj& a = reflected ? *other : *this;
    const SetObj& b = reflected ? *this : *other;
    Value bv = reflected ? Value::object(shared_from_this()) : other_v;
    if (op == "<=" || op == "<" || op == ">=" || op == ">") {
        bool r;
        if (op == "<=") r = a.is_subset_of(in, b);
        else if (op == "<") r = a.used < b.used && a.is_subset_of(in, b);
        else if (op == ">=") r = b.is_subset_of(in, a);
        else r = a.used > b.used && b.is_subset_of(in, a);
        out = Value::boolean(r);
        return true;
    }
    std::shared_ptr<SetObj> r;
    if (op == "|") { r = a.copy(in); r->update(in, bv); }
    else if (op == "&") r = a.intersection(in, bv);
    else if (op == "-") r = a.difference(in, bv);
    else if (op == "^") { r = make_set(in, bv, a.frozen); r->symmetric_difference_update(in, reflected ? other_v : Value::object(shared_from_this())); }
    else return false;
    out = Value::object(r);
    return true;
}

bool SetObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    auto self = std::static_pointer_cast<SetObj>(shared_from_this());
    std::string tn = type_name();
    auto method = [&](auto fn) {
        out = make_native(name, fn);
        out.as<NativeFunctionObj>()->bound_method = true;
        return true;
    };
    auto one_arg = [tn, name](CallArgs& a) -> const Value& {
        if (!a.kw.empty()) throw type_error(tn + "." + name + "() takes no keyword arguments");
        if (a.pos.size() != 1) throw type_error(tn + "." + name + "() takes exactly one argument (" + std::to_string(a.pos.size()) + " given)");
        return a.pos[0];
    };
    if (name == "copy") return method([self](Interpreter& i, CallArgs&) { return Value::object(self->copy(i)); });
    if (name == "union")
        return method([self](Interpreter& i, CallArgs& a) {
            auto r = self->copy(i);
            for (auto& o : a.pos) if (o.obj() != self) r->update(i, o);
            return Value::object(r);
        });
    if (name == "intersection")
        return method([self](Interpreter& i, CallArgs& a) {
            if (a.pos.empty()) return Value::object(self->copy(i));
            std::shared_ptr<SetObj> r = self;
            for (auto& o : a.pos) r = r->intersection(i, o);
            return Value::object(r);
        });
    if (name == "difference")
        return method([self](Interpreter& i, CallArgs& a) {
            if (a.pos.empty()) return Value::object(self->copy(i));
            auto r = self->difference(i, a.pos[0]);
            for (size_t k = 1; k < a.pos.size(); ++k) r->difference_update(i, a.pos[k]);
            return Value::object(r);
        });
    if (name == "symmetric_difference")
        return method([self, one_arg](Interpreter& i, CallArgs& a) {
            auto r = make_set(i, one_arg(a), self->frozen);
            r->symmetric_difference_update(i, Value::object(self));
            return Value::object(r);
        });
    if (name == "issubset" || name == "issuperset" || name == "isdisjoint") {
        std::string n = name;
        return method([self, one_arg, n](Interpreter& i, CallArgs& a) {
            Value o = one_arg(a);
            std::shared_ptr<SetObj> tmp;
            if (!o.as<SetObj>()) tmp = make_set(i, o);
            const SetObj& other = tmp ? *tmp : *o.as<SetObj>();
            if (n == "issubset") return Value::boolean(self->is_subset_of(i, other));
            if (n == "issuperset") return Value::boolean(other.is_subset_of(i, *self));
            return Value::boolean(self->intersection(i, tmp ? Value::object(tmp) : o)->used == 0);
        });
    }
    if (frozen) return false;
    if (name == "add")
        return method([self, one_arg](Interpreter& i, CallArgs& a) { self->add(i, one_arg(a)); return Value::none(); });
    if (name == "discard")
        return method([self, one_arg](Interpreter& i, CallArgs& a) { self->discard(i, one_arg(a)); return Value::none(); });
    if (name == "remove")
        return method([self, one_arg](Interpreter& i, CallArgs& a) {
            const Value& key = one_arg(a);
            if (!self->discard(i, key)) throw runtime_error("KeyError", i.repr(key));
            return Value::none();
        });
    if (name == "pop") return method([self](Interpreter& i, CallArgs&) { return self->pop(i); });
    if (name == "clear") return method([self](Interpreter&, CallArgs&) { self->clear(); return Value::none(); });
    if (name == "update")
        return method([self](Interpreter& i, CallArgs& a) {
            for (auto& o : a.pos) self->update(i, o);
            return Value::none();
        });
    if (name == "intersection_update")
        return method([self](Interpreter& i, CallArgs& a) {
            std::shared_ptr<SetObj> r = self;
            for (auto& o : a.pos) r = r->intersection(i, o);
            if (r != self) { self->table = r->table; self->fill = r->fill; self->used = r->used; }
            return Value::none();
        });
    if (name == "difference_update")
        return method([self](Interpreter& i, CallArgs& a) {
            for (auto& o : a.pos) self->difference_update(i, o);
            return Value::none();
        });
    if (name == "symmetric_difference_update")
        return method([self, one_arg](Interpreter& i, CallArgs& a) {
            self->symmetric_difference_update(i, one_arg(a));
            return Value::none();
        });
    (void)in;
    return false;
}

}  // namespace seedlab::lang
