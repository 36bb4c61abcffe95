// Array creation (see creation.hpp).
#include "libs/numpy/creation.hpp"

#include <cmath>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/promotion.hpp"
#include "libs/numpy/ufunc.hpp"

namespace seedlab::libs::numpy {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Scalar;
using tensor::Shape;
using tensor::Tensor;

bool index_value(const Value& v, int64_t& out);  // convert.cpp

namespace {

Tensor filled(const Shape& shape, DType dt, const Tensor& value) {
    Tensor out(dt, shape);
    out.assign(broadcast_to(value, shape));
    return out;
}

DType default_float(Interpreter& in, const Value& dtype) {
    std::optional<DType> d = to_dtype(in, dtype);
    return d ? *d : DType::Float64;
}

void c_order_only(Interpreter& in, const Value& order, const char* fn) {
    if (auto* s = order.as<lang::StrObj>(); s && s->s != "C" && s->s != "K" && s->s != "A")
        unsupported(in, std::string(fn) + " with order='" + s->s + "'");
}

}  // namespace

Value np_array(Interpreter& in, Params& p) {
    std::optional<DType> dt = to_dtype(in, p[1]);
    Tensor t = to_tensor(in, p[0], dt);
    if (auto* src = p[0].as<NdArrayObj>()) {
        // np.array copies in order='K': a transposed input stays transposed in memory.
        if (t.shares_storage(src->t) && in.truthy(p[2])) t = t.copy();
        if (!t.shares_storage(src->t)) t = with_numpy_layout(t, {&src->t});
    }
    int64_t ndmin = lang::arg_int(in, p[5], "ndmin");
    if (ndmin > t.ndim()) {
        Shape shape(static_cast<size_t>(ndmin - t.ndim()), 1);
        shape.insert(shape.end(), t.shape().begin(), t.shape().end());
        t = t.reshape(shape);
    }
    lang::ProvenancePtr prov;
    if (auto* a = p[0].as<NdArrayObj>()) prov = a->prov;
    Operand op;
    if (!prov && to_operand(in, p[0], op)) prov = op.prov;
    return make_ndarray(in, t, prov);
}

Value np_asarray(Interpreter& in, Params& p) {
    Operand op;
    lang::ProvenancePtr prov;
    if (to_operand(in, p[0], op)) prov = op.prov;
    return make_ndarray(in, to_tensor(in, p[0], to_dtype(in, p[1])), prov);
}

Value np_arange(Interpreter& in, Params& p) {
    Value start = p[0], stop = p[1], step = p[2];
    if (stop.is_none()) {
        stop = start;
        start = Value::integer(0);
    }
    if (step.is_none()) step = Value::integer(1);
    for (const Value* v : {&start, &stop, &step})
        if (!v->is_number() && !as_numpy_scalar(*v))
            throw lang::type_error("unsupported operand type(s) for -: '" + in.type_name(stop) + "' and '" + in.type_name(start) + "'");
    // _arange_safe_ceil_to_intp((stop - start) / step), in Python arithmetic.
    Value span = in.binary("-", stop, start);
    Value quotient = in.binary("/", span, step);
    double q = lang::arg_float(in, in.call(in.builtin("float"), std::vector<Value>{quotient}), "arange");
    if (q != q) throw lang::value_error("arange: cannot compute length");
    double c = std::ceil(q);
    if (c > 9.2e18) throw lang::value_error("Maximum allowed size exceeded");
    int64_t length = c > 0 ? static_cast<int64_t>(c) : 0;
    std::optional<DType> dt = to_dtype(in, p[3]);
    if (!dt) {
        Operand a = operand(in, start), b = operand(in, stop), s = operand(in, step);
        dt = promote_types(promote_types(a.t.dtype(), b.t.dtype()), s.t.dtype());
        if (*dt == DType::Bool) *dt = DType::Int64;
    }
    in.count_elements(length);
    Tensor out(*dt, {length});
    if (length == 0) return make_ndarray(in, out);
    Scalar first = operand(in, start).t.get(0).cast(*dt);
    out.set(0, first);
    if (length > 1) out.set(1, operand(in, in.binary("+", start, step)).t.get(0).cast(*dt));
    // The dtype's fill loop: buffer[i] = start + i*delta, delta = buffer[1] - buffer[0].
    tensor::dispatch(*dt, [&](auto zero) {
        using T = decltype(zero);
        T* b = out.data<T>();
        if constexpr (std::is_same_v<T, bool>) {
            if (length > 2) throw lang::type_error("arange() is only supported for booleans when the result has at most length 2.");
        } else if constexpr (std::is_floating_point_v<T>) {
            T s0 = b[0], delta = length > 1 ? static_cast<T>(b[1] - b[0]) : T(0);
            for (int64_t i = 2; i < length; ++i) b[i] = static_cast<T>(s0 + static_cast<T>(static_cast<T>(i) * delta));
        } else {
            using U = std::make_unsigned_t<T>;
            U s0 = static_cast<U>(b[0]), delta = length > 1 ? static_cast<U>(static_cast<U>(b[1]) - s0) : U(0);
            for (int64_t i = 2; i < length; ++i) b[i] = static_cast<T>(static_cast<U>(s0 + static_cast<U>(static_cast<U>(i) * delta)));
        }
    });
    return make_ndarray(in, out);
}

Value np_linspace(Interpreter& in, Params& p) {
    int64_t num = 0;
    if (!index_value(p[2], num)) throw lang::type_error("'" + in.type_name(p[2]) + "' object cannot be interpreted as an integer");
    if (num < 0) throw lang::value_error("Number of samples, " + std::to_string(num) + ", must be non-negative.");
    bool endpoint = in.truthy(p[3]);
    bool retstep = in.truthy(p[4]);
    std::optional<DType> dtype = to_dtype(in, p[5]);
    int64_t axis = lang::arg_int(in, p[6], "axis");
    Operand a = operand(in, p[0]), b = operand(in, p[1]);
    if (a.t.ndim() != 0 || b.t.ndim() != 0) unsupported(in, "np.linspace with array start or stop");
    if (axis != 0 && axis != -1) unsupported(in, "np.linspace with axis");
    // start * 1.0 and stop * 1.0 are NumPy scalars; the computation is in float64.
    double start = a.t.get(0).to_double(), stop = b.t.get(0).to_double();
    int64_t div = endpoint ? num - 1 : num;
    double delta = stop - start;
    in.count_elements(num);
    Tensor y(DType::Float64, {num});
    double* py = y.data<double>();
    for (int64_t i = 0; i < num; ++i) py[i] = static_cast<double>(i);
    double step = std::nan("");
    if (div > 0) {
        step = delta / static_cast<double>(div);
        if (step == 0) {
            for (int64_t i = 0; i < num; ++i) py[i] = (py[i] / static_cast<double>(div)) * delta;
        } else {
            for (int64_t i = 0; i < num; ++i) py[i] = py[i] * step;
        }
    } else {
        for (int64_t i = 0; i < num; ++i) py[i] = py[i] * delta;
    }
    for (int64_t i = 0; i < num; ++i) py[i] = py[i] + start;
    if (endpoint && num > 1) py[num - 1] = stop;
    DType dt = dtype ? *dtype : DType::Float64;
    if (dtype && tensor::is_integer(*dtype))
        for (int64_t i = 0; i < num; ++i) py[i] = std::floor(py[i]);
    Value arr = make_ndarray(in, dt == DType::Float64 ? y : y.astype(dt), first_provenance(a.prov, b.prov));
    if (retstep) return lang::make_tuple({arr, make_scalar(in, Scalar::float64(step))});
    return arr;
}

Value np_zeros(Interpreter& in, Params& p) {
    c_order_only(in, p[2], "np.zeros");
    return make_ndarray(in, Tensor(default_float(in, p[1]), to_shape(in, p[0])));
}

Value np_ones(Interpreter& in, Params& p) {
    c_order_only(in, p[2], "np.ones");
    return make_ndarray(in, filled(to_shape(in, p[0]), default_float(in, p[1]), Tensor::scalar(Scalar::int64(1))));
}

Value np_full(Interpreter& in, Params& p) {
    c_order_only(in, p[3], "np.full");
    Shape shape = to_shape(in, p[0]);
    std::optional<DType> dt = to_dtype(in, p[2]);
    Tensor value = to_tensor(in, p[1]);
    return make_ndarray(in, filled(shape, dt ? *dt : value.dtype(), value));
}

namespace {

Value like(Interpreter& in, const Value& a, const Value& dtype, const Value& shape, const Tensor& value) {
    Tensor t = to_tensor(in, a);
    std::optional<DType> dt = to_dtype(in, dtype);
    Shape s = shape.is_none() ? t.shape() : to_shape(in, shape);
    return make_ndarray(in, filled(s, dt ? *dt : t.dtype(), value));
}

}  // namespace

Value np_zeros_like(Interpreter& in, Params& p) { return like(in, p[0], p[1], p[4], Tensor::scalar(Scalar::int64(0))); }
Value np_ones_like(Interpreter& in, Params& p) { return like(in, p[0], p[1], p[4], Tensor::scalar(Scalar::int64(1))); }
Value np_full_like(Interpreter& in, Params& p) { return like(in, p[0], p[2], p[5], to_tensor(in, p[1])); }

Value np_eye(Interpreter& in, Params& p) {
    int64_t n = lang::arg_int(in, p[0], "N");
    int64_t m = p[1].is_none() ? n : lang::arg_int(in, p[1], "M");
    int64_t k = lang::arg_int(in, p[2], "k");
    if (n < 0 || m < 0) throw lang::value_error("negative dimensions are not allowed");
    in.count_elements(n * m);
    Tensor out(default_float(in, p[3]), {n, m});
    for (int64_t i = 0; i < n; ++i) {
        int64_t j = i + k;
        if (j >= 0 && j < m) out.set(i * m + j, Scalar::int64(1));
    }
    return make_ndarray(in, out);
}

Value np_identity(Interpreter& in, Params& p) {
    Params q{p[0], Value::none(), Value::integer(0), p[1], Value::str("C")};
    return np_eye(in, q);
}

}  // namespace seedlab::libs::numpy
