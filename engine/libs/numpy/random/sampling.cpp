// The shared drivers of numpy.random (numpy/random/_common.pyx); see sampling.hpp.
#include "libs/numpy/random/sampling.hpp"

#include <cmath>
#include <cstdint>

#include "lang/errors.hpp"
#include "libs/numpy/ndarray.hpp"
#include "math/libm.hpp"

namespace seedlab::libs::numpy::random {

using tensor::DType;
using tensor::Shape;
using tensor::Tensor;

namespace {

// POISSON_LAM_MAX and LEGACY_POISSON_LAM_MAX (int64 and C long are the same on
// Linux x86-64): the largest lam whose draws stay inside int64.
double poisson_lam_max() {
    const double max = static_cast<double>(INT64_MAX);
    return max - math::sqrt(max) * 10;
}

// PyArray_FROM_OTF(v, NPY_DOUBLE): NumPy's error for a string comes first.
Tensor float_param(Interpreter& in, const Value& v) {
    if (auto* s = v.as<lang::StrObj>()) throw lang::value_error("could not convert string to float: " + s->repr(in));
    return to_tensor(in, v, DType::Float64);
}

Value wrap_int(int64_t i, lang::ProvenancePtr prov) { return Value::integer(i).with_provenance(std::move(prov)); }

// The output shape of a broadcasting call: [size] or the parameters' broadcast, and
// validate_output_shape's check that the parameters fit into it.
Shape broadcast_output(const std::optional<Shape>& size, const std::vector<Tensor>& arrays) {
    std::vector<Shape> shapes;
    for (auto& a : arrays) shapes.push_back(a.shape());
    if (!size) return broadcast_shapes(shapes);
    shapes.insert(shapes.begin(), *size);
    Shape joint = broadcast_shapes(shapes);
    if (joint != *size) {
        throw lang::value_error("Output size " + shape_repr(*size) + " is not compatible with broadcast dimensions of inputs " +
                                shape_repr(joint) + ".");
    }
    return *size;
}

}  // namespace

void check_constraint(double val, const std::string& name, Cons cons) {
    switch (cons) {
        case Cons::None: return;
        case Cons::NonNegative:
            if (!std::isnan(val) && std::signbit(val)) throw lang::value_error(name + " < 0");
            return;
        case Cons::Positive:
        case Cons::PositiveNotNan:
            if (cons == Cons::PositiveNotNan && std::isnan(val)) throw lang::value_error(name + " must not be NaN");
            if (val <= 0) throw lang::value_error(name + " <= 0");
            return;
        case Cons::Bounded01:
            if (!(val >= 0) || !(val <= 1)) throw lang::value_error(name + " < 0, " + name + " > 1 or " + name + " is NaN");
            return;
        case Cons::BoundedGt01:
            if (!(val > 0) || !(val <= 1))
                throw lang::value_error(name + " <= 0, " + name + " > 1 or " + name + " contains NaNs");
            return;
        case Cons::BoundedLt01:
            if (!(val >= 0) || !(val < 1)) throw lang::value_error(name + " < 0, " + name + " >= 1 or " + name + " is NaN");
            return;
        case Cons::Gt1:
            if (!(val > 1)) throw lang::value_error(name + " <= 1 or " + name + " is NaN");
            return;
        case Cons::Gte1:
            if (!(val >= 1)) throw lang::value_error(name + " < 1 or " + name + " is NaN");
            return;
        case Cons::Poisson:
        case Cons::LegacyPoisson:
            if (!(val >= 0)) throw lang::value_error(name + " < 0 or " + name + " is NaN");
            if (!(val <= poisson_lam_max())) throw lang::value_error(name + " value too large");
            return;
    }
}

void check_array_constraint(const Tensor& values, const std::string& name, Cons cons) {
    const int64_t n = values.size();
    auto any = [&](auto pred) {
        for (int64_t i = 0; i < n; ++i)
            if (pred(values.get(i).to_double())) return true;
        return false;
    };
    switch (cons) {
        case Cons::None: return;
        case Cons::NonNegative:
            if (any([](double v) { return !std::isnan(v) && std::signbit(v); })) throw lang::value_error(name + " < 0");
            return;
        case Cons::Positive:
        case Cons::PositiveNotNan:
            if (cons == Cons::PositiveNotNan && any([](double v) { return std::isnan(v); }))
                throw lang::value_error(name + " must not be NaN");
            if (any([](double v) { return v <= 0; })) throw lang::value_error(name + " <= 0");
            return;
        case Cons::Bounded01:
            if (any([](double v) { return !(v >= 0) || !(v <= 1); }))
                throw lang::value_error(name + " < 0, " + name + " > 1 or " + name + " contains NaNs");
            return;
        case Cons::BoundedGt01:
            if (any([](double v) { return !(v > 0) || !(v <= 1); }))
                throw lang::value_error(name + " <= 0, " + name + " > 1 or " + name + " contains NaNs");
            return;
        case Cons::BoundedLt01:
            if (any([](double v) { return !(v >= 0) || !(v < 1); }))
                throw lang::value_error(name + " < 0, " + name + " >= 1 or " + name + " contains NaNs");
            return;
        case Cons::Gt1:
            if (any([](double v) { return !(v > 1); })) throw lang::value_error(name + " <= 1 or " + name + " contains NaNs");
            return;
        case Cons::Gte1:
            if (any([](double v) { return !(v >= 1); })) throw lang::value_error(name + " < 1 or " + name + " contains NaNs");
            return;
        case Cons::Poisson:
        case Cons::LegacyPoisson:
            if (any([](double v) { return !(v <= poisson_lam_max()); })) throw lang::value_error(name + " value too large");
            if (any([](double v) { return !(v >= 0.0); })) throw lang::value_error(name + " < 0 or " + name + " contains NaNs");
            return;
    }
}

double py_float(Interpreter& in, const Value& v) {
    if (v.is_float()) return v.as_float();
    if (v.is_bool() || v.is_small_int()) return static_cast<double>(v.small_int());
    if (v.is_int()) {
        const double d = v.big_int().to_double();
        if (std::isinf(d)) throw lang::runtime_error("OverflowError", "int too large to convert to float");
        return d;
    }
    if (auto s = as_numpy_scalar(v)) return s->to_double();
    if (auto* t = as_tensor(v)) {
        if (t->size() == 1) return t->get(0).to_double();
        throw lang::type_error("only size-1 arrays can be converted to Python scalars");
    }
    throw lang::type_error("must be real number, not " + in.type_name(v));
}

std::optional<lang::BigInt> py_index(const Value& v) {
    if (v.is_bool() || v.is_int()) return v.big_int();
    if (auto s = as_numpy_scalar(v)) {
        if (tensor::kind_of(s->dtype) == tensor::Kind::UnsignedInt) return lang::BigInt(s->u);
        if (tensor::is_integer(s->dtype) || s->dtype == DType::Bool) return lang::BigInt(s->i);
    }
    return std::nullopt;
}

std::optional<Shape> size_arg(Interpreter& in, const Value& size) {
    if (size.is_none()) return std::nullopt;
    return to_shape(in, size);
}

std::string shape_repr(const Shape& shape) {
    std::string s = "(";
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i) s += ", ";
        s += std::to_string(shape[i]);
    }
    if (shape.size() == 1) s += ",";
    return s + ")";
}

