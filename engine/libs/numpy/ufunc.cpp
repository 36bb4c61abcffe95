// Elementwise kernels with NumPy 1.24's semantics (numpy/core/src/umath/loops*.c.src,
// npy_math_internal.h.src for floor division and remainder).
#include "libs/numpy/ufunc.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <type_traits>

#include "lang/errors.hpp"
#include "libs/numpy/promotion.hpp"
#include "libs/numpy/simd_tanh.hpp"
#include "math/libm.hpp"

namespace seedlab::libs::numpy {

using tensor::DType;
using tensor::Kind;
using tensor::Shape;
using tensor::Tensor;

namespace {

template <class T> constexpr bool is_bool_v = std::is_same_v<T, bool>;
template <class T> constexpr bool is_int_v = std::is_integral_v<T> && !is_bool_v<T>;

// Wrapping integer arithmetic (NumPy's C loops wrap silently, warning on stderr only).
template <class T> T wrap_add(T a, T b) { using U = std::make_unsigned_t<T>; return static_cast<T>(static_cast<U>(static_cast<U>(a) + static_cast<U>(b))); }
template <class T> T wrap_sub(T a, T b) { using U = std::make_unsigned_t<T>; return static_cast<T>(static_cast<U>(static_cast<U>(a) - static_cast<U>(b))); }
template <class T> T wrap_mul(T a, T b) {
    using U = std::make_unsigned_t<T>;
    using W = std::conditional_t<(sizeof(T) < sizeof(unsigned)), unsigned, U>;
    return static_cast<T>(static_cast<U>(static_cast<W>(static_cast<U>(a)) * static_cast<W>(static_cast<U>(b))));
}
template <class T> T wrap_neg(T a) { using U = std::make_unsigned_t<T>; return static_cast<T>(static_cast<U>(U{0} - static_cast<U>(a))); }

template <class T> T int_floor_divide(T a, T b) {
    if (b == 0) return 0;
    if constexpr (std::is_signed_v<T>) {
        if (a == std::numeric_limits<T>::min() && b == -1) return a;
        T q = static_cast<T>(a / b);
        if (((a > 0) != (b > 0)) && static_cast<T>(q * b) != a) q = static_cast<T>(q - 1);
        return q;
    } else {
        return static_cast<T>(a / b);
    }
}

template <class T> T int_remainder(T a, T b) {
    if (b == 0) return 0;
    if constexpr (std::is_signed_v<T>) {
        if (a == std::numeric_limits<T>::min() && b == -1) return 0;
        T rem = static_cast<T>(a % b);
        if ((a > 0) == (b > 0) || rem == 0) return rem;
        return static_cast<T>(rem + b);
    } else {
        return static_cast<T>(a % b);
    }
}

template <class T> T int_power(T base, T exp) {
    if (exp == 0 || base == 1) return 1;
    T out = (exp & 1) ? base : T{1};
    exp = static_cast<T>(exp >> 1);
    while (exp > 0) {
        base = wrap_mul(base, base);
        if (exp & 1) out = wrap_mul(out, base);
        exp = static_cast<T>(exp >> 1);
    }
    return out;
}

// npy_divmod: Python-style floor division and modulus of floats.
template <class F> F float_divmod(F a, F b, F& mod) {
    mod = std::fmod(a, b);
    if (!b) return a / b;
    F div = (a - mod) / b;
    if (mod) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= F(1);
        }
    } else {
        mod = std::copysign(F(0), b);
    }
    F floordiv;
    if (div) {
        floordiv = std::floor(div);
        if (div - floordiv > F(0.5)) floordiv += F(1);
    } else {
        floordiv = std::copysign(F(0), a / b);
    }
    return floordiv;
}
template <class F> F float_floor_divide(F a, F b) {
    if (!b) return a / b;
    F mod;
    return float_divmod(a, b, mod);
}
template <class F> F float_remainder(F a, F b) {
    if (!b) return std::fmod(a, b);
    F mod;
    float_divmod(a, b, mod);
    return mod;
}

template <class T> T shift_left(T a, T b) {
    using U = std::make_unsigned_t<T>;
    if (static_cast<U>(b) >= sizeof(T) * 8) return 0;
    return static_cast<T>(static_cast<U>(a) << static_cast<U>(b));
}
template <class T> T shift_right(T a, T b) {
    using U = std::make_unsigned_t<T>;
    if (static_cast<U>(b) >= sizeof(T) * 8) return a < 0 ? T(-1) : T(0);
    return static_cast<T>(a >> static_cast<U>(b));
}

