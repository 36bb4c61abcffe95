// NumPy's elementwise operations (ufuncs) on tensors: broadcasting, loop-type
// selection (NumPy 1.24's value-based promotion, integer true division to float64,
// float functions of small integers to float16/float32), and the per-type kernels
// with NumPy's integer wraparound, floor division/remainder and NaN rules.
// Transcendental functions come from engine/math (glibc-exact, which is what NumPy
// 1.24 calls on AVX2 CPUs), except tanh, which NumPy computes with its own FMA kernel
// (simd_tanh.hpp); where NumPy uses SIMD code not ported here (float32 exp/log/sin/cos)
// the operation raises unsupported instead of printing different digits.
// What it is not: no reductions (reduce.cpp), no Python objects beyond operands.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "libs/numpy/objects.hpp"

namespace seedlab::libs::numpy {

enum class BinOp {
    Add, Subtract, Multiply, TrueDivide, FloorDivide, Remainder, Power,
    Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,
    BitAnd, BitOr, BitXor, LeftShift, RightShift,
    Maximum, Minimum, Fmax, Fmin, LogicalAnd, LogicalOr, LogicalXor, Arctan2, Hypot, Copysign,
};

enum class UnOp {
    Negative, Positive, Absolute, Invert, LogicalNot, Square, Reciprocal, Sign,
    Sqrt, Exp, Log, Log1p, Expm1, Sin, Cos, Tan, Tanh, Arcsin, Arccos, Arctan, Log2, Log10, Exp2, Cbrt,
    Floor, Ceil, Rint, Trunc, Isnan, Isinf, Isfinite, Signbit,
};

// NumPy's ufunc name ("add", "true_divide", ...), for messages.
const char* binop_name(BinOp op);
const char* unop_name(UnOp op);

// Maps a Python operator ("+", "//", "==", ...) to its ufunc; nullopt when none.
std::optional<BinOp> binop_for_operator(const std::string& op);

// The ufunc [op] applied to [a] and [b] with broadcasting. [out_dtype] forces the
// output type (in-place operators) after the same_kind casting check.
tensor::Tensor binary(lang::Interpreter& in, BinOp op, const Operand& a, const Operand& b,
                      std::optional<tensor::DType> out_dtype = std::nullopt);
tensor::Tensor unary(lang::Interpreter& in, UnOp op, const Operand& a);

// The broadcast shape of [a] and [b] (ValueError as NumPy words it).
tensor::Shape broadcast_shapes(const tensor::Shape& a, const tensor::Shape& b);
// A view of [t] broadcast to [shape] (zero strides on new and size-1 axes).
tensor::Tensor broadcast_to(const tensor::Tensor& t, const tensor::Shape& shape);

// [t] (C-contiguous) laid out in memory as NumPy allocates an order='K' result for
// inputs [ops]: a transposed input gives a transposed result (ufunc outputs, astype,
// np.copy), which decides the summation order of later reductions.
tensor::Tensor with_numpy_layout(const tensor::Tensor& t, const std::vector<const tensor::Tensor*>& ops);

// np.round / np.around: multiply by 10**decimals, rint, divide (NumPy's PyArray_Round).
tensor::Tensor round_tensor(lang::Interpreter& in, const Operand& a, int64_t decimals);

// Python-level result of [op] on two values (a NumPy scalar for 0-d results).
lang::Value binary_value(lang::Interpreter& in, BinOp op, const lang::Value& a, const lang::Value& b);
lang::Value unary_value(lang::Interpreter& in, UnOp op, const lang::Value& a);

}  // namespace seedlab::libs::numpy
