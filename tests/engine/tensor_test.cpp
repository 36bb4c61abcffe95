// Pins engine/tensor/tensor.hpp: layout, views sharing storage, element access and
// the element casts, whose out-of-range results follow what NumPy 1.24 gives on
// x86-64 (cvttsd2si semantics; checked with /usr/bin/python3's numpy 1.24.2, e.g.
// np.array([np.nan, 1e300]).astype(np.int64) -> [-9223372036854775808, ...]).
#include <catch.hpp>

#include <cmath>
#include <limits>

#include "tensor/tensor.hpp"

using seedlab::tensor::cast_element;
using seedlab::tensor::DType;
using seedlab::tensor::Scalar;
using seedlab::tensor::Tensor;

TEST_CASE("a new tensor is zero-filled, contiguous and row-major", "[tensor]") {
    Tensor t(DType::Float64, {2, 3});
    CHECK(t.size() == 6);
    CHECK(t.ndim() == 2);
    CHECK(t.strides() == std::vector<int64_t>{3, 1});
    CHECK(t.is_contiguous());
    for (int64_t k = 0; k < 6; ++k) CHECK(t.get(k).f == 0.0);
    Tensor z(DType::Int32, {});
    CHECK(z.size() == 1);
    CHECK(z.get(0).i == 0);
}

TEST_CASE("permuted and offset views share storage with their base", "[tensor]") {
    Tensor t(DType::Int64, {2, 3});
    for (int64_t k = 0; k < 6; ++k) t.set(k, Scalar::int64(k));
    Tensor tt = t.permute({1, 0});
    CHECK(tt.shape() == seedlab::tensor::Shape{3, 2});
    CHECK(!tt.is_contiguous());
    CHECK(tt.get(1).i == 3);  // tt[0, 1] == t[1, 0]
    Tensor row = t.view({3}, {1}, 3);
    row.set(0, Scalar::int64(100));
    CHECK(t.get(3).i == 100);
    CHECK(row.shares_storage(t));
    Tensor c = tt.contiguous();
    CHECK(c.is_contiguous());
    CHECK(!c.shares_storage(t));
    CHECK(c.get(1).i == 100);
}

TEST_CASE("reshape of a contiguous tensor is a view; of a strided one, a copy", "[tensor]") {
    Tensor t(DType::Float32, {4});
    Tensor r = t.reshape({2, 2});
    CHECK(r.shares_storage(t));
    Tensor s = t.view({2}, {2}, 0).reshape({2, 1});
    CHECK(!s.shares_storage(t));
}

TEST_CASE("assign copies overlapping views through a temporary as numpy does", "[tensor]") {
    Tensor t(DType::Int64, {5});
    for (int64_t k = 0; k < 5; ++k) t.set(k, Scalar::int64(k));
    // a[1:] = a[:-1]  ->  [0, 0, 1, 2, 3] in numpy
    t.view({4}, {1}, 1).assign(t.view({4}, {1}, 0));
    std::vector<int64_t> got;
    for (int64_t k = 0; k < 5; ++k) got.push_back(t.get(k).i);
    CHECK(got == std::vector<int64_t>{0, 0, 1, 2, 3});
}

TEST_CASE("float to integer casts truncate and give INT_MIN out of range, as numpy 1.24 on x86-64", "[tensor][cast]") {
    double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(cast_element<int64_t>(-2.7) == -2);
    CHECK(cast_element<int64_t>(nan) == std::numeric_limits<int64_t>::min());
    CHECK(cast_element<int64_t>(1e300) == std::numeric_limits<int64_t>::min());
    CHECK(cast_element<int32_t>(3e9) == std::numeric_limits<int32_t>::min());
    CHECK(cast_element<uint8_t>(300.0) == 44);   // np.array([300.0]).astype(np.uint8)
    CHECK(cast_element<uint8_t>(-1.0) == 255);   // np.array([-1.0]).astype(np.uint8)
    CHECK(cast_element<uint64_t>(-1.0) == 18446744073709551615ull);
    CHECK(cast_element<uint64_t>(1e19) == 10000000000000000000ull);
    CHECK(cast_element<bool>(0.5) == true);
    CHECK(cast_element<int8_t>(int64_t{300}) == 44);
}

TEST_CASE("scalars keep their exact value and cast with the element rules", "[tensor][cast]") {
    Scalar u = Scalar::uint64(18446744073709551615ull);
    CHECK(u.cast(DType::Int64).i == -1);
    CHECK(u.cast(DType::Float64).f == 18446744073709551616.0);
    Scalar f = Scalar::float64(0.1);
    CHECK(f.cast(DType::Float32).f == static_cast<double>(0.1f));
    CHECK(Scalar::float64(-0.0).truthy() == false);
    CHECK(Scalar::of<int8_t>(-5).u == 18446744073709551611ull);
}

TEST_CASE("dtype names and codes follow numpy", "[tensor]") {
    using seedlab::tensor::dtype_from_name;
    CHECK(seedlab::tensor::dtype_name(DType::Float32) == "float32");
    CHECK(dtype_from_name("f8") == DType::Float64);
    CHECK(dtype_from_name("<i4") == DType::Int32);
    CHECK(dtype_from_name("int") == DType::Int64);
    CHECK(dtype_from_name("u1") == DType::UInt8);
    CHECK(!dtype_from_name("complex128").has_value());
}
