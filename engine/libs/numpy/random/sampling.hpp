// The calling conventions NumPy's RandomState and Generator share (numpy/random/
// _common.pyx): parameter constraints with their exact messages, PyFloat_AsDouble,
// size= handling, and the fill / cont / disc drivers that draw one value per output
// element, broadcasting array parameters in C order, and wrap the result as NumPy
// does (a Python float or int for size=None, else an ndarray) with provenance.
// What it is not: no distribution code (legacy_/generator_distributions.hpp).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/random/objects.hpp"
#include "tensor/tensor.hpp"

namespace seedlab::libs::numpy::random {

// constraint_type of _common.pxd.
enum class Cons {
    None, NonNegative, Positive, PositiveNotNan, Bounded01, BoundedGt01, BoundedLt01, Gt1, Gte1, Poisson, LegacyPoisson,
};

// check_constraint / check_array_constraint: ValueError with NumPy's message.
void check_constraint(double value, const std::string& name, Cons cons);
void check_array_constraint(const tensor::Tensor& values, const std::string& name, Cons cons);

// PyFloat_AsDouble: floats, ints, bools, NumPy scalars and 0-d arrays.
double py_float(Interpreter& in, const Value& v);
// operator.index for ints, bools and NumPy integer scalars; nullopt otherwise.
std::optional<lang::BigInt> py_index(const Value& v);

// size=: nullopt for None, else the shape (ints, tuples, NumPy ints).
std::optional<tensor::Shape> size_arg(Interpreter& in, const Value& size);

// A tuple's repr for messages: "(2,)", "(2, 3)", "()".
std::string shape_repr(const tensor::Shape& shape);

// The broadcast shape of [shapes] (NumPy's rules), or ValueError naming the mismatch.
tensor::Shape broadcast_shapes(const std::vector<tensor::Shape>& shapes);
// Row-major index of output element [flat] of [out_shape] into an array of [shape]
// broadcast against it.
int64_t broadcast_index(const tensor::Shape& out_shape, const tensor::Shape& shape, int64_t flat);

// Counts the words a call draws and says where its values came from.
class DrawScope {
public:
    explicit DrawScope(BitGeneratorObj& bg) : bg_(bg), first_(bg.gen.words()) {}
    lang::ProvenancePtr provenance() const { return bg_.provenance(first_); }
    BitGen& gen() { return bg_.gen; }

private:
    BitGeneratorObj& bg_;
    uint64_t first_;
};

// A fresh contiguous tensor of [shape] after the process's element-limit check.
tensor::Tensor new_tensor(Interpreter& in, tensor::DType dtype, const tensor::Shape& shape);
// The same, unzeroed, for a fill that writes every element.
inline tensor::Tensor new_tensor_for_fill(Interpreter& in, tensor::DType dtype, const tensor::Shape& shape) {
    in.count_elements(tensor::shape_size(shape));
    return tensor::Tensor::uninitialized(dtype, shape);
}

inline Value wrap_float(double d, lang::ProvenancePtr prov) { return Value::floating(d, std::move(prov)); }

// double_fill / float_fill: [draw] (a generic lambda over the bit generator) once per
// element; a Python float for size=None. The engine kind is dispatched once per call.
template <class Draw>
Value double_fill(Interpreter& in, BitGeneratorObj& bg, const Value& size, Draw draw) {
    const auto shape = size_arg(in, size);
    DrawScope scope(bg);
    if (!shape) {
        const double d = bg.gen.with_engine([&](auto& g) { return static_cast<double>(draw(g)); });
        return wrap_float(d, scope.provenance());
    }
    tensor::Tensor t = new_tensor_for_fill(in, tensor::DType::Float64, *shape);
    double* out = t.data<double>();
    const int64_t n = t.size();
    bg.gen.with_engine([&](auto& g) { for (int64_t i = 0; i < n; ++i) out[i] = draw(g); return 0; });
    return make_ndarray(in, std::move(t), scope.provenance());
}

// The standard uniform double of RandomState.random_sample and Generator.random: the
// generator's next_double per element, filled in bulk (BitGen::fill_doubles).
inline Value uniform_fill(Interpreter& in, BitGeneratorObj& bg, const Value& size) {
    const auto shape = size_arg(in, size);
    DrawScope scope(bg);
    if (!shape) return wrap_float(bg.gen.next_double(), scope.provenance());
    tensor::Tensor t = new_tensor_for_fill(in, tensor::DType::Float64, *shape);
    bg.gen.fill_doubles(t.data<double>(), t.size());
    return make_ndarray(in, std::move(t), scope.provenance());
}

template <class Draw>
Value float_fill(Interpreter& in, BitGeneratorObj& bg, const Value& size, Draw draw) {
    const auto shape = size_arg(in, size);
    DrawScope scope(bg);
    if (!shape) {
        const float f = bg.gen.with_engine([&](auto& g) { return static_cast<float>(draw(g)); });
        return wrap_float(static_cast<double>(f), scope.provenance());
    }
    tensor::Tensor t = new_tensor_for_fill(in, tensor::DType::Float32, *shape);
    float* out = t.data<float>();
    const int64_t n = t.size();
    bg.gen.with_engine([&](auto& g) { for (int64_t i = 0; i < n; ++i) out[i] = draw(g); return 0; });
    return make_ndarray(in, std::move(t), scope.provenance());
}

// One distribution parameter as cont()/disc() take it.
struct DistArg {
    Value value;
    std::string name;
    Cons cons = Cons::None;
};

// cont: a float64 distribution of up to three float parameters.
Value cont(Interpreter& in, BitGeneratorObj& bg, const Value& size, const std::vector<DistArg>& args,
           const std::function<double(BitGen&, const double*)>& draw);
// disc: an int64 distribution of float parameters (poisson); Python int for size=None.
Value disc(Interpreter& in, BitGeneratorObj& bg, const Value& size, const std::vector<DistArg>& args,
           const std::function<int64_t(BitGen&, const double*)>& draw);
// triangular's checks (left > mode, mode > right, left == right), scalars or arrays.
void check_triangular(Interpreter& in, const Value& left, const Value& mode, const Value& right);
// binomial's own driver (n as int64, p as float), legacy and Generator alike.
Value binomial_driver(Interpreter& in, BitGeneratorObj& bg, const Value& n, const Value& p, const Value& size,
                      const std::function<int64_t(BitGen&, double, int64_t)>& draw);

}  // namespace seedlab::libs::numpy::random
