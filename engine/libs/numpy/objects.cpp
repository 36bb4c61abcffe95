// ndarray, NumPy scalar, dtype and scalar-type objects: printing with number spans,
// operators (forwarded to the ufuncs), truth, len and iteration, and the public
// ndarray.hpp API.
#include "libs/numpy/objects.hpp"

#include <cmath>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/indexing.hpp"
#include "libs/numpy/methods.hpp"
#include "libs/numpy/promotion.hpp"
#include "libs/numpy/shape_ops.hpp"
#include "libs/numpy/ufunc.hpp"

namespace seedlab::libs::numpy {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Kind;
using tensor::Scalar;
using tensor::Tensor;

// ---- public API (ndarray.hpp) -------------------------------------------------------

Value make_ndarray(Interpreter& in, Tensor t, lang::ProvenancePtr prov) {
    in.count_elements(t.size());
    return Value::object(std::make_shared<NdArrayObj>(std::move(t), std::move(prov)));
}

Tensor* as_tensor(const Value& v) {
    auto* a = v.as<NdArrayObj>();
    return a ? &a->t : nullptr;
}

void set_provenance(const Value& array, lang::ProvenancePtr prov) {
    if (auto* a = array.as<NdArrayObj>()) a->prov = std::move(prov);
}

lang::ProvenancePtr provenance_of(const Value& array) {
    auto* a = array.as<NdArrayObj>();
    return a ? a->prov : nullptr;
}

Value make_scalar(Interpreter&, const Scalar& s, lang::ProvenancePtr prov) {
    return Value::object(std::make_shared<ScalarObj>(s, std::move(prov)));
}

std::optional<Scalar> as_numpy_scalar(const Value& v) {
    if (auto* s = v.as<ScalarObj>()) return s->s;
    return std::nullopt;
}

Value make_result(Interpreter& in, Tensor t, lang::ProvenancePtr prov) {
    if (t.ndim() == 0) return make_scalar(in, t.get(0), std::move(prov));
    return make_ndarray(in, std::move(t), std::move(prov));
}

std::string scalar_type_name(DType d) {
    if (d == DType::Bool) return "bool_";
    return std::string(tensor::dtype_name(d));
}

namespace {

// Appends [p] to [out], marking each element as a number of [dtype].
void emit(lang::TextOut& out, const tensor::Printed& p, const std::string& dtype, const lang::ProvenancePtr& prov) {
    size_t last = 0;
    for (auto& [start, len] : p.numbers) {
        out.append(std::string_view(p.text).substr(last, start - last));
        out.number(p.text.substr(start, len), dtype, prov);
        last = start + len;
    }
    out.append(std::string_view(p.text).substr(last));
}

// The Python value of a NumPy scalar as .item() gives it.
Value python_value(const Scalar& s, const lang::ProvenancePtr& prov) {
    switch (tensor::kind_of(s.dtype)) {
        case Kind::Bool: return Value::boolean(s.i != 0);
        case Kind::SignedInt: return Value::integer(s.i);
        case Kind::UnsignedInt:
            if (s.u <= static_cast<uint64_t>(INT64_MAX)) return Value::integer(static_cast<int64_t>(s.u));
            return Value::integer(lang::BigInt::from_string(std::to_string(s.u), 10));
        case Kind::Float: return Value::floating(s.f, prov);
    }
    return Value::none();
}

// An operator on an array or NumPy scalar [self] (Operand form) and [other].
bool operator_hook(Interpreter& in, const Operand& self, const lang::ProvenancePtr& self_prov, const std::string& op_in,
                   const Value& other, bool reflected, Value& out, Tensor* inplace_target) {
    std::string op = op_in;
    bool inplace = op.size() >= 2 && op.back() == '=' && op != "==" && op != "!=" && op != "<=" && op != ">=";
    if (inplace) op.pop_back();
    if (op == "@") {
        Operand b;
        if (!to_operand(in, other, b)) return false;
        out = reflected ? matmul_value(in, b, self) : matmul_value(in, self, b);
        if (inplace) unsupported(in, "'@=' on arrays");
        return true;
    }
    std::optional<BinOp> bop = binop_for_operator(op);
    if (!bop) return false;
    Operand b;
    if (!to_operand(in, other, b)) return false;
    const Operand& x = reflected ? b : self;
    const Operand& y = reflected ? self : b;
    lang::ProvenancePtr prov = first_provenance(x.prov, y.prov);
    if (inplace && inplace_target) {
        Tensor r = binary(in, *bop, x, y, inplace_target->dtype());
        if (r.shape() != inplace_target->shape())
            throw lang::value_error("non-broadcastable output operand with shape " + shape_compact(inplace_target->shape()) +
                                    " doesn't match the broadcast shape " + shape_compact(r.shape()));
        inplace_target->assign(r);
        return true;  // [out] is set by the caller to the array itself
    }
    // ndarray.__pow__'s fast path (fast_scalar_power) for array ** Python/NumPy scalar.
    if (*bop == BinOp::Power && !reflected && !self.scalar && self.t.ndim() > 0 && b.scalar &&
        tensor::kind_of(b.t.dtype()) != Kind::Bool) {
        double e = b.t.get(0).to_double();
        if (tensor::is_float(self.t.dtype())) {
            std::optional<UnOp> fast;
            if (e == 1.0) fast = UnOp::Positive;
            else if (e == -1.0) fast = UnOp::Reciprocal;
            else if (e == 0.5) fast = UnOp::Sqrt;
            else if (e == 2.0) fast = UnOp::Square;
            if (e == 0.0) {
                Tensor ones(self.t.dtype(), self.t.shape());
                Tensor one = Tensor::scalar(Scalar::float64(1.0));
                ones.assign(broadcast_to(one.astype(self.t.dtype()), self.t.shape()));
                out = make_result(in, ones, prov);
                return true;
            }
            if (fast) {
                out = make_result(in, unary(in, *fast, self), prov);
                return true;
            }
        } else if (e == 2.0) {
            Operand base = self;
            if (tensor::is_float(b.t.dtype()) && tensor::is_integer(self.t.dtype())) base.t = self.t.astype(DType::Float64);
            out = make_result(in, unary(in, UnOp::Square, base), prov);
            return true;
        }
    }
    out = make_result(in, binary(in, *bop, x, y), prov);
    return true;
}

bool unary_hook(Interpreter& in, const Operand& self, const std::string& op, Value& out) {
    UnOp u;
    if (op == "-") u = UnOp::Negative;
    else if (op == "+") u = UnOp::Positive;
    else if (op == "~") u = UnOp::Invert;
    else if (op == "abs") u = UnOp::Absolute;
    else return false;
    out = make_result(in, unary(in, u, self), self.prov);
    return true;
}

}  // namespace

// ---- ndarray ------------------------------------------------------------------------

std::string NdArrayObj::repr(Interpreter& in) const { return tensor::array_repr(t, in.state<NumpyState>().print).text; }
std::string NdArrayObj::str(Interpreter& in) const { return tensor::array_str(t, in.state<NumpyState>().print).text; }

void NdArrayObj::write(Interpreter& in, lang::TextOut& out, bool as_str) const {
    const auto& opt = in.state<NumpyState>().print;
    emit(out, as_str ? tensor::array_str(t, opt) : tensor::array_repr(t, opt), std::string(tensor::dtype_name(t.dtype())), prov);
}

bool NdArrayObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    return ndarray_attribute(in, std::static_pointer_cast<NdArrayObj>(shared_from_this()), name, out);
}

