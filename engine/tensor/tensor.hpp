// Tensor: an n-dimensional array of one element type (NumPy's ndarray storage model,
// also used by the TensorFlow emulation). Storage is a shared byte buffer; a Tensor
// is a view of it (shape, element strides, offset), so slices share memory as NumPy's
// basic indexing does. Freshly made tensors are contiguous and row-major.
// What it is not: no broadcasting, promotion or printing rules (libs/numpy/ and
// numpy_print.hpp), and no knowledge of Python values.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

#include "tensor/dtype.hpp"

namespace seedlab::tensor {

using Shape = std::vector<int64_t>;

// Number of elements of [shape] (1 for a 0-d shape).
int64_t shape_size(const Shape& shape);

// C-order (row-major) element strides of [shape].
std::vector<int64_t> row_major_strides(const Shape& shape);

// One element held exactly: bool/ints in i (signed) or u (unsigned), floats in f
// (a float32 value is exactly representable as a double).
struct Scalar {
    DType dtype = DType::Float64;
    int64_t i = 0;
    uint64_t u = 0;
    double f = 0.0;

    static Scalar boolean(bool b) { Scalar s; s.dtype = DType::Bool; s.i = b; s.u = b; s.f = b; return s; }
    static Scalar int64(int64_t v) { Scalar s; s.dtype = DType::Int64; s.i = v; s.u = static_cast<uint64_t>(v); s.f = static_cast<double>(v); return s; }
    static Scalar uint64(uint64_t v) { Scalar s; s.dtype = DType::UInt64; s.i = static_cast<int64_t>(v); s.u = v; s.f = static_cast<double>(v); return s; }
    static Scalar float64(double v) { Scalar s; s.dtype = DType::Float64; s.f = v; return s; }
    static Scalar float32(float v) { Scalar s; s.dtype = DType::Float32; s.f = v; return s; }
    // The element [v] of C++ type T, tagged with T's dtype.
    template <class T> static Scalar of(T v);
    // This value converted to C++ type T with NumPy's (C's) cast on x86-64.
    template <class T> T as() const;
    // This value cast to [to] (as NumPy's astype(to, casting='unsafe')).
    Scalar cast(DType to) const;
    double to_double() const { return as<double>(); }
    bool truthy() const;
};

// Conversions between element types as NumPy's C casts do on x86-64 (float to
// integer truncates; out-of-range and NaN give what cvttsd2si gives, without
// trapping in WebAssembly).
template <class To, class From> To cast_element(From v);

class Tensor {
public:
    // A 0-d float64 holding 0.0.
    Tensor();
    // A contiguous row-major tensor of [shape], zero-filled.
    Tensor(DType dtype, Shape shape);
    // The same with unspecified contents, for a producer that writes every element
    // (a bulk random fill): skips zeroing memory it is about to overwrite.
    static Tensor uninitialized(DType dtype, Shape shape);
    // A 0-d tensor holding [s].
    static Tensor scalar(const Scalar& s);
    // A 1-d tensor of the given elements.
    template <class T> static Tensor from_vector(const std::vector<T>& values);

    DType dtype() const { return dtype_; }
    const Shape& shape() const { return shape_; }
    const std::vector<int64_t>& strides() const { return strides_; }  // in elements
    int64_t offset() const { return offset_; }                          // in elements
    int64_t ndim() const { return static_cast<int64_t>(shape_.size()); }
    int64_t size() const { return shape_size(shape_); }
    bool is_contiguous() const;  // row-major with no gaps

    // Pointer to the first element; contiguous() tensors may be read as a flat array.
    // T must be the C++ element type of dtype().
    template <class T> T* data() { return static_cast<T*>(storage_.get()) + offset_; }
    template <class T> const T* data() const { return static_cast<const T*>(storage_.get()) + offset_; }

    // Element [flat] in row-major logical order (through the strides).
    Scalar get(int64_t flat) const;
    void set(int64_t flat, const Scalar& value);  // value is cast to dtype()
    // Storage offset (in elements) of logical element [flat].
    int64_t element_offset(int64_t flat) const;
    // Calls [fn] with the storage offset of every element in row-major logical order.
    void for_each_offset(const std::function<void(int64_t)>& fn) const;

