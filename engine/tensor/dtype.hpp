// Element types of a Tensor, named as NumPy names them, with their sizes, kinds and
// a dispatcher from the runtime tag to the C++ element type.
// What it is not: no promotion rules (those are library semantics: libs/numpy/) and
// no float16 storage (the tag exists so promotion tables can name it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace seedlab::tensor {

enum class DType : uint8_t {
    Bool, Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64, Float16, Float32, Float64,
};
constexpr int kNumDTypes = 12;

enum class Kind : uint8_t { Bool, SignedInt, UnsignedInt, Float };

constexpr Kind kind_of(DType d) {
    switch (d) {
        case DType::Bool: return Kind::Bool;
        case DType::Int8: case DType::Int16: case DType::Int32: case DType::Int64: return Kind::SignedInt;
        case DType::UInt8: case DType::UInt16: case DType::UInt32: case DType::UInt64: return Kind::UnsignedInt;
        default: return Kind::Float;
    }
}
constexpr bool is_float(DType d) { return kind_of(d) == Kind::Float; }
constexpr bool is_integer(DType d) { return kind_of(d) == Kind::SignedInt || kind_of(d) == Kind::UnsignedInt; }
constexpr bool is_unsigned(DType d) { return kind_of(d) == Kind::UnsignedInt; }

constexpr size_t itemsize(DType d) {
    switch (d) {
        case DType::Bool: case DType::Int8: case DType::UInt8: return 1;
        case DType::Int16: case DType::UInt16: case DType::Float16: return 2;
        case DType::Int32: case DType::UInt32: case DType::Float32: return 4;
        default: return 8;
    }
}

// NumPy's name of the type: "bool", "int8", ..., "float64". A function object, not a
// function, so that argument-dependent lookup never pulls it into other libraries'
// overload sets (a framework may name its own dtype_name(DType)).
inline constexpr auto dtype_name = [](DType d) constexpr -> std::string_view {
    constexpr std::string_view names[kNumDTypes] = {"bool", "int8", "int16", "int32", "int64", "uint8",
                                                    "uint16", "uint32", "uint64", "float16", "float32", "float64"};
    return names[static_cast<int>(d)];
};

// The tag for a NumPy dtype name or type code ("float32", "f4", "int", "bool", "u1", ...).
std::optional<DType> dtype_from_name(std::string_view name);

// Calls [f] with a value of the C++ element type of [d] (bool, int8_t, ..., double);
// float16 has no storage and throws std::logic_error.
template <class F>
decltype(auto) dispatch(DType d, F&& f) {
    switch (d) {
        case DType::Bool: return f(bool{});
        case DType::Int8: return f(int8_t{});
        case DType::Int16: return f(int16_t{});
        case DType::Int32: return f(int32_t{});
        case DType::Int64: return f(int64_t{});
        case DType::UInt8: return f(uint8_t{});
        case DType::UInt16: return f(uint16_t{});
        case DType::UInt32: return f(uint32_t{});
        case DType::UInt64: return f(uint64_t{});
        case DType::Float32: return f(float{});
        case DType::Float64: return f(double{});
        case DType::Float16: break;
    }
    throw std::logic_error("float16 tensors have no storage");
}

// The tag of a C++ element type.
template <class T> constexpr DType dtype_of();
template <> constexpr DType dtype_of<bool>() { return DType::Bool; }
template <> constexpr DType dtype_of<int8_t>() { return DType::Int8; }
template <> constexpr DType dtype_of<int16_t>() { return DType::Int16; }
template <> constexpr DType dtype_of<int32_t>() { return DType::Int32; }
template <> constexpr DType dtype_of<int64_t>() { return DType::Int64; }
template <> constexpr DType dtype_of<uint8_t>() { return DType::UInt8; }
template <> constexpr DType dtype_of<uint16_t>() { return DType::UInt16; }
template <> constexpr DType dtype_of<uint32_t>() { return DType::UInt32; }
template <> constexpr DType dtype_of<uint64_t>() { return DType::UInt64; }
template <> constexpr DType dtype_of<float>() { return DType::Float32; }
template <> constexpr DType dtype_of<double>() { return DType::Float64; }

}  // namespace seedlab::tensor