// Calls fn(offset_a, offset_b, k) over a row-major walk of [shape]; offsets are
// relative to each tensor's first element.
template <class Fn>
void walk2(const Shape& shape, const std::vector<int64_t>& sa, const std::vector<int64_t>& sb, Fn&& fn) {
    int64_t n = tensor::shape_size(shape);
    if (n == 0) return;
    size_t nd = shape.size();
    std::vector<int64_t> idx(nd, 0);
    int64_t oa = 0, ob = 0;
    for (int64_t k = 0; k < n; ++k) {
        fn(oa, ob, k);
        for (size_t d = nd; d-- > 0;) {
            if (++idx[d] < shape[d]) { oa += sa[d]; ob += sb[d]; break; }
            oa -= sa[d] * (shape[d] - 1);
            ob -= sb[d] * (shape[d] - 1);
            idx[d] = 0;
        }
    }
}

// map2 and map1 stay out of line: inlined into the per-dtype switches they made 50-150 KB
// wasm functions whose optimising compile stalls the page when they first become hot.
template <class T, class R, class F>
[[gnu::noinline]] Tensor map2(const Tensor& a, const Tensor& b, const Shape& shape, DType out_dtype, F f) {
    Tensor out(out_dtype, shape);
    Tensor va = broadcast_to(a, shape), vb = broadcast_to(b, shape);
    const T* pa = va.data<T>();
    const T* pb = vb.data<T>();
    R* po = out.data<R>();
    if (va.is_contiguous() && vb.is_contiguous()) {
        int64_t n = out.size();
        for (int64_t k = 0; k < n; ++k) po[k] = f(pa[k], pb[k]);
    } else {
        walk2(shape, va.strides(), vb.strides(), [&](int64_t oa, int64_t ob, int64_t k) { po[k] = f(pa[oa], pb[ob]); });
    }
    return out;
}

template <class T, class R, class F>
[[gnu::noinline]] Tensor map1(const Tensor& a, DType out_dtype, F f) {
    Tensor src = a.contiguous();
    Tensor out(out_dtype, a.shape());
    const T* pa = src.data<T>();
    R* po = out.data<R>();
    int64_t n = out.size();
    for (int64_t k = 0; k < n; ++k) po[k] = f(pa[k]);
    return out;
}

// NumPy's iterator axis order (npyiter_find_best_axis_ordering): a stable insertion
// sort of the axes, innermost first, by the operands' |strides|, where an operand
// with stride 0 on either axis (broadcast, or length 1) has no say and C order wins
// conflicts. Returns the axes outermost first.
std::vector<int64_t> iteration_order(const Shape& shape, const std::vector<const Tensor*>& ops) {
    size_t nd = shape.size();
    std::vector<int64_t> perm(nd);
    for (size_t i = 0; i < nd; ++i) perm[i] = static_cast<int64_t>(nd - 1 - i);
    auto stride = [&](const Tensor* t, int64_t axis) {
        return shape[static_cast<size_t>(axis)] == 1 ? 0 : t->strides()[static_cast<size_t>(axis)];
    };
    for (size_t i0 = 1; i0 < nd; ++i0) {
        size_t ipos = i0;
        int64_t j0 = perm[i0];
        for (size_t i1 = i0; i1-- > 0;) {
            bool ambiguous = true, swap = false;
            int64_t j1 = perm[i1];
            for (const Tensor* t : ops) {
                int64_t s0 = stride(t, j0), s1 = stride(t, j1);
                if (s0 == 0 || s1 == 0) continue;
                if (std::llabs(s1) <= std::llabs(s0)) swap = false;
                else if (ambiguous) swap = true;
                ambiguous = false;
            }
            if (ambiguous) continue;
            if (swap) ipos = i1;
            else break;
        }
        if (ipos != i0) {
            for (size_t i1 = i0; i1 > ipos; --i1) perm[i1] = perm[i1 - 1];
            perm[ipos] = j0;
        }
    }
    std::reverse(perm.begin(), perm.end());
    return perm;
}

// [t] (C-contiguous) laid out in memory the way NumPy allocates a ufunc output for
// inputs [ops] (order='K'): a transposed input gives a transposed output, which later
// decides the summation order of reductions over it.
}  // namespace

