// Methods and attributes of the builtin types list, dict, tuple, int, float and bytes,
// bound to their receiver (str's are in str_methods.cpp). A real CPython method the
// playground lacks raises a clear unsupported error; any other name gives CPython's
// AttributeError (the caller raises it when this returns false).
#include <algorithm>
#include <cmath>

#include "lang/args.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang {

bool str_method(Interpreter& in, const std::string& s, const std::string& name, Value& out);

namespace {

Value bound(const std::string& name, NativeFn fn) {
    Value v = make_native(name, std::move(fn));
    v.as<NativeFunctionObj>()->bound_method = true;
    return v;
}

void no_args(const std::string& qual, CallArgs& a) {
    if (!a.pos.empty() || !a.kw.empty())
        throw type_error(qual + "() takes no arguments (" + std::to_string(a.pos.size() + a.kw.size()) + " given)");
}

const Value& one_arg(const std::string& qual, CallArgs& a) {
    if (!a.kw.empty()) throw type_error(qual + "() takes no keyword arguments");
    if (a.pos.size() != 1) throw type_error(qual + "() takes exactly one argument (" + std::to_string(a.pos.size()) + " given)");
    return a.pos[0];
}

// Index arguments of list.index / tuple.index: clamped like slice bounds.
size_t clamp_index(Interpreter& in, const Value& v, size_t n, size_t def) {
    if (v.is_none()) return def;
    int64_t i = arg_int(in, v, "index");
    if (i < 0) i = std::max<int64_t>(0, i + static_cast<int64_t>(n));
    return static_cast<size_t>(std::min<int64_t>(i, static_cast<int64_t>(n)));
}

// [holder] owns the items (the list itself, or a copy of a tuple's); [list] is set for lists.
bool sequence_method(Interpreter& in, const std::shared_ptr<ListObj>& holder, const std::shared_ptr<ListObj>& list, const std::string& type,
                     const std::string& name, Value& out) {
    (void)in;
    const std::vector<Value>* items = &holder->items;
    if (name == "index") {
        out = bound(name, [holder, items, type](Interpreter& i, CallArgs& a) {
            static const Signature sig("index(value, start=None, stop=None, /)", Signature::Style::Positional);
            auto p = sig.bind(a);
            size_t b = clamp_index(i, p[1], items->size(), 0), e = clamp_index(i, p[2], items->size(), items->size());
            for (size_t k = b; k < e && k < items->size(); ++k)
                if (i.same_or_equal((*items)[k], p[0])) return Value::integer(static_cast<int64_t>(k));
            throw value_error(type == "list" ? i.repr(p[0]) + " is not in list" : "tuple.index(x): x not in tuple");
        });
        return true;
    }
    if (name == "count") {
        out = bound(name, [holder, items, type](Interpreter& i, CallArgs& a) {
            const Value& x = one_arg(type + ".count", a);
            int64_t c = 0;
            for (auto& v : *items) c += i.same_or_equal(v, x) ? 1 : 0;
            return Value::integer(c);
        });
        return true;
    }
    if (!list) return false;
    auto self = list;
    if (name == "append") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            self->items.push_back(one_arg("list.append", a));
            if ((self->items.size() & 0xFFFF) == 0) i.count_elements(static_cast<int64_t>(self->items.size()));
            return Value::none();
        });
    } else if (name == "extend") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            for (auto& v : i.to_list(one_arg("list.extend", a))) self->items.push_back(v);
            i.count_elements(static_cast<int64_t>(self->items.size()));
            return Value::none();
        });
    } else if (name == "pop") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            static const Signature sig("pop(index=-1, /)", Signature::Style::Positional);
            int64_t k = arg_int(i, sig.bind(a)[0], "index");
            if (self->items.empty()) throw runtime_error("IndexError", "pop from empty list");
            int64_t n = static_cast<int64_t>(self->items.size());
            if (k < 0) k += n;
            if (k < 0 || k >= n) throw runtime_error("IndexError", "pop index out of range");
            Value v = self->items[static_cast<size_t>(k)];
            self->items.erase(self->items.begin() + k);
            return v;
        });
    } else if (name == "insert") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            static const Signature sig("insert(index, object, /)", Signature::Style::Positional);
            auto p = sig.bind(a);
            int64_t n = static_cast<int64_t>(self->items.size());
            int64_t k = arg_int(i, p[0], "index");
            if (k < 0) k = std::max<int64_t>(0, k + n);
            if (k > n) k = n;
            self->items.insert(self->items.begin() + k, p[1]);
            return Value::none();
        });
    } else if (name == "remove") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            const Value& x = one_arg("list.remove", a);
            for (size_t k = 0; k < self->items.size(); ++k)
                if (i.same_or_equal(self->items[k], x)) {
                    self->items.erase(self->items.begin() + static_cast<long>(k));
                    return Value::none();
                }
            throw value_error("list.remove(x): x not in list");
        });
    } else if (name == "sort") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            static const Signature sig("sort(*, key=None, reverse=False)", Signature::Style::Clinic);
            auto p = sig.bind(a);
            std::vector<Value> items = std::move(self->items);
            self->items.clear();
            list_sort(i, items, p[0], i.truthy(p[1]));
            if (!self->items.empty()) throw value_error("list modified during sort");
            self->items = std::move(items);
            return Value::none();
        });
    } else if (name == "reverse") {
        out = bound(name, [self](Interpreter&, CallArgs& a) { no_args("list.reverse", a); std::reverse(self->items.begin(), self->items.end()); return Value::none(); });
    } else if (name == "copy") {
        out = bound(name, [self](Interpreter&, CallArgs& a) { no_args("list.copy", a); return make_list(self->items); });
    } else if (name == "clear") {
        out = bound(name, [self](Interpreter&, CallArgs& a) { no_args("list.clear", a); self->items.clear(); return Value::none(); });
    } else {
        return false;
    }
    return true;
}

