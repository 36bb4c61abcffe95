// Shape manipulation and matrix products (see shape_ops.hpp).
#include "libs/numpy/shape_ops.hpp"

#include <algorithm>
#include <cmath>

#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/promotion.hpp"
#include "libs/numpy/ufunc.hpp"

namespace seedlab::libs::numpy {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Kind;
using tensor::Scalar;
using tensor::Shape;
using tensor::Tensor;

bool index_value(const Value& v, int64_t& out);  // convert.cpp

int64_t normalize_axis(Interpreter& in, const Value& axis, int64_t ndim) {
    int64_t a = 0;
    if (!index_value(axis, a)) throw lang::type_error("'" + in.type_name(axis) + "' object cannot be interpreted as an integer");
    if (a < -ndim || a >= ndim)
        throw lang::runtime_error("numpy.AxisError", "axis " + std::to_string(a) + " is out of bounds for array of dimension " + std::to_string(ndim));
    return a < 0 ? a + ndim : a;
}

namespace {

std::vector<Value> flatten_args(const std::vector<Value>& dims) {
    if (dims.size() == 1) {
        if (auto* t = dims[0].as<lang::TupleObj>()) return t->items;
        if (auto* l = dims[0].as<lang::ListObj>()) return l->items;
    }
    return dims;
}

}  // namespace

Tensor reshape(Interpreter& in, const Tensor& t, const std::vector<Value>& dims_in) {
    std::vector<Value> dims = flatten_args(dims_in);
    Shape shape;
    int unknown = -1;
    int64_t known = 1;
    for (size_t k = 0; k < dims.size(); ++k) {
        int64_t d = 0;
        if (!index_value(dims[k], d)) throw lang::type_error("'" + in.type_name(dims[k]) + "' object cannot be interpreted as an integer");
        if (d == -1) {
            if (unknown >= 0) throw lang::value_error("can only specify one unknown dimension");
            unknown = static_cast<int>(k);
        } else if (d < 0) {
            throw lang::value_error("negative dimensions not allowed");
        } else {
            known *= d;
        }
        shape.push_back(d);
    }
    if (unknown >= 0) {
        if (known == 0 || t.size() % known != 0) {
            std::string text = shape_compact(shape);
            size_t at = text.find("-1");
            text.replace(at, 2, "newaxis");
            throw lang::value_error("cannot reshape array of size " + std::to_string(t.size()) + " into shape " + text);
        }
        shape[static_cast<size_t>(unknown)] = t.size() / known;
    }
    if (tensor::shape_size(shape) != t.size())
        throw lang::value_error("cannot reshape array of size " + std::to_string(t.size()) + " into shape " + shape_compact(shape));
    return t.reshape(shape);
}

Tensor transpose(Interpreter& in, const Tensor& t, const std::vector<Value>& axes_in) {
    std::vector<Value> axes = flatten_args(axes_in);
    if (axes.size() == 1 && axes[0].is_none()) axes.clear();
    std::vector<int64_t> perm;
    if (axes.empty()) {
        for (int64_t k = t.ndim(); k-- > 0;) perm.push_back(k);
    } else {
        if (static_cast<int64_t>(axes.size()) != t.ndim()) throw lang::value_error("axes don't match array");
        std::vector<bool> seen(static_cast<size_t>(t.ndim()), false);
        for (const Value& a : axes) {
            int64_t k = normalize_axis(in, a, t.ndim());
            if (seen[static_cast<size_t>(k)]) throw lang::value_error("repeated axis in transpose");
            seen[static_cast<size_t>(k)] = true;
            perm.push_back(k);
        }
    }
    return t.permute(perm);
}

Tensor squeeze(Interpreter& in, const Tensor& t, const Value& axis) {
    std::vector<bool> drop(static_cast<size_t>(t.ndim()), false);
    if (axis.is_none()) {
        for (size_t k = 0; k < drop.size(); ++k) drop[k] = t.shape()[k] == 1;
    } else {
        std::vector<Value> items;
        if (auto* tu = axis.as<lang::TupleObj>()) items = tu->items;
        else items.push_back(axis);
        for (const Value& a : items) {
            int64_t k = normalize_axis(in, a, t.ndim());
            if (t.shape()[static_cast<size_t>(k)] != 1)
                throw lang::value_error("cannot select an axis to squeeze out which has size not equal to one");
            drop[static_cast<size_t>(k)] = true;
        }
    }
    Shape shape;
    std::vector<int64_t> strides;
    for (size_t k = 0; k < drop.size(); ++k)
        if (!drop[k]) { shape.push_back(t.shape()[k]); strides.push_back(t.strides()[k]); }
    return t.view(shape, strides, 0);
}

Tensor expand_dims(Interpreter& in, const Tensor& t, const Value& axis) {
    int64_t k = normalize_axis(in, axis, t.ndim() + 1);
    Shape shape = t.shape();
    std::vector<int64_t> strides = t.strides();
    shape.insert(shape.begin() + k, 1);
    strides.insert(strides.begin() + k, 0);
    return t.view(shape, strides, 0);
}

Tensor concatenate(Interpreter& in, const std::vector<Tensor>& arrays_in, const Value& axis_v) {
    if (arrays_in.empty()) throw lang::value_error("need at least one array to concatenate");
    std::vector<Tensor> arrays = arrays_in;
    if (axis_v.is_none())
        for (auto& a : arrays) a = a.reshape({a.size()});
    const Tensor& first = arrays[0];
    if (first.ndim() == 0) throw lang::value_error("zero-dimensional arrays cannot be concatenated");
    int64_t axis = axis_v.is_none() ? 0 : normalize_axis(in, axis_v, first.ndim());
    DType dt = first.dtype();
    Shape shape = first.shape();
    shape[static_cast<size_t>(axis)] = 0;
    for (size_t i = 0; i < arrays.size(); ++i) {
        const Tensor& a = arrays[i];
        if (a.ndim() != first.ndim())
            throw lang::value_error("all the input array dimensions except for the concatenation axis must match exactly, but along "
                                    "dimension 0, the array at index 0 has " + std::to_string(first.ndim()) +
                                    " dimension(s) and the array at index " + std::to_string(i) + " has " + std::to_string(a.ndim()) + " dimension(s)");
        for (int64_t k = 0; k < a.ndim(); ++k) {
            if (k == axis) continue;
            if (a.shape()[static_cast<size_t>(k)] != first.shape()[static_cast<size_t>(k)])
                throw lang::value_error("all the input array dimensions except for the concatenation axis must match exactly, but along "
                                        "dimension " + std::to_string(k) + ", the array at index 0 has size " +
                                        std::to_string(first.shape()[static_cast<size_t>(k)]) + " and the array at index " +
                                        std::to_string(i) + " has size " + std::to_string(a.shape()[static_cast<size_t>(k)]));
        }
        shape[static_cast<size_t>(axis)] += a.shape()[static_cast<size_t>(axis)];
        if (i) dt = promote_types(dt, a.dtype());
    }
    in.count_elements(tensor::shape_size(shape));
    Tensor out(dt, shape);
    int64_t at = 0;
    for (const Tensor& a : arrays) {
        int64_t len = a.shape()[static_cast<size_t>(axis)];
        Tensor part = out.view(a.shape(), out.strides(), at * out.strides()[static_cast<size_t>(axis)]);
        part.assign(a);
        at += len;
    }
    return out;
}

Tensor stack(Interpreter& in, const std::vector<Tensor>& arrays, int64_t axis_in) {
    if (arrays.empty()) throw lang::value_error("need at least one array to stack");
    for (const Tensor& a : arrays)
        if (a.shape() != arrays[0].shape()) throw lang::value_error("all input arrays must have the same shape");
    int64_t nd = arrays[0].ndim() + 1;
    int64_t axis = normalize_axis(in, Value::integer(axis_in), nd);
    std::vector<Tensor> expanded;
    for (const Tensor& a : arrays) expanded.push_back(expand_dims(in, a, Value::integer(axis)));
    return concatenate(in, expanded, Value::integer(axis));
}

Value python_scalar_value(const Scalar& s, const lang::ProvenancePtr& prov) {
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

Value tolist(Interpreter& in, const Tensor& t, const lang::ProvenancePtr& prov) {
    if (t.ndim() == 0) return python_scalar_value(t.get(0), prov);
    std::vector<Value> items;
    int64_t n = t.shape()[0];
    for (int64_t i = 0; i < n; ++i) {
        Shape sub(t.shape().begin() + 1, t.shape().end());
        std::vector<int64_t> st(t.strides().begin() + 1, t.strides().end());
        items.push_back(tolist(in, t.view(sub, st, i * t.strides()[0]), prov));
    }
    return lang::make_list(std::move(items));
}

// ---- matrix products ---------------------------------------------------------------

namespace {

// [x] = m * 2^e with m odd (or 0); false for inf/nan.
bool decompose(double x, int64_t& m, int& e) {
    if (x == 0) { m = 0; e = 0; return true; }
    if (!(x - x == 0)) return false;
    int exp = 0;
    double f = std::frexp(x, &exp);  // x = f * 2^exp, 0.5 <= |f| < 1
    int64_t mant = static_cast<int64_t>(std::ldexp(f, 53));
    int ee = exp - 53;
    while ((mant & 1) == 0) { mant >>= 1; ++ee; }
    m = mant;
    e = ee;
    return true;
}

// Whether sum(a[i]*b[i]) is computed exactly in any order at [bits] of precision:
// every product and every partial sum is representable.
bool exact_dot(const std::vector<double>& a, const std::vector<double>& b, int bits) {
    struct Term { unsigned __int128 mag; int e; };
    std::vector<Term> terms;
    int emin = 1 << 30;
    const unsigned __int128 limit = static_cast<unsigned __int128>(1) << bits;
    for (size_t i = 0; i < a.size(); ++i) {
        int64_t ma, mb;
        int ea, eb;
        if (!decompose(a[i], ma, ea) || !decompose(b[i], mb, eb)) return false;
        if (ma == 0 || mb == 0) continue;
        unsigned __int128 p = static_cast<unsigned __int128>(ma < 0 ? -ma : ma) * static_cast<unsigned __int128>(mb < 0 ? -mb : mb);
        if (p >= limit) return false;
        int e = ea + eb;
        if (bits == 53 ? e < -1074 : e < -149) return false;
        terms.push_back({p, e});
        emin = std::min(emin, e);
    }
    unsigned __int128 total = 0;
    for (const Term& t : terms) {
        int shift = t.e - emin;
        if (shift > bits) return false;
        total += t.mag << shift;
        if (total >= limit) return false;
    }
    return true;
}

template <class T>
Tensor matmul_2d(Interpreter& in, const Tensor& a, const Tensor& b) {
    int64_t n = a.shape()[0], k = a.shape()[1], m = b.shape()[1];
    in.count_elements(n * m);
    Tensor out(tensor::dtype_of<T>(), {n, m});
    T* po = out.data<T>();
    const T* pa = a.data<T>();
    const T* pb = b.data<T>();
    for (int64_t i = 0; i < n; ++i)
        for (int64_t j = 0; j < m; ++j) {
            if constexpr (std::is_floating_point_v<T>) {
                std::vector<double> x(static_cast<size_t>(k)), y(static_cast<size_t>(k));
                for (int64_t t = 0; t < k; ++t) {
                    x[static_cast<size_t>(t)] = pa[i * k + t];
                    y[static_cast<size_t>(t)] = pb[t * m + j];
                }
                if (!exact_dot(x, y, std::is_same_v<T, float> ? 24 : 53))
                    unsupported(in, std::string("matrix products of ") + (std::is_same_v<T, float> ? "float32" : "float64") +
                                        " arrays whose result is not exact (NumPy uses BLAS, whose summation order the playground "
                                        "does not reproduce)");
                T acc = 0;
                for (int64_t t = 0; t < k; ++t) acc += static_cast<T>(pa[i * k + t] * pb[t * m + j]);
                po[i * m + j] = acc;
            } else if constexpr (std::is_same_v<T, bool>) {
                bool acc = false;
                for (int64_t t = 0; t < k && !acc; ++t) acc = pa[i * k + t] && pb[t * m + j];
                po[i * m + j] = acc;
            } else {
                using U = std::make_unsigned_t<T>;
                U acc = 0;
                for (int64_t t = 0; t < k; ++t) acc = static_cast<U>(acc + static_cast<U>(static_cast<U>(pa[i * k + t]) * static_cast<U>(pb[t * m + j])));
                po[i * m + j] = static_cast<T>(acc);
            }
        }
    return out;
}

}  // namespace

Value matmul_value(Interpreter& in, const Operand& x, const Operand& y, bool is_dot) {
    lang::ProvenancePtr prov = first_provenance(x.prov, y.prov);
    if (is_dot && (x.t.ndim() == 0 || y.t.ndim() == 0)) return make_result(in, binary(in, BinOp::Multiply, x, y), prov);
    if (x.t.ndim() == 0 || y.t.ndim() == 0)
        throw lang::value_error(std::string("matmul: Input operand ") + (x.t.ndim() == 0 ? "0" : "1") +
                                " does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
    if (x.t.ndim() > 2 || y.t.ndim() > 2) unsupported(in, "matrix products of arrays with more than 2 dimensions");
    DType dt = promote_types(x.t.dtype(), y.t.dtype());
    Tensor a = x.t.ndim() == 1 ? x.t.reshape({1, x.t.shape()[0]}) : x.t;
    Tensor b = y.t.ndim() == 1 ? y.t.reshape({y.t.shape()[0], 1}) : y.t;
    if (a.shape()[1] != b.shape()[0]) {
        if (is_dot)
            throw lang::value_error("shapes " + shape_compact(x.t.shape()) + " and " + shape_compact(y.t.shape()) + " not aligned: " +
                                    std::to_string(x.t.shape().back()) + " (dim " + std::to_string(x.t.ndim() - 1) + ") != " +
                                    std::to_string(y.t.shape()[0]) + " (dim 0)");
        throw lang::value_error("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                                "(n?,k),(k,m?)->(n?,m?) (size " + std::to_string(b.shape()[0]) + " is different from " +
                                std::to_string(a.shape()[1]) + ")");
    }
    a = a.astype(dt);
    b = b.astype(dt);
    Tensor out = tensor::dispatch(dt, [&](auto zero) { return matmul_2d<decltype(zero)>(in, a, b); });
    Shape shape;
    if (x.t.ndim() == 2) shape.push_back(x.t.shape()[0]);
    if (y.t.ndim() == 2) shape.push_back(y.t.shape()[1]);
    return make_result(in, out.reshape(shape), prov);
}

}  // namespace seedlab::libs::numpy
