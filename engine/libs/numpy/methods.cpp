// The ndarray attribute and method table.
#include "libs/numpy/methods.hpp"

#include <array>
#include <functional>
#include <unordered_map>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/indexing.hpp"
#include "libs/numpy/reduce.hpp"
#include "libs/numpy/shape_ops.hpp"
#include "libs/numpy/ufunc.hpp"

namespace seedlab::libs::numpy {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Tensor;

namespace {

using Self = std::shared_ptr<NdArrayObj>;
using Params = std::vector<Value>;
using MethodImpl = Value (*)(Interpreter&, const Self&, Params&);

std::vector<Value> star_items(const Value& v) {
    if (auto* t = v.as<lang::TupleObj>()) return t->items;
    return {};
}

void no_out(Interpreter& in, const Value& out, const char* method) {
    if (!out.is_none()) unsupported(in, std::string("the out= argument of ndarray.") + method);
}

Value reduction(Interpreter& in, const Self& self, Reduction r, const Value& axis, const Value& dtype, const Value& keepdims,
                int64_t ddof = 0) {
    ReduceArgs args;
    args.axis = axis;
    args.dtype = to_dtype(in, dtype);
    args.keepdims = in.truthy(keepdims);
    args.ddof = ddof;
    return reduce(in, r, Operand{self->t, false, self->prov}, args);
}

Value m_reshape(Interpreter& in, const Self& s, Params& p) {
    std::string order = lang::arg_str(in, p[1], "order");
    if (order != "C") unsupported(in, "reshape with order='" + order + "'");
    std::vector<Value> dims = star_items(p[0]);
    if (dims.empty()) throw lang::type_error("reshape() takes exactly 1 argument (0 given)");
    return make_ndarray(in, reshape(in, s->t, dims), s->prov);
}
Value m_astype(Interpreter& in, const Self& s, Params& p) {
    std::string order = lang::arg_str(in, p[1], "order");
    Tensor t = s->t.astype(*to_dtype(in, p[0]));
    if (order == "K" || order == "A") t = with_numpy_layout(t, {&s->t});
    return make_ndarray(in, t, s->prov);
}
Value m_ravel(Interpreter& in, const Self& s, Params&) { return make_ndarray(in, s->t.reshape({s->t.size()}), s->prov); }
Value m_flatten(Interpreter& in, const Self& s, Params&) { return make_ndarray(in, s->t.copy().reshape({s->t.size()}), s->prov); }
Value m_transpose(Interpreter& in, const Self& s, Params& p) { return make_ndarray(in, transpose(in, s->t, star_items(p[0])), s->prov); }
Value m_tolist(Interpreter& in, const Self& s, Params&) { return tolist(in, s->t, s->prov); }
Value m_item(Interpreter& in, const Self& s, Params& p) {
    std::vector<Value> args = star_items(p[0]);
    if (args.empty()) {
        if (s->t.size() != 1) throw lang::value_error("can only convert an array of size 1 to a Python scalar");
        return python_scalar_value(s->t.get(0), s->prov);
    }
    if (args.size() == 1) {
        int64_t i = 0;
        Value idx = args[0];
        if (idx.is_int()) i = idx.small_int();
        else unsupported(in, "ndarray.item with a non-integer argument");
        int64_t n = s->t.size();
        if (i < -n || i >= n) throw lang::runtime_error("IndexError", "index " + std::to_string(i) + " is out of bounds for size " + std::to_string(n));
        return python_scalar_value(s->t.get(i < 0 ? i + n : i), s->prov);
    }
    Value v = index_get(in, *s, lang::make_tuple(args));
    if (auto sc = as_numpy_scalar(v)) return python_scalar_value(*sc, s->prov);
    return v;
}
Value m_copy(Interpreter& in, const Self& s, Params&) { return make_ndarray(in, s->t.copy(), s->prov); }
Value m_sum(Interpreter& in, const Self& s, Params& p) { no_out(in, p[2], "sum"); return reduction(in, s, Reduction::Sum, p[0], p[1], p[3]); }
Value m_prod(Interpreter& in, const Self& s, Params& p) { no_out(in, p[2], "prod"); return reduction(in, s, Reduction::Prod, p[0], p[1], p[3]); }
Value m_mean(Interpreter& in, const Self& s, Params& p) { no_out(in, p[2], "mean"); return reduction(in, s, Reduction::Mean, p[0], p[1], p[3]); }
Value m_std(Interpreter& in, const Self& s, Params& p) {
    no_out(in, p[2], "std");
    return reduction(in, s, Reduction::Std, p[0], p[1], p[4], lang::arg_int(in, p[3], "ddof"));
}
Value m_var(Interpreter& in, const Self& s, Params& p) {
    no_out(in, p[2], "var");
    return reduction(in, s, Reduction::Var, p[0], p[1], p[4], lang::arg_int(in, p[3], "ddof"));
}
Value m_min(Interpreter& in, const Self& s, Params& p) { no_out(in, p[1], "min"); return reduction(in, s, Reduction::Min, p[0], Value::none(), p[2]); }
Value m_max(Interpreter& in, const Self& s, Params& p) { no_out(in, p[1], "max"); return reduction(in, s, Reduction::Max, p[0], Value::none(), p[2]); }
Value m_ptp(Interpreter& in, const Self& s, Params& p) { no_out(in, p[1], "ptp"); return reduction(in, s, Reduction::Ptp, p[0], Value::none(), p[2]); }
Value m_argmin(Interpreter& in, const Self& s, Params& p) { no_out(in, p[1], "argmin"); return reduction(in, s, Reduction::Argmin, p[0], Value::none(), p[2]); }
Value m_argmax(Interpreter& in, const Self& s, Params& p) { no_out(in, p[1], "argmax"); return reduction(in, s, Reduction::Argmax, p[0], Value::none(), p[2]); }
Value m_all(Interpreter& in, const Self& s, Params& p) { no_out(in, p[1], "all"); return reduction(in, s, Reduction::All, p[0], Value::none(), p[2]); }
Value m_any(Interpreter& in, const Self& s, Params& p) { no_out(in, p[1], "any"); return reduction(in, s, Reduction::Any, p[0], Value::none(), p[2]); }
Value m_cumsum(Interpreter& in, const Self& s, Params& p) { no_out(in, p[2], "cumsum"); return reduction(in, s, Reduction::Cumsum, p[0], p[1], Value::boolean(false)); }
Value m_cumprod(Interpreter& in, const Self& s, Params& p) { no_out(in, p[2], "cumprod"); return reduction(in, s, Reduction::Cumprod, p[0], p[1], Value::boolean(false)); }
Value m_round(Interpreter& in, const Self& s, Params& p) {
    no_out(in, p[1], "round");
    return make_ndarray(in, round_tensor(in, Operand{s->t, false, s->prov}, lang::arg_int(in, p[0], "decimals")), s->prov);
}
Value m_fill(Interpreter& in, const Self& s, Params& p) {
    Operand v = operand(in, p[0]);
    if (v.t.ndim() != 0) throw lang::value_error("Input object to FillWithScalar is not a scalar");
    s->t.assign(broadcast_to(v.t, s->t.shape()));
    return Value::none();
}
Value m_squeeze(Interpreter& in, const Self& s, Params& p) { return make_ndarray(in, squeeze(in, s->t, p[0]), s->prov); }
Value m_dot(Interpreter& in, const Self& s, Params& p) {
    no_out(in, p[1], "dot");
    return matmul_value(in, Operand{s->t, false, s->prov}, operand(in, p[0]), true);
}
Value m_clip(Interpreter& in, const Self& s, Params& p) {
    no_out(in, p[2], "clip");
    Operand x{s->t, false, s->prov};
    if (p[0].is_none() && p[1].is_none()) throw lang::value_error("One of max or min must be given");
    Operand r = x;
    if (!p[0].is_none()) r.t = binary(in, BinOp::Maximum, r, operand(in, p[0]));
    if (!p[1].is_none()) r.t = binary(in, BinOp::Minimum, r, operand(in, p[1]));
    return make_result(in, r.t, s->prov);
}

struct MethodSpec {
    const char* name;
    const char* signature;
    MethodImpl impl;
};

// The supported methods of numpy.ndarray, with NumPy's signatures.
constexpr std::array<MethodSpec, 27> kMethods = {{
    {"reshape", "reshape(*shape, order='C')", m_reshape},
    {"astype", "astype(dtype, order='K', casting='unsafe', subok=True, copy=True)", m_astype},
    {"ravel", "ravel(order='C')", m_ravel},
    {"flatten", "flatten(order='C')", m_flatten},
    {"transpose", "transpose(*axes)", m_transpose},
    {"tolist", "tolist()", m_tolist},
    {"item", "item(*args)", m_item},
    {"copy", "copy(order='C')", m_copy},
    {"sum", "sum(axis=None, dtype=None, out=None, keepdims=False)", m_sum},
    {"prod", "prod(axis=None, dtype=None, out=None, keepdims=False)", m_prod},
    {"mean", "mean(axis=None, dtype=None, out=None, keepdims=False)", m_mean},
    {"std", "std(axis=None, dtype=None, out=None, ddof=0, keepdims=False)", m_std},
    {"var", "var(axis=None, dtype=None, out=None, ddof=0, keepdims=False)", m_var},
    {"min", "min(axis=None, out=None, keepdims=False)", m_min},
    {"max", "max(axis=None, out=None, keepdims=False)", m_max},
    {"ptp", "ptp(axis=None, out=None, keepdims=False)", m_ptp},
    {"argmin", "argmin(axis=None, out=None, keepdims=False)", m_argmin},
    {"argmax", "argmax(axis=None, out=None, keepdims=False)", m_argmax},
    {"all", "all(axis=None, out=None, keepdims=False)", m_all},
    {"any", "any(axis=None, out=None, keepdims=False)", m_any},
    {"cumsum", "cumsum(axis=None, dtype=None, out=None)", m_cumsum},
    {"cumprod", "cumprod(axis=None, dtype=None, out=None)", m_cumprod},
    {"round", "round(decimals=0, out=None)", m_round},
    {"fill", "fill(value)", m_fill},
    {"squeeze", "squeeze(axis=None)", m_squeeze},
    {"dot", "dot(b, out=None)", m_dot},
    {"clip", "clip(min=None, max=None, out=None)", m_clip},
}};

const lang::Signature& signature_of(const MethodSpec& m) {
    static const std::unordered_map<const MethodSpec*, lang::Signature> table = [] {
        std::unordered_map<const MethodSpec*, lang::Signature> t;
        for (auto& spec : kMethods) t.emplace(&spec, lang::Signature(spec.signature));
        return t;
    }();
    return table.at(&m);
}

}  // namespace

bool ndarray_attribute(Interpreter& in, const Self& self, const std::string& name, Value& out) {
    const Tensor& t = self->t;
    if (name == "shape") {
        std::vector<Value> dims;
        for (int64_t d : t.shape()) dims.push_back(Value::integer(d));
        out = lang::make_tuple(std::move(dims));
        return true;
    }
    if (name == "ndim") { out = Value::integer(t.ndim()); return true; }
    if (name == "size") { out = Value::integer(t.size()); return true; }
    if (name == "dtype") { out = Value::object(std::make_shared<DTypeObj>(t.dtype())); return true; }
    if (name == "itemsize") { out = Value::integer(static_cast<int64_t>(tensor::itemsize(t.dtype()))); return true; }
    if (name == "nbytes") { out = Value::integer(t.size() * static_cast<int64_t>(tensor::itemsize(t.dtype()))); return true; }
    if (name == "T") { out = make_ndarray(in, transpose(in, t, {}), self->prov); return true; }
    if (name == "real") { out = Value::object(self); return true; }
    if (name == "strides") {
        std::vector<Value> st;
        for (int64_t s : t.strides()) st.push_back(Value::integer(s * static_cast<int64_t>(tensor::itemsize(t.dtype()))));
        out = lang::make_tuple(std::move(st));
        return true;
    }
    for (const MethodSpec& m : kMethods) {
        if (name != m.name) continue;
        const MethodSpec* spec = &m;
        out = lang::make_native(m.name, [self, spec](Interpreter& i, lang::CallArgs& a) {
            Params p = signature_of(*spec).bind(a);
            return spec->impl(i, self, p);
        });
        return true;
    }
    return false;
}

}  // namespace seedlab::libs::numpy
