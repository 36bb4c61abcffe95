// Iteration over dicts and the views dict.keys(), .values() and .items(), as CPython
// 3.11's dictobject.c: views are live, print as dict_keys([...]), and keys/items views
// support the set operators (_PyDictView_Intersect, dictviews_or, ...).
// What it is not: no dict storage (objects.cpp) and no set table (sets.cpp).
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"

namespace seedlab::lang {
namespace {

Value part_of(const std::pair<Value, Value>& entry, DictPart part) {
    if (part == DictPart::Keys) return entry.first;
    if (part == DictPart::Values) return entry.second;
    return make_tuple({entry.first, entry.second});
}

// dictviews_to_set: a keys view converts from its dict (the dict presizing path).
std::shared_ptr<SetObj> view_to_set(Interpreter& in, const Value& v) {
    if (auto* view = v.as<DictViewObj>(); view && view->part == DictPart::Keys) return make_set(in, Value::object(view->dict));
    return make_set(in, v);
}

}  // namespace

ObjPtr dict_iter(const std::shared_ptr<DictObj>& d, DictPart part) {
    size_t pos = 0, size = d->entries.size();
    const char* name = part == DictPart::Keys ? "dict_keyiterator" : part == DictPart::Values ? "dict_valueiterator" : "dict_itemiterator";
    return std::make_shared<FnIter>(name, [d, pos, size, part](Interpreter&, Value& out) mutable {
        if (d->entries.size() != size) {
            size = static_cast<size_t>(-1);  // CPython reports it once, then the iterator is exhausted
            throw runtime_error("RuntimeError", "dictionary changed size during iteration");
        }
        if (pos >= d->entries.size()) return false;
        out = part_of(d->entries[pos++], part);
        return true;
    });
}

std::string DictViewObj::type_name() const {
    return part == DictPart::Keys ? "dict_keys" : part == DictPart::Values ? "dict_values" : "dict_items";
}

void DictViewObj::write(Interpreter& in, TextOut& out, bool) const {
    out.append(type_name() + "([");
    for (size_t i = 0; i < dict->entries.size(); ++i) {
        if (i) out.append(", ");
        in.write(part_of(dict->entries[i], part), out, false);
    }
    out.append("])");
}

std::string DictViewObj::repr(Interpreter& in) const {
    TextOut o;
    write(in, o, false);
    return o.text;
}

bool DictViewObj::contains(Interpreter& in, const Value& v) const {
    if (part == DictPart::Keys) return dict->find(in, v) != nullptr;
    if (part == DictPart::Values) {
        for (auto& e : dict->entries)
            if (in.same_or_equal(e.second, v)) return true;
        return false;
    }
    auto* t = v.as<TupleObj>();
    if (!t || t->items.size() != 2) return false;
    Value* found = dict->find(in, t->items[0]);
    return found && in.same_or_equal(*found, t->items[1]);
}

bool DictViewObj::binary_op(Interpreter& in, const std::string& op, const Value& other, bool reflected, Value& out) {
    if (part == DictPart::Values) return false;
    Value self = Value::object(shared_from_this());
    Value left = reflected ? other : self, right = reflected ? self : other;
    if (op == "==" || op == "!=" || op == "<" || op == "<=" || op == ">" || op == ">=") {
        if (!other.as<SetObj>() && !other.as<DictViewObj>()) return false;
        Value a = Value::object(view_to_set(in, left)), b = Value::object(view_to_set(in, right));
        out = in.binary(op, a, b);
        return true;
    }
    if (op != "|" && op != "&" && op != "-" && op != "^") return false;
    if (!other.is_object() || !other.obj()->iter(in)) return false;
    if (op == "&") {
        // _PyDictView_Intersect: the view is [self]; a set at least as big does the work.
        if (auto* s = other.as<SetObj>(); s && dict->entries.size() <= s->size()) {
            out = Value::object(s->intersection(in, self));
            return true;
        }
        const DictViewObj* probe = this;
        Value it_src = other;
        if (auto* ov = other.as<DictViewObj>(); ov && ov->dict->entries.size() > dict->entries.size()) {
            probe = ov;
            it_src = self;
        }
        auto result = std::make_shared<SetObj>();
        for (auto& v : in.to_list(it_src))
            if (probe->contains(in, v)) result->add(in, v);
        out = Value::object(result);
        return true;
    }
    auto result = view_to_set(in, left);
    if (op == "|") result->update(in, right);
    else if (op == "-") result->difference_update(in, right);
    else result->symmetric_difference_update(in, right);
    out = Value::object(result);
    return true;
}

}  // namespace seedlab::lang