Tensor with_numpy_layout(const Tensor& t, const std::vector<const Tensor*>& ops) {
    if (t.ndim() < 2) return t;
    std::vector<int64_t> perm = iteration_order(t.shape(), ops);
    bool identity = true;
    for (size_t k = 0; k < perm.size(); ++k) identity = identity && perm[k] == static_cast<int64_t>(k);
    if (identity) return t;
    Shape permuted;
    for (int64_t ax : perm) permuted.push_back(t.shape()[static_cast<size_t>(ax)]);
    std::vector<int64_t> inverse(perm.size());
    for (size_t k = 0; k < perm.size(); ++k) inverse[static_cast<size_t>(perm[k])] = static_cast<int64_t>(k);
    Tensor out = Tensor(t.dtype(), permuted).permute(inverse);
    out.assign(t);
    return out;
}

namespace {

[[noreturn]] void no_loop(const char* name) {
    throw lang::type_error(std::string("ufunc '") + name +
                           "' not supported for the input types, and the inputs could not be safely coerced to any supported "
                           "types according to the casting rule ''safe''");
}

[[noreturn]] void float16_unsupported(lang::Interpreter& in, const char* name) {
    unsupported(in, std::string("np.") + name + " with a float16 result (float16 arrays are not emulated)");
}

// The loop dtype NumPy picks for a float-only ufunc of integer inputs (exp, sqrt,
// floor, ...): the first of float16/float32/float64 the input casts to safely.
DType float_loop(DType d) {
    if (tensor::is_float(d)) return d;
    switch (tensor::itemsize(d)) {
        case 1: return DType::Float16;
        case 2: return DType::Float32;
        default: return DType::Float64;
    }
}

template <class T>
Tensor binary_typed(lang::Interpreter& in, BinOp op, const Tensor& a, const Tensor& b, const Shape& shape) {
    const DType dt = tensor::dtype_of<T>();
    auto cmp = [&](auto f) { return map2<T, bool>(a, b, shape, DType::Bool, f); };
    auto same = [&](auto f) { return map2<T, T>(a, b, shape, dt, f); };
    switch (op) {
        case BinOp::Equal: return cmp([](T x, T y) { return x == y; });
        case BinOp::NotEqual: return cmp([](T x, T y) { return x != y; });
        case BinOp::Less: return cmp([](T x, T y) { return x < y; });
        case BinOp::LessEqual: return cmp([](T x, T y) { return x <= y; });
        case BinOp::Greater: return cmp([](T x, T y) { return x > y; });
        case BinOp::GreaterEqual: return cmp([](T x, T y) { return x >= y; });
        case BinOp::LogicalAnd: return cmp([](T x, T y) { return x != T{} && y != T{}; });
        case BinOp::LogicalOr: return cmp([](T x, T y) { return x != T{} || y != T{}; });
        case BinOp::LogicalXor: return cmp([](T x, T y) { return (x != T{}) != (y != T{}); });
        default: break;
    }
    if constexpr (is_bool_v<T>) {
        switch (op) {
            case BinOp::Add: case BinOp::BitOr: case BinOp::Maximum: case BinOp::Fmax: return same([](T x, T y) { return x || y; });
            case BinOp::Multiply: case BinOp::BitAnd: case BinOp::Minimum: case BinOp::Fmin: return same([](T x, T y) { return x && y; });
            case BinOp::BitXor: return same([](T x, T y) { return x != y; });
            case BinOp::Subtract:
                throw lang::type_error("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
                                       "operator, or the logical_xor function instead.");
            default: no_loop(binop_name(op));
        }
    } else if constexpr (is_int_v<T>) {
        switch (op) {
            case BinOp::Add: return same([](T x, T y) { return wrap_add(x, y); });
            case BinOp::Subtract: return same([](T x, T y) { return wrap_sub(x, y); });
            case BinOp::Multiply: return same([](T x, T y) { return wrap_mul(x, y); });
            case BinOp::FloorDivide: return same([](T x, T y) { return int_floor_divide(x, y); });
            case BinOp::Remainder: return same([](T x, T y) { return int_remainder(x, y); });
            case BinOp::Power: {
                Tensor vb = broadcast_to(b, shape);
                if constexpr (std::is_signed_v<T>) {
                    bool negative = false;
                    vb.for_each_offset([&](int64_t o) { negative |= vb.data<T>()[o - vb.offset()] < 0; });
                    if (negative) throw lang::value_error("Integers to negative integer powers are not allowed.");
                }
                return same([](T x, T y) { return int_power(x, y); });
            }
            case BinOp::BitAnd: return same([](T x, T y) { return static_cast<T>(x & y); });
            case BinOp::BitOr: return same([](T x, T y) { return static_cast<T>(x | y); });
            case BinOp::BitXor: return same([](T x, T y) { return static_cast<T>(x ^ y); });
            case BinOp::LeftShift: return same([](T x, T y) { return shift_left(x, y); });
            case BinOp::RightShift: return same([](T x, T y) { return shift_right(x, y); });
            case BinOp::Maximum: case BinOp::Fmax: return same([](T x, T y) { return x >= y ? x : y; });
            case BinOp::Minimum: case BinOp::Fmin: return same([](T x, T y) { return x <= y ? x : y; });
            default: no_loop(binop_name(op));
        }
    } else {
        constexpr bool f32 = std::is_same_v<T, float>;
        switch (op) {
            case BinOp::Add: return same([](T x, T y) { return static_cast<T>(x + y); });
            case BinOp::Subtract: return same([](T x, T y) { return static_cast<T>(x - y); });
            case BinOp::Multiply: return same([](T x, T y) { return static_cast<T>(x * y); });
            case BinOp::TrueDivide: return same([](T x, T y) { return static_cast<T>(x / y); });
            case BinOp::FloorDivide: return same([](T x, T y) { return float_floor_divide(x, y); });
            case BinOp::Remainder: return same([](T x, T y) { return float_remainder(x, y); });
            // NumPy's SIMD max/min return the second operand on ties (so maximum(-0.0, 0.0) is 0.0).
            case BinOp::Maximum: return same([](T x, T y) { return (x > y || x != x) ? x : y; });
            case BinOp::Minimum: return same([](T x, T y) { return (x < y || x != x) ? x : y; });
            case BinOp::Fmax: return same([](T x, T y) { return (x > y || y != y) ? x : y; });
            case BinOp::Fmin: return same([](T x, T y) { return (x < y || y != y) ? x : y; });
            case BinOp::Copysign: return same([](T x, T y) { return std::copysign(x, y); });
            case BinOp::Power:
                if constexpr (f32) return same([](T x, T y) { return math::powf(x, y); });
                else return same([](T x, T y) { return math::pow(x, y); });
            case BinOp::Arctan2:
                if constexpr (f32) unsupported(in, "np.arctan2 of float32 values");
                else return same([](T x, T y) { return math::atan2(x, y); });
            case BinOp::Hypot: unsupported(in, "np.hypot (hypot is not in the playground's libm)");
            default: no_loop(binop_name(op));
        }
    }
}

// The loop types of the ufuncs NumPy resolves by linear search, in ufunc.types order
// ('l'/'q' and 'L'/'Q' are the same types on Linux).
const std::vector<DType>& search_loops(BinOp op) {
    static const std::vector<DType> ints = {DType::Int8, DType::UInt8, DType::Int16, DType::UInt16, DType::Int32,
                                            DType::UInt32, DType::Int64, DType::UInt64};
    static const std::vector<DType> arith = [] {
        std::vector<DType> v = ints;
        v.insert(v.end(), {DType::Float16, DType::Float32, DType::Float64});
        return v;
    }();
    static const std::vector<DType> bitwise = {DType::Bool, DType::Int8, DType::UInt8, DType::Int16, DType::UInt16,
                                               DType::Int32, DType::UInt32, DType::Int64, DType::UInt64};
    static const std::vector<DType> floats = {DType::Float16, DType::Float32, DType::Float64};
    switch (op) {
        case BinOp::FloorDivide: case BinOp::Remainder: case BinOp::Power: return arith;
        case BinOp::BitAnd: case BinOp::BitOr: case BinOp::BitXor: return bitwise;
        case BinOp::LeftShift: case BinOp::RightShift: return ints;
        default: return floats;
    }
}

bool resolved_by_search(BinOp op) {
    switch (op) {
        case BinOp::FloorDivide: case BinOp::Remainder: case BinOp::Power: case BinOp::BitAnd: case BinOp::BitOr:
        case BinOp::BitXor: case BinOp::LeftShift: case BinOp::RightShift: case BinOp::Arctan2: case BinOp::Hypot:
        case BinOp::Copysign: case BinOp::TrueDivide:
            return true;
        default: return false;
    }
}

// The loop dtype of [op] for operands promoting to [ct].
DType binary_loop_dtype(lang::Interpreter& in, BinOp op, DType ct) {
    Kind k = tensor::kind_of(ct);
    switch (op) {
        case BinOp::TrueDivide:
        case BinOp::Arctan2:
        case BinOp::Hypot:
        case BinOp::Copysign:
            if (k != Kind::Float) return op == BinOp::TrueDivide ? DType::Float64 : float_loop(ct);
            break;
        case BinOp::FloorDivide:
        case BinOp::Remainder:
        case BinOp::Power:
            if (k == Kind::Bool) return DType::Int8;
            break;
        case BinOp::BitAnd: case BinOp::BitOr: case BinOp::BitXor: case BinOp::LeftShift: case BinOp::RightShift:
            if (k == Kind::Float) no_loop(binop_name(op));
            if (k == Kind::Bool && (op == BinOp::LeftShift || op == BinOp::RightShift)) return DType::Int8;
            break;
        default: break;
    }
    (void)in;
    return ct;
}

}  // namespace

