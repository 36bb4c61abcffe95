// dtypes, TensorShape, eager and graph tensors: printing, attributes and protocols.
#include "libs/tensorflow/tf_objects.hpp"

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/objects.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_ops.hpp"
#include "tensor/numpy_print.hpp"

namespace seedlab::libs::tf {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Tensor;

std::string dtype_name(DType d) { return std::string(tensor::dtype_name(d)); }

// ---- dtypes --------------------------------------------------------------------------

Value make_dtype(DType d) { return Value::object(std::make_shared<DTypeObj>(d)); }

bool DTypeObj::get_attr(Interpreter&, const std::string& attr, Value& out) {
    if (attr == "name") { out = Value::str(name()); return true; }
    if (attr == "is_floating") { out = Value::boolean(half || tensor::is_float(d)); return true; }
    if (attr == "is_integer") { out = Value::boolean(!half && tensor::is_integer(d)); return true; }
    if (attr == "is_bool") { out = Value::boolean(!half && d == DType::Bool); return true; }
    if (attr == "is_unsigned") { out = Value::boolean(!half && tensor::is_unsigned(d)); return true; }
    if (attr == "size") { out = Value::integer(half ? 2 : static_cast<int64_t>(tensor::itemsize(d))); return true; }
    return false;
}

bool DTypeObj::binary_op(Interpreter&, const std::string& op, const Value& other, bool, Value& out) {
    if (op != "==" && op != "!=") return false;
    auto* o = other.as<DTypeObj>();
    bool eq = o && o->name() == name();
    out = Value::boolean(op == "==" ? eq : !eq);
    return true;
}

std::optional<DType> to_tf_dtype_opt(Interpreter& in, const Value& v) {
    if (v.is_none()) return std::nullopt;
    if (auto* d = v.as<DTypeObj>()) {
        if (d->half)
            throw lang::unsupported("dtype " + d->half_name + " is not supported in the playground (its values cannot be printed yet)",
                                    in.current_line());
        return d->d;
    }
    if (auto* s = v.as<lang::StrObj>()) {
        if (s->s == "float" || s->s == "float32") return DType::Float32;
        if (s->s == "double" || s->s == "float64") return DType::Float64;
        if (s->s == "half" || s->s == "float16" || s->s == "bfloat16" || s->s == "string")
            throw lang::unsupported("dtype '" + s->s + "' is not supported in the playground", in.current_line());
    }
    auto d = numpy::to_dtype(in, v);
    if (!d) return std::nullopt;
    return d;
}

DType to_tf_dtype(Interpreter& in, const Value& v, DType fallback) {
    auto d = to_tf_dtype_opt(in, v);
    return d ? *d : fallback;
}

// ---- TensorShape ------------------------------------------------------------------------

std::string shape_str(const std::optional<tensor::Shape>& shape) {
    if (!shape) return "<unknown>";
    if (shape->size() == 1) return "(" + std::to_string((*shape)[0]) + ",)";
    std::string s = "(";
    for (size_t i = 0; i < shape->size(); ++i) s += (i ? ", " : "") + std::to_string((*shape)[i]);
    return s + ")";
}

Value make_shape(Interpreter& in, const std::optional<tensor::Shape>& dims) {
    auto s = std::make_shared<TensorShapeObj>();
    s->dims = dims;
    s->v1 = is_tf1(state(in).version);
    return Value::object(s);
}

std::string TensorShapeObj::repr(Interpreter&) const {
    if (!dims) return "TensorShape(None)";
    std::string s = "TensorShape([";
    for (size_t i = 0; i < dims->size(); ++i) {
        if (i) s += ", ";
        s += v1 ? "Dimension(" + std::to_string((*dims)[i]) + ")" : std::to_string((*dims)[i]);
    }
    return s + "])";
}

bool TensorShapeObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    if (attr == "rank" || attr == "ndims") {
        out = dims ? Value::integer(static_cast<int64_t>(dims->size())) : Value::none();
        return true;
    }
    if (attr == "as_list") {
        auto self = std::static_pointer_cast<TensorShapeObj>(shared_from_this());
        out = lang::make_native("as_list", [self](Interpreter&, lang::CallArgs&) {
            if (!self->dims) throw lang::value_error("as_list() is not defined on an unknown TensorShape.");
            std::vector<Value> items;
            for (int64_t d : *self->dims) items.push_back(Value::integer(d));
            return lang::make_list(items);
        });
        return true;
    }
    if (attr == "num_elements") {
        auto self = std::static_pointer_cast<TensorShapeObj>(shared_from_this());
        out = lang::make_native("num_elements", [self](Interpreter&, lang::CallArgs&) {
            return self->dims ? Value::integer(tensor::shape_size(*self->dims)) : Value::none();
        });
        return true;
    }
    (void)in;
    return false;
}

