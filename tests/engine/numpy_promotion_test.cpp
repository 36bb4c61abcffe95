// Pins NumPy 1.24's type promotion (engine/libs/numpy/promotion.cpp): the
// value-based np.result_type of an array and a Python int, and the default ufunc
// type resolver's linear search. The expected tables were printed by
// /usr/bin/python3 (NumPy 1.24.2) with np.result_type(np.array([1], d), v) and
// np.floor_divide(np.array([3], d), v).dtype.
#include <catch.hpp>

#include <string>
#include <vector>

#include "libs/numpy/promotion.hpp"

namespace {

using seedlab::libs::numpy::Operand;
using seedlab::tensor::DType;
using seedlab::tensor::Scalar;
using seedlab::tensor::Tensor;

Operand array_of(DType d) { return Operand{Tensor(d, {1}), false, nullptr}; }

Operand python_int(int64_t v) { return Operand{Tensor::scalar(Scalar::int64(v)), true, nullptr}; }

std::string result_name(DType array, int64_t value) {
    Operand a = array_of(array), b = python_int(value);
    return std::string(seedlab::tensor::dtype_name(seedlab::libs::numpy::result_type({&a, &b})));
}

}  // namespace

TEST_CASE("np.result_type of an array and a Python int matches numpy 1.24's value-based table", "[numpy][promotion]") {
    const std::vector<int64_t> values = {0, 127, 128, 255, 256, 32767, 32768, 65535, 65536, -1, -128, -129, -32769};
    struct Row { DType d; std::vector<std::string> expected; };
    const std::vector<Row> rows = {
        {DType::Int8, {"int8", "int8", "int16", "int16", "int16", "int16", "int32", "int32", "int32", "int8", "int8", "int16", "int32"}},
        {DType::Int16, {"int16", "int16", "int16", "int16", "int16", "int16", "int32", "int32", "int32", "int16", "int16", "int16", "int32"}},
        {DType::UInt8, {"uint8", "uint8", "uint8", "uint8", "uint16", "uint16", "uint16", "uint16", "uint32", "int16", "int16", "int16", "int32"}},
        {DType::UInt16, {"uint16", "uint16", "uint16", "uint16", "uint16", "uint16", "uint16", "uint16", "uint32", "int32", "int32", "int32", "int32"}},
        {DType::UInt64, {"uint64", "uint64", "uint64", "uint64", "uint64", "uint64", "uint64", "uint64", "uint64", "float64", "float64", "float64", "float64"}},
        {DType::Float32, {"float32", "float32", "float32", "float32", "float32", "float32", "float32", "float32", "float64", "float32", "float32", "float32", "float64"}},
        {DType::Bool, {"int64", "int64", "int64", "int64", "int64", "int64", "int64", "int64", "int64", "int64", "int64", "int64", "int64"}},
    };
    for (const Row& r : rows)
        for (size_t k = 0; k < values.size(); ++k) {
            INFO(std::string(seedlab::tensor::dtype_name(r.d)) << " with " << values[k]);
            CHECK(result_name(r.d, values[k]) == r.expected[k]);
        }
}

TEST_CASE("promote_types follows numpy's lattice for mixed signed, unsigned and float types", "[numpy][promotion]") {
    using seedlab::libs::numpy::promote_types;
    CHECK(promote_types(DType::UInt8, DType::Int8) == DType::Int16);
    CHECK(promote_types(DType::UInt32, DType::Int32) == DType::Int64);
    CHECK(promote_types(DType::UInt64, DType::Int64) == DType::Float64);
    CHECK(promote_types(DType::Int16, DType::Float32) == DType::Float32);
    CHECK(promote_types(DType::Int32, DType::Float32) == DType::Float64);
    CHECK(promote_types(DType::Bool, DType::UInt8) == DType::UInt8);
}

TEST_CASE("the default ufunc resolver picks the first loop both inputs cast to, as numpy 1.24's floor_divide", "[numpy][promotion]") {
    using seedlab::libs::numpy::linear_search;
    const std::vector<DType> loops = {DType::Int8, DType::UInt8, DType::Int16, DType::UInt16, DType::Int32, DType::UInt32,
                                      DType::Int64, DType::UInt64, DType::Float16, DType::Float32, DType::Float64};
    Operand u16 = array_of(DType::UInt16), big = python_int(70000);
    CHECK(linear_search({&u16, &big}, loops) == DType::Int32);  // result_type would say uint32
    Operand u8 = array_of(DType::UInt8), five = python_int(5);
    CHECK(linear_search({&u8, &five}, loops) == DType::UInt8);
    Operand i8 = array_of(DType::Int8), b200 = python_int(200);
    CHECK(linear_search({&i8, &b200}, loops) == DType::Int16);
}
