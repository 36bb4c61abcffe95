// Tensor storage, views, element access and casts.
#include "tensor/tensor.hpp"

#include <cstdint>
#include <cstdlib>
#include <new>
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/mman.h>
#endif
#include <stdexcept>
#include <string>

namespace seedlab::tensor {

std::optional<DType> dtype_from_name(std::string_view n) {
    struct Alias { std::string_view name; DType dtype; };
    static constexpr Alias aliases[] = {
        {"bool", DType::Bool}, {"bool_", DType::Bool}, {"bool8", DType::Bool}, {"?", DType::Bool}, {"b1", DType::Bool},
        {"int8", DType::Int8}, {"i1", DType::Int8}, {"b", DType::Int8}, {"byte", DType::Int8},
        {"int16", DType::Int16}, {"i2", DType::Int16}, {"h", DType::Int16}, {"short", DType::Int16},
        {"int32", DType::Int32}, {"i4", DType::Int32}, {"i", DType::Int32}, {"intc", DType::Int32},
        {"int64", DType::Int64}, {"i8", DType::Int64}, {"l", DType::Int64}, {"q", DType::Int64}, {"int", DType::Int64},
        {"int_", DType::Int64}, {"intp", DType::Int64}, {"long", DType::Int64}, {"longlong", DType::Int64}, {"p", DType::Int64},
        {"uint8", DType::UInt8}, {"u1", DType::UInt8}, {"B", DType::UInt8}, {"ubyte", DType::UInt8},
        {"uint16", DType::UInt16}, {"u2", DType::UInt16}, {"H", DType::UInt16}, {"ushort", DType::UInt16},
        {"uint32", DType::UInt32}, {"u4", DType::UInt32}, {"I", DType::UInt32}, {"uintc", DType::UInt32},
        {"uint64", DType::UInt64}, {"u8", DType::UInt64}, {"L", DType::UInt64}, {"Q", DType::UInt64}, {"uint", DType::UInt64},
        {"uintp", DType::UInt64}, {"ulonglong", DType::UInt64}, {"P", DType::UInt64},
        {"float16", DType::Float16}, {"f2", DType::Float16}, {"e", DType::Float16}, {"half", DType::Float16},
        {"float32", DType::Float32}, {"f4", DType::Float32}, {"f", DType::Float32}, {"single", DType::Float32},
        {"float64", DType::Float64}, {"f8", DType::Float64}, {"d", DType::Float64}, {"float", DType::Float64},
        {"double", DType::Float64}, {"float_", DType::Float64},
    };
    std::string_view s = n;
    // Byte-order prefixes: '<' and '=' and '|' are native on x86-64.
    if (!s.empty() && (s[0] == '<' || s[0] == '=' || s[0] == '|')) s.remove_prefix(1);
    for (const auto& a : aliases)
        if (a.name == s) return a.dtype;
    return std::nullopt;
}

int64_t shape_size(const Shape& shape) {
    int64_t n = 1;
    for (int64_t d : shape) n *= d;
    return n;
}

std::vector<int64_t> row_major_strides(const Shape& shape) {
    std::vector<int64_t> s(shape.size());
    int64_t step = 1;
    for (size_t k = shape.size(); k-- > 0;) {
        s[k] = step;
        step *= shape[k] > 0 ? shape[k] : 1;
    }
    return s;
}

Scalar Scalar::cast(DType to) const {
    return dispatch(to, [&](auto zero) {
        using T = decltype(zero);
        return Scalar::of<T>(as<T>());
    });
}

bool Scalar::truthy() const {
    switch (kind_of(dtype)) {
        case Kind::Bool: case Kind::SignedInt: return i != 0;
        case Kind::UnsignedInt: return u != 0;
        case Kind::Float: return f != 0.0;
    }
    return false;
}

namespace {

std::shared_ptr<void> allocate(DType dtype, int64_t count, bool zeroed = true) {
    size_t bytes = static_cast<size_t>(count > 0 ? count : 1) * itemsize(dtype);
    void* p = zeroed ? std::calloc(bytes, 1) : std::malloc(bytes);
    if (!p) throw std::bad_alloc();
#if defined(__linux__) && !defined(__EMSCRIPTEN__) && defined(MADV_HUGEPAGE)
    // As NumPy does for arrays of 4 MiB and more: ask for transparent huge pages, so
    // filling a large array costs a few hundred page faults instead of tens of thousands.
    // Advice only: contents and results are unaffected.
    if (bytes >= (size_t{1} << 22)) {
        const auto addr = reinterpret_cast<uintptr_t>(p);
        const uintptr_t start = (addr + 4095) & ~uintptr_t{4095};
        madvise(reinterpret_cast<void*>(start), bytes - (start - addr), MADV_HUGEPAGE);
    }
#endif
    return std::shared_ptr<void>(p, [](void* q) { std::free(q); });
}

}  // namespace

Tensor::Tensor() : dtype_(DType::Float64), storage_(allocate(DType::Float64, 1)) {}

Tensor::Tensor(DType dtype, Shape shape) : Tensor(dtype, std::move(shape), /*zeroed=*/true) {}

Tensor::Tensor(DType dtype, Shape shape, bool zeroed)
    : dtype_(dtype), shape_(std::move(shape)), strides_(row_major_strides(shape_)) {
    if (dtype == DType::Float16) throw std::logic_error("float16 tensors have no storage");
    for (int64_t d : shape_)
        if (d < 0) throw std::invalid_argument("negative dimension");
    storage_ = allocate(dtype_, shape_size(shape_), zeroed);
}

Tensor Tensor::uninitialized(DType dtype, Shape shape) { return Tensor(dtype, std::move(shape), /*zeroed=*/false); }

Tensor Tensor::scalar(const Scalar& s) {
    Tensor t(s.dtype, {});
    t.set(0, s);
    return t;
}

bool Tensor::is_contiguous() const {
    int64_t step = 1;
    for (size_t k = shape_.size(); k-- > 0;) {
        if (shape_[k] == 0) return true;
        if (shape_[k] != 1 && strides_[k] != step) return false;
        step *= shape_[k];
    }
    return true;
}

int64_t Tensor::element_offset(int64_t flat) const {
    int64_t off = offset_;
    for (size_t k = shape_.size(); k-- > 0;) {
        int64_t d = shape_[k];
        off += (flat % d) * strides_[k];
        flat /= d;
    }
    return off;
}

void Tensor::for_each_offset(const std::function<void(int64_t)>& fn) const {
    int64_t n = size();
    if (n == 0) return;
    if (is_contiguous()) {
        for (int64_t k = 0; k < n; ++k) fn(offset_ + k);
        return;
    }
    size_t nd = shape_.size();
    std::vector<int64_t> idx(nd, 0);
    int64_t off = offset_;
    for (int64_t k = 0; k < n; ++k) {
        fn(off);
        for (size_t a = nd; a-- > 0;) {
            if (++idx[a] < shape_[a]) { off += strides_[a]; break; }
            off -= strides_[a] * (shape_[a] - 1);
            idx[a] = 0;
        }
    }
}

Scalar Tensor::get(int64_t flat) const {
    int64_t off = element_offset(flat);
    return dispatch(dtype_, [&](auto zero) {
        using T = decltype(zero);
        return Scalar::of<T>(static_cast<const T*>(storage_.get())[off]);
    });
}

void Tensor::set(int64_t flat, const Scalar& value) {
    int64_t off = element_offset(flat);
    dispatch(dtype_, [&](auto zero) {
        using T = decltype(zero);
        static_cast<T*>(storage_.get())[off] = value.as<T>();
    });
}

Tensor Tensor::contiguous() const { return is_contiguous() ? *this : copy(); }

Tensor Tensor::copy() const { return astype(dtype_); }

Tensor Tensor::astype(DType to) const {
    Tensor out(to, shape_);
    out.assign(*this);
    return out;
}

namespace {

// One (destination, source) element-type pair of Tensor::assign. Kept out of line: inlined
// into one function, the 14 x 14 pairs made a 240 KB wasm function whose optimising
// compile stalled the page for a quarter of a second the first time it became hot.
template <class D, class S>
[[gnu::noinline]] void assign_typed(D* dp, const S* sp, const Tensor& dst, const Tensor& src, bool direct) {
    if (direct) {
        const int64_t n = dst.size(), d0 = dst.offset(), s0 = src.offset();
        for (int64_t k = 0; k < n; ++k) dp[d0 + k] = cast_element<D>(sp[s0 + k]);
        return;
    }
    // Overlapping views are copied through a temporary, as NumPy does.
    std::vector<S> tmp;
    tmp.reserve(static_cast<size_t>(src.size()));
    src.for_each_offset([&](int64_t o) { tmp.push_back(sp[o]); });
    size_t k = 0;
    dst.for_each_offset([&](int64_t o) { dp[o] = cast_element<D>(static_cast<S>(tmp[k++])); });
}

}  // namespace

void Tensor::assign(const Tensor& src) {
    if (src.shape_ != shape_) throw std::invalid_argument("assign: shapes differ");
    const bool direct = is_contiguous() && src.is_contiguous() && !(shares_storage(src) && offset_ > src.offset_);
    dispatch(dtype_, [&](auto dzero) {
        using D = decltype(dzero);
        dispatch(src.dtype_, [&](auto szero) {
            using S = decltype(szero);
            assign_typed<D, S>(static_cast<D*>(storage_.get()), static_cast<const S*>(src.storage_.get()), *this, src, direct);
        });
    });
}

Tensor Tensor::reshape(Shape shape) const {
    if (shape_size(shape) != size()) throw std::invalid_argument("reshape: sizes differ");
    Tensor base = contiguous();
    Tensor out = base;
    out.strides_ = row_major_strides(shape);
    out.shape_ = std::move(shape);
    return out;
}

Tensor Tensor::permute(const std::vector<int64_t>& axes) const {
    Tensor out = *this;
    for (size_t k = 0; k < axes.size(); ++k) {
        out.shape_[k] = shape_[static_cast<size_t>(axes[k])];
        out.strides_[k] = strides_[static_cast<size_t>(axes[k])];
    }
    return out;
}

Tensor Tensor::view(Shape shape, std::vector<int64_t> strides, int64_t offset_delta) const {
    Tensor out = *this;
    out.shape_ = std::move(shape);
    out.strides_ = std::move(strides);
    out.offset_ = offset_ + offset_delta;
    return out;
}

}  // namespace seedlab::tensor