bool dict_method(Interpreter&, const std::shared_ptr<DictObj>& self, const std::string& name, Value& out) {
    if (name == "keys" || name == "values" || name == "items") {
        DictPart part = name == "keys" ? DictPart::Keys : name == "values" ? DictPart::Values : DictPart::Items;
        std::string qual = "dict." + name;
        out = bound(name, [self, part, qual](Interpreter&, CallArgs& a) {
            no_args(qual, a);
            return Value::object(std::make_shared<DictViewObj>(self, part));
        });
    } else if (name == "get") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            static const Signature sig("get(key, default=None, /)", Signature::Style::Positional);
            auto p = sig.bind(a);
            Value* v = self->find(i, p[0]);
            return v ? *v : p[1];
        });
    } else if (name == "setdefault") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            static const Signature sig("setdefault(key, default=None, /)", Signature::Style::Positional);
            auto p = sig.bind(a);
            if (Value* v = self->find(i, p[0])) return *v;
            self->put(i, p[0], p[1]);
            return p[1];
        });
    } else if (name == "pop") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            if (a.pos.empty() || a.pos.size() > 2) throw type_error("pop expected at least 1 argument, got " + std::to_string(a.pos.size()));
            Value* v = self->find(i, a.pos[0]);
            if (!v) {
                if (a.pos.size() > 1) return a.pos[1];
                throw runtime_error("KeyError", i.repr(a.pos[0]));
            }
            Value r = *v;
            self->erase(i, a.pos[0]);
            return r;
        });
    } else if (name == "popitem") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            no_args("dict.popitem", a);
            if (self->entries.empty()) throw runtime_error("KeyError", "'popitem(): dictionary is empty'");
            auto [k, v] = self->entries.back();
            self->erase(i, k);
            return make_tuple({k, v});
        });
    } else if (name == "update") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            if (a.pos.size() > 1) throw type_error("update expected at most 1 argument, got " + std::to_string(a.pos.size()));
            if (!a.pos.empty()) {
                if (auto* d = a.pos[0].as<DictObj>()) {
                    auto entries = d->entries;
                    for (auto& [k, v] : entries) self->put(i, k, v);
                } else {
                    size_t index = 0;
                    for (auto& pair : i.to_list(a.pos[0])) {
                        if (!pair.is_object() || !pair.obj()->iter(i))
                            throw type_error("cannot convert dictionary update sequence element #" + std::to_string(index) + " to a sequence");
                        auto kv = i.to_list(pair);
                        if (kv.size() != 2)
                            throw value_error("dictionary update sequence element #" + std::to_string(index) + " has length " +
                                              std::to_string(kv.size()) + "; 2 is required");
                        self->put(i, kv[0], kv[1]);
                        ++index;
                    }
                }
            }
            for (auto& [k, v] : a.kw) self->put(i, Value::str(k), v);
            return Value::none();
        });
    } else if (name == "copy") {
        out = bound(name, [self](Interpreter&, CallArgs& a) { no_args("dict.copy", a); return Value::object(std::make_shared<DictObj>(*self)); });
    } else if (name == "clear") {
        out = bound(name, [self](Interpreter&, CallArgs& a) {
            no_args("dict.clear", a);
            self->entries.clear();
            self->index.clear();
            return Value::none();
        });
    } else {
        return false;
    }
    return true;
}

