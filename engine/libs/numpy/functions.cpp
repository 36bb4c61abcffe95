// Miscellaneous numpy functions and the print options (see functions.hpp).
#include "libs/numpy/functions.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/promotion.hpp"
#include "libs/numpy/reduce.hpp"
#include "libs/numpy/shape_ops.hpp"
#include "libs/numpy/ufunc.hpp"
#include "tensor/dragon4.hpp"

namespace seedlab::libs::numpy {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Scalar;
using tensor::Shape;
using tensor::Tensor;

namespace {

Operand python_float(double v) { return Operand{Tensor::scalar(Scalar::float64(v)), true, nullptr}; }

bool all_true(const Tensor& t) {
    for (int64_t k = 0; k < t.size(); ++k)
        if (!t.get(k).truthy()) return false;
    return true;
}

// isclose's within_tol: |x - y| <= atol + rtol * |y|, in NumPy's operand types.
Tensor within_tol(Interpreter& in, const Operand& x, const Operand& y, double atol, double rtol) {
    Operand diff{binary(in, BinOp::Subtract, x, y), false, nullptr};
    diff.scalar = diff.t.ndim() == 0;
    Operand lhs{unary(in, UnOp::Absolute, diff), diff.scalar, nullptr};
    Operand ay{unary(in, UnOp::Absolute, y), y.t.ndim() == 0, nullptr};
    Operand scaled{binary(in, BinOp::Multiply, python_float(rtol), ay), ay.scalar, nullptr};
    Operand rhs{binary(in, BinOp::Add, python_float(atol), scaled), scaled.scalar, nullptr};
    return binary(in, BinOp::LessEqual, lhs, rhs);
}

Tensor isclose_tensor(Interpreter& in, Params& p) {
    Operand x = operand(in, p[0]), y = operand(in, p[1]);
    double rtol = lang::arg_float(in, p[2], "rtol"), atol = lang::arg_float(in, p[3], "atol");
    bool equal_nan = in.truthy(p[4]);
    Operand one = python_float(1.0);
    DType dt = result_type({&y, &one});
    if (dt == DType::Float16) unsupported(in, "float16 arrays");
    if (y.t.dtype() != dt) y.t = y.t.astype(dt);
    Tensor xfin = unary(in, UnOp::Isfinite, x), yfin = unary(in, UnOp::Isfinite, y);
    if (all_true(xfin) && all_true(yfin)) return within_tol(in, x, y, atol, rtol);
    Shape shape = broadcast_shapes(x.t.shape(), y.t.shape());
    Operand ones{Tensor(DType::Bool, shape), false, nullptr};
    ones.t.assign(broadcast_to(Tensor::scalar(Scalar::boolean(true)), shape));
    Operand xb{binary(in, BinOp::Multiply, x, ones), false, nullptr}, yb{binary(in, BinOp::Multiply, y, ones), false, nullptr};
    Tensor tol = within_tol(in, xb, yb, atol, rtol);
    Tensor eq = binary(in, BinOp::Equal, xb, yb);
    Tensor xf = unary(in, UnOp::Isfinite, xb), yf = unary(in, UnOp::Isfinite, yb);
    Tensor xn = unary(in, UnOp::Isnan, xb), yn = unary(in, UnOp::Isnan, yb);
    Tensor out(DType::Bool, shape);
    for (int64_t k = 0; k < out.size(); ++k) {
        bool finite = xf.get(k).truthy() && yf.get(k).truthy();
        bool r = finite ? tol.get(k).truthy() : eq.get(k).truthy();
        if (equal_nan && xn.get(k).truthy() && yn.get(k).truthy()) r = true;
        out.set(k, Scalar::boolean(r));
    }
    return out;
}

template <class T>
bool less_nan_last(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) return a < b || (b != b && a == a);
    else return a < b;
}

// Sorts [t] along its last axis (a copy); [indices] gets argsort when non-null.
Tensor sort_last_axis(Interpreter& in, const Tensor& t, Tensor* indices, bool stable, bool require_unique) {
    Tensor out = t.copy();
    int64_t n = t.ndim() == 0 ? 1 : t.shape().back();
    int64_t rows = n == 0 ? 0 : out.size() / n;
    if (indices) *indices = Tensor(DType::Int64, t.shape());
    tensor::dispatch(t.dtype(), [&](auto zero) {
        using T = decltype(zero);
        T* p = out.data<T>();
        for (int64_t r = 0; r < rows; ++r) {
            T* row = p + r * n;
            if (!indices) {
                std::sort(row, row + n, less_nan_last<T>);
                continue;
            }
            std::vector<int64_t> idx(static_cast<size_t>(n));
            std::iota(idx.begin(), idx.end(), 0);
            auto cmp = [&](int64_t a, int64_t b) { return less_nan_last(row[a], row[b]); };
            if (stable) std::stable_sort(idx.begin(), idx.end(), cmp);
            else std::sort(idx.begin(), idx.end(), cmp);
            if (require_unique)
                for (size_t k = 1; k < idx.size(); ++k)
                    if (!cmp(idx[k - 1], idx[k]))
                        unsupported(in, "np.argsort of values with ties without kind='stable' (NumPy's introsort "
                                        "orders ties its own way)");
            std::vector<T> sorted(static_cast<size_t>(n));
            for (int64_t k = 0; k < n; ++k) sorted[static_cast<size_t>(k)] = row[idx[static_cast<size_t>(k)]];
            std::copy(sorted.begin(), sorted.end(), row);
            std::copy(idx.begin(), idx.end(), indices->data<int64_t>() + r * n);
        }
    });
    return out;
}

// Moves [axis] last, applies [f], moves it back.
template <class F>
Tensor along_axis(Interpreter& in, const Tensor& t, const Value& axis_v, F f) {
    int64_t axis = normalize_axis(in, axis_v, t.ndim());
    std::vector<int64_t> perm;
    for (int64_t k = 0; k < t.ndim(); ++k)
        if (k != axis) perm.push_back(k);
    perm.push_back(axis);
    Tensor moved = t.permute(perm).contiguous();
    Tensor r = f(moved);
    std::vector<int64_t> back(static_cast<size_t>(t.ndim()));
    for (size_t k = 0; k < perm.size(); ++k) back[static_cast<size_t>(perm[k])] = static_cast<int64_t>(k);
    return r.permute(back).contiguous();
}

void check_printoption_sign(const std::string& s) {
    if (s != "-" && s != "+" && s != " ") throw lang::value_error("sign option must be one of ' ', '+', or '-'");
}

}  // namespace

