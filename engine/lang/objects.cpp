// Builtin object behaviour: default Obj hooks, reprs of containers, dict storage,
// hash() as CPython 3.11 computes it, slices, ranges, modules and attribute access.
// What it is not: no set table (sets.cpp), no methods (methods.cpp, str_methods.cpp).
#include "lang/objects.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "lang/interpreter.hpp"
#include "lang/numfmt.hpp"
#include "lang/strings.hpp"
#include "rng/siphash13.hpp"

namespace seedlab::lang {

// ---- Value helpers --------------------------------------------------------------

Value Value::integer(const BigInt& b) {
    if (b.fits_int64()) return integer(b.to_int64());
    Value v;
    v.type_ = Type::Int;
    v.obj_ = std::make_shared<BigIntObj>(b);
    return v;
}

BigInt Value::big_int() const {
    if (obj_) return static_cast<const BigIntObj*>(obj_.get())->value;
    return BigInt(i_);
}

Value Value::str(std::string s) { return object(std::make_shared<StrObj>(std::move(s))); }
Value make_native(std::string name, NativeFn fn) { return Value::object(std::make_shared<NativeFunctionObj>(std::move(name), std::move(fn))); }
Value make_list(std::vector<Value> items) { return Value::object(std::make_shared<ListObj>(std::move(items))); }
Value make_tuple(std::vector<Value> items) { return Value::object(std::make_shared<TupleObj>(std::move(items))); }

// ---- Obj defaults ---------------------------------------------------------------

std::string Obj::repr(Interpreter& in) const {
    throw unsupported("printing a " + type_name() + " object shows its memory address in CPython; not reproducible in the playground",
                      in.current_line());
}

std::string NativeFunctionObj::repr(Interpreter& in) const {
    if (builtin) return "<built-in function " + name + ">";
    // Methods and library functions print with an address ("<built-in method append of
    // list object at 0x...>", "<bound method Random.seed of ...>").
    throw unsupported("printing a " + std::string(bound_method ? "built-in method" : "library function") +
                          " shows its memory address in CPython; not reproducible in the playground",
                      in.current_line());
}

bool NativeFunctionObj::get_attr(Interpreter&, const std::string& n, Value& out) {
    if (n == "__name__" || n == "__qualname__") {
        out = Value::str(name);
        return true;
    }
    return false;
}
bool Obj::get_attr(Interpreter&, const std::string&, Value&) { return false; }
void Obj::set_attr(Interpreter&, const std::string& name, const Value&) {
    throw runtime_error("AttributeError", "'" + type_name() + "' object attribute '" + name + "' is read-only");
}
Value Obj::call(Interpreter&, CallArgs&) { throw type_error("'" + type_name() + "' object is not callable"); }
void Obj::write(Interpreter& in, TextOut& out, bool as_str) const { out.append(as_str ? str(in) : repr(in)); }
bool Obj::binary_op(Interpreter&, const std::string&, const Value&, bool, Value&) { return false; }
bool Obj::unary_op(Interpreter&, const std::string&, Value&) { return false; }
bool Obj::get_item(Interpreter&, const Value&, Value&) { return false; }
bool Obj::set_item(Interpreter&, const Value&, const Value&) { return false; }
bool Obj::length(Interpreter&, int64_t&) { return false; }
ObjPtr Obj::iter(Interpreter& in) {
    if (auto* s = dynamic_cast<StrObj*>(this)) {
        std::vector<Value> chars;
        for (uint32_t cp : utf8_decode(s->s)) {
            std::string c;
            utf8_append(c, cp);
            chars.push_back(Value::str(c));
        }
        return std::make_shared<VectorIter>(std::move(chars));
    }
    if (dynamic_cast<ListObj*>(this)) return std::make_shared<ListIter>(std::static_pointer_cast<ListObj>(shared_from_this()));
    if (auto* t = dynamic_cast<TupleObj*>(this)) return std::make_shared<VectorIter>(t->items);
    if (dynamic_cast<DictObj*>(this)) return dict_iter(std::static_pointer_cast<DictObj>(shared_from_this()), DictPart::Keys);
    if (auto* b = dynamic_cast<BytesObj*>(this)) {
        std::vector<Value> vals;
        for (unsigned char c : b->bytes) vals.push_back(Value::integer(c));
        return std::make_shared<VectorIter>(std::move(vals));
    }
    (void)in;
    return nullptr;
}

// ---- reprs ----------------------------------------------------------------------

namespace {

void write_sequence(Interpreter& in, TextOut& out, const std::vector<Value>& items, const char* open, const char* close,
                    bool one_tuple) {
    out.append(open);
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out.append(", ");
        in.write(items[i], out, false);
    }
    if (one_tuple && items.size() == 1) out.append(",");
    out.append(close);
}

// A structural identity for dict keys: equal Python keys give equal ids.
std::string key_id(Interpreter& in, const Value& v) {
    switch (v.type()) {
        case Value::Type::None: return "n";
        case Value::Type::Bool: return "i" + std::to_string(v.small_int());
        case Value::Type::Int: return "i" + (v.is_small_int() ? std::to_string(v.small_int()) : v.big_int().to_string());
        case Value::Type::Float: {
            double d = v.as_float();
            if (d != d) throw unsupported("a nan dict key is a distinct object in CPython; not reproducible in the playground");
            if (std::floor(d) == d && std::fabs(d) < 9.2e18) return "i" + std::to_string(static_cast<int64_t>(d));
            if (std::floor(d) == d && d == d && std::fabs(d) != std::numeric_limits<double>::infinity())
                return "i" + BigInt::from_double(d).to_string();
            return "f" + float_repr(d);
        }
        case Value::Type::Object: break;
    }
    if (auto* s = v.as<StrObj>()) return "s" + s->s;
    if (auto* b = v.as<BytesObj>()) {
        if (b->mutable_) throw type_error("unhashable type: 'bytearray'");
        return "b" + b->bytes;
    }
    if (auto* t = v.as<TupleObj>()) {
        std::string id = "t(";
        for (auto& i : t->items) id += key_id(in, i) + ",";
        return id + ")";
    }
    if (auto* fs = v.as<SetObj>(); fs && fs->frozen) {
        std::vector<std::string> ids;
        for (auto& item : fs->ordered_items()) ids.push_back(key_id(in, item));
        std::sort(ids.begin(), ids.end());
        std::string id = "F(";
        for (auto& i : ids) id += i + ",";
        return id + ")";
    }
    if (v.as<ListObj>() || v.as<DictObj>() || v.as<SetObj>() || v.as<DictViewObj>())
        throw type_error("unhashable type: '" + in.type_name(v) + "'");
    char buf[32];
    std::snprintf(buf, sizeof buf, "o%p", static_cast<const void*>(v.obj().get()));
    return buf;
}

}  // namespace

