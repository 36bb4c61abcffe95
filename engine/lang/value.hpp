// Runtime values of the Python subset: None, bool, int (small or big), float, and
// heap objects (str, list, tuple, dict, set, functions, modules, library objects).
// A value may carry provenance: where a library-made number came from.
// What it is not: no operators (ops.hpp) and no interpreter state (interpreter.hpp).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lang/bigint.hpp"

namespace seedlab::lang {

class Interpreter;
class Value;
struct Obj;
using ObjPtr = std::shared_ptr<Obj>;

// Where a printed number came from: the generator, its seed/key, its counter and the
// sentence that says which rule chose the seed. Shown when a user clicks a number.
struct Provenance {
    std::string library;    // "random", "numpy.random", "tensorflow"
    std::string generator;  // "MT19937", "Philox4x32-10"
    std::string seed;       // "0", "(1234, 87654321)", "entropy of run 2"
    std::string counter;    // "draw 3", "counter 2"
    std::string rule;       // "random.seed(0) was called on line 2"
    bool from_entropy = false;  // the seed came from the run's entropy (unseeded)
};
using ProvenancePtr = std::shared_ptr<const Provenance>;

class Value {
public:
    enum class Type : uint8_t { None, Bool, Int, Float, Object };

    Value() = default;
    static Value none() { return Value(); }
    static Value boolean(bool b) { Value v; v.type_ = Type::Bool; v.i_ = b ? 1 : 0; return v; }
    static Value integer(int64_t i) { Value v; v.type_ = Type::Int; v.i_ = i; return v; }
    static Value integer(const BigInt& b);   // normalises to a small int when it fits
    static Value floating(double d, ProvenancePtr prov = nullptr) {
        Value v; v.type_ = Type::Float; v.f_ = d; v.prov_ = std::move(prov); return v;
    }
    static Value object(ObjPtr o) { Value v; v.type_ = Type::Object; v.obj_ = std::move(o); return v; }
    static Value str(std::string s);

    Type type() const { return type_; }
    bool is_none() const { return type_ == Type::None; }
    bool is_bool() const { return type_ == Type::Bool; }
    bool is_int() const { return type_ == Type::Int; }          // bool is not counted here
    bool is_small_int() const { return type_ == Type::Int && !obj_; }
    bool is_float() const { return type_ == Type::Float; }
    bool is_object() const { return type_ == Type::Object; }
    bool is_number() const { return type_ == Type::Int || type_ == Type::Float || type_ == Type::Bool; }

    bool as_bool() const { return i_ != 0; }
    int64_t small_int() const { return i_; }           // valid when is_small_int() or is_bool()
    BigInt big_int() const;                            // valid for Int and Bool
    double as_float() const { return f_; }
    const ObjPtr& obj() const { return obj_; }
    template <class T> T* as() const { return type_ == Type::Object ? dynamic_cast<T*>(obj_.get()) : nullptr; }