const char* binop_name(BinOp op) {
    switch (op) {
        case BinOp::Add: return "add";
        case BinOp::Subtract: return "subtract";
        case BinOp::Multiply: return "multiply";
        case BinOp::TrueDivide: return "true_divide";
        case BinOp::FloorDivide: return "floor_divide";
        case BinOp::Remainder: return "remainder";
        case BinOp::Power: return "power";
        case BinOp::Equal: return "equal";
        case BinOp::NotEqual: return "not_equal";
        case BinOp::Less: return "less";
        case BinOp::LessEqual: return "less_equal";
        case BinOp::Greater: return "greater";
        case BinOp::GreaterEqual: return "greater_equal";
        case BinOp::BitAnd: return "bitwise_and";
        case BinOp::BitOr: return "bitwise_or";
        case BinOp::BitXor: return "bitwise_xor";
        case BinOp::LeftShift: return "left_shift";
        case BinOp::RightShift: return "right_shift";
        case BinOp::Maximum: return "maximum";
        case BinOp::Minimum: return "minimum";
        case BinOp::Fmax: return "fmax";
        case BinOp::Fmin: return "fmin";
        case BinOp::LogicalAnd: return "logical_and";
        case BinOp::LogicalOr: return "logical_or";
        case BinOp::LogicalXor: return "logical_xor";
        case BinOp::Arctan2: return "arctan2";
        case BinOp::Hypot: return "hypot";
        case BinOp::Copysign: return "copysign";
    }
    return "?";
}