    // This tensor if contiguous, else a contiguous copy.
    Tensor contiguous() const;
    // A fresh contiguous copy (never shares storage).
    Tensor copy() const;
    // A fresh contiguous copy with elements cast to [to].
    Tensor astype(DType to) const;
    // The same elements in [shape] (a view when contiguous, else of a copy).
    Tensor reshape(Shape shape) const;
    // A view with axes permuted: result axis i is this tensor's axis [axes][i].
    Tensor permute(const std::vector<int64_t>& axes) const;
    // A view of the same storage with the given geometry (offset relative to this).
    Tensor view(Shape shape, std::vector<int64_t> strides, int64_t offset_delta) const;
    // Copies [src] (same shape, any dtype) into this tensor's elements, casting.
    void assign(const Tensor& src);
    // Whether both views look at the same buffer.
    bool shares_storage(const Tensor& other) const { return storage_ == other.storage_; }

private:
    Tensor(DType dtype, Shape shape, bool zeroed);
    DType dtype_ = DType::Float64;
    Shape shape_;
    std::vector<int64_t> strides_;
    int64_t offset_ = 0;
    std::shared_ptr<void> storage_;
};

// ---- template definitions ---------------------------------------------------------

namespace detail {

// Truncation of a double to a 64-bit integer as x86-64's cvttsd2si: values outside
// the range (and NaN) give INT64_MIN.
inline int64_t cvtt_i64(double d) {
    if (!(d > -9223372036854775809.0 && d < 9223372036854775808.0)) return INT64_MIN;
    return static_cast<int64_t>(d);
}
// 32-bit cvttsd2si: outside the int32 range (and NaN) gives INT32_MIN.
inline int32_t cvtt_i32(double d) {
    if (!(d > -2147483649.0 && d < 2147483648.0)) return INT32_MIN;
    return static_cast<int32_t>(d);
}
// GCC's double -> uint64 sequence on x86-64.
inline uint64_t cvtt_u64(double d) {
    if (d < 9223372036854775808.0) return static_cast<uint64_t>(cvtt_i64(d));
    return static_cast<uint64_t>(cvtt_i64(d - 9223372036854775808.0)) ^ 0x8000000000000000ull;
}

}  // namespace detail

template <class To, class From>
To cast_element(From v) {
    if constexpr (std::is_same_v<To, bool>) {
        return v != From{};
    } else if constexpr (std::is_floating_point_v<From> && std::is_integral_v<To>) {
        double d = static_cast<double>(v);
        if constexpr (sizeof(To) == 8 && std::is_signed_v<To>) return detail::cvtt_i64(d);
        else if constexpr (sizeof(To) == 8) return detail::cvtt_u64(d);
        else if constexpr (sizeof(To) == 4 && std::is_unsigned_v<To>) return static_cast<To>(detail::cvtt_i64(d));
        else return static_cast<To>(detail::cvtt_i32(d));
    } else {
        return static_cast<To>(v);
    }
}

template <class T>
Scalar Scalar::of(T v) {
    Scalar s;
    s.dtype = dtype_of<T>();
    if constexpr (std::is_floating_point_v<T>) {
        s.f = static_cast<double>(v);
    } else if constexpr (std::is_same_v<T, bool>) {
        s.i = v; s.u = v; s.f = v;
    } else if constexpr (std::is_signed_v<T>) {
        s.i = v; s.u = static_cast<uint64_t>(static_cast<int64_t>(v)); s.f = static_cast<double>(v);
    } else {
        s.u = v; s.i = static_cast<int64_t>(static_cast<uint64_t>(v)); s.f = static_cast<double>(v);
    }
    return s;
}

template <class T>
T Scalar::as() const {
    switch (kind_of(dtype)) {
        case Kind::Bool: return cast_element<T>(i != 0);
        case Kind::SignedInt: return cast_element<T>(i);
        case Kind::UnsignedInt: return cast_element<T>(u);
        case Kind::Float:
            if (dtype == DType::Float32) return cast_element<T>(static_cast<float>(f));
            return cast_element<T>(f);
    }
    return T{};
}

template <class T>
Tensor Tensor::from_vector(const std::vector<T>& values) {
    Tensor t(dtype_of<T>(), {static_cast<int64_t>(values.size())});
    if (!values.empty()) {
        if constexpr (std::is_same_v<T, bool>) {
            for (size_t k = 0; k < values.size(); ++k) t.data<bool>()[k] = values[k];
        } else {
            std::memcpy(t.data<T>(), values.data(), values.size() * sizeof(T));
        }
    }
    return t;
}

}  // namespace seedlab::tensor
