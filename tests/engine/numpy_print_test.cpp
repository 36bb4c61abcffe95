// Pins the NumPy 1.24 printers of engine/tensor/ directly on tensors: array repr/str
// layout, the float formatting rules, float32 shortest digits, NumPy scalar repr and
// the element spans. Every expected string was printed by CPython 3.11.2 with NumPy
// 1.24.2 (Debian's /usr/bin/python3). The script-level checks are the goldens in
// tests/golden/numpy_array/ (including format_float_kat.py for Dragon4).
#include <catch.hpp>

#include <string>
#include <vector>

#include "session/session.hpp"
#include "tensor/dragon4.hpp"
#include "tensor/numpy_print.hpp"

namespace {

using seedlab::tensor::DType;
using seedlab::tensor::PrintOptions;
using seedlab::tensor::Scalar;
using seedlab::tensor::Tensor;

Tensor doubles(std::vector<double> v, seedlab::tensor::Shape shape = {}) {
    Tensor t = Tensor::from_vector(v);
    return shape.empty() ? t : t.reshape(shape);
}

Tensor arange(int64_t n, DType dt = DType::Int64) {
    Tensor t(dt, {n});
    for (int64_t k = 0; k < n; ++k) t.set(k, Scalar::int64(k));
    return t;
}

std::string repr(const Tensor& t, const PrintOptions& o = PrintOptions()) { return seedlab::tensor::array_repr(t, o).text; }
std::string str(const Tensor& t, const PrintOptions& o = PrintOptions()) { return seedlab::tensor::array_str(t, o).text; }

}  // namespace

TEST_CASE("array repr of float64 pads to the widest fraction as numpy 1.24 prints it", "[numpy][print]") {
    CHECK(repr(doubles({1.5, 2.25, 3.0})) == "array([1.5 , 2.25, 3.  ])");
    CHECK(repr(doubles({1e-5, 1.0})) == "array([1.e-05, 1.e+00])");
    CHECK(repr(doubles({1.0, 0.0 / 0.0, -1.0 / 0.0})) == "array([  1.,  nan, -inf])");
}

TEST_CASE("array str of a 2-D int array right-aligns columns as numpy 1.24 prints it", "[numpy][print]") {
    CHECK(str(arange(12).reshape({3, 4})) == "[[ 0  1  2  3]\n [ 4  5  6  7]\n [ 8  9 10 11]]");
    CHECK(repr(arange(8).reshape({2, 2, 2})) == "array([[[0, 1],\n        [2, 3]],\n\n       [[4, 5],\n        [6, 7]]])");
}

TEST_CASE("array repr wraps at linewidth 75 under the array( prefix as numpy 1.24 prints it", "[numpy][print]") {
    Tensor t(DType::Float64, {40});
    for (int64_t k = 0; k < 40; ++k) t.set(k, Scalar::float64(k * 1.5));
    CHECK(repr(t) ==
          "array([ 0. ,  1.5,  3. ,  4.5,  6. ,  7.5,  9. , 10.5, 12. , 13.5, 15. ,\n"
          "       16.5, 18. , 19.5, 21. , 22.5, 24. , 25.5, 27. , 28.5, 30. , 31.5,\n"
          "       33. , 34.5, 36. , 37.5, 39. , 40.5, 42. , 43.5, 45. , 46.5, 48. ,\n"
          "       49.5, 51. , 52.5, 54. , 55.5, 57. , 58.5])");
}

TEST_CASE("arrays above the threshold are summarised with edgeitems as numpy 1.24 prints them", "[numpy][print]") {
    CHECK(repr(arange(2000)) == "array([   0,    1,    2, ..., 1997, 1998, 1999])");
}

TEST_CASE("repr suffixes the dtype unless it is float64, int64 or bool, as numpy 1.24 does", "[numpy][print]") {
    Tensor f32(DType::Float32, {3});
    f32.set(0, Scalar::float64(0.1));
    f32.set(1, Scalar::float64(0.2));
    f32.set(2, Scalar::float64(0.3));
    CHECK(repr(f32) == "array([0.1, 0.2, 0.3], dtype=float32)");
    Tensor i32(DType::Int32, {3});
    i32.set(0, Scalar::int64(-5));
    i32.set(1, Scalar::int64(10));
    CHECK(repr(i32) == "array([-5, 10,  0], dtype=int32)");
    Tensor b(DType::Bool, {2});
    b.set(0, Scalar::boolean(true));
    CHECK(repr(b) == "array([ True, False])");
    CHECK(repr(Tensor(DType::Int32, {0})) == "array([], dtype=int32)");
    CHECK(repr(Tensor(DType::Float64, {0, 3})) == "array([], shape=(0, 3), dtype=float64)");
    CHECK(repr(Tensor::scalar(Scalar::float32(2.5f))) == "array(2.5, dtype=float32)");
}