Shape broadcast_shapes(const std::vector<Shape>& shapes) {
    size_t ndim = 0;
    for (auto& s : shapes) ndim = std::max(ndim, s.size());
    Shape out(ndim, 1);
    for (size_t d = 0; d < ndim; ++d) {
        for (size_t k = 0; k < shapes.size(); ++k) {
            const Shape& s = shapes[k];
            if (d + s.size() < ndim) continue;
            const int64_t dim = s[d + s.size() - ndim];
            if (dim == 1) continue;
            if (out[d] == 1) {
                out[d] = dim;
            } else if (out[d] != dim) {
                // Name the first argument that disagrees with an earlier one, as NumPy does.
                for (size_t j = 0; j < k; ++j) {
                    const Shape& o = shapes[j];
                    if (d + o.size() < ndim) continue;
                    const int64_t odim = o[d + o.size() - ndim];
                    if (odim != 1 && odim != dim) {
                        throw lang::value_error("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg " +
                                                std::to_string(j) + " with shape " + shape_repr(o) + " and arg " +
                                                std::to_string(k) + " with shape " + shape_repr(s) + ".");
                    }
                }
            }
        }
    }
    return out;
}

int64_t broadcast_index(const Shape& out_shape, const Shape& shape, int64_t flat) {
    int64_t index = 0, stride = 1;
    const size_t offset = out_shape.size() - shape.size();
    for (size_t d = out_shape.size(); d-- > 0;) {
        const int64_t coord = flat % out_shape[d];
        flat /= out_shape[d];
        if (d < offset) continue;
        const int64_t dim = shape[d - offset];
        if (dim != 1) index += coord * stride;
        stride *= dim;
    }
    return index;
}

Tensor new_tensor(Interpreter& in, DType dtype, const Shape& shape) {
    in.count_elements(tensor::shape_size(shape));
    return Tensor(dtype, shape);
}