void NdArrayObj::set_attr(Interpreter& in, const std::string& name, const Value& v) {
    if (name == "shape") {
        tensor::Shape shape = to_shape(in, v);
        if (tensor::shape_size(shape) != t.size())
            throw lang::value_error("cannot reshape array of size " + std::to_string(t.size()) + " into shape " + shape_compact(shape));
        if (!t.is_contiguous()) unsupported(in, "setting .shape of a non-contiguous array");
        t = t.reshape(shape);
        return;
    }
    throw lang::runtime_error("AttributeError", "'numpy.ndarray' object attribute '" + name + "' is read-only");
}

bool NdArrayObj::truthy(Interpreter&) const {
    if (t.size() == 1) return t.get(0).truthy();
    if (t.size() == 0) return false;
    throw lang::value_error("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
}

bool NdArrayObj::binary_op(Interpreter& in, const std::string& op, const Value& other, bool reflected, Value& out) {
    if (other.is_none() && (op == "==" || op == "!=")) {
        // NumPy compares elementwise with None: all False for ==, all True for !=.
        Tensor r(DType::Bool, t.shape());
        if (op == "!=") r.assign(broadcast_to(Tensor::scalar(Scalar::boolean(true)), t.shape()));
        out = make_result(in, r, nullptr);
        return true;
    }
    Operand self{t, false, prov};
    if (!operator_hook(in, self, prov, op, other, reflected, out, &t)) return false;
    if (out.is_none() && op.back() == '=' && op != "==" && op != "!=" && op != "<=" && op != ">=")
        out = Value::object(shared_from_this());
    return true;
}

bool NdArrayObj::unary_op(Interpreter& in, const std::string& op, Value& out) {
    return unary_hook(in, Operand{t, false, prov}, op, out);
}

bool NdArrayObj::get_item(Interpreter& in, const Value& key, Value& out) {
    out = index_get(in, *this, key);
    return true;
}

bool NdArrayObj::set_item(Interpreter& in, const Value& key, const Value& v) {
    index_set(in, *this, key, v);
    return true;
}

bool NdArrayObj::length(Interpreter&, int64_t& out) {
    if (t.ndim() == 0) throw lang::type_error("len() of unsized object");
    out = t.shape()[0];
    return true;
}

lang::ObjPtr NdArrayObj::iter(Interpreter& in) {
    if (t.ndim() == 0) throw lang::type_error("iteration over a 0-d array");
    auto self = std::static_pointer_cast<NdArrayObj>(shared_from_this());
    int64_t n = t.shape()[0];
    auto pos = std::make_shared<int64_t>(0);
    (void)in;
    return std::make_shared<lang::FnIter>("iterator", [self, n, pos](Interpreter& i, Value& out) {
        if (*pos >= n) return false;
        out = index_get(i, *self, Value::integer((*pos)++));
        return true;
    });
}

// ---- NumPy scalars ------------------------------------------------------------------

std::string ScalarObj::type_name() const { return "numpy." + scalar_type_name(s.dtype); }

std::string ScalarObj::repr(Interpreter&) const { return tensor::scalar_repr(s); }

void ScalarObj::write(Interpreter&, lang::TextOut& out, bool) const {
    std::string text = tensor::scalar_repr(s);
    if (s.dtype == DType::Bool) out.append(text);
    else out.number(text, std::string(tensor::dtype_name(s.dtype)), prov);
}

bool ScalarObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    auto self = std::static_pointer_cast<ScalarObj>(shared_from_this());
    Scalar v = s;
    lang::ProvenancePtr p = prov;
    if (name == "dtype") { out = Value::object(std::make_shared<DTypeObj>(s.dtype)); return true; }
    if (name == "shape") { out = lang::make_tuple({}); return true; }
    if (name == "ndim") { out = Value::integer(0); return true; }
    if (name == "size") { out = Value::integer(1); return true; }
    if (name == "itemsize") { out = Value::integer(static_cast<int64_t>(tensor::itemsize(s.dtype))); return true; }
    if (name == "real" || name == "T") { out = Value::object(self); return true; }
    auto method = [&](const char* n, lang::NativeFn fn) {
        out = lang::make_native(n, std::move(fn));
        return true;
    };
    if (name == "item" || name == "tolist")
        return method(name == "item" ? "item" : "tolist", [v, p](Interpreter&, lang::CallArgs&) { return python_value(v, p); });
    if (name == "__float__")
        return method("__float__", [v, p](Interpreter&, lang::CallArgs&) { return Value::floating(v.to_double(), p); });
    if (name == "__int__" || name == "__index__") {
        if (name == "__index__" && !tensor::is_integer(v.dtype)) return false;
        return method(name.c_str(), [v](Interpreter& i, lang::CallArgs&) {
            if (tensor::is_float(v.dtype)) {
                if (v.f != v.f) throw lang::value_error("cannot convert float NaN to integer");
                if (std::isinf(v.f)) throw lang::runtime_error("OverflowError", "cannot convert float infinity to integer");
                return Value::integer(lang::BigInt::from_double(std::trunc(v.f)));
            }
            return python_value(v.dtype == DType::Bool ? Scalar::int64(v.i) : v, nullptr);
            (void)i;
        });
    }
    if (name == "__format__")
        return method("__format__", [v, p](Interpreter& i, lang::CallArgs& a) {
            Value spec = a.pos.empty() ? Value::str("") : a.pos[0];
            Value py = python_value(v, p);
            return i.call(i.builtin("format"), std::vector<Value>{py, spec});
        });
    if (name == "__round__" || name == "round")
        return method(name.c_str(), [v, p, name](Interpreter& i, lang::CallArgs& a) {
            Value nd = a.pos.empty() ? Value::none() : a.pos[0];
            for (auto& [k, val] : a.kw)
                if (k == "ndigits" || k == "decimals") nd = val;
            if (nd.is_none() && name == "__round__") {
                if (tensor::is_float(v.dtype)) {
                    if (v.f != v.f) throw lang::value_error("cannot convert float NaN to integer");
                    if (std::isinf(v.f)) throw lang::runtime_error("OverflowError", "cannot convert float infinity to integer");
                    return Value::integer(lang::BigInt::from_double(std::nearbyint(v.f)));
                }
                return python_value(v, nullptr);
            }
            int64_t decimals = nd.is_none() ? 0 : lang::arg_int(i, nd, "decimals");
            Operand op{Tensor::scalar(v), true, p};
            return make_result(i, round_tensor(i, op, decimals), p);
        });
    if (name == "astype")
        return method("astype", [v, p](Interpreter& i, lang::CallArgs& a) {
            static const lang::Signature sig("astype(dtype)");
            auto args = sig.bind(a);
            return make_scalar(i, v.cast(*to_dtype(i, args[0])), p);
        });
    if (name == "is_integer" && tensor::is_float(v.dtype))
        return method("is_integer", [v](Interpreter&, lang::CallArgs&) { return Value::boolean(std::isfinite(v.f) && std::trunc(v.f) == v.f); });
    // Other methods (mean, sum, reshape, ...) act on the scalar as a 0-d array.
    auto as_array = std::make_shared<NdArrayObj>(Tensor::scalar(v), p);
    return as_array->get_attr(in, name, out);
}