TEST_CASE("print options precision, suppress and linewidth change the layout as numpy 1.24 does", "[numpy][print]") {
    PrintOptions o;
    o.precision = 3;
    o.suppress = true;
    o.linewidth = 30;
    CHECK(repr(doubles({1e-10, 1.0 / 3.0, 1000.5, 2.0, 7.25, 9.125}), o) ==
          "array([   0.   ,    0.333,\n       1000.5  ,    2.   ,\n          7.25 ,    9.125])");
}

TEST_CASE("float32 scalars print the shortest float32 digits as numpy 1.24 does", "[numpy][print][dragon4]") {
    using seedlab::tensor::float_scalar_repr;
    CHECK(float_scalar_repr(0.1f, true) == "0.1");
    CHECK(float_scalar_repr(static_cast<float>(1.0 / 3.0), true) == "0.33333334");
    CHECK(float_scalar_repr(16777217.0f, true) == "16777216.0");
    CHECK(float_scalar_repr(1e-45f, true) == "1e-45");
    CHECK(float_scalar_repr(3.4028235e38f, true) == "3.4028235e+38");
    CHECK(float_scalar_repr(2.5e-5f, true) == "2.5e-05");
    CHECK(float_scalar_repr(1e16f, true) == "1e+16");
}

TEST_CASE("float64 scalars print like Python floats as numpy 1.24 does", "[numpy][print][dragon4]") {
    using seedlab::tensor::float_scalar_repr;
    CHECK(float_scalar_repr(0.1, false) == "0.1");
    CHECK(float_scalar_repr(1.0 / 3.0, false) == "0.3333333333333333");
    CHECK(float_scalar_repr(5e-324, false) == "5e-324");
    CHECK(float_scalar_repr(1e16, false) == "1e+16");
    CHECK(float_scalar_repr(1e-5, false) == "1e-05");
    CHECK(float_scalar_repr(123456789.123, false) == "123456789.123");
    CHECK(seedlab::tensor::scalar_repr(Scalar::uint64(18446744073709551615ull)) == "18446744073709551615");
    CHECK(seedlab::tensor::scalar_repr(Scalar::boolean(false)) == "False");
}

TEST_CASE("dragon4 exact mode rounds half to even on the exact binary value, as np.format_float_positional", "[numpy][dragon4]") {
    seedlab::tensor::Dragon4Options o;
    o.digit_mode = seedlab::tensor::DigitMode::Exact;
    o.cutoff_mode = seedlab::tensor::CutoffMode::FractionLength;
    o.precision = 1;
    // 0.25 and 0.35 are exact ties / not ties in binary: numpy prints '0.2' and '0.3'.
    CHECK(seedlab::tensor::dragon4_float64(0.25, o) == "0.2");
    CHECK(seedlab::tensor::dragon4_float64(0.35, o) == "0.3");
    o.precision = 20;
    CHECK(seedlab::tensor::dragon4_float64(0.1, o) == "0.10000000000000000555");
}

TEST_CASE("every printed element is reported as a span covering its digits", "[numpy][print][spans]") {
    auto p = seedlab::tensor::array_repr(doubles({1.5, -2.25, 1.0 / 0.0}), PrintOptions());
    REQUIRE(p.numbers.size() == 3);
    CHECK(p.text.substr(p.numbers[0].first, p.numbers[0].second) == "1.5");
    CHECK(p.text.substr(p.numbers[1].first, p.numbers[1].second) == "-2.25");
    CHECK(p.text.substr(p.numbers[2].first, p.numbers[2].second) == "inf");
    auto s = seedlab::tensor::array_str(arange(2000), PrintOptions());
    CHECK(s.numbers.size() == 6);
}

TEST_CASE("printing an array marks each element as a number span with its dtype and provenance", "[numpy][print][spans]") {
    seedlab::session::RunOptions options;
    options.runs = 1;
    options.entropy = {1};
    auto result = seedlab::session::run("import numpy as np\nprint(np.array([1.5, 2.0], dtype=np.float32), np.float64(0.25))\n", options);
    const auto& run = result.runs.at(0);
    INFO((run.error ? run.error->text : std::string()));
    REQUIRE(!run.error);
    CHECK(run.stdout_text == "[1.5 2. ] 0.25\n");
    REQUIRE(run.events.size() == 1);
    const auto& numbers = run.events[0].numbers;
    REQUIRE(numbers.size() == 3);
    CHECK(numbers[0].dtype == "float32");
    CHECK(numbers[2].dtype == "float64");
}