std::string StrObj::repr(Interpreter&) const { return py_str_repr(s); }

std::string BytesObj::repr(Interpreter&) const {
    bool has_single = bytes.find('\'') != std::string::npos, has_double = bytes.find('"') != std::string::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = mutable_ ? "bytearray(b" : "b";
    out += quote;
    static const char* kHex = "0123456789abcdef";
    for (unsigned char c : bytes) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c >= 0x7F) { out += "\\x"; out += kHex[c >> 4]; out += kHex[c & 15]; }
        else out += static_cast<char>(c);
    }
    out += quote;
    if (mutable_) out += ")";
    return out;
}

std::string ListObj::repr(Interpreter& in) const { TextOut o; write(in, o, false); return o.text; }
std::string TupleObj::repr(Interpreter& in) const { TextOut o; write(in, o, false); return o.text; }
std::string DictObj::repr(Interpreter& in) const { TextOut o; write(in, o, false); return o.text; }

// Containers write their elements with number spans (overriding Obj::write).
static void write_container(Interpreter& in, TextOut& out, const Obj& o) {
    if (auto* l = dynamic_cast<const ListObj*>(&o)) return write_sequence(in, out, l->items, "[", "]", false);
    if (auto* t = dynamic_cast<const TupleObj*>(&o)) return write_sequence(in, out, t->items, "(", ")", true);
    if (auto* d = dynamic_cast<const DictObj*>(&o)) {
        out.append("{");
        for (size_t i = 0; i < d->entries.size(); ++i) {
            if (i) out.append(", ");
            in.write(d->entries[i].first, out, false);
            out.append(": ");
            in.write(d->entries[i].second, out, false);
        }
        out.append("}");
    }
}

void ListObj::write(Interpreter& in, TextOut& out, bool) const { write_container(in, out, *this); }
void TupleObj::write(Interpreter& in, TextOut& out, bool) const { write_container(in, out, *this); }
void DictObj::write(Interpreter& in, TextOut& out, bool) const { write_container(in, out, *this); }

// ---- dict -----------------------------------------------------------------------

Value* DictObj::find(Interpreter& in, const Value& key) {
    auto it = index.find(key_id(in, key));
    return it == index.end() ? nullptr : &entries[it->second].second;
}

void DictObj::put(Interpreter& in, const Value& key, Value v) {
    std::string id = key_id(in, key);
    auto it = index.find(id);
    if (it != index.end()) { entries[it->second].second = std::move(v); return; }
    index.emplace(std::move(id), entries.size());
    entries.emplace_back(key, std::move(v));
}