bool ScalarObj::binary_op(Interpreter& in, const std::string& op, const Value& other, bool reflected, Value& out) {
    Operand self{Tensor::scalar(s), true, prov};
    return operator_hook(in, self, prov, op, other, reflected, out, nullptr);
}

bool ScalarObj::unary_op(Interpreter& in, const std::string& op, Value& out) {
    return unary_hook(in, Operand{Tensor::scalar(s), true, prov}, op, out);
}

// ---- dtype and scalar types ---------------------------------------------------------

namespace {

char kind_char(DType d) {
    switch (tensor::kind_of(d)) {
        case Kind::Bool: return 'b';
        case Kind::SignedInt: return 'i';
        case Kind::UnsignedInt: return 'u';
        case Kind::Float: return 'f';
    }
    return '?';
}

bool dtype_equals(Interpreter& in, DType d, const Value& other, bool& known) {
    known = true;
    if (other.is_none()) return d == DType::Float64;  // np.dtype(None) is float64
    try {
        std::optional<DType> o = to_dtype(in, other);
        return o && *o == d;
    } catch (const lang::PyError& e) {
        if (e.kind != lang::ErrorKind::Runtime) throw;
        known = false;
        return false;
    }
}

}  // namespace

std::string DTypeObj::type_name() const { return "numpy.dtype[" + scalar_type_name(d) + "]"; }