const char* unop_name(UnOp op) {
    switch (op) {
        case UnOp::Negative: return "negative";
        case UnOp::Positive: return "positive";
        case UnOp::Absolute: return "absolute";
        case UnOp::Invert: return "invert";
        case UnOp::LogicalNot: return "logical_not";
        case UnOp::Square: return "square";
        case UnOp::Reciprocal: return "reciprocal";
        case UnOp::Sign: return "sign";
        case UnOp::Sqrt: return "sqrt";
        case UnOp::Exp: return "exp";
        case UnOp::Log: return "log";
        case UnOp::Log1p: return "log1p";
        case UnOp::Expm1: return "expm1";
        case UnOp::Sin: return "sin";
        case UnOp::Cos: return "cos";
        case UnOp::Tan: return "tan";
        case UnOp::Tanh: return "tanh";
        case UnOp::Arcsin: return "arcsin";
        case UnOp::Arccos: return "arccos";
        case UnOp::Arctan: return "arctan";
        case UnOp::Log2: return "log2";
        case UnOp::Log10: return "log10";
        case UnOp::Exp2: return "exp2";
        case UnOp::Cbrt: return "cbrt";
        case UnOp::Floor: return "floor";
        case UnOp::Ceil: return "ceil";
        case UnOp::Rint: return "rint";
        case UnOp::Trunc: return "trunc";
        case UnOp::Isnan: return "isnan";
        case UnOp::Isinf: return "isinf";
        case UnOp::Isfinite: return "isfinite";
        case UnOp::Signbit: return "signbit";
    }
    return "?";
}

