// randint / integers; see integers.hpp.
#include "libs/numpy/random/integers.hpp"

#include "lang/errors.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/random/generator_distributions.hpp"
#include "libs/numpy/random/legacy_distributions.hpp"
#include "libs/numpy/random/sampling.hpp"

namespace seedlab::libs::numpy::random {

namespace {

using lang::BigInt;
using tensor::DType;
using tensor::Tensor;

bool is_builtin(const Value& v, const char* name) {
    auto* fn = v.as<lang::NativeFunctionObj>();
    return fn && fn->name == name;
}

// int(np.array(v)) for a scalar bound: ints as they are, floats truncated.
BigInt scalar_bound(Interpreter& in, const Value& v) {
    if (auto idx = py_index(v)) return *idx;
    const double d = py_float(in, v);
    try {
        return BigInt::from_double(d);
    } catch (const std::invalid_argument&) {
        throw lang::value_error("cannot convert float NaN to integer");
    } catch (const std::overflow_error&) {
        throw lang::runtime_error("OverflowError", "cannot convert float infinity to integer");
    }
}

bool is_array_bound(const Value& v) {
    if (auto* t = as_tensor(v)) return t->ndim() > 0;
    return v.as<lang::ListObj>() || v.as<lang::TupleObj>();
}

// format_bounds_error: low == 0 gets the friendlier message about high.
std::string bounds_error(bool closed, const BigInt& low) {
    if (low.is_zero()) return closed ? "high < 0" : "high <= 0";
    return closed ? "low > high" : "low >= high";
}

// The dtype's (lb, ub) as Python ints.
std::pair<BigInt, BigInt> dtype_bounds(DType d) {
    const int bits = static_cast<int>(tensor::itemsize(d) * 8);
    if (d == DType::Bool) return {BigInt(0), BigInt(1)};
    if (tensor::is_unsigned(d)) return {BigInt(0), (BigInt(1) << bits) - BigInt(1)};
    return {-(BigInt(1) << (bits - 1)), (BigInt(1) << (bits - 1)) - BigInt(1)};
}

// Low 64 bits of a Python int (two's complement for negatives), i.e. <uint64_t> after
// the cast through the signed type.
uint64_t low_word(const BigInt& v) {
    const auto w = v.abs().abs_words32();
    uint64_t m = 0;
    for (size_t i = 0; i < w.size() && i < 2; ++i) m |= static_cast<uint64_t>(w[i]) << (32 * i);
    return v.is_negative() ? 0 - m : m;
}

template <class U>
void fill(BitGen& g, bool masked, uint64_t off, uint64_t rng, std::span<U> out) {
    if (masked) legacy_bounded_masked_fill<U>(g, static_cast<U>(off), static_cast<U>(rng), out);
    else random_bounded_lemire_fill<U>(g, static_cast<U>(off), static_cast<U>(rng), out);
}

// Fills [t] (of dtype [d]) with off + [0, rng] through the unsigned type of the dtype.
void fill_tensor(BitGen& g, bool masked, DType d, uint64_t off, uint64_t rng, Tensor& t) {
    const size_t n = static_cast<size_t>(t.size());
    switch (d) {
        case DType::Bool: fill<bool>(g, masked, off, rng, std::span<bool>(t.data<bool>(), n)); break;
        case DType::Int8: fill<uint8_t>(g, masked, off, rng, std::span<uint8_t>(reinterpret_cast<uint8_t*>(t.data<int8_t>()), n)); break;
        case DType::UInt8: fill<uint8_t>(g, masked, off, rng, std::span<uint8_t>(t.data<uint8_t>(), n)); break;
        case DType::Int16: fill<uint16_t>(g, masked, off, rng, std::span<uint16_t>(reinterpret_cast<uint16_t*>(t.data<int16_t>()), n)); break;
        case DType::UInt16: fill<uint16_t>(g, masked, off, rng, std::span<uint16_t>(t.data<uint16_t>(), n)); break;
        case DType::Int32: fill<uint32_t>(g, masked, off, rng, std::span<uint32_t>(reinterpret_cast<uint32_t*>(t.data<int32_t>()), n)); break;
        case DType::UInt32: fill<uint32_t>(g, masked, off, rng, std::span<uint32_t>(t.data<uint32_t>(), n)); break;
        case DType::Int64: fill<uint64_t>(g, masked, off, rng, std::span<uint64_t>(reinterpret_cast<uint64_t*>(t.data<int64_t>()), n)); break;
        case DType::UInt64: fill<uint64_t>(g, masked, off, rng, std::span<uint64_t>(t.data<uint64_t>(), n)); break;
        default: break;
    }
}

}  // namespace

Value bounded_integers(Interpreter& in, BitGeneratorObj& bg, Value low, Value high, const Value& size, const Value& dtype_arg,
                       bool masked, bool closed, const char* method) {
    if (high.is_none()) {
        high = low;
        low = Value::integer(0);
    }
    const bool python_int = dtype_arg.is_none() || is_builtin(dtype_arg, "int");
    const bool python_bool = is_builtin(dtype_arg, "bool");
    const DType dtype = dtype_arg.is_none() ? DType::Int64 : to_dtype(in, dtype_arg).value_or(DType::Float64);
    if (!tensor::is_integer(dtype) && dtype != DType::Bool) {
        throw lang::type_error("Unsupported dtype dtype('" + std::string(tensor::dtype_name(dtype)) + "') for " + method);
    }
    const auto shape = size_arg(in, size);
    if (shape && tensor::shape_size(*shape) == 0) return make_ndarray(in, new_tensor(in, dtype, *shape));
    if (is_array_bound(low) || is_array_bound(high)) {
        throw lang::unsupported(std::string("Unsupported: array-valued low/high of ") + method +
                                    " (broadcasting) is not emulated in the playground yet.",
                                in.current_line());
    }
    BigInt lo = scalar_bound(in, low), hi = scalar_bound(in, high);
    if (!closed) hi -= BigInt(1);
    const std::string name(tensor::dtype_name(dtype));
    const auto [lb, ub] = dtype_bounds(dtype);
    if (lo < lb) throw lang::value_error("low is out of bounds for " + name);
    if (hi > ub) throw lang::value_error("high is out of bounds for " + name);
    if (lo > hi) throw lang::value_error(bounds_error(closed, lo));
    const uint64_t rng = low_word(hi - lo);
    const uint64_t off = low_word(lo);

    DrawScope scope(bg);
    Tensor t = new_tensor(in, dtype, shape ? *shape : tensor::Shape{});
    fill_tensor(bg.gen, masked, dtype, off, rng, t);
    if (shape) return make_ndarray(in, std::move(t), scope.provenance());
    const tensor::Scalar s = t.get(0);
    if (python_bool) return Value::boolean(s.i != 0).with_provenance(scope.provenance());
    if (python_int) return Value::integer(s.i).with_provenance(scope.provenance());
    return make_scalar(in, s, scope.provenance());
}

}  // namespace seedlab::libs::numpy::random