std::string DTypeObj::repr(Interpreter&) const { return "dtype('" + std::string(tensor::dtype_name(d)) + "')"; }

bool DTypeObj::get_attr(Interpreter&, const std::string& name, Value& out) {
    if (name == "name") out = Value::str(std::string(tensor::dtype_name(d)));
    else if (name == "itemsize" || name == "alignment") out = Value::integer(static_cast<int64_t>(tensor::itemsize(d)));
    else if (name == "kind") out = Value::str(std::string(1, kind_char(d)));
    else if (name == "type") out = Value::object(std::make_shared<ScalarTypeObj>(d));
    else if (name == "str") {
        std::string s = d == DType::Bool || tensor::itemsize(d) == 1 ? "|" : "<";
        out = Value::str(s + kind_char(d) + std::to_string(tensor::itemsize(d)));
    } else return false;
    return true;
}

bool DTypeObj::binary_op(Interpreter& in, const std::string& op, const Value& other, bool, Value& out) {
    if (op != "==" && op != "!=") return false;
    bool known = true;
    bool eq = dtype_equals(in, d, other, known);
    out = Value::boolean(op == "==" ? eq : !eq);
    return true;
}

ScalarTypeObj::ScalarTypeObj(DType dt) : lang::TypeObj("numpy." + scalar_type_name(dt), nullptr), d(dt) {}