bool DictObj::erase(Interpreter& in, const Value& key) {
    auto it = index.find(key_id(in, key));
    if (it == index.end()) return false;
    size_t pos = it->second;
    entries.erase(entries.begin() + static_cast<long>(pos));
    index.erase(it);
    for (auto& [k, p] : index) if (p > pos) --p;
    return true;
}

bool ModuleObj::get_attr(Interpreter&, const std::string& n, Value& out) {
    auto it = attrs.find(n);
    if (it == attrs.end()) return false;
    out = it->second;
    return true;
}

// ---- hashing (CPython 3.11, 64-bit) ---------------------------------------------

namespace {

constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;  // _PyHASH_MODULUS
constexpr int64_t kHashInf = 314159;

int64_t finish_hash(int64_t h) { return h == -1 ? -2 : h; }

int64_t hash_bigint(const BigInt& v) {
    BigInt m = mod(v.abs(), BigInt(static_cast<int64_t>(kHashModulus)));
    int64_t h = m.to_int64();
    return finish_hash(v.is_negative() ? -h : h);
}

int64_t hash_double(double v) {
    if (v != v) throw unsupported("hash() of nan depends on object identity in CPython 3.11; not reproducible in the playground");
    if (std::fabs(v) == std::numeric_limits<double>::infinity()) return v > 0 ? kHashInf : -kHashInf;
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & kHashModulus) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus) x -= kHashModulus;
    }
    e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
    x = ((x << e) & kHashModulus) | x >> (61 - e);
    int64_t h = static_cast<int64_t>(x) * sign;
    return finish_hash(h);
}

// The process's _Py_HashSecret: from PYTHONHASHSEED when the process was started with
// it, else from the run's entropy (CPython reads the OS's urandom).
struct HashSecretState {
    bool ready = false;
    rng::CpythonHashSecret secret;
};

const rng::CpythonHashSecret& hash_secret(Interpreter& in) {
    auto& st = in.state<HashSecretState>();
    if (st.ready) return st.secret;
    auto it = in.runtime().environ.find("PYTHONHASHSEED");
    if (it != in.runtime().environ.end() && it->second != "random") {
        st.secret = rng::cpython_hash_secret(static_cast<uint32_t>(std::stoul(it->second)));
    } else {
        for (size_t i = 0; i < st.secret.bytes.size(); i += 8) {
            uint64_t w = in.entropy_word("hash secret");
            for (size_t k = 0; k < 8; ++k) st.secret.bytes[i + k] = static_cast<uint8_t>(w >> (8 * k));
        }
    }
    st.ready = true;
    return st.secret;
}

}  // namespace

int64_t py_hash(Interpreter& in, const Value& v) {
    switch (v.type()) {
        case Value::Type::Bool: return v.small_int();
        case Value::Type::Int:
            if (v.is_small_int()) {
                int64_t x = v.small_int();
                if (x > -static_cast<int64_t>(kHashModulus) && x < static_cast<int64_t>(kHashModulus)) return finish_hash(x);
            }
            return hash_bigint(v.big_int());
        case Value::Type::Float: {
            double d = v.as_float();
            if (d == d && std::fabs(d) != std::numeric_limits<double>::infinity() && std::floor(d) == d)
                return py_hash(in, Value::integer(BigInt::from_double(d)));
            return hash_double(d);
        }
        case Value::Type::None:
            throw unsupported("hash() of None depends on its memory address in CPython 3.11; not reproducible in the playground");
        case Value::Type::Object: break;
    }
    if (auto* s = v.as<StrObj>()) return rng::cpython_hash_str_utf8(s->s, hash_secret(in));
    if (auto* b = v.as<BytesObj>()) {
        if (b->mutable_) throw type_error("unhashable type: 'bytearray'");
        return rng::cpython_hash_bytes(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(b->bytes.data()), b->bytes.size()),
                                       hash_secret(in));
    }
    if (auto* t = v.as<TupleObj>()) {
        constexpr uint64_t kPrime1 = 11400714785074694791ULL, kPrime2 = 14029467366897019727ULL, kPrime5 = 2870177450012600261ULL;
        uint64_t acc = kPrime5;
        for (auto& item : t->items) {
            uint64_t lane = static_cast<uint64_t>(py_hash(in, item));
            acc += lane * kPrime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= kPrime1;
        }
        acc += t->items.size() ^ (kPrime5 ^ 3527539UL);
        if (acc == static_cast<uint64_t>(-1)) return 1546275796;
        return static_cast<int64_t>(acc);
    }
    if (auto* fs = v.as<SetObj>(); fs && fs->frozen) return frozenset_hash(*fs);
    if (v.as<ListObj>() || v.as<DictObj>() || v.as<SetObj>() || v.as<DictViewObj>())
        throw type_error("unhashable type: '" + in.type_name(v) + "'");
    throw unsupported("hash() of '" + in.type_name(v) + "' objects depends on memory addresses; not reproducible in the playground");
}