Value np_isclose(Interpreter& in, Params& p) { return make_result(in, isclose_tensor(in, p)); }

Value np_allclose(Interpreter& in, Params& p) { return Value::boolean(all_true(isclose_tensor(in, p))); }

Value np_array_equal(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]), b = operand(in, p[1]);
    if (a.t.shape() != b.t.shape()) return Value::boolean(false);
    a.scalar = b.scalar = false;
    Tensor eq = binary(in, BinOp::Equal, a, b);
    if (in.truthy(p[2])) {
        Tensor an = unary(in, UnOp::Isnan, a), bn = unary(in, UnOp::Isnan, b);
        for (int64_t k = 0; k < eq.size(); ++k)
            if (!eq.get(k).truthy() && !(an.get(k).truthy() && bn.get(k).truthy())) return Value::boolean(false);
        return Value::boolean(true);
    }
    return Value::boolean(all_true(eq));
}

Value np_where(Interpreter& in, Params& p) {
    if (p[1].is_none() && p[2].is_none()) return np_nonzero(in, p);
    if (p[1].is_none() || p[2].is_none()) throw lang::value_error("either both or neither of x and y should be given");
    Operand c = operand(in, p[0]), x = operand(in, p[1]), y = operand(in, p[2]);
    DType dt = result_type({&x, &y});
    if (dt == DType::Float16) unsupported(in, "float16 arrays");
    Shape shape = broadcast_shapes(broadcast_shapes(c.t.shape(), x.t.shape()), y.t.shape());
    in.count_elements(tensor::shape_size(shape));
    Tensor cb = broadcast_to(c.t, shape), xb = broadcast_to(x.t.astype(dt), shape), yb = broadcast_to(y.t.astype(dt), shape);
    Tensor out(dt, shape);
    for (int64_t k = 0; k < out.size(); ++k) out.set(k, cb.get(k).truthy() ? xb.get(k) : yb.get(k));
    return make_result(in, out, first_provenance(x.prov, y.prov));
}