namespace {

// The common body of cont and disc: [Out] is double or int64_t.
template <class Out>
Value drive(Interpreter& in, BitGeneratorObj& bg, const Value& size, const std::vector<DistArg>& args,
            const std::function<Out(BitGen&, const double*)>& draw) {
    const auto shape = size_arg(in, size);
    std::vector<Tensor> arrays;
    bool is_scalar = true;
    for (auto& a : args) {
        arrays.push_back(float_param(in, a.value));
        is_scalar = is_scalar && arrays.back().ndim() == 0;
    }
    constexpr DType kOut = std::is_same_v<Out, double> ? DType::Float64 : DType::Int64;
    double vals[3] = {0.0, 0.0, 0.0};
    if (!is_scalar) {
        for (size_t k = 0; k < args.size(); ++k) check_array_constraint(arrays[k], args[k].name, args[k].cons);
        const Shape out_shape = broadcast_output(shape, arrays);
        Tensor t = new_tensor(in, kOut, out_shape);
        Out* out = t.data<Out>();
        DrawScope scope(bg);
        for (int64_t i = 0, n = t.size(); i < n; ++i) {
            for (size_t k = 0; k < args.size(); ++k)
                vals[k] = arrays[k].get(broadcast_index(out_shape, arrays[k].shape(), i)).to_double();
            out[i] = draw(bg.gen, vals);
        }
        return make_ndarray(in, std::move(t), scope.provenance());
    }
    for (size_t k = 0; k < args.size(); ++k) {
        vals[k] = py_float(in, args[k].value);
        check_constraint(vals[k], args[k].name, args[k].cons);
    }
    DrawScope scope(bg);
    if (!shape) {
        const Out v = draw(bg.gen, vals);
        if constexpr (std::is_same_v<Out, double>) return wrap_float(v, scope.provenance());
        else return wrap_int(v, scope.provenance());
    }
    Tensor t = new_tensor(in, kOut, *shape);
    Out* out = t.data<Out>();
    for (int64_t i = 0, n = t.size(); i < n; ++i) out[i] = draw(bg.gen, vals);
    return make_ndarray(in, std::move(t), scope.provenance());
}

}  // namespace

Value cont(Interpreter& in, BitGeneratorObj& bg, const Value& size, const std::vector<DistArg>& args,
           const std::function<double(BitGen&, const double*)>& draw) {
    return drive<double>(in, bg, size, args, draw);
}

Value disc(Interpreter& in, BitGeneratorObj& bg, const Value& size, const std::vector<DistArg>& args,
           const std::function<int64_t(BitGen&, const double*)>& draw) {
    return drive<int64_t>(in, bg, size, args, draw);
}

void check_triangular(Interpreter& in, const Value& left, const Value& mode, const Value& right) {
    const Tensor l = float_param(in, left), m = float_param(in, mode), r = float_param(in, right);
    auto any = [](const Tensor& a, const Tensor& b, auto pred) {
        const Shape shape = broadcast_shapes({a.shape(), b.shape()});
        for (int64_t i = 0, n = tensor::shape_size(shape); i < n; ++i)
            if (pred(a.get(broadcast_index(shape, a.shape(), i)).f, b.get(broadcast_index(shape, b.shape(), i)).f)) return true;
        return false;
    };
    if (any(l, m, [](double a, double b) { return a > b; })) throw lang::value_error("left > mode");
    if (any(m, r, [](double a, double b) { return a > b; })) throw lang::value_error("mode > right");
    if (any(l, r, [](double a, double b) { return a == b; })) throw lang::value_error("left == right");
}

Value binomial_driver(Interpreter& in, BitGeneratorObj& bg, const Value& n, const Value& p, const Value& size,
                      const std::function<int64_t(BitGen&, double, int64_t)>& draw) {
    const auto shape = size_arg(in, size);
    Tensor p_arr = float_param(in, p);
    Tensor n_arr = to_tensor(in, n);
    if (p_arr.ndim() != 0 || n_arr.ndim() != 0) {
        n_arr = n_arr.astype(DType::Int64);
        check_array_constraint(p_arr, "p", Cons::Bounded01);
        check_array_constraint(n_arr, "n", Cons::NonNegative);
        const Shape out_shape = broadcast_output(shape, {p_arr, n_arr});
        Tensor t = new_tensor(in, DType::Int64, out_shape);
        int64_t* out = t.data<int64_t>();
        DrawScope scope(bg);
        for (int64_t i = 0, count = t.size(); i < count; ++i) {
            const double pv = p_arr.get(broadcast_index(out_shape, p_arr.shape(), i)).to_double();
            const int64_t nv = n_arr.get(broadcast_index(out_shape, n_arr.shape(), i)).i;
            out[i] = draw(bg.gen, pv, nv);
        }
        return make_ndarray(in, std::move(t), scope.provenance());
    }
    const double pv = py_float(in, p);
    // <long>n: Python ints as they are, floats truncated (Cython goes through int()).
    int64_t nv;
    if (auto idx = py_index(n)) {
        if (!idx->fits_int64()) throw lang::runtime_error("OverflowError", "Python int too large to convert to C long");
        nv = idx->to_int64();
    } else {
        nv = n_arr.astype(DType::Int64).get(0).i;
    }
    check_constraint(pv, "p", Cons::Bounded01);
    check_constraint(static_cast<double>(nv), "n", Cons::NonNegative);
    DrawScope scope(bg);
    if (!shape) return wrap_int(draw(bg.gen, pv, nv), scope.provenance());
    Tensor t = new_tensor(in, DType::Int64, *shape);
    int64_t* out = t.data<int64_t>();
    for (int64_t i = 0, count = t.size(); i < count; ++i) out[i] = draw(bg.gen, pv, nv);
    return make_ndarray(in, std::move(t), scope.provenance());
}

}  // namespace seedlab::libs::numpy::random