    const ProvenancePtr& provenance() const { return prov_; }
    Value with_provenance(ProvenancePtr p) const { Value v = *this; v.prov_ = std::move(p); return v; }

private:
    Type type_ = Type::None;
    int64_t i_ = 0;
    double f_ = 0.0;
    ObjPtr obj_;          // heap object, or the BigIntObj of a big int
    ProvenancePtr prov_;
};

// A number inside printed text: byte offset, length and where it came from.
struct NumberSpan {
    size_t start = 0;
    size_t length = 0;
    std::string dtype;     // "float", "int", "float32", ...
    ProvenancePtr provenance;
};

// Printed text being built, with the spans of the numbers written into it.
struct TextOut {
    std::string text;
    bool to_stderr = false;  // a library's warning (what Python's logging writes to stderr)
    std::vector<NumberSpan> spans;
    void append(std::string_view s) { text += s; }
    void number(std::string_view s, std::string dtype, ProvenancePtr prov) {
        spans.push_back({text.size(), s.size(), std::move(dtype), std::move(prov)});
        text += s;
    }
};

// Arguments of a call as written: positional values and keyword pairs.
struct CallArgs {
    std::vector<Value> pos;
    std::vector<std::pair<std::string, Value>> kw;
};

// Base of every heap object. Library objects override what they support; the
// defaults raise the Python error CPython would raise.
struct Obj : std::enable_shared_from_this<Obj> {
    virtual ~Obj() = default;
    virtual std::string type_name() const = 0;
    // The default is CPython's "<X object at 0x...>", whose address cannot be
    // reproduced: it raises an unsupported error naming the type.
    virtual std::string repr(Interpreter& in) const;
    virtual std::string str(Interpreter& in) const { return repr(in); }
    // Attribute lookup; returns false when absent (caller raises AttributeError).
    virtual bool get_attr(Interpreter& in, const std::string& name, Value& out);
    virtual void set_attr(Interpreter& in, const std::string& name, const Value& v);
    virtual Value call(Interpreter& in, CallArgs& args);
    virtual bool truthy(Interpreter&) const { return true; }
    // Text with the spans of the numbers in it (for per-number comparison). The
    // default uses repr()/str(); arrays and tensors override it to mark their elements.
    virtual void write(Interpreter& in, TextOut& out, bool as_str) const;
    // Operator hooks for library objects (arrays, tensors). Return false when the
    // operation is not defined so the caller can try the reflected one or raise.
    virtual bool binary_op(Interpreter& in, const std::string& op, const Value& other, bool reflected, Value& out);
    virtual bool unary_op(Interpreter& in, const std::string& op, Value& out);
    virtual bool get_item(Interpreter& in, const Value& key, Value& out);
    virtual bool set_item(Interpreter& in, const Value& key, const Value& v);
    virtual bool length(Interpreter& in, int64_t& out);
    // Returns an iterator object, or null when the object is not iterable.
    virtual ObjPtr iter(Interpreter& in);
};

// An iterator: next() yields values until it returns false.
struct IterObj : Obj {
    std::string type_name() const override { return "iterator"; }
    virtual bool next(Interpreter& in, Value& out) = 0;
    ObjPtr iter(Interpreter&) override { return shared_from_this(); }
};

struct BigIntObj : Obj {
    BigInt value;
    explicit BigIntObj(BigInt v) : value(std::move(v)) {}
    std::string type_name() const override { return "int"; }
};

struct StrObj : Obj {
    std::string s;  // UTF-8
    explicit StrObj(std::string v) : s(std::move(v)) {}
    std::string type_name() const override { return "str"; }
    std::string str(Interpreter&) const override { return s; }
    std::string repr(Interpreter& in) const override;
    bool truthy(Interpreter&) const override { return !s.empty(); }
};

struct BytesObj : Obj {
    std::string bytes;
    bool mutable_ = false;  // bytearray
    explicit BytesObj(std::string b, bool m = false) : bytes(std::move(b)), mutable_(m) {}
    std::string type_name() const override { return mutable_ ? "bytearray" : "bytes"; }
    std::string repr(Interpreter& in) const override;
    bool truthy(Interpreter&) const override { return !bytes.empty(); }
};

struct ListObj : Obj {
    std::vector<Value> items;
    ListObj() = default;
    explicit ListObj(std::vector<Value> v) : items(std::move(v)) {}
    std::string type_name() const override { return "list"; }
    std::string repr(Interpreter& in) const override;
    void write(Interpreter& in, TextOut& out, bool as_str) const override;
    bool truthy(Interpreter&) const override { return !items.empty(); }
};

struct TupleObj : Obj {
    std::vector<Value> items;
    explicit TupleObj(std::vector<Value> v) : items(std::move(v)) {}
    std::string type_name() const override { return "tuple"; }
    std::string repr(Interpreter& in) const override;
    void write(Interpreter& in, TextOut& out, bool as_str) const override;
    bool truthy(Interpreter&) const override { return !items.empty(); }
};

// Insertion-ordered dict, as CPython 3.7+. Keys are found by a structural key string.
struct DictObj : Obj {
    std::vector<std::pair<Value, Value>> entries;   // erased entries are compacted
    std::unordered_map<std::string, size_t> index;  // key_id(key) -> position
    std::string type_name() const override { return "dict"; }
    std::string repr(Interpreter& in) const override;
    void write(Interpreter& in, TextOut& out, bool as_str) const override;
    bool truthy(Interpreter&) const override { return !entries.empty(); }
    Value* find(Interpreter& in, const Value& key);
    void put(Interpreter& in, const Value& key, Value v);
    bool erase(Interpreter& in, const Value& key);
};

// A module: a name and its attributes. Library modules are built fresh per process.
struct ModuleObj : Obj {
    std::string name;
    std::unordered_map<std::string, Value> attrs;
    explicit ModuleObj(std::string n) : name(std::move(n)) {}
    std::string type_name() const override { return "module"; }
    std::string repr(Interpreter&) const override { return "<module '" + name + "'>"; }
    bool get_attr(Interpreter& in, const std::string& n, Value& out) override;
    void set_attr(Interpreter&, const std::string& n, const Value& v) override { attrs[n] = v; }
};

// A function implemented in C++ (builtins, library functions and bound methods of
// builtin objects, whose CPython repr shows an address).
using NativeFn = std::function<Value(Interpreter&, CallArgs&)>;
struct NativeFunctionObj : Obj {
    std::string name;
    NativeFn fn;
    bool bound_method = false;
    bool builtin = false;  // a function of the builtins module (len, print): its repr is address-free
    NativeFunctionObj(std::string n, NativeFn f) : name(std::move(n)), fn(std::move(f)) {}
    std::string type_name() const override { return "builtin_function_or_method"; }
    std::string repr(Interpreter& in) const override;
    bool get_attr(Interpreter& in, const std::string& n, Value& out) override;
    Value call(Interpreter& in, CallArgs& args) override { return fn(in, args); }
};

Value make_native(std::string name, NativeFn fn);
Value make_list(std::vector<Value> items);
Value make_tuple(std::vector<Value> items);

}  // namespace seedlab::lang