Value np_nonzero(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    if (a.t.ndim() == 0) unsupported(in, "np.nonzero of a 0-d array");
    size_t nd = static_cast<size_t>(a.t.ndim());
    std::vector<std::vector<int64_t>> idx(nd);
    std::vector<int64_t> strides = tensor::row_major_strides(a.t.shape());
    for (int64_t k = 0; k < a.t.size(); ++k) {
        if (!a.t.get(k).truthy()) continue;
        int64_t rem = k;
        for (size_t d = 0; d < nd; ++d) {
            idx[d].push_back(rem / strides[d]);
            rem %= strides[d];
        }
    }
    std::vector<Value> out;
    for (auto& v : idx) out.push_back(make_ndarray(in, Tensor::from_vector(v)));
    return lang::make_tuple(std::move(out));
}

Value np_sort(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    if (!p[3].is_none()) unsupported(in, "np.sort with order=");
    Tensor t = a.t;
    if (p[1].is_none()) t = t.reshape({t.size()});
    if (t.ndim() == 0) throw lang::runtime_error("numpy.AxisError", "axis -1 is out of bounds for array of dimension 0");
    Value axis = p[1].is_none() ? Value::integer(-1) : p[1];
    Tensor r = along_axis(in, t, axis, [&](const Tensor& m) { return sort_last_axis(in, m, nullptr, false, false); });
    return make_ndarray(in, r, a.prov);
}

Value np_argsort(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    if (!p[3].is_none()) unsupported(in, "np.argsort with order=");
    std::string kind = p[2].is_none() ? "quicksort" : lang::arg_str(in, p[2], "kind");
    bool stable = kind == "stable" || kind == "mergesort";
    Tensor t = a.t;
    if (p[1].is_none()) t = t.reshape({t.size()});
    Value axis = p[1].is_none() ? Value::integer(-1) : p[1];
    Tensor r = along_axis(in, t, axis, [&](const Tensor& m) {
        Tensor idx;
        sort_last_axis(in, m, &idx, stable, !stable);
        return idx;
    });
    return make_ndarray(in, r);
}

Value np_unique(Interpreter& in, Params& p) {
    for (size_t k = 1; k < 4; ++k)
        if (in.truthy(p[k])) unsupported(in, "np.unique with return_index/return_inverse/return_counts");
    if (!p[4].is_none()) unsupported(in, "np.unique with axis");
    Operand a = operand(in, p[0]);
    Tensor flat = sort_last_axis(in, a.t.reshape({a.t.size()}), nullptr, false, false);
    std::vector<int64_t> keep;
    for (int64_t k = 0; k < flat.size(); ++k) {
        if (k == 0) { keep.push_back(k); continue; }
        Scalar prev = flat.get(k - 1), cur = flat.get(k);
        bool same = tensor::is_float(cur.dtype) ? (cur.f == prev.f || (cur.f != cur.f && prev.f != prev.f)) : cur.u == prev.u;
        if (!same) keep.push_back(k);
    }
    Tensor out(flat.dtype(), {static_cast<int64_t>(keep.size())});
    for (size_t k = 0; k < keep.size(); ++k) out.set(static_cast<int64_t>(k), flat.get(keep[k]));
    return make_ndarray(in, out, a.prov);
}

Value np_diff(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    int64_t n = lang::arg_int(in, p[1], "n");
    if (n < 0) throw lang::value_error("order must be non-negative but got " + std::to_string(n));
    if (a.t.ndim() == 0) throw lang::value_error("diff requires input that is at least one dimensional");
    int64_t axis = normalize_axis(in, p[2], a.t.ndim());
    Tensor cur = a.t;
    for (int64_t r = 0; r < n; ++r) {
        int64_t len = cur.shape()[static_cast<size_t>(axis)];
        Shape s = cur.shape();
        s[static_cast<size_t>(axis)] = std::max<int64_t>(len - 1, 0);
        int64_t st = cur.strides()[static_cast<size_t>(axis)];
        Operand hi{cur.view(s, cur.strides(), len > 0 ? st : 0), false, nullptr}, lo{cur.view(s, cur.strides(), 0), false, nullptr};
        cur = binary(in, cur.dtype() == DType::Bool ? BinOp::NotEqual : BinOp::Subtract, hi, lo);
    }
    return make_ndarray(in, cur, a.prov);
}

Value np_outer(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]), b = operand(in, p[1]);
    a.t = a.t.reshape({a.t.size(), 1});
    b.t = b.t.reshape({1, b.t.size()});
    a.scalar = b.scalar = false;
    return make_ndarray(in, binary(in, BinOp::Multiply, a, b), first_provenance(a.prov, b.prov));
}

