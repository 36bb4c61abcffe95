// Tensors that are not random: tf.constant/ones/zeros/fill/range, reshape, cast, stack,
// the arithmetic functions, and reduce_sum/reduce_mean with Eigen's float summation
// order (kernel_reduce.hpp). Each builds graph nodes in graph mode.
#include <cstring>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/tensorflow/kernel_reduce.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_ops.hpp"

namespace seedlab::libs::tf {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Tensor;

namespace {

[[noreturn]] void unsupported(Interpreter& in, const std::string& what) {
    throw lang::unsupported(what + " is not supported in the playground", in.current_line());
}

// A Const op named after its scope (graph) or an eager tensor.
Value constant_op(Interpreter& in, const TfValue& v, const Value& name, const std::string& default_name) {
    if (executing_eagerly(in)) return make_eager(v);
    OpSpec spec;
    spec.type = "Const";
    spec.name = name.is_none() ? default_name : lang::arg_str(in, name, "name");
    spec.dtype = v.t.dtype();
    spec.shape = v.t.shape();
    spec.fn = [v](Interpreter&, const std::vector<TfValue>&, Kernel*) { return v; };
    Value out = emit(in, spec, {});
    current_graph(in).nodes.back().constant = v;
    return out;
}

Tensor filled(const tensor::Shape& shape, DType dtype, double value) {
    Tensor t(dtype, shape);
    tensor::Scalar s = tensor::Scalar::float64(value);
    for (int64_t i = 0; i < t.size(); ++i) t.set(i, s);
    return t;
}

tensor::Shape shape_arg(Interpreter& in, const Value& v) {
    std::optional<tensor::Shape> shape;
    if (v.is_int()) return {lang::arg_int(in, v, "shape")};
    if (is_tf_tensor(v)) {
        auto sv = static_value(v);
        if (!sv) unsupported(in, "a shape computed in the graph");
        tensor::Shape s;
        for (int64_t i = 0; i < sv->t.size(); ++i) s.push_back(sv->t.get(i).i);
        return s;
    }
    if (auto* s = v.as<TensorShapeObj>()) {
        if (!s->dims) unsupported(in, "an unknown shape");
        return *s->dims;
    }
    tensor::Shape s;
    for (auto& d : in.to_list(v)) s.push_back(lang::arg_int(in, d, "shape"));
    return s;
}

// One-input op running [fn] on the value (eager) or as a node (graph).
Value unary_node(Interpreter& in, const std::string& type, const Value& name, const Value& x, DType out_dtype,
                 std::optional<tensor::Shape> shape, std::function<TfValue(Interpreter&, const TfValue&)> fn) {
    OpSpec spec;
    spec.type = type;
    if (!name.is_none()) spec.name = lang::arg_str(in, name, "name");
    spec.dtype = out_dtype;
    spec.shape = std::move(shape);
    spec.fn = [fn](Interpreter& i, const std::vector<TfValue>& v, Kernel*) { return fn(i, v[0]); };
    return emit(in, spec, {x});
}

// Sum of [n] elements at [p] with [stride] in Eigen's order: inner-most (vectorised)
// when [inner], else sequentially from 0.
template <class T>
T sum_run(const Tensor& t, int64_t first, int64_t n, int64_t stride, bool inner) {
    std::vector<T> vals(static_cast<size_t>(n));
    for (int64_t k = 0; k < n; ++k) vals[static_cast<size_t>(k)] = static_cast<T>(t.get(first + k * stride).f);
    if (inner) {
        if constexpr (std::is_same_v<T, float>) return eigen_sum_f32(vals.data(), n);
        else return eigen_sum_f64(vals.data(), n);
    }
    T acc = T(0);
    for (T v : vals) acc = acc + v;
    return acc;
}

TfValue reduce_kernel(Interpreter& in, const TfValue& x, const std::vector<int64_t>& axes, bool keepdims, bool mean) {
    Tensor t = x.t.contiguous();
    const DType dt = t.dtype();
    const int64_t nd = t.ndim();
    std::vector<bool> reduced(static_cast<size_t>(nd), false);
    for (int64_t a : axes) reduced[static_cast<size_t>(a)] = true;
    tensor::Shape out_shape, keep_shape;
    for (int64_t i = 0; i < nd; ++i) {
        if (!reduced[static_cast<size_t>(i)]) out_shape.push_back(t.shape()[static_cast<size_t>(i)]);
        keep_shape.push_back(reduced[static_cast<size_t>(i)] ? 1 : t.shape()[static_cast<size_t>(i)]);
    }
    // Collapse to (outer, reduced, inner) when the reduced axes are contiguous.
    int64_t first = -1, last = -1;
    for (int64_t i = 0; i < nd; ++i)
        if (reduced[static_cast<size_t>(i)]) { if (first < 0) first = i; last = i; }
    int64_t outer = 1, count = 1, inner = 1;
    for (int64_t i = 0; i < nd; ++i) {
        const int64_t d = t.shape()[static_cast<size_t>(i)];
        if (first >= 0 && i < first) outer *= d;
        else if (first >= 0 && i <= last) {
            if (!reduced[static_cast<size_t>(i)]) unsupported(in, "reducing non-adjacent axes");
            count *= d;
        } else if (first >= 0) inner *= d;
    }
    if (first < 0) return {t.copy(), x.prov};  // nothing reduced
    Tensor out(dt, out_shape);
    const bool is_float = tensor::is_float(dt);
    if (is_float) {
        const bool full = outer == 1 && inner == 1;
        // Which runs Eigen vectorises: the whole tensor, or inner-most reductions.
        const bool vectorised = inner == 1;
        const int64_t limit = dt == DType::Float32 ? kMaxModelledReductionF32 : kMaxModelledReductionF64;
        if (vectorised && count > limit)
            unsupported(in, "a float reduction over more than " + std::to_string(limit) +
                                " elements (TensorFlow's Eigen splits it across a tree and threads)");
        if (!full && !vectorised && outer != 1)
            unsupported(in, "reducing middle axes of a float tensor");
        for (int64_t o = 0; o < outer; ++o) {
            for (int64_t j = 0; j < inner; ++j) {
                const int64_t base = o * count * inner + j;
                if (dt == DType::Float32) {
                    float s = sum_run<float>(t, base, count, inner, vectorised);
                    if (mean) s = s / static_cast<float>(count);
                    out.set(o * inner + j, tensor::Scalar::float32(s));
                } else {
                    double s = sum_run<double>(t, base, count, inner, vectorised);
                    if (mean) s = s / static_cast<double>(count);
                    out.set(o * inner + j, tensor::Scalar::float64(s));
                }
            }
        }
    } else {
        if (dt == DType::Bool) unsupported(in, "reducing a bool tensor");
        for (int64_t o = 0; o < outer; ++o) {
            for (int64_t j = 0; j < inner; ++j) {
                uint64_t acc = 0;
                for (int64_t k = 0; k < count; ++k) acc += static_cast<uint64_t>(t.get(o * count * inner + k * inner + j).i);
                tensor::Scalar s = tensor::Scalar::int64(static_cast<int64_t>(acc));
                Tensor one = Tensor::scalar(s).astype(dt);  // wrap to the dtype
                tensor::Scalar v = one.get(0);
                if (mean) {
                    if (count == 0) unsupported(in, "the mean of an empty integer tensor");
                    const int64_t q = tensor::is_unsigned(dt) ? static_cast<int64_t>(v.u / static_cast<uint64_t>(count)) : v.i / count;
                    v = Tensor::scalar(tensor::Scalar::int64(q)).astype(dt).get(0);
                }
                out.set(o * inner + j, v);
            }
        }
    }
    if (keepdims) out = out.reshape(keep_shape);
    return {out, x.prov};
}

Value reduce(Interpreter& in, const Params& p, bool mean) {
    Value x = convert_to_tensor(in, p[0], std::nullopt, "input_tensor");
    auto shape = tensor_shape(x);
    if (!shape) unsupported(in, "reducing a tensor of unknown rank");
    const int64_t nd = static_cast<int64_t>(shape->size());
    std::vector<int64_t> axes;
    if (p[1].is_none()) {
        for (int64_t i = 0; i < nd; ++i) axes.push_back(i);
    } else {
        std::vector<Value> items = (p[1].as<lang::ListObj>() || p[1].as<lang::TupleObj>()) ? in.to_list(p[1]) : std::vector<Value>{p[1]};
        for (auto& v : items) {
            int64_t a = lang::arg_int(in, v, "axis");
            if (a < -nd || a >= nd)
                throw invalid_argument(
                                          "Invalid reduction dimension " + std::to_string(a) + " for input with " +
                                              std::to_string(nd) + " dimensions.");
            if (a < 0) a += nd;
            axes.push_back(a);
        }
    }
    const bool keepdims = in.truthy(p[2]);
    tensor::Shape out_shape;
    for (int64_t i = 0; i < nd; ++i) {
        bool r = false;
        for (int64_t a : axes) r = r || a == i;
        if (!r) out_shape.push_back((*shape)[static_cast<size_t>(i)]);
        else if (keepdims) out_shape.push_back(1);
    }
    if (!executing_eagerly(in)) {
        // _ReductionDims adds a Const for the axes before the op.
        Tensor ax(DType::Int32, {static_cast<int64_t>(axes.size())});
        for (size_t i = 0; i < axes.size(); ++i) ax.data<int32_t>()[i] = static_cast<int32_t>(axes[i]);
        constant_op(in, {ax, nullptr}, Value::none(), "Const");
    }
    return unary_node(in, mean ? "Mean" : "Sum", p[3], x, tensor_dtype(x), out_shape,
                      [axes, keepdims, mean](Interpreter& i, const TfValue& v) { return reduce_kernel(i, v, axes, keepdims, mean); });
}

}  // namespace

// (value, dtype, shape, name)
Value api_constant(Interpreter& in, const Params& p) {
    TfValue v = constant_value(in, p[0], to_tf_dtype_opt(in, p[1]));
    if (!p[2].is_none()) {
        tensor::Shape shape = shape_arg(in, p[2]);
        if (v.t.size() == 1) {
            Tensor t(v.t.dtype(), shape);
            for (int64_t i = 0; i < t.size(); ++i) t.set(i, v.t.get(0));
            v.t = t;
        } else if (tensor::shape_size(shape) == v.t.size()) {
            v.t = v.t.reshape(shape);
        } else {
            unsupported(in, "tf.constant with a shape= that does not match the value's size");
        }
    }
    in.count_elements(v.t.size());
    return constant_op(in, v, p[3], "Const");
}

// (value, dtype, name)
Value api_convert_to_tensor(Interpreter& in, const Params& p) {
    return convert_to_tensor(in, p[0], to_tf_dtype_opt(in, p[1]), p[2].is_none() ? "Const" : lang::arg_str(in, p[2], "name"));
}

Value api_ones(Interpreter& in, const Params& p) {
    tensor::Shape shape = shape_arg(in, p[0]);
    in.count_elements(tensor::shape_size(shape));
    return constant_op(in, {filled(shape, to_tf_dtype(in, p[1], DType::Float32), 1.0), nullptr}, p[2], "ones");
}

Value api_zeros(Interpreter& in, const Params& p) {
    tensor::Shape shape = shape_arg(in, p[0]);
    in.count_elements(tensor::shape_size(shape));
    return constant_op(in, {filled(shape, to_tf_dtype(in, p[1], DType::Float32), 0.0), nullptr}, p[2], "zeros");
}

Value api_ones_like(Interpreter& in, const Params& p) {
    Value x = convert_to_tensor(in, p[0], std::nullopt);
    auto shape = tensor_shape(x);
    return constant_op(in, {filled(*shape, to_tf_dtype(in, p[1], tensor_dtype(x)), 1.0), nullptr}, p[2], "ones_like");
}

Value api_zeros_like(Interpreter& in, const Params& p) {
    Value x = convert_to_tensor(in, p[0], std::nullopt);
    auto shape = tensor_shape(x);
    return constant_op(in, {filled(*shape, to_tf_dtype(in, p[1], tensor_dtype(x)), 0.0), nullptr}, p[2], "zeros_like");
}

// (dims, value, name)
Value api_fill(Interpreter& in, const Params& p) {
    tensor::Shape shape = shape_arg(in, p[0]);
    TfValue v = constant_value(in, p[1], std::nullopt);
    if (v.t.ndim() != 0) unsupported(in, "tf.fill with a non-scalar value");
    Tensor t(v.t.dtype(), shape);
    for (int64_t i = 0; i < t.size(); ++i) t.set(i, v.t.get(0));
    return constant_op(in, {t, v.prov}, p[2], "Fill");
}

// (start, limit, delta, dtype, name): Range accumulates val += delta in the output type.
Value api_range(Interpreter& in, const Params& p) {
    Value start = p[0], limit = p[1], delta = p[2];
    if (limit.is_none()) { limit = start; start = Value::integer(0); }
    auto is_float_arg = [&](const Value& v) {
        if (v.is_float()) return true;
        if (auto e = static_value(v)) return tensor::is_float(e->t.dtype());
        return false;
    };
    DType dt = is_float_arg(start) || is_float_arg(limit) || is_float_arg(delta) ? DType::Float32 : DType::Int32;
    if (!p[3].is_none()) dt = to_tf_dtype(in, p[3], dt);
    const TfValue s = constant_value(in, start, dt), l = constant_value(in, limit, dt), d = constant_value(in, delta, dt);
    Tensor out;
    if (tensor::is_float(dt)) {
        const double st = s.t.get(0).f, li = l.t.get(0).f, de = d.t.get(0).f;
        if (de == 0) throw invalid_argument( "Requires delta != 0: 0");
        double q = (li - st) / de;
        if (q < 0) q = -q;
        int64_t n = static_cast<int64_t>(q);
        if (static_cast<double>(n) < q) ++n;  // ceil
        if ((de > 0 && st >= li) || (de < 0 && st <= li)) n = 0;
        in.count_elements(n);
        out = Tensor(dt, {n});
        if (dt == DType::Float32) {
            float v = static_cast<float>(st);
            for (int64_t i = 0; i < n; ++i) { out.data<float>()[i] = v; v = v + static_cast<float>(de); }
        } else {
            double v = st;
            for (int64_t i = 0; i < n; ++i) { out.data<double>()[i] = v; v = v + de; }
        }
    } else {
        const int64_t st = s.t.get(0).i, li = l.t.get(0).i, de = d.t.get(0).i;
        if (de == 0) throw invalid_argument( "Requires delta != 0: 0");
        int64_t n = 0;
        if ((de > 0 && st < li) || (de < 0 && st > li)) n = ((li > st ? li - st : st - li) + (de > 0 ? de : -de) - 1) / (de > 0 ? de : -de);
        in.count_elements(n);
        out = Tensor(dt, {n});
        for (int64_t i = 0; i < n; ++i) out.set(i, tensor::Scalar::int64(st + i * de));
    }
    return constant_op(in, {out, nullptr}, p[4], "range");
}

// (tensor, shape, name)
Value api_reshape(Interpreter& in, const Params& p) {
    Value x = convert_to_tensor(in, p[0], std::nullopt, "tensor");
    auto in_shape = tensor_shape(x);
    tensor::Shape shape = shape_arg(in, p[1]);
    const int64_t total = tensor::shape_size(*in_shape);
    int64_t known = 1, infer = -1;
    for (size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] == -1) {
            if (infer >= 0) unsupported(in, "more than one -1 in a shape");
            infer = static_cast<int64_t>(i);
        } else {
            known *= shape[i];
        }
    }
    if (infer >= 0) {
        if (known == 0 || total % known != 0)
            throw invalid_argument(
                                      "Input to reshape is a tensor with " + std::to_string(total) +
                                          " values, but the requested shape requires a multiple of " + std::to_string(known) +
                                          " [Op:Reshape]");
        shape[static_cast<size_t>(infer)] = total / known;
    }
    if (tensor::shape_size(shape) != total)
        throw invalid_argument(
                                  "Input to reshape is a tensor with " + std::to_string(total) +
                                      " values, but the requested shape has " + std::to_string(tensor::shape_size(shape)) +
                                      " [Op:Reshape]");
    return unary_node(in, "Reshape", p[2], x, tensor_dtype(x), shape,
                      [shape](Interpreter&, const TfValue& v) { return TfValue{v.t.contiguous().reshape(shape).copy(), v.prov}; });
}