std::optional<BinOp> binop_for_operator(const std::string& op) {
    static const std::pair<const char*, BinOp> table[] = {
        {"+", BinOp::Add}, {"-", BinOp::Subtract}, {"*", BinOp::Multiply}, {"/", BinOp::TrueDivide},
        {"//", BinOp::FloorDivide}, {"%", BinOp::Remainder}, {"**", BinOp::Power}, {"==", BinOp::Equal},
        {"!=", BinOp::NotEqual}, {"<", BinOp::Less}, {"<=", BinOp::LessEqual}, {">", BinOp::Greater},
        {">=", BinOp::GreaterEqual}, {"&", BinOp::BitAnd}, {"|", BinOp::BitOr}, {"^", BinOp::BitXor},
        {"<<", BinOp::LeftShift}, {">>", BinOp::RightShift},
    };
    for (auto& [name, b] : table)
        if (op == name) return b;
    return std::nullopt;
}

Shape broadcast_shapes(const Shape& a, const Shape& b) {
    size_t nd = std::max(a.size(), b.size());
    Shape out(nd);
    for (size_t k = 0; k < nd; ++k) {
        int64_t da = k < nd - a.size() ? 1 : a[k - (nd - a.size())];
        int64_t db = k < nd - b.size() ? 1 : b[k - (nd - b.size())];
        if (da != db && da != 1 && db != 1)
            throw lang::value_error("operands could not be broadcast together with shapes " + shape_compact(a) + " " + shape_compact(b) + " ");
        out[k] = da == 1 ? db : da;
    }
    return out;
}

Tensor broadcast_to(const Tensor& t, const Shape& shape) {
    if (t.shape() == shape) return t;
    size_t nd = shape.size(), off = nd - t.shape().size();
    std::vector<int64_t> strides(nd, 0);
    for (size_t k = 0; k < t.shape().size(); ++k)
        strides[k + off] = t.shape()[k] == 1 ? 0 : t.strides()[k];
    return t.view(shape, strides, 0);
}

Tensor binary(lang::Interpreter& in, BinOp op, const Operand& a, const Operand& b, std::optional<DType> out_dtype) {
    DType ct = result_type({&a, &b});
    DType loop = binary_loop_dtype(in, op, ct);
    // Ufuncs with NumPy's default type resolver take the first loop both inputs cast to
    // safely (uint16 // 70000 runs the int32 loop); true division of integers is float64.
    bool int_division = op == BinOp::TrueDivide && !tensor::is_float(a.t.dtype()) && !tensor::is_float(b.t.dtype());
    if (resolved_by_search(op) && !int_division) {
        std::optional<DType> found = linear_search({&a, &b}, search_loops(op));
        if (!found) no_loop(binop_name(op));
        loop = *found;
    }
    if (loop == DType::Float16) float16_unsupported(in, binop_name(op));
    Shape shape = broadcast_shapes(a.t.shape(), b.t.shape());
    in.count_elements(tensor::shape_size(shape));
    Tensor ta = a.t.dtype() == loop ? a.t : a.t.astype(loop);
    Tensor tb = b.t.dtype() == loop ? b.t : b.t.astype(loop);
    Tensor out = tensor::dispatch(loop, [&](auto zero) { return binary_typed<decltype(zero)>(in, op, ta, tb, shape); });
    Tensor va = broadcast_to(a.t, shape), vb = broadcast_to(b.t, shape);
    out = with_numpy_layout(out, {&va, &vb});
    if (out_dtype && *out_dtype != out.dtype()) {
        if (!can_cast_same_kind(out.dtype(), *out_dtype))
            throw lang::runtime_error("numpy.core._exceptions._UFuncOutputCastingError",
                                      std::string("Cannot cast ufunc '") + binop_name(op) + "' output from dtype('" +
                                          std::string(tensor::dtype_name(out.dtype())) + "') to dtype('" +
                                          std::string(tensor::dtype_name(*out_dtype)) + "') with casting rule 'same_kind'");
        out = out.astype(*out_dtype);
    }
    return out;
}