Value np_count_nonzero(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    if (p[1].is_none()) {
        int64_t n = 0;
        for (int64_t k = 0; k < a.t.size(); ++k) n += a.t.get(k).truthy() ? 1 : 0;
        return Value::integer(n);
    }
    Operand b{a.t.astype(DType::Bool), false, nullptr};
    ReduceArgs args;
    args.axis = p[1];
    args.dtype = DType::Int64;
    args.keepdims = in.truthy(p[2]);
    return reduce(in, Reduction::Sum, b, args);
}

Value np_bincount(Interpreter& in, Params& p) {
    Operand x = operand(in, p[0]);
    const int64_t minlength = lang::arg_int(in, p[2], "minlength");
    if (minlength < 0) throw lang::value_error("'minlength' must not be negative");
    if (x.t.ndim() > 1) throw lang::value_error("object too deep for desired array");
    if (x.t.ndim() == 0) throw lang::value_error("object of too small depth for desired array");
    std::vector<int64_t> values;
    if (x.t.size() > 0) {
        if (!tensor::is_integer(x.t.dtype()) && x.t.dtype() != DType::Bool)
            throw lang::type_error("Cannot cast array data from dtype('" + std::string(tensor::dtype_name(x.t.dtype())) +
                                   "') to dtype('int64') according to the rule 'safe'");
        for (int64_t k = 0; k < x.t.size(); ++k) {
            values.push_back(x.t.get(k).i);
            if (values.back() < 0) throw lang::value_error("'list' argument must have no negative elements");
        }
    }
    int64_t n = minlength;
    for (int64_t v : values) n = std::max(n, v + 1);
    in.count_elements(n);
    if (p[1].is_none()) {
        Tensor out(DType::Int64, {n});
        int64_t* d = out.data<int64_t>();
        std::fill(d, d + n, 0);
        for (int64_t v : values) ++d[v];
        return make_ndarray(in, std::move(out));
    }
    Tensor w = operand(in, p[1]).t.astype(DType::Float64).contiguous();
    if (w.size() != static_cast<int64_t>(values.size())) throw lang::value_error("The weights and list don't have the same length.");
    Tensor out(DType::Float64, {n});
    double* d = out.data<double>();
    std::fill(d, d + n, 0.0);
    const double* wd = w.data<double>();
    for (size_t k = 0; k < values.size(); ++k) d[values[k]] += wd[k];
    return make_ndarray(in, std::move(out));
}

Value np_clip(Interpreter& in, Params& p) {
    if (!p[3].is_none()) unsupported(in, "np.clip with out=");
    Operand x = operand(in, p[0]);
    if (p[1].is_none() && p[2].is_none()) throw lang::value_error("One of max or min must be given");
    Operand r = x;
    if (!p[1].is_none()) r = Operand{binary(in, BinOp::Maximum, r, operand(in, p[1])), x.scalar, nullptr};
    if (!p[2].is_none()) r = Operand{binary(in, BinOp::Minimum, r, operand(in, p[2])), x.scalar, nullptr};
    return make_result(in, r.t, x.prov);
}

// ---- format_float_* ----------------------------------------------------------------

namespace {

int optional_nonnegative(Interpreter& in, const Value& v, const char* name) {
    if (v.is_none()) return -1;
    int64_t n = lang::arg_int(in, v, name);
    if (n < 0) throw lang::value_error(std::string(name) + " must be >= 0");
    return static_cast<int>(n);
}

tensor::TrimMode trim_mode(Interpreter& in, const Value& v) {
    std::string t = lang::arg_str(in, v, "trim");
    if (t == "k") return tensor::TrimMode::None;
    if (t == ".") return tensor::TrimMode::Zeros;
    if (t == "0") return tensor::TrimMode::LeaveOneZero;
    if (t == "-") return tensor::TrimMode::DptZeros;
    throw lang::type_error("if supplied, trim must be 'k', '.', '0' or '-' found `" + t + "`");
}

Value format_float(Interpreter& in, const Value& x, tensor::Dragon4Options o) {
    Operand a = operand(in, x);
    if (a.t.size() != 1) throw lang::type_error("only size-1 arrays can be converted to Python scalars");
    bool f32 = a.t.dtype() == DType::Float32;
    double v = a.t.get(0).to_double();
    if (o.digit_mode == tensor::DigitMode::Exact && o.precision < 0)
        throw lang::type_error("in non-unique mode `precision` must be supplied");
    if (o.min_digits > 0 && o.precision > 0 && o.min_digits > o.precision)
        throw lang::value_error("min_digits must be less than or equal to precision");
    return Value::str(tensor::dragon4(v, f32, o));
}

}  // namespace