Value api_cast(Interpreter& in, const Params& p) { return cast(in, p[0], to_tf_dtype(in, p[1], DType::Float32), p[2]); }
Value api_add(Interpreter& in, const Params& p) { return binary_math(in, "+", p[0], p[1], p[2]); }
Value api_subtract(Interpreter& in, const Params& p) { return binary_math(in, "-", p[0], p[1], p[2]); }
Value api_multiply(Interpreter& in, const Params& p) { return binary_math(in, "*", p[0], p[1], p[2]); }
Value api_divide(Interpreter& in, const Params& p) { return binary_math(in, "/", p[0], p[1], p[2]); }
Value api_reduce_sum(Interpreter& in, const Params& p) { return reduce(in, p, false); }
Value api_reduce_mean(Interpreter& in, const Params& p) { return reduce(in, p, true); }

// (values, axis, name)
Value api_stack(Interpreter& in, const Params& p) {
    if (!executing_eagerly(in)) unsupported(in, "tf.stack in graph mode");
    std::vector<TfValue> parts;
    for (auto& v : in.to_list(p[0])) parts.push_back(as_eager(convert_to_tensor(in, v, parts.empty() ? std::nullopt : std::optional<DType>(parts[0].t.dtype())))->v);
    if (parts.empty()) unsupported(in, "stacking an empty list");
    const int64_t axis = lang::arg_int(in, p[1], "axis");
    if (axis != 0) unsupported(in, "tf.stack with axis other than 0");
    tensor::Shape shape = parts[0].t.shape();
    for (auto& part : parts)
        if (part.t.shape() != shape) throw invalid_argument(
                                                                "Shapes of all inputs must match [Op:Pack]");
    tensor::Shape out_shape = {static_cast<int64_t>(parts.size())};
    out_shape.insert(out_shape.end(), shape.begin(), shape.end());
    Tensor out(parts[0].t.dtype(), out_shape);
    const int64_t row = tensor::shape_size(shape);
    for (size_t k = 0; k < parts.size(); ++k)
        for (int64_t i = 0; i < row; ++i) out.set(static_cast<int64_t>(k) * row + i, parts[k].t.get(i));
    return make_eager({out, parts[0].prov});
}

Value api_identity(Interpreter& in, const Params& p) {
    Value x = convert_to_tensor(in, p[0], std::nullopt, "input");
    return unary_node(in, "Identity", p[1], x, tensor_dtype(x), tensor_shape(x), [](Interpreter&, const TfValue& v) { return v; });
}

Value api_executing_eagerly(Interpreter& in, const Params&) { return Value::boolean(executing_eagerly(in)); }

}  // namespace seedlab::libs::tf
