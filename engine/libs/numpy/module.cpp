// The numpy module: the table of supported functions with their NumPy signatures,
// the scalar types, constants, and registration.
#include <array>
#include <limits>
#include <memory>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/creation.hpp"
#include "libs/numpy/functions.hpp"
#include "libs/numpy/numpy.hpp"
#include "libs/numpy/random/numpy_random.hpp"
#include "libs/numpy/reduce.hpp"
#include "libs/numpy/shape_ops.hpp"
#include "libs/numpy/ufunc.hpp"

namespace seedlab::libs {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;
using numpy::Params;
using tensor::DType;
using tensor::Tensor;

namespace {

using namespace numpy;
using Impl = Value (*)(Interpreter&, Params&);

struct FunctionSpec {
    const char* signature;  // NumPy's, as inspect.signature shows it (defaults as literals)
    Impl impl;
};

void no_out(Interpreter& in, const Value& out, const char* fn) {
    if (!out.is_none()) unsupported(in, std::string("the out= argument of np.") + fn);
}

template <BinOp op>
Value ufunc2(Interpreter& in, Params& p) {
    no_out(in, p[2], binop_name(op));
    return binary_value(in, op, p[0], p[1]);
}

template <UnOp op>
Value ufunc1(Interpreter& in, Params& p) {
    no_out(in, p[1], unop_name(op));
    return unary_value(in, op, p[0]);
}

template <Reduction r>
Value reduction(Interpreter& in, Params& p) {
    // (a, axis, dtype, out, keepdims[, ddof]) or (a, axis, out, keepdims) for dtype-less reductions.
    ReduceArgs args;
    args.axis = p[1];
    constexpr bool has_dtype = r == Reduction::Sum || r == Reduction::Prod || r == Reduction::Mean || r == Reduction::Var ||
                               r == Reduction::Std || r == Reduction::Cumsum || r == Reduction::Cumprod;
    size_t k = 2;
    if constexpr (has_dtype) args.dtype = to_dtype(in, p[k++]);
    no_out(in, p[k++], "reduction");
    if constexpr (r == Reduction::Var || r == Reduction::Std) args.ddof = lang::arg_int(in, p[k++], "ddof");
    if constexpr (r != Reduction::Cumsum && r != Reduction::Cumprod) args.keepdims = in.truthy(p[k]);
    return reduce(in, r, operand(in, p[0]), args);
}

Value f_round(Interpreter& in, Params& p) {
    no_out(in, p[2], "round");
    Operand a = operand(in, p[0]);
    return make_result(in, round_tensor(in, a, lang::arg_int(in, p[1], "decimals")), a.prov);
}
Value f_reshape(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    return make_ndarray(in, reshape(in, a.t, {p[1]}), a.prov);
}
Value f_ravel(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    return make_ndarray(in, a.t.reshape({a.t.size()}), a.prov);
}
Value f_transpose(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    return make_ndarray(in, transpose(in, a.t, p[1].is_none() ? std::vector<Value>{} : std::vector<Value>{p[1]}), a.prov);
}
Value f_squeeze(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    return make_result(in, squeeze(in, a.t, p[1]), a.prov);
}
Value f_expand_dims(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    return make_ndarray(in, expand_dims(in, a.t, p[1]), a.prov);
}
Value f_copy(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    Tensor t = a.t.copy();
    return make_result(in, lang::arg_str(in, p[1], "order") == "C" ? t : with_numpy_layout(t, {&a.t}), a.prov);
}

std::vector<Tensor> tensors_of(Interpreter& in, const Value& seq, lang::ProvenancePtr& prov) {
    std::vector<Tensor> out;
    for (const Value& v : in.to_list(seq)) {
        Operand o = operand(in, v);
        if (!prov) prov = o.prov;
        out.push_back(o.t);
    }
    return out;
}
Value f_concatenate(Interpreter& in, Params& p) {
    no_out(in, p[2], "concatenate");
    lang::ProvenancePtr prov;
    std::vector<Tensor> ts = tensors_of(in, p[0], prov);
    return make_ndarray(in, concatenate(in, ts, p[1]), prov);
}
Value f_stack(Interpreter& in, Params& p) {
    no_out(in, p[2], "stack");
    lang::ProvenancePtr prov;
    return make_ndarray(in, stack(in, tensors_of(in, p[0], prov), lang::arg_int(in, p[1], "axis")), prov);
}
Value f_vstack(Interpreter& in, Params& p) {
    lang::ProvenancePtr prov;
    std::vector<Tensor> ts = tensors_of(in, p[0], prov);
    for (auto& t : ts)
        if (t.ndim() < 2) t = t.reshape(t.ndim() == 0 ? tensor::Shape{1, 1} : tensor::Shape{1, t.shape()[0]});
    return make_ndarray(in, concatenate(in, ts, Value::integer(0)), prov);
}
Value f_hstack(Interpreter& in, Params& p) {
    lang::ProvenancePtr prov;
    std::vector<Tensor> ts = tensors_of(in, p[0], prov);
    for (auto& t : ts)
        if (t.ndim() == 0) t = t.reshape({1});
    bool one_d = !ts.empty() && ts[0].ndim() == 1;
    return make_ndarray(in, concatenate(in, ts, Value::integer(one_d ? 0 : 1)), prov);
}
Value f_dot(Interpreter& in, Params& p) {
    no_out(in, p[2], "dot");
    return matmul_value(in, operand(in, p[0]), operand(in, p[1]), true);
}
Value f_matmul(Interpreter& in, Params& p) {
    no_out(in, p[2], "matmul");
    return matmul_value(in, operand(in, p[0]), operand(in, p[1]));
}
Value f_shape(Interpreter& in, Params& p) {
    std::vector<Value> dims;
    Operand a = operand(in, p[0]);
    for (int64_t d : a.t.shape()) dims.push_back(Value::integer(d));
    return lang::make_tuple(std::move(dims));
}
Value f_ndim(Interpreter& in, Params& p) { return Value::integer(operand(in, p[0]).t.ndim()); }
Value f_size(Interpreter& in, Params& p) { return Value::integer(operand(in, p[0]).t.size()); }
Value f_dtype(Interpreter& in, Params& p) {
    std::optional<DType> d = to_dtype(in, p[0]);
    return Value::object(std::make_shared<DTypeObj>(d ? *d : DType::Float64));
}
Value f_empty(Interpreter& in, Params&) {
    unsupported(in, "np.empty (its contents are leftover memory that no run can reproduce; use np.zeros)");
}
Value f_isscalar(Interpreter&, Params& p) {
    const Value& v = p[0];
    return Value::boolean(v.is_number() || as_numpy_scalar(v).has_value() || v.as<lang::StrObj>());
}

// The supported API surface of the numpy module (besides types and constants).
const std::vector<FunctionSpec>& function_table() {
    static const std::vector<FunctionSpec> table = {
        // creation (creation.cpp)
        {"array(object, dtype=None, copy=True, order='K', subok=False, ndmin=0)", np_array},
        {"asarray(a, dtype=None, order=None)", np_asarray},
        {"asanyarray(a, dtype=None, order=None)", np_asarray},
        {"arange(start, stop=None, step=None, dtype=None)", np_arange},
        {"linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)", np_linspace},
        {"zeros(shape, dtype=None, order='C')", np_zeros},
        {"ones(shape, dtype=None, order='C')", np_ones},
        {"full(shape, fill_value, dtype=None, order='C')", np_full},
        {"empty(shape, dtype=None, order='C')", f_empty},
        {"zeros_like(a, dtype=None, order='K', subok=True, shape=None)", np_zeros_like},
        {"ones_like(a, dtype=None, order='K', subok=True, shape=None)", np_ones_like},
        {"full_like(a, fill_value, dtype=None, order='K', subok=True, shape=None)", np_full_like},
        {"empty_like(prototype, dtype=None, order='K', subok=True, shape=None)", f_empty},
        {"eye(N, M=None, k=0, dtype=None, order='C')", np_eye},
        {"identity(n, dtype=None)", np_identity},
        {"copy(a, order='K', subok=False)", f_copy},
        // shape (shape_ops.cpp)
        {"reshape(a, newshape, order='C')", f_reshape},
        {"ravel(a, order='C')", f_ravel},
        {"transpose(a, axes=None)", f_transpose},
        {"squeeze(a, axis=None)", f_squeeze},
        {"expand_dims(a, axis)", f_expand_dims},
        {"concatenate(arrays, axis=0, out=None)", f_concatenate},
        {"stack(arrays, axis=0, out=None)", f_stack},
        {"vstack(tup)", f_vstack},
        {"hstack(tup)", f_hstack},
        {"shape(a)", f_shape},
        {"ndim(a)", f_ndim},
        {"size(a)", f_size},
        {"dot(a, b, out=None)", f_dot},
        {"matmul(x1, x2, /, out=None)", f_matmul},
        {"dtype(dtype)", f_dtype},
        {"isscalar(element)", f_isscalar},
        // reductions (reduce.cpp)
        {"sum(a, axis=None, dtype=None, out=None, keepdims=False)", reduction<Reduction::Sum>},
        {"prod(a, axis=None, dtype=None, out=None, keepdims=False)", reduction<Reduction::Prod>},
        {"mean(a, axis=None, dtype=None, out=None, keepdims=False)", reduction<Reduction::Mean>},
        {"std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False)", reduction<Reduction::Std>},
        {"var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False)", reduction<Reduction::Var>},
        {"min(a, axis=None, out=None, keepdims=False)", reduction<Reduction::Min>},
        {"max(a, axis=None, out=None, keepdims=False)", reduction<Reduction::Max>},
        {"amin(a, axis=None, out=None, keepdims=False)", reduction<Reduction::Min>},
        {"amax(a, axis=None, out=None, keepdims=False)", reduction<Reduction::Max>},
        {"ptp(a, axis=None, out=None, keepdims=False)", reduction<Reduction::Ptp>},
        {"argmin(a, axis=None, out=None, keepdims=False)", reduction<Reduction::Argmin>},
        {"argmax(a, axis=None, out=None, keepdims=False)", reduction<Reduction::Argmax>},
        {"all(a, axis=None, out=None, keepdims=False)", reduction<Reduction::All>},
        {"any(a, axis=None, out=None, keepdims=False)", reduction<Reduction::Any>},
        {"cumsum(a, axis=None, dtype=None, out=None)", reduction<Reduction::Cumsum>},
        {"cumprod(a, axis=None, dtype=None, out=None)", reduction<Reduction::Cumprod>},
        // binary ufuncs (ufunc.cpp)
        {"add(x1, x2, /, out=None)", ufunc2<BinOp::Add>},
        {"subtract(x1, x2, /, out=None)", ufunc2<BinOp::Subtract>},
        {"multiply(x1, x2, /, out=None)", ufunc2<BinOp::Multiply>},
        {"divide(x1, x2, /, out=None)", ufunc2<BinOp::TrueDivide>},
        {"true_divide(x1, x2, /, out=None)", ufunc2<BinOp::TrueDivide>},
        {"floor_divide(x1, x2, /, out=None)", ufunc2<BinOp::FloorDivide>},
        {"mod(x1, x2, /, out=None)", ufunc2<BinOp::Remainder>},
        {"remainder(x1, x2, /, out=None)", ufunc2<BinOp::Remainder>},
        {"power(x1, x2, /, out=None)", ufunc2<BinOp::Power>},
        {"maximum(x1, x2, /, out=None)", ufunc2<BinOp::Maximum>},
        {"minimum(x1, x2, /, out=None)", ufunc2<BinOp::Minimum>},
        {"fmax(x1, x2, /, out=None)", ufunc2<BinOp::Fmax>},
        {"fmin(x1, x2, /, out=None)", ufunc2<BinOp::Fmin>},
        {"equal(x1, x2, /, out=None)", ufunc2<BinOp::Equal>},
        {"not_equal(x1, x2, /, out=None)", ufunc2<BinOp::NotEqual>},
        {"less(x1, x2, /, out=None)", ufunc2<BinOp::Less>},
        {"less_equal(x1, x2, /, out=None)", ufunc2<BinOp::LessEqual>},
        {"greater(x1, x2, /, out=None)", ufunc2<BinOp::Greater>},
        {"greater_equal(x1, x2, /, out=None)", ufunc2<BinOp::GreaterEqual>},
        {"logical_and(x1, x2, /, out=None)", ufunc2<BinOp::LogicalAnd>},
        {"logical_or(x1, x2, /, out=None)", ufunc2<BinOp::LogicalOr>},
        {"logical_xor(x1, x2, /, out=None)", ufunc2<BinOp::LogicalXor>},
        {"bitwise_and(x1, x2, /, out=None)", ufunc2<BinOp::BitAnd>},
        {"bitwise_or(x1, x2, /, out=None)", ufunc2<BinOp::BitOr>},
        {"bitwise_xor(x1, x2, /, out=None)", ufunc2<BinOp::BitXor>},
        {"left_shift(x1, x2, /, out=None)", ufunc2<BinOp::LeftShift>},
        {"right_shift(x1, x2, /, out=None)", ufunc2<BinOp::RightShift>},
        {"arctan2(x1, x2, /, out=None)", ufunc2<BinOp::Arctan2>},
        {"hypot(x1, x2, /, out=None)", ufunc2<BinOp::Hypot>},
        {"copysign(x1, x2, /, out=None)", ufunc2<BinOp::Copysign>},
        // unary ufuncs
        {"negative(x, /, out=None)", ufunc1<UnOp::Negative>},
        {"positive(x, /, out=None)", ufunc1<UnOp::Positive>},
        {"absolute(x, /, out=None)", ufunc1<UnOp::Absolute>},
        {"abs(x, /, out=None)", ufunc1<UnOp::Absolute>},
        {"fabs(x, /, out=None)", ufunc1<UnOp::Absolute>},
        {"invert(x, /, out=None)", ufunc1<UnOp::Invert>},
        {"logical_not(x, /, out=None)", ufunc1<UnOp::LogicalNot>},
        {"square(x, /, out=None)", ufunc1<UnOp::Square>},
        {"reciprocal(x, /, out=None)", ufunc1<UnOp::Reciprocal>},
        {"sign(x, /, out=None)", ufunc1<UnOp::Sign>},
        {"sqrt(x, /, out=None)", ufunc1<UnOp::Sqrt>},
        {"exp(x, /, out=None)", ufunc1<UnOp::Exp>},
        {"log(x, /, out=None)", ufunc1<UnOp::Log>},
        {"log1p(x, /, out=None)", ufunc1<UnOp::Log1p>},
        {"expm1(x, /, out=None)", ufunc1<UnOp::Expm1>},
        {"sin(x, /, out=None)", ufunc1<UnOp::Sin>},
        {"cos(x, /, out=None)", ufunc1<UnOp::Cos>},
        {"tan(x, /, out=None)", ufunc1<UnOp::Tan>},
        {"tanh(x, /, out=None)", ufunc1<UnOp::Tanh>},
        {"arcsin(x, /, out=None)", ufunc1<UnOp::Arcsin>},
        {"arccos(x, /, out=None)", ufunc1<UnOp::Arccos>},
        {"arctan(x, /, out=None)", ufunc1<UnOp::Arctan>},
        {"log2(x, /, out=None)", ufunc1<UnOp::Log2>},
        {"log10(x, /, out=None)", ufunc1<UnOp::Log10>},
        {"exp2(x, /, out=None)", ufunc1<UnOp::Exp2>},
        {"cbrt(x, /, out=None)", ufunc1<UnOp::Cbrt>},
        {"floor(x, /, out=None)", ufunc1<UnOp::Floor>},
        {"ceil(x, /, out=None)", ufunc1<UnOp::Ceil>},
        {"rint(x, /, out=None)", ufunc1<UnOp::Rint>},
        {"trunc(x, /, out=None)", ufunc1<UnOp::Trunc>},
        {"isnan(x, /, out=None)", ufunc1<UnOp::Isnan>},
        {"isinf(x, /, out=None)", ufunc1<UnOp::Isinf>},
        {"isfinite(x, /, out=None)", ufunc1<UnOp::Isfinite>},
        {"signbit(x, /, out=None)", ufunc1<UnOp::Signbit>},
        {"round(a, decimals=0, out=None)", f_round},
        {"around(a, decimals=0, out=None)", f_round},
        {"round_(a, decimals=0, out=None)", f_round},
        {"clip(a, a_min, a_max, out=None)", np_clip},
        // functions.cpp
        {"isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)", np_isclose},
        {"allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)", np_allclose},
        {"array_equal(a1, a2, equal_nan=False)", np_array_equal},
        {"where(condition, x=None, y=None)", np_where},
        {"nonzero(a)", np_nonzero},
        {"sort(a, axis=-1, kind=None, order=None)", np_sort},
        {"argsort(a, axis=-1, kind=None, order=None)", np_argsort},
        {"unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None)", np_unique},
        {"diff(a, n=1, axis=-1)", np_diff},
        {"outer(a, b, out=None)", np_outer},
        {"count_nonzero(a, axis=None, *, keepdims=False)", np_count_nonzero},
        {"bincount(x, weights=None, minlength=0)", np_bincount},
        {"set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, "
         "infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None)", np_set_printoptions},
        {"get_printoptions()", np_get_printoptions},
        {"format_float_positional(x, precision=None, unique=True, fractional=True, trim='k', sign=False, pad_left=None, "
         "pad_right=None, min_digits=None)", np_format_float_positional},
        {"format_float_scientific(x, precision=None, unique=True, trim='k', sign=False, pad_left=None, exp_digits=None, "
         "min_digits=None)", np_format_float_scientific},
        {"array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='', style=None, "
         "formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='')", np_array2string},
        {"array_repr(arr, max_line_width=None, precision=None, suppress_small=None)", np_array_repr},
        {"array_str(a, max_line_width=None, precision=None, suppress_small=None)", np_array_str},
    };
    return table;
}

const std::vector<std::shared_ptr<const lang::Signature>>& signatures() {
    static const std::vector<std::shared_ptr<const lang::Signature>> sigs = [] {
        std::vector<std::shared_ptr<const lang::Signature>> s;
        for (const FunctionSpec& f : function_table()) s.push_back(std::make_shared<lang::Signature>(f.signature));
        return s;
    }();
    return sigs;
}

// The numpy module: `np.random` is numpy.random's module object.
struct NumpyModule : lang::ModuleObj {
    NumpyModule() : lang::ModuleObj("numpy") {}
};

constexpr std::array<DType, 11> kScalarTypes = {DType::Bool, DType::Int8, DType::Int16, DType::Int32, DType::Int64, DType::UInt8,
                                                DType::UInt16, DType::UInt32, DType::UInt64, DType::Float32, DType::Float64};

}  // namespace

void register_numpy(lang::ModuleRegistry& registry) {
    registry.add("numpy", [](Interpreter& in) {
        auto m = std::make_shared<NumpyModule>();
        const auto& table = function_table();
        const auto& sigs = signatures();
        for (size_t k = 0; k < table.size(); ++k) {
            std::shared_ptr<const lang::Signature> sig = sigs[k];
            Impl impl = table[k].impl;
            m->attrs[sig->name()] = lang::make_native(sig->name(), [sig, impl](Interpreter& i, CallArgs& a) {
                Params p = sig->bind(a);
                return impl(i, p);
            });
        }
        m->attrs["printoptions"] = lang::make_native("printoptions", np_printoptions);
        for (DType d : kScalarTypes) {
            Value t = Value::object(std::make_shared<ScalarTypeObj>(d));
            m->attrs[scalar_type_name(d)] = t;
        }
        auto alias = [&](const char* name, DType d) { m->attrs[name] = m->attrs[scalar_type_name(d)]; };
        alias("bool8", DType::Bool);
        alias("byte", DType::Int8);
        alias("short", DType::Int16);
        alias("intc", DType::Int32);
        alias("int_", DType::Int64);
        alias("intp", DType::Int64);
        alias("longlong", DType::Int64);
        alias("ubyte", DType::UInt8);
        alias("ushort", DType::UInt16);
        alias("uintc", DType::UInt32);
        alias("uint", DType::UInt64);
        alias("uintp", DType::UInt64);
        alias("ulonglong", DType::UInt64);
        alias("single", DType::Float32);
        alias("double", DType::Float64);
        alias("float_", DType::Float64);
        for (const char* name : {"float16", "half", "complex64", "complex128", "complex_", "longdouble", "float128", "object_", "str_"}) {
            std::string n = name;
            m->attrs[n] = lang::make_native(n, [n](Interpreter& i, CallArgs&) -> Value { unsupported(i, "np." + n); });
        }
        m->attrs["ndarray"] = Value::object(std::make_shared<lang::TypeObj>(
            "numpy.ndarray", [](Interpreter& i, CallArgs&) -> Value { unsupported(i, "calling np.ndarray directly (use np.zeros or np.array)"); }));
        m->attrs["pi"] = Value::floating(3.141592653589793);
        m->attrs["e"] = Value::floating(2.718281828459045);
        m->attrs["euler_gamma"] = Value::floating(0.5772156649015329);
        m->attrs["inf"] = Value::floating(std::numeric_limits<double>::infinity());
        m->attrs["Inf"] = m->attrs["inf"];
        m->attrs["PINF"] = m->attrs["inf"];
        m->attrs["NINF"] = Value::floating(-std::numeric_limits<double>::infinity());
        m->attrs["nan"] = Value::floating(std::numeric_limits<double>::quiet_NaN());
        m->attrs["NaN"] = m->attrs["nan"];
        m->attrs["newaxis"] = Value::none();
        m->attrs["__version__"] = Value::str("1.24.2");
        m->attrs["__name__"] = Value::str("numpy");
        m->attrs["random"] = numpy_random_module(in);
        return Value::object(m);
    });
}

}  // namespace seedlab::libs