Value np_format_float_positional(Interpreter& in, Params& p) {
    // (x, precision=None, unique=True, fractional=True, trim='k', sign=False, pad_left=None, pad_right=None, min_digits=None)
    tensor::Dragon4Options o;
    o.precision = optional_nonnegative(in, p[1], "precision");
    o.digit_mode = in.truthy(p[2]) ? tensor::DigitMode::Unique : tensor::DigitMode::Exact;
    bool fractional = in.truthy(p[3]);
    o.cutoff_mode = fractional ? tensor::CutoffMode::FractionLength : tensor::CutoffMode::TotalLength;
    o.trim = trim_mode(in, p[4]);
    o.sign = in.truthy(p[5]);
    o.digits_left = optional_nonnegative(in, p[6], "pad_left");
    o.digits_right = optional_nonnegative(in, p[7], "pad_right");
    o.min_digits = optional_nonnegative(in, p[8], "min_digits");
    if (!fractional && o.precision == 0) throw lang::value_error("precision must be greater than 0 if fractional=False");
    return format_float(in, p[0], o);
}

Value np_format_float_scientific(Interpreter& in, Params& p) {
    // (x, precision=None, unique=True, trim='k', sign=False, pad_left=None, exp_digits=None, min_digits=None)
    tensor::Dragon4Options o;
    o.scientific = true;
    o.precision = optional_nonnegative(in, p[1], "precision");
    o.digit_mode = in.truthy(p[2]) ? tensor::DigitMode::Unique : tensor::DigitMode::Exact;
    o.trim = trim_mode(in, p[3]);
    o.sign = in.truthy(p[4]);
    o.digits_left = optional_nonnegative(in, p[5], "pad_left");
    o.exp_digits = optional_nonnegative(in, p[6], "exp_digits");
    o.min_digits = optional_nonnegative(in, p[7], "min_digits");
    return format_float(in, p[0], o);
}

// ---- print options -----------------------------------------------------------------