bool TensorShapeObj::get_item(Interpreter& in, const Value& key, Value& out) {
    if (!dims) return false;
    if (key.is_int()) {
        int64_t i = key.small_int(), n = static_cast<int64_t>(dims->size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw lang::runtime_error("IndexError", "list index out of range");
        out = Value::integer((*dims)[static_cast<size_t>(i)]);
        return true;
    }
    return false;
}

bool TensorShapeObj::length(Interpreter&, int64_t& out) {
    if (!dims) throw lang::value_error("Cannot take the length of shape with unknown rank.");
    out = static_cast<int64_t>(dims->size());
    return true;
}

lang::ObjPtr TensorShapeObj::iter(Interpreter&) {
    std::vector<Value> items;
    if (dims)
        for (int64_t d : *dims) items.push_back(Value::integer(d));
    return std::make_shared<lang::VectorIter>(items);
}

bool TensorShapeObj::binary_op(Interpreter& in, const std::string& op, const Value& other, bool, Value& out) {
    if (op != "==" && op != "!=") return false;
    std::optional<tensor::Shape> o;
    if (auto* s = other.as<TensorShapeObj>()) {
        o = s->dims;
    } else if (other.as<lang::ListObj>() || other.as<lang::TupleObj>()) {
        tensor::Shape d;
        for (auto& v : in.to_list(other)) d.push_back(lang::arg_int(in, v, "dimension"));
        o = d;
    } else {
        out = Value::boolean(op == "!=");
        return true;
    }
    bool eq = dims && o && *dims == *o;
    out = Value::boolean(op == "==" ? eq : !eq);
    return true;
}

// ---- eager tensors ---------------------------------------------------------------------

namespace {

// Appends NumPy's printed text, marking each element as a number with [prov].
void emit_printed(lang::TextOut& out, const tensor::Printed& p, const std::string& dtype, const lang::ProvenancePtr& prov) {
    size_t last = 0;
    for (auto& [start, len] : p.numbers) {
        out.append(std::string_view(p.text).substr(last, start - last));
        out.number(std::string_view(p.text).substr(start, len), dtype, prov);
        last = start + len;
    }
    out.append(std::string_view(p.text).substr(last));
}

const tensor::PrintOptions& print_options(Interpreter& in) { return in.state<numpy::NumpyState>().print; }

// TF's numpy_text: str()/repr() of the NumPy value, with a newline first when multi-line.
void write_numpy_text(Interpreter& in, lang::TextOut& out, const TfValue& v, bool is_repr) {
    if (v.t.ndim() == 0) {  // .numpy() of a scalar tensor is a NumPy scalar, not a 0-d array
        out.number(tensor::scalar_repr(v.t.get(0)), dtype_name(v.t.dtype()), v.prov);
        return;
    }
    tensor::Printed p = is_repr ? tensor::array_repr(v.t, print_options(in)) : tensor::array_str(v.t, print_options(in));
    if (p.text.find('\n') != std::string::npos) out.append("\n");
    emit_printed(out, p, dtype_name(v.t.dtype()), v.prov);
}

void check_repr_supported(Interpreter& in) {
    if (is_tf1(state(in).version))
        throw lang::unsupported("repr() of an eager tensor in TensorFlow 1.15 shows an object id that cannot be "
                                "reproduced; print(t) or t.numpy() is supported",
                                in.current_line());
}

Value method(const std::string& name, lang::NativeFn fn) { return lang::make_native(name, std::move(fn)); }

// Basic indexing (ints and slices over leading axes, as a tuple or alone) of [t].
Tensor basic_index(Interpreter& in, const Tensor& t, const Value& key) {
    std::vector<Value> parts;
    if (auto* tup = key.as<lang::TupleObj>()) parts = tup->items;
    else parts.push_back(key);
    if (static_cast<int64_t>(parts.size()) > t.ndim())
        throw lang::unsupported("indexing a tensor with more indices than dimensions is not supported in the playground",
                                in.current_line());
    tensor::Shape shape;
    std::vector<int64_t> strides;
    int64_t offset = 0;
    for (size_t axis = 0; axis < static_cast<size_t>(t.ndim()); ++axis) {
        const int64_t n = t.shape()[axis], stride = t.strides()[axis];
        if (axis >= parts.size()) {
            shape.push_back(n);
            strides.push_back(stride);
            continue;
        }
        const Value& k = parts[axis];
        if (k.is_int() && k.is_small_int()) {
            int64_t i = k.small_int();
            if (i < -n || i >= n)
                throw invalid_argument(
                                          "slice index " + std::to_string(i) + " of dimension " + std::to_string(axis) +
                                              " out of bounds.");
            if (i < 0) i += n;
            offset += i * stride;
        } else if (auto* sl = k.as<lang::SliceObj>()) {
            int64_t start, stop, step;
            sl->indices(in, n, start, stop, step);
            int64_t len = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                                   : (start > stop ? (start - stop - step - 1) / (-step) : 0);
            offset += start * stride;
            shape.push_back(len);
            strides.push_back(stride * step);
        } else {
            throw lang::unsupported("indexing a tensor with " + in.type_name(k) + " is not supported in the playground",
                                    in.current_line());
        }
    }
    return t.view(shape, strides, offset).copy();
}

}  // namespace

Value python_element(const TfValue& v, int64_t flat) {
    tensor::Scalar s = v.t.get(flat);
    switch (tensor::kind_of(s.dtype)) {
        case tensor::Kind::Bool: return Value::boolean(s.i != 0);
        case tensor::Kind::SignedInt: return Value::integer(s.i);
        case tensor::Kind::UnsignedInt: return Value::integer(lang::BigInt(s.u));
        case tensor::Kind::Float: return Value::floating(s.f, v.prov);
    }
    return Value::none();
}

Value to_numpy(Interpreter& in, const TfValue& v) { return numpy::make_result(in, v.t.copy(), v.prov); }

Value make_eager(TfValue v) { return Value::object(std::make_shared<EagerTensorObj>(std::move(v))); }
EagerTensorObj* as_eager(const Value& v) { return v.as<EagerTensorObj>(); }
GraphTensorObj* as_graph_tensor(const Value& v) { return v.as<GraphTensorObj>(); }
bool is_tf_tensor(const Value& v) { return as_eager(v) || as_graph_tensor(v); }

void EagerTensorObj::write(Interpreter& in, lang::TextOut& out, bool as_str) const {
    const std::string tail = ", shape=" + shape_str(v.t.shape()) + ", dtype=" + dtype_name(v.t.dtype());
    if (as_str) {
        out.append("tf.Tensor(");
        write_numpy_text(in, out, v, false);
        out.append(tail + ")");
        return;
    }
    check_repr_supported(in);
    out.append("<tf.Tensor: shape=" + shape_str(v.t.shape()) + ", dtype=" + dtype_name(v.t.dtype()) + ", numpy=");
    write_numpy_text(in, out, v, true);
    out.append(">");
}

std::string EagerTensorObj::repr(Interpreter& in) const {
    lang::TextOut out;
    write(in, out, false);
    return out.text;
}

std::string EagerTensorObj::str(Interpreter& in) const {
    lang::TextOut out;
    write(in, out, true);
    return out.text;
}

bool EagerTensorObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    auto self = std::static_pointer_cast<EagerTensorObj>(shared_from_this());
    if (attr == "shape") { out = make_shape(in, v.t.shape()); return true; }
    if (attr == "dtype") { out = make_dtype(v.t.dtype()); return true; }
    if (attr == "ndim") { out = Value::integer(v.t.ndim()); return true; }
    if (attr == "device") { out = Value::str("/job:localhost/replica:0/task:0/device:CPU:0"); return true; }
    if (attr == "numpy") {
        out = method("numpy", [self](Interpreter& i, lang::CallArgs&) { return to_numpy(i, self->v); });
        return true;
    }
    if (attr == "get_shape") {
        out = method("get_shape", [self](Interpreter& i, lang::CallArgs&) { return make_shape(i, self->v.t.shape()); });
        return true;
    }
    if (attr == "__format__") {  // EagerTensor.__format__ formats the NumPy value: f"{t}" is not str(t)
        out = method("__format__", [self](Interpreter& i, lang::CallArgs& a) {
            std::vector<Value> args = {to_numpy(i, self->v)};
            args.insert(args.end(), a.pos.begin(), a.pos.end());
            return i.call(i.builtin("format"), args);
        });
        return true;
    }
    if (attr == "__float__" || attr == "__int__") {
        const bool to_float = attr == "__float__";
        out = method(attr, [self, to_float](Interpreter&, lang::CallArgs&) {
            if (self->v.t.size() != 1) throw lang::type_error("only size-1 arrays can be converted to Python scalars");
            tensor::Scalar s = self->v.t.get(0);
            if (to_float) return Value::floating(s.to_double(), self->v.prov);
            if (tensor::is_float(s.dtype)) return Value::integer(lang::BigInt::from_double(s.f));
            return python_element(self->v, 0);
        });
        return true;
    }
    if (attr == "name")
        throw lang::runtime_error("AttributeError", "Tensor.name is undefined when eager execution is enabled.");
    return false;
}

