// Conversions of Python values to tensors, dtypes and shapes as np.asarray,
// np.dtype() and shape arguments do them in NumPy 1.24 (dtype discovery of nested
// sequences, the "inhomogeneous shape" error, Python ints beyond int64).
#include <limits>

#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/objects.hpp"
#include "libs/numpy/promotion.hpp"

namespace seedlab::libs::numpy {

using lang::Value;
using tensor::DType;
using tensor::Scalar;
using tensor::Shape;
using tensor::Tensor;

namespace {

// A leaf of a nested sequence: a scalar value, or an array to be copied in.
struct Leaf {
    Scalar s;
    const Tensor* array = nullptr;
};

const std::vector<Value>* sequence_items(const Value& v) {
    if (auto* l = v.as<lang::ListObj>()) return &l->items;
    if (auto* t = v.as<lang::TupleObj>()) return &t->items;
    return nullptr;
}

// The element of a Python or NumPy scalar; false when [v] is not one.
bool python_scalar(lang::Interpreter& in, const Value& v, Scalar& out) {
    if (v.is_bool()) { out = Scalar::boolean(v.as_bool()); return true; }
    if (v.is_small_int()) { out = Scalar::int64(v.small_int()); return true; }
    if (v.is_int()) {
        lang::BigInt b = v.big_int();
        if (!b.is_negative() && b.bit_length() <= 64) {
            out = Scalar::uint64(std::stoull(b.to_string()));
            return true;
        }
        unsupported(in, "Python ints beyond 64 bits in arrays (NumPy would make an object array)");
    }
    if (v.is_float()) { out = Scalar::float64(v.as_float()); return true; }
    if (auto* s = v.as<ScalarObj>()) { out = s->s; return true; }
    return false;
}

// np.array's shape discovery; records leaves in order. [depth] counts dimensions.
Shape discover(lang::Interpreter& in, const Value& v, std::vector<Leaf>& leaves, lang::ProvenancePtr& prov, bool& ragged,
               size_t& ragged_dims) {
    if (auto* arr = v.as<NdArrayObj>()) {
        leaves.push_back({Scalar{}, &arr->t});
        if (!prov) prov = arr->prov;
        return arr->t.shape();
    }
    Scalar s;
    if (python_scalar(in, v, s)) {
        leaves.push_back({s, nullptr});
        if (!prov) {
            if (auto* so = v.as<ScalarObj>()) prov = so->prov;
            else prov = v.provenance();
        }
        return {};
    }
    const std::vector<Value>* items = sequence_items(v);
    if (!items) {
        if (v.as<lang::StrObj>()) unsupported(in, "arrays of strings");
        if (v.is_none()) unsupported(in, "object arrays (an element is None)");
        unsupported(in, "object arrays (an element is a " + in.type_name(v) + ")");
    }
    Shape shape{static_cast<int64_t>(items->size())};
    std::vector<Shape> children;
    children.reserve(items->size());
    for (const Value& item : *items) children.push_back(discover(in, item, leaves, prov, ragged, ragged_dims));
    if (children.empty()) return shape;
    bool same = true;
    for (const Shape& c : children) same = same && c == children[0];
    if (same) {
        shape.insert(shape.end(), children[0].begin(), children[0].end());
        return shape;
    }
    // Inhomogeneous: keep the common prefix of the children's shapes.
    size_t common = children[0].size();
    for (const Shape& c : children) {
        size_t k = 0;
        while (k < common && k < c.size() && c[k] == children[0][k]) ++k;
        common = k;
    }
    shape.insert(shape.end(), children[0].begin(), children[0].begin() + static_cast<std::ptrdiff_t>(common));
    if (!ragged) {
        ragged = true;
        ragged_dims = shape.size();
    }
    ragged_dims = shape.size();
    return shape;
}

bool is_integral_value(const Value& v) { return v.is_int() || v.is_bool(); }

}  // namespace

void unsupported(lang::Interpreter& in, const std::string& feature) {
    throw lang::unsupported(feature + " is not supported in the playground", in.current_line());
}

std::string shape_text(const Shape& shape) {
    std::string s = "(";
    for (size_t k = 0; k < shape.size(); ++k) {
        if (k) s += ", ";
        s += std::to_string(shape[k]);
    }
    if (shape.size() == 1) s += ",";
    return s + ")";
}

std::string shape_compact(const Shape& shape) {
    std::string s = "(";
    for (size_t k = 0; k < shape.size(); ++k) {
        if (k) s += ",";
        s += std::to_string(shape[k]);
    }
    if (shape.size() == 1) s += ",";
    return s + ")";
}

Tensor to_tensor(lang::Interpreter& in, const Value& v, std::optional<DType> dtype) {
    if (auto* arr = v.as<NdArrayObj>()) {
        if (!dtype || *dtype == arr->t.dtype()) return arr->t;
        return arr->t.astype(*dtype);
    }
    std::vector<Leaf> leaves;
    lang::ProvenancePtr prov;
    bool ragged = false;
    size_t ragged_dims = 0;
    Shape shape = discover(in, v, leaves, prov, ragged, ragged_dims);
    if (ragged)
        throw lang::value_error("setting an array element with a sequence. The requested array has an inhomogeneous shape after " +
                                std::to_string(ragged_dims) + " dimensions. The detected shape was " + shape_text(shape) +
                                " + inhomogeneous part.");
    DType dt = DType::Float64;
    if (dtype) {
        dt = *dtype;
    } else if (!leaves.empty()) {
        bool first = true;
        for (const Leaf& leaf : leaves) {
            DType d = leaf.array ? leaf.array->dtype() : leaf.s.dtype;
            dt = first ? d : promote_types(dt, d);
            first = false;
        }
    }
    if (dt == DType::Float16) unsupported(in, "float16 arrays");
    in.count_elements(tensor::shape_size(shape));
    Tensor out(dt, shape);
    int64_t k = 0;
    for (const Leaf& leaf : leaves) {
        if (leaf.array) {
            Tensor part = leaf.array->astype(dt);
            for (int64_t j = 0; j < part.size(); ++j) out.set(k++, part.get(j));
        } else {
            out.set(k++, leaf.s);
        }
    }
    return out;
}

std::optional<DType> to_dtype(lang::Interpreter& in, const Value& v) {
    if (v.is_none()) return std::nullopt;
    std::optional<DType> d;
    std::string shown;
    if (auto* t = v.as<ScalarTypeObj>()) d = t->d;
    else if (auto* t = v.as<DTypeObj>()) d = t->d;
    else if (auto* s = v.as<lang::StrObj>()) {
        d = tensor::dtype_from_name(s->s);
        shown = "'" + s->s + "'";
        if (!d) {
            if (s->s == "complex" || s->s == "complex128" || s->s == "complex64" || s->s == "c16" || s->s == "c8" ||
                s->s == "object" || s->s == "O" || s->s == "str" || s->s == "U" || s->s == "S")
                unsupported(in, "dtype " + shown);
            throw lang::type_error("data type " + shown + " not understood");
        }
    } else if (auto* f = v.as<lang::NativeFunctionObj>()) {
        if (f->name == "float") d = DType::Float64;
        else if (f->name == "int") d = DType::Int64;
        else if (f->name == "bool") d = DType::Bool;
        else if (f->name == "complex" || f->name == "str" || f->name == "object" || f->name == "bytes")
            unsupported(in, "dtype=" + f->name);
    }
    if (!d) throw lang::type_error("Cannot interpret '" + in.repr(v) + "' as a data type");
    if (*d == DType::Float16) unsupported(in, "float16 arrays");
    return d;
}

bool index_value(const Value& v, int64_t& out) {
    if (v.is_bool() || v.is_small_int()) { out = v.small_int(); return true; }
    if (auto* s = v.as<ScalarObj>(); s && tensor::is_integer(s->s.dtype)) { out = s->s.i; return true; }
    return false;
}

Shape to_shape(lang::Interpreter& in, const Value& v) {
    Shape shape;
    auto dim = [&](const Value& d) {
        int64_t n = 0;
        if (!index_value(d, n)) {
            if (d.is_int()) throw lang::value_error("Maximum allowed dimension exceeded");
            throw lang::type_error("'" + in.type_name(d) + "' object cannot be interpreted as an integer");
        }
        if (n < 0) throw lang::value_error("negative dimensions are not allowed");
        shape.push_back(n);
    };
    if (const std::vector<Value>* items = sequence_items(v)) {
        for (const Value& d : *items) dim(d);
    } else {
        dim(v);
    }
    int64_t total = 1;
    for (int64_t d : shape) {
        if (d != 0 && total > std::numeric_limits<int64_t>::max() / d) throw lang::value_error("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        total *= d;
    }
    in.count_elements(total);
    return shape;
}

bool to_operand(lang::Interpreter& in, const Value& v, Operand& out) {
    if (auto* arr = v.as<NdArrayObj>()) {
        out = Operand{arr->t, false, arr->prov};
        return true;
    }
    Scalar s;
    if (python_scalar(in, v, s)) {
        out = Operand{Tensor::scalar(s), true, nullptr};
        if (auto* so = v.as<ScalarObj>()) out.prov = so->prov;
        else out.prov = v.provenance();
        return true;
    }
    if (sequence_items(v)) {
        out = Operand{to_tensor(in, v), false, nullptr};
        return true;
    }
    return false;
}

Operand operand(lang::Interpreter& in, const Value& v) {
    Operand op;
    if (!to_operand(in, v, op)) {
        if (v.as<lang::StrObj>()) unsupported(in, "string arrays");
        throw lang::type_error("unsupported operand type: '" + in.type_name(v) + "'");
    }
    return op;
}

// Used by indexing and shape arguments elsewhere.
bool is_index_like(const Value& v) {
    int64_t n;
    return is_integral_value(v) || index_value(v, n);
}

}  // namespace seedlab::libs::numpy