Value np_set_printoptions(Interpreter& in, Params& p) {
    tensor::PrintOptions& o = in.state<NumpyState>().print;
    tensor::PrintOptions n = o;
    if (!p[0].is_none()) {
        int64_t v = 0;
        if (!p[0].is_int() && !p[0].is_bool()) throw lang::type_error("precision must be an integer");
        v = lang::arg_int(in, p[0], "precision");
        n.precision = static_cast<int>(v);
    }
    if (!p[1].is_none()) {
        if (!p[1].is_number() && !as_numpy_scalar(p[1])) throw lang::type_error("threshold must be numeric");
        double d = lang::arg_float(in, in.call(in.builtin("float"), std::vector<Value>{p[1]}), "threshold");
        if (d != d) throw lang::value_error("threshold must be non-NAN, try sys.maxsize for untruncated representation");
        n.threshold = d >= 9.2e18 ? std::numeric_limits<int64_t>::max() : d <= -9.2e18 ? std::numeric_limits<int64_t>::min()
                                                                                        : static_cast<int64_t>(d);
    }
    if (!p[2].is_none()) n.edgeitems = static_cast<int>(lang::arg_int(in, p[2], "edgeitems"));
    if (!p[3].is_none()) n.linewidth = static_cast<int>(lang::arg_int(in, p[3], "linewidth"));
    if (!p[4].is_none()) n.suppress = in.truthy(p[4]);
    if (!p[5].is_none()) n.nanstr = lang::arg_str(in, p[5], "nanstr");
    if (!p[6].is_none()) n.infstr = lang::arg_str(in, p[6], "infstr");
    if (!p[7].is_none()) unsupported(in, "np.set_printoptions(formatter=...)");
    if (!p[8].is_none()) {
        std::string s = lang::arg_str(in, p[8], "sign");
        check_printoption_sign(s);
        n.sign = s[0];
    }
    if (!p[9].is_none()) {
        std::string f = lang::arg_str(in, p[9], "floatmode");
        if (f != "fixed" && f != "unique" && f != "maxprec" && f != "maxprec_equal")
            throw lang::value_error("floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"");
        n.floatmode = f;
    }
    if (!p[10].is_none() && !(p[10].is_bool() && !p[10].as_bool())) unsupported(in, "np.set_printoptions(legacy=...)");
    o = n;
    return Value::none();
}

Value np_get_printoptions(Interpreter& in, Params&) {
    const tensor::PrintOptions& o = in.state<NumpyState>().print;
    auto d = std::make_shared<lang::DictObj>();
    d->put(in, Value::str("edgeitems"), Value::integer(o.edgeitems));
    d->put(in, Value::str("threshold"), Value::integer(o.threshold));
    d->put(in, Value::str("floatmode"), Value::str(o.floatmode));
    d->put(in, Value::str("precision"), Value::integer(o.precision));
    d->put(in, Value::str("suppress"), Value::boolean(o.suppress));
    d->put(in, Value::str("linewidth"), Value::integer(o.linewidth));
    d->put(in, Value::str("nanstr"), Value::str(o.nanstr));
    d->put(in, Value::str("infstr"), Value::str(o.infstr));
    d->put(in, Value::str("sign"), Value::str(std::string(1, o.sign)));
    d->put(in, Value::str("formatter"), Value::none());
    d->put(in, Value::str("legacy"), Value::boolean(false));
    return Value::object(d);
}

namespace {

// The context manager np.printoptions(...) returns.
struct PrintOptionsContext : lang::Obj {
    lang::CallArgs args;
    tensor::PrintOptions saved;
    std::string type_name() const override { return "_GeneratorContextManager"; }
    bool get_attr(Interpreter&, const std::string& name, Value& out) override {
        auto self = std::static_pointer_cast<PrintOptionsContext>(shared_from_this());
        if (name == "__enter__") {
            out = lang::make_native("__enter__", [self](Interpreter& in, lang::CallArgs&) {
                self->saved = in.state<NumpyState>().print;
                static const lang::Signature sig(
                    "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, "
                    "nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None)");
                Params p = sig.bind(self->args);
                np_set_printoptions(in, p);
                Params none;
                return np_get_printoptions(in, none);
            });
            return true;
        }
        if (name == "__exit__") {
            out = lang::make_native("__exit__", [self](Interpreter& in, lang::CallArgs&) {
                in.state<NumpyState>().print = self->saved;
                return Value::boolean(false);
            });
            return true;
        }
        return false;
    }
};

tensor::PrintOptions overridden(Interpreter& in, const Value& linewidth, const Value& precision, const Value& suppress) {
    tensor::PrintOptions o = in.state<NumpyState>().print;
    if (!linewidth.is_none()) o.linewidth = static_cast<int>(lang::arg_int(in, linewidth, "max_line_width"));
    if (!precision.is_none()) o.precision = static_cast<int>(lang::arg_int(in, precision, "precision"));
    if (!suppress.is_none()) o.suppress = in.truthy(suppress);
    return o;
}

}  // namespace

Value np_printoptions(Interpreter&, lang::CallArgs& args) {
    auto ctx = std::make_shared<PrintOptionsContext>();
    ctx->args = args;
    return Value::object(ctx);
}

Value np_array2string(Interpreter& in, Params& p) {
    // array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='',
    //              style=None, formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='')
    Operand a = operand(in, p[0]);
    tensor::PrintOptions o = overridden(in, p[1], p[2], p[3]);
    if (!p[7].is_none()) unsupported(in, "np.array2string(formatter=...)");
    if (!p[8].is_none()) o.threshold = lang::arg_int(in, p[8], "threshold");
    if (!p[9].is_none()) o.edgeitems = static_cast<int>(lang::arg_int(in, p[9], "edgeitems"));
    if (!p[10].is_none()) {
        std::string s = lang::arg_str(in, p[10], "sign");
        check_printoption_sign(s);
        o.sign = s[0];
    }
    if (!p[11].is_none()) o.floatmode = lang::arg_str(in, p[11], "floatmode");
    std::string suffix = lang::arg_str(in, p[12], "suffix");
    return Value::str(tensor::array2string(a.t, o, lang::arg_str(in, p[4], "separator"), lang::arg_str(in, p[5], "prefix"),
                                           suffix.size()).text);
}

Value np_array_repr(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    return Value::str(tensor::array_repr(a.t, overridden(in, p[1], p[2], p[3])).text);
}

Value np_array_str(Interpreter& in, Params& p) {
    Operand a = operand(in, p[0]);
    return Value::str(tensor::array_str(a.t, overridden(in, p[1], p[2], p[3])).text);
}

}  // namespace seedlab::libs::numpy