std::string ScalarTypeObj::repr(Interpreter&) const { return "<class 'numpy." + scalar_type_name(d) + "'>"; }

bool ScalarTypeObj::get_attr(Interpreter&, const std::string& name, Value& out) {
    if (name == "__name__") { out = Value::str(scalar_type_name(d)); return true; }
    if (name == "__module__") { out = Value::str("numpy"); return true; }
    return false;
}

bool ScalarTypeObj::binary_op(Interpreter& in, const std::string& op, const Value& other, bool, Value& out) {
    if (op != "==" && op != "!=") return false;
    auto* o = other.as<ScalarTypeObj>();
    if (!o) return false;
    (void)in;
    out = Value::boolean((o->d == d) == (op == "=="));
    return true;
}

Value ScalarTypeObj::call(Interpreter& in, lang::CallArgs& args) {
    if (!args.kw.empty()) throw lang::type_error(scalar_type_name(d) + "() takes no keyword arguments");
    if (args.pos.size() > 1) throw lang::type_error(scalar_type_name(d) + "() takes at most 1 argument (" + std::to_string(args.pos.size()) + " given)");
    if (args.pos.empty()) return make_scalar(in, Scalar::int64(0).cast(d));
    const Value& x = args.pos[0];
    if (x.as<lang::StrObj>()) {
        Value parsed = in.call(in.builtin(tensor::is_float(d) ? "float" : "int"), std::vector<Value>{x});
        lang::CallArgs again{{parsed}, {}};
        return call(in, again);
    }
    if (d == DType::Bool && !x.as<NdArrayObj>() && !x.as<lang::ListObj>() && !x.as<lang::TupleObj>())
        return make_scalar(in, Scalar::boolean(in.truthy(x)));
    Operand op = operand(in, x);
    if (!op.scalar) return make_ndarray(in, op.t.astype(d), op.prov);
    Scalar v = op.t.get(0);
    if (x.is_int() && !x.is_small_int() && tensor::is_integer(d) && d != DType::UInt64)
        throw lang::runtime_error("OverflowError", "Python int too large to convert to C long");
    return make_scalar(in, v.cast(d), op.prov);
}

}  // namespace seedlab::libs::numpy
