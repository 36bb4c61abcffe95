// The Python objects of the numpy emulation: ndarray, NumPy scalars (np.float64(0.5),
// np.int32(3), ...), dtype objects (a.dtype) and the scalar type objects (np.float32,
// usable as dtype= and callable as constructors), plus the per-process print options.
// What it is not: no arithmetic (ufunc.cpp), indexing (indexing.cpp) or module
// functions (module.cpp); these objects forward to them.
#pragma once

#include <string>

#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "tensor/numpy_print.hpp"

namespace seedlab::libs::numpy {

// Per-process numpy state: np.set_printoptions.
struct NumpyState {
    tensor::PrintOptions print;
};

struct NdArrayObj : lang::Obj {
    tensor::Tensor t;
    lang::ProvenancePtr prov;
    NdArrayObj(tensor::Tensor tensor, lang::ProvenancePtr p) : t(std::move(tensor)), prov(std::move(p)) {}

    std::string type_name() const override { return "numpy.ndarray"; }
    std::string repr(lang::Interpreter& in) const override;
    std::string str(lang::Interpreter& in) const override;
    void write(lang::Interpreter& in, lang::TextOut& out, bool as_str) const override;
    bool get_attr(lang::Interpreter& in, const std::string& name, lang::Value& out) override;
    void set_attr(lang::Interpreter& in, const std::string& name, const lang::Value& v) override;
    bool truthy(lang::Interpreter& in) const override;
    bool binary_op(lang::Interpreter& in, const std::string& op, const lang::Value& other, bool reflected, lang::Value& out) override;
    bool unary_op(lang::Interpreter& in, const std::string& op, lang::Value& out) override;
    bool get_item(lang::Interpreter& in, const lang::Value& key, lang::Value& out) override;
    bool set_item(lang::Interpreter& in, const lang::Value& key, const lang::Value& v) override;
    bool length(lang::Interpreter& in, int64_t& out) override;
    lang::ObjPtr iter(lang::Interpreter& in) override;
};

// A NumPy scalar: np.float64, np.float32, np.int64, ..., np.bool_.
struct ScalarObj : lang::Obj {
    tensor::Scalar s;
    lang::ProvenancePtr prov;
    ScalarObj(tensor::Scalar v, lang::ProvenancePtr p) : s(v), prov(std::move(p)) {}

    std::string type_name() const override;
    std::string repr(lang::Interpreter& in) const override;
    void write(lang::Interpreter& in, lang::TextOut& out, bool as_str) const override;
    bool get_attr(lang::Interpreter& in, const std::string& name, lang::Value& out) override;
    bool truthy(lang::Interpreter&) const override { return s.truthy(); }
    bool binary_op(lang::Interpreter& in, const std::string& op, const lang::Value& other, bool reflected, lang::Value& out) override;
    bool unary_op(lang::Interpreter& in, const std::string& op, lang::Value& out) override;
};

// A dtype object: repr "dtype('float64')", str "float64".
struct DTypeObj : lang::Obj {
    tensor::DType d;
    explicit DTypeObj(tensor::DType dt) : d(dt) {}
    std::string type_name() const override;
    std::string repr(lang::Interpreter&) const override;
    std::string str(lang::Interpreter&) const override { return std::string(tensor::dtype_name(d)); }
    bool get_attr(lang::Interpreter& in, const std::string& name, lang::Value& out) override;
    bool binary_op(lang::Interpreter& in, const std::string& op, const lang::Value& other, bool reflected, lang::Value& out) override;
};

// A scalar type object: np.float32 (repr "<class 'numpy.float32'>"); calling it makes
// a scalar (or casts an array-like), and it names a dtype in dtype= arguments. It is a
// builtin-style type named "numpy.float32", so that isinstance(x, np.float32) works.
struct ScalarTypeObj : lang::TypeObj {
    tensor::DType d;
    explicit ScalarTypeObj(tensor::DType dt);
    std::string type_name() const override { return "type"; }
    std::string repr(lang::Interpreter&) const override;
    lang::Value call(lang::Interpreter& in, lang::CallArgs& args) override;
    bool get_attr(lang::Interpreter& in, const std::string& name, lang::Value& out) override;
    bool binary_op(lang::Interpreter& in, const std::string& op, const lang::Value& other, bool reflected, lang::Value& out) override;
};

// NumPy's Python-visible name of a scalar type: "float64", "bool_", ...
std::string scalar_type_name(tensor::DType d);

// ---- operands -----------------------------------------------------------------------

// An argument of an array operation: its tensor, and whether it is a scalar for
// NumPy 1.24's value-based casting (a Python or NumPy scalar, or a 0-d array).
struct Operand {
    tensor::Tensor t;
    bool scalar = false;
    lang::ProvenancePtr prov;
};

// Converts [v] to an operand; false when [v] is not array-like (operators then give
// NotImplemented). Lists and tuples are converted with np.asarray.
bool to_operand(lang::Interpreter& in, const lang::Value& v, Operand& out);
// As to_operand, raising TypeError for anything else.
Operand operand(lang::Interpreter& in, const lang::Value& v);

// The first non-null provenance of [a] and [b].
inline lang::ProvenancePtr first_provenance(const lang::ProvenancePtr& a, const lang::ProvenancePtr& b) { return a ? a : b; }

// Raises the playground's unsupported error with [feature], at the current line.
[[noreturn]] void unsupported(lang::Interpreter& in, const std::string& feature);

// Shape as Python prints it: "(2, 3)", "(5,)", "()".
std::string shape_text(const tensor::Shape& shape);
// Shape as NumPy's C error messages print it: "(2,3)", "(5,)".
std::string shape_compact(const tensor::Shape& shape);

}  // namespace seedlab::libs::numpy