bool number_attribute(Interpreter& in, const Value& self, const std::string& name, Value& out) {
    if (self.is_int() || self.is_bool()) {
        BigInt v = self.big_int();
        if (name == "real" || name == "numerator") { out = Value::integer(v); return true; }
        if (name == "imag") { out = Value::integer(0); return true; }
        if (name == "denominator") { out = Value::integer(1); return true; }
        if (name == "bit_length") { out = bound(name, [v](Interpreter&, CallArgs& a) { no_args("int.bit_length", a); return Value::integer(static_cast<int64_t>(v.bit_length())); }); return true; }
        if (name == "bit_count")
            out = bound(name, [v](Interpreter&, CallArgs& a) {
                no_args("int.bit_count", a);
                int64_t c = 0;
                for (unsigned char b : v.to_bytes()) c += __builtin_popcount(b);
                return Value::integer(c);
            });
        else if (name == "conjugate") out = bound(name, [v](Interpreter&, CallArgs& a) { no_args("int.conjugate", a); return Value::integer(v); });
        else if (name == "as_integer_ratio") out = bound(name, [v](Interpreter&, CallArgs& a) { no_args("int.as_integer_ratio", a); return make_tuple({Value::integer(v), Value::integer(1)}); });
        else if (name == "to_bytes")
            out = bound(name, [v](Interpreter& i, CallArgs& a) {
                static const Signature sig("to_bytes(length=1, byteorder='big', *, signed=False)", Signature::Style::Clinic);
                auto p = sig.bind(a);
                int64_t length = arg_int(i, p[0], "length");
                if (length < 0) throw value_error("length argument must be non-negative");
                std::string order = arg_str(i, p[1], "byteorder");
                if (order != "big" && order != "little") throw value_error("byteorder must be either 'little' or 'big'");
                bool is_signed = i.truthy(p[2]);
                if (v.is_negative() && !is_signed) throw runtime_error("OverflowError", "can't convert negative int to unsigned");
                BigInt mag = v;
                if (v.is_negative()) mag = v + (BigInt(1) << (8 * length));
                if (mag.is_negative() || mag.bit_length() > static_cast<uint64_t>(8 * length) ||
                    (is_signed && length > 0 && !v.is_negative() && v.bit_length() >= static_cast<uint64_t>(8 * length)))
                    throw runtime_error("OverflowError", "int too big to convert");
                std::vector<uint8_t> bytes = mag.to_bytes(static_cast<size_t>(length));
                if (order == "little") std::reverse(bytes.begin(), bytes.end());
                return Value::object(std::make_shared<BytesObj>(std::string(bytes.begin(), bytes.end())));
            });
        else return false;
        return true;
    }
    if (self.is_float()) {
        double d = self.as_float();
        if (name == "real") { out = self; return true; }
        if (name == "imag") { out = Value::floating(0.0); return true; }
        if (name == "is_integer") out = bound(name, [d](Interpreter&, CallArgs& a) { no_args("float.is_integer", a); return Value::boolean(std::isfinite(d) && std::floor(d) == d); });
        else if (name == "conjugate") out = bound(name, [d](Interpreter&, CallArgs& a) { no_args("float.conjugate", a); return Value::floating(d); });
        else if (name == "as_integer_ratio")
            out = bound(name, [d](Interpreter&, CallArgs& a) {
                no_args("float.as_integer_ratio", a);
                if (d != d) throw value_error("cannot convert NaN to integer ratio");
                if (std::isinf(d)) throw runtime_error("OverflowError", "cannot convert Infinity to integer ratio");
                int e;
                double m = std::frexp(d, &e);
                for (int k = 0; k < 300 && m != std::floor(m); ++k) { m *= 2.0; --e; }
                BigInt num = BigInt::from_double(m), den(1);
                if (e > 0) num = num << e; else den = den << -e;
                return make_tuple({Value::integer(num), Value::integer(den)});
            });
        else return false;
        return true;
    }
    (void)in;
    return false;
}

}  // namespace

bool builtin_method(Interpreter& in, const Value& self, const std::string& name, Value& out) {
    bool found = false;
    if (!self.is_object()) {
        found = number_attribute(in, self, name, out);
    } else if (auto* s = self.as<StrObj>()) {
        found = str_method(in, s->s, name, out);
    } else if (auto l = std::dynamic_pointer_cast<ListObj>(self.obj())) {
        found = sequence_method(in, l, l, "list", name, out);
    } else if (auto t = std::dynamic_pointer_cast<TupleObj>(self.obj())) {
        found = sequence_method(in, std::make_shared<ListObj>(t->items), nullptr, "tuple", name, out);
    } else if (auto d = std::dynamic_pointer_cast<DictObj>(self.obj())) {
        found = dict_method(in, d, name, out);
        if (!found && name == "fromkeys") return in.builtin("dict").obj()->get_attr(in, name, out);
    } else if (auto* b = self.as<BytesObj>(); b && name == "decode") {
        std::string bytes = b->bytes;
        out = bound(name, [bytes](Interpreter& i, CallArgs& a) {
            static const Signature sig("decode(encoding='utf-8', errors='strict')", Signature::Style::Clinic);
            auto p = sig.bind(a);
            std::string enc = arg_str(i, p[0], "encoding");
            bool ascii = std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
            if ((enc != "utf-8" && enc != "utf8" && enc != "ascii") || !ascii)
                throw unsupported("bytes.decode() of this text is not supported in the playground", i.current_line());
            return Value::str(bytes);
        });
        found = true;
    }
    if (found) return true;
    // A real method or attribute of the builtin type that is not emulated.
    const auto& dir = builtin_dir(in.type_name(self));
    if (std::find(dir.begin(), dir.end(), name) != dir.end())
        throw unsupported(in.type_name(self) + "." + name + "() is not supported in the playground", in.current_line());
    return false;
}

}  // namespace seedlab::lang