namespace {

template <class T>
Tensor unary_typed(lang::Interpreter& in, UnOp op, const Tensor& a) {
    const DType dt = tensor::dtype_of<T>();
    auto same = [&](auto f) { return map1<T, T>(a, dt, f); };
    auto pred = [&](auto f) { return map1<T, bool>(a, DType::Bool, f); };
    if (op == UnOp::LogicalNot) return pred([](T x) { return x == T{}; });
    if constexpr (is_bool_v<T>) {
        switch (op) {
            case UnOp::Positive: case UnOp::Absolute: case UnOp::Square: return same([](T x) { return x; });
            case UnOp::Invert: return same([](T x) { return !x; });
            case UnOp::Negative:
                throw lang::type_error("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the "
                                       "logical_not function instead.");
            case UnOp::Isnan: case UnOp::Isinf: case UnOp::Signbit: return pred([](T) { return false; });
            case UnOp::Isfinite: return pred([](T) { return true; });
            default: no_loop(unop_name(op));
        }
    } else if constexpr (is_int_v<T>) {
        switch (op) {
            case UnOp::Positive: return same([](T x) { return x; });
            case UnOp::Negative: return same([](T x) { return wrap_neg(x); });
            case UnOp::Absolute:
                if constexpr (std::is_signed_v<T>) return same([](T x) { return x < 0 ? wrap_neg(x) : x; });
                else return same([](T x) { return x; });
            case UnOp::Invert: return same([](T x) { return static_cast<T>(~x); });
            case UnOp::Square: return same([](T x) { return wrap_mul(x, x); });
            case UnOp::Reciprocal: return same([](T x) { return x == 0 ? T(0) : static_cast<T>(T(1) / x); });
            case UnOp::Sign: return same([](T x) { return static_cast<T>(x > 0 ? 1 : (x < 0 ? -1 : 0)); });
            case UnOp::Isnan: case UnOp::Isinf: return pred([](T) { return false; });
            case UnOp::Signbit: return pred([](T x) { return x < 0; });
            case UnOp::Isfinite: return pred([](T) { return true; });
            default: no_loop(unop_name(op));
        }
    } else {
        constexpr bool f32 = std::is_same_v<T, float>;
        auto simd_only = [&](const char* what) -> Tensor {
            unsupported(in, std::string("np.") + what + " of " + (f32 ? "float32" : "float64") +
                                " values (NumPy 1.24 computes it with its own SIMD code)");
        };
        auto no_libm = [&](const char* what) -> Tensor { unsupported(in, std::string("np.") + what + " (not in the playground's libm)"); };
        switch (op) {
            case UnOp::Positive: return same([](T x) { return x; });
            case UnOp::Negative: return same([](T x) { return -x; });
            case UnOp::Absolute: return same([](T x) { return std::fabs(x); });
            case UnOp::Square: return same([](T x) { return static_cast<T>(x * x); });
            case UnOp::Reciprocal: return same([](T x) { return static_cast<T>(T(1) / x); });
            case UnOp::Sign: return same([](T x) { return x > 0 ? T(1) : (x < 0 ? T(-1) : (x == 0 ? T(0) : x)); });
            case UnOp::Floor: return same([](T x) { return std::floor(x); });
            case UnOp::Ceil: return same([](T x) { return std::ceil(x); });
            case UnOp::Trunc: return same([](T x) { return std::trunc(x); });
            case UnOp::Rint: return same([](T x) { return std::nearbyint(x); });
            case UnOp::Isnan: return pred([](T x) { return x != x; });
            case UnOp::Isinf: return pred([](T x) { return x == x && x - x != x - x; });
            case UnOp::Isfinite: return pred([](T x) { return x - x == x - x; });
            case UnOp::Signbit: return pred([](T x) { return std::signbit(x); });
            case UnOp::Sqrt:
                if constexpr (f32) return same([](T x) { return math::sqrtf(x); });
                else return same([](T x) { return math::sqrt(x); });
            case UnOp::Log1p:
                if constexpr (f32) return same([](T x) { return math::log1pf(x); });
                else return same([](T x) { return math::log1p(x); });
            case UnOp::Expm1:
                if constexpr (f32) return same([](T x) { return math::expm1f(x); });
                else return same([](T x) { return math::expm1(x); });
            case UnOp::Exp:
                if constexpr (f32) return simd_only("exp");
                else return same([](T x) { return math::exp(x); });
            case UnOp::Log:
                if constexpr (f32) return simd_only("log");
                else return same([](T x) { return math::log(x); });
            case UnOp::Sin:
                if constexpr (f32) return simd_only("sin");
                else return same([](T x) { return math::sin(x); });
            case UnOp::Cos:
                if constexpr (f32) return simd_only("cos");
                else return same([](T x) { return math::cos(x); });
            case UnOp::Tanh:
                if constexpr (f32) return same([](T x) { return numpy_tanh_f32(x); });
                else return same([](T x) { return numpy_tanh_f64(x); });
            case UnOp::Arctan:
                if constexpr (f32) return no_libm("arctan of float32 values");
                else return same([](T x) { return math::atan(x); });
            case UnOp::Arcsin:
                if constexpr (f32) return no_libm("arcsin of float32 values");
                else return same([](T x) { return math::asin(x); });
            case UnOp::Arccos:
                if constexpr (f32) return no_libm("arccos of float32 values");
                else return same([](T x) { return math::acos(x); });
            case UnOp::Tan: return no_libm("tan");
            case UnOp::Log2: return no_libm("log2");
            case UnOp::Log10:
                if constexpr (f32) return no_libm("log10 of float32 values");
                else return same([](T x) { return math::log10(x); });
            case UnOp::Exp2: return no_libm("exp2");
            case UnOp::Cbrt: return no_libm("cbrt");
            default: no_loop(unop_name(op));
        }
    }
}

bool float_only(UnOp op) {
    switch (op) {
        case UnOp::Sqrt: case UnOp::Exp: case UnOp::Log: case UnOp::Log1p: case UnOp::Expm1: case UnOp::Sin: case UnOp::Cos:
        case UnOp::Tan: case UnOp::Tanh: case UnOp::Arcsin: case UnOp::Arccos: case UnOp::Arctan: case UnOp::Log2:
        case UnOp::Log10: case UnOp::Exp2: case UnOp::Cbrt: case UnOp::Floor: case UnOp::Ceil: case UnOp::Rint: case UnOp::Trunc:
            return true;
        default: return false;
    }
}

}  // namespace