// ---- slice and range ------------------------------------------------------------

std::string SliceObj::repr(Interpreter& in) const {
    return "slice(" + in.repr(start) + ", " + in.repr(stop) + ", " + in.repr(step) + ")";
}

void SliceObj::indices(Interpreter& in, int64_t n, int64_t& s0, int64_t& s1, int64_t& st) const {
    auto as_int = [&](const Value& v) -> int64_t {
        if (v.is_bool() || v.is_small_int()) return v.small_int();
        if (v.is_int()) return v.big_int().is_negative() ? std::numeric_limits<int64_t>::min() / 2 : std::numeric_limits<int64_t>::max() / 2;
        throw type_error("slice indices must be integers or None or have an __index__ method");
    };
    st = step.is_none() ? 1 : as_int(step);
    if (st == 0) throw value_error("slice step cannot be zero");
    auto clamp = [&](const Value& v, int64_t def) {
        if (v.is_none()) return def;
        int64_t i = as_int(v);
        if (i < 0) { i += n; if (i < 0) i = st < 0 ? -1 : 0; }
        else if (i >= n) i = st < 0 ? n - 1 : n;
        return i;
    };
    s0 = clamp(start, st < 0 ? n - 1 : 0);
    s1 = clamp(stop, st < 0 ? -1 : n);
    (void)in;
}

std::string RangeObj::repr(Interpreter&) const {
    std::string out = "range(" + std::to_string(start) + ", " + std::to_string(stop);
    if (step != 1) out += ", " + std::to_string(step);
    return out + ")";
}

int64_t RangeObj::size() const {
    if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
    return 0;
}

bool RangeObj::get_item(Interpreter& in, const Value& key, Value& out) {
    if (!key.is_small_int() && !key.is_bool()) throw type_error("range indices must be integers or slices, not " + in.type_name(key));
    int64_t i = key.small_int(), n = size();
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw runtime_error("IndexError", "range object index out of range");
    out = Value::integer(start + i * step);
    return true;
}

// range_richcompare: equal when they give the same sequence.
bool RangeObj::binary_op(Interpreter&, const std::string& op, const Value& other, bool, Value& out) {
    auto* o = other.as<RangeObj>();
    if (!o || (op != "==" && op != "!=")) return false;
    int64_t n = size();
    bool eq = n == o->size() && (n == 0 || (start == o->start && (n == 1 || step == o->step)));
    out = Value::boolean(op == "==" ? eq : !eq);
    return true;
}

ObjPtr RangeObj::iter(Interpreter&) {
    int64_t cur = start, end = stop, st = step;
    return std::make_shared<FnIter>("range_iterator", [cur, end, st](Interpreter&, Value& out) mutable {
        if (st > 0 ? cur >= end : cur <= end) return false;
        out = Value::integer(cur);
        cur += st;
        return true;
    });
}

// ---- attributes -----------------------------------------------------------------

bool Interpreter::has_attr(const Value& obj, const std::string& name) {
    Value out;
    try {
        if (obj.is_object() && obj.obj()->get_attr(*this, name, out)) return true;
        return builtin_method(*this, obj, name, out);
    } catch (const PyError& e) {
        if (e.kind == ErrorKind::Unsupported) return false;  // a real but unemulated method
        throw;
    }
}

Value Interpreter::get_attr(const Value& obj, const std::string& name) {
    Value out;
    if (obj.is_object() && obj.obj()->get_attr(*this, name, out)) return out;
    if (builtin_method(*this, obj, name, out)) return out;
    if (auto* m = obj.as<ModuleObj>())
        throw unsupported("'" + m->name + "." + name + "' is not supported in the playground", current_line());
    if (auto* t = obj.as<TypeObj>())
        throw runtime_error("AttributeError", "type object '" + t->name + "' has no attribute '" + name + "'" +
                                                  suggestion_suffix(name, builtin_dir(t->name)));
    std::string tn = type_name(obj);
    throw runtime_error("AttributeError", "'" + tn + "' object has no attribute '" + name + "'" + suggestion_suffix(name, builtin_dir(tn)));
}

void Interpreter::set_attr(const Value& obj, const std::string& name, const Value& v) {
    if (obj.is_object()) {
        if (obj.as<StrObj>() || obj.as<ListObj>() || obj.as<TupleObj>() || obj.as<DictObj>())
            throw runtime_error("AttributeError", "'" + type_name(obj) + "' object has no attribute '" + name + "'");
        obj.obj()->set_attr(*this, name, v);
        return;
    }
    throw runtime_error("AttributeError", "'" + type_name(obj) + "' object has no attribute '" + name + "'");
}

}  // namespace seedlab::lang