bool EagerTensorObj::truthy(Interpreter&) const {
    if (v.t.size() == 1) return v.t.get(0).truthy();
    throw lang::value_error("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
}

bool EagerTensorObj::binary_op(Interpreter& in, const std::string& op, const Value& other, bool reflected, Value& out) {
    if (op == "==" || op == "!=")
        throw lang::unsupported("comparing tensors with == or != is not supported in the playground", in.current_line());
    static const char* kOps[] = {"+", "-", "*", "/", "//", "<", "<=", ">", ">="};
    bool known = false;
    for (auto* o : kOps) known = known || op == o;
    if (!known) return false;
    Value self = Value::object(shared_from_this());
    out = reflected ? binary_math(in, op, other, self) : binary_math(in, op, self, other);
    return true;
}

bool EagerTensorObj::unary_op(Interpreter& in, const std::string& op, Value& out) {
    if (op != "-") return false;
    out = negate(in, Value::object(shared_from_this()));
    return true;
}

bool EagerTensorObj::get_item(Interpreter& in, const Value& key, Value& out) {
    if (v.t.ndim() == 0)
        throw lang::unsupported("indexing a scalar tensor is not supported in the playground", in.current_line());
    out = make_eager({basic_index(in, v.t, key), v.prov});
    return true;
}

bool EagerTensorObj::length(Interpreter&, int64_t& out) {
    if (v.t.ndim() == 0) throw lang::type_error("Scalar tensor has no `len()`");
    out = v.t.shape()[0];
    return true;
}

lang::ObjPtr EagerTensorObj::iter(Interpreter& in) {
    if (v.t.ndim() == 0) throw lang::type_error("Cannot iterate over a scalar tensor.");
    std::vector<Value> rows;
    for (int64_t i = 0; i < v.t.shape()[0]; ++i) rows.push_back(make_eager({basic_index(in, v.t, Value::integer(i)), v.prov}));
    return std::make_shared<lang::VectorIter>(rows);
}

// ---- graph tensors -----------------------------------------------------------------------

std::string GraphTensorObj::str(Interpreter&) const {
    const Node& n = def();
    return "Tensor(\"" + n.name + ":0\", shape=" + shape_str(n.shape) + ", dtype=" + dtype_name(n.dtype) + ")";
}

std::string GraphTensorObj::repr(Interpreter&) const {
    const Node& n = def();
    return "<tf.Tensor '" + n.name + ":0' shape=" + shape_str(n.shape) + " dtype=" + dtype_name(n.dtype) + ">";
}

bool GraphTensorObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    const Node& n = def();
    if (attr == "shape") { out = make_shape(in, n.shape); return true; }
    if (attr == "dtype") { out = make_dtype(n.dtype); return true; }
    if (attr == "name") { out = Value::str(n.name + ":0"); return true; }
    if (attr == "get_shape") {
        auto shape = n.shape;
        out = method("get_shape", [shape](Interpreter& i, lang::CallArgs&) { return make_shape(i, shape); });
        return true;
    }
    if (attr == "eval") {
        Value self = Value::object(shared_from_this());
        out = method("eval", [self](Interpreter& i, lang::CallArgs& a) {
            static const lang::Signature sig("eval(feed_dict=None, session=None)");
            auto p = sig.bind(a);
            if (!p[0].is_none())
                throw lang::unsupported("feed_dict is not supported in the playground", i.current_line());
            return eval_graph_tensor(i, self, p[1]);
        });
        return true;
    }
    if (attr == "numpy")
        throw lang::runtime_error("AttributeError", "'Tensor' object has no attribute 'numpy'");
    return false;
}

bool GraphTensorObj::truthy(Interpreter& in) const {
    throw lang::unsupported("using a graph tensor as a Python bool is not supported in the playground", in.current_line());
}

bool GraphTensorObj::binary_op(Interpreter& in, const std::string& op, const Value& other, bool reflected, Value& out) {
    static const char* kOps[] = {"+", "-", "*", "/", "//", "<", "<=", ">", ">="};
    bool known = false;
    for (auto* o : kOps) known = known || op == o;
    if (!known) return false;  // == and != compare identity, as graph tensors do
    Value self = Value::object(shared_from_this());
    out = reflected ? binary_math(in, op, other, self) : binary_math(in, op, self, other);
    return true;
}

bool GraphTensorObj::unary_op(Interpreter& in, const std::string& op, Value& out) {
    if (op != "-") return false;
    out = negate(in, Value::object(shared_from_this()));
    return true;
}

bool GraphTensorObj::get_item(Interpreter& in, const Value&, Value&) {
    throw lang::unsupported("indexing a graph tensor (strided_slice) is not supported in the playground", in.current_line());
}

}  // namespace seedlab::libs::tf