Tensor unary(lang::Interpreter& in, UnOp op, const Operand& a) {
    DType loop = a.t.dtype();
    if (float_only(op)) loop = float_loop(loop);
    // square, sign and reciprocal have no boolean loop: NumPy picks the int8 one.
    if ((op == UnOp::Sign || op == UnOp::Reciprocal || op == UnOp::Square) && loop == DType::Bool) loop = DType::Int8;
    if (loop == DType::Float16) float16_unsupported(in, unop_name(op));
    Tensor src = a.t.dtype() == loop ? a.t : a.t.astype(loop);
    in.count_elements(src.size());
    Tensor out = tensor::dispatch(loop, [&](auto zero) { return unary_typed<decltype(zero)>(in, op, src); });
    return with_numpy_layout(out, {&a.t});
}

Tensor round_tensor(lang::Interpreter& in, const Operand& a, int64_t decimals) {
    DType d = a.t.dtype();
    if (tensor::kind_of(d) != Kind::Float) {
        if (decimals >= 0) return a.t.copy();
        unsupported(in, "np.round of an integer array with negative decimals");
    }
    bool scale_up = decimals >= 0;
    int64_t n = scale_up ? decimals : -decimals;
    static constexpr double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    double f;
    if (n < 9) {
        f = p10[n];
    } else {
        f = 1e9;
        while (n-- > 9) f *= 10.;
    }
    // PyArray_Round writes each step into an output of the input's dtype, so a 0-d
    // float32 is scaled in float64 (both operands are scalars) and stored as float32.
    Operand factor{tensor::Tensor::scalar(tensor::Scalar::float64(f)), true, nullptr};
    Operand step{binary(in, scale_up ? BinOp::Multiply : BinOp::TrueDivide, a, factor, d), a.scalar, nullptr};
    step.t = unary(in, UnOp::Rint, step);
    return binary(in, scale_up ? BinOp::TrueDivide : BinOp::Multiply, step, factor, d);
}

lang::Value binary_value(lang::Interpreter& in, BinOp op, const lang::Value& a, const lang::Value& b) {
    Operand x = operand(in, a), y = operand(in, b);
    return make_result(in, binary(in, op, x, y), first_provenance(x.prov, y.prov));
}

lang::Value unary_value(lang::Interpreter& in, UnOp op, const lang::Value& a) {
    Operand x = operand(in, a);
    return make_result(in, unary(in, op, x), x.prov);
}

}  // namespace seedlab::libs::numpy
