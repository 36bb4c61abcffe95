// The Python objects of the TensorFlow emulation: dtypes (tf.float32), TensorShape,
// eager tensors (printing exactly as TF 2.x: "tf.Tensor([0.1 0.2], shape=(2,),
// dtype=float32)" and "<tf.Tensor: shape=..., dtype=..., numpy=...>", from NumPy's
// array printing as TF's numpy_text does), and graph tensors (Tensor("name:0", ...)).
// What it is not: no op semantics (tf_ops.hpp builds and runs ops).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "lang/interpreter.hpp"
#include "libs/tensorflow/tf_state.hpp"
#include "tensor/tensor.hpp"

namespace seedlab::libs::tf {

// TF's dtype name: "float32", "int32", "bool", ... (float16 has no storage here).
std::string dtype_name(tensor::DType d);

// tf.float32 etc.: repr "tf.float32", str "<dtype: 'float32'>".
struct DTypeObj : lang::Obj {
    tensor::DType d;
    bool half = false;  // tf.float16 / tf.bfloat16: named but not computable here
    std::string half_name;
    explicit DTypeObj(tensor::DType dt) : d(dt) {}
    std::string type_name() const override { return "DType"; }
    std::string name() const { return half ? half_name : dtype_name(d); }
    std::string repr(lang::Interpreter&) const override { return "tf." + name(); }
    std::string str(lang::Interpreter&) const override { return "<dtype: '" + name() + "'>"; }
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;
    bool binary_op(lang::Interpreter& in, const std::string& op, const lang::Value& other, bool reflected,
                   lang::Value& out) override;
};

lang::Value make_dtype(tensor::DType d);
// A dtype= argument: a tf dtype, a NumPy dtype/type, Python float/int/bool or a name.
// None gives [fallback]. float16/bfloat16/string raise unsupported.
tensor::DType to_tf_dtype(lang::Interpreter& in, const lang::Value& v, tensor::DType fallback);
std::optional<tensor::DType> to_tf_dtype_opt(lang::Interpreter& in, const lang::Value& v);

// "(2, 3)", "(2,)", "()" (TensorShape.__str__); "<unknown>" without a rank.
std::string shape_str(const std::optional<tensor::Shape>& shape);

// tf.TensorShape.
struct TensorShapeObj : lang::Obj {
    std::optional<tensor::Shape> dims;
    bool v1 = false;  // TF 1.15 prints Dimension(n) in repr
    std::string type_name() const override { return "TensorShape"; }
    std::string repr(lang::Interpreter& in) const override;
    std::string str(lang::Interpreter&) const override { return shape_str(dims); }
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;
    bool get_item(lang::Interpreter& in, const lang::Value& key, lang::Value& out) override;
    bool length(lang::Interpreter& in, int64_t& out) override;
    lang::ObjPtr iter(lang::Interpreter& in) override;
    bool binary_op(lang::Interpreter& in, const std::string& op, const lang::Value& other, bool reflected,
                   lang::Value& out) override;
};
lang::Value make_shape(lang::Interpreter& in, const std::optional<tensor::Shape>& dims);

// An eager tensor (EagerTensor): its value and where its numbers came from.
struct EagerTensorObj : lang::Obj {
    TfValue v;
    explicit EagerTensorObj(TfValue value) : v(std::move(value)) {}
    std::string type_name() const override { return "tensorflow.python.framework.ops.EagerTensor"; }
    std::string repr(lang::Interpreter& in) const override;
    std::string str(lang::Interpreter& in) const override;
    void write(lang::Interpreter& in, lang::TextOut& out, bool as_str) const override;
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;
    bool truthy(lang::Interpreter& in) const override;
    bool binary_op(lang::Interpreter& in, const std::string& op, const lang::Value& other, bool reflected,
                   lang::Value& out) override;
    bool unary_op(lang::Interpreter& in, const std::string& op, lang::Value& out) override;
    bool get_item(lang::Interpreter& in, const lang::Value& key, lang::Value& out) override;
    bool length(lang::Interpreter& in, int64_t& out) override;
    lang::ObjPtr iter(lang::Interpreter& in) override;
};

// A symbolic tensor: output 0 of node [node] of [graph].
struct GraphTensorObj : lang::Obj {
    std::shared_ptr<Graph> graph;
    int node = 0;
    GraphTensorObj(std::shared_ptr<Graph> g, int n) : graph(std::move(g)), node(n) {}
    const Node& def() const { return graph->nodes[static_cast<size_t>(node)]; }
    std::string type_name() const override { return "Tensor"; }
    std::string repr(lang::Interpreter& in) const override;
    std::string str(lang::Interpreter& in) const override;
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;
    bool truthy(lang::Interpreter& in) const override;
    bool binary_op(lang::Interpreter& in, const std::string& op, const lang::Value& other, bool reflected,
                   lang::Value& out) override;
    bool unary_op(lang::Interpreter& in, const std::string& op, lang::Value& out) override;
    bool get_item(lang::Interpreter& in, const lang::Value& key, lang::Value& out) override;
};

lang::Value make_eager(TfValue v);
EagerTensorObj* as_eager(const lang::Value& v);
GraphTensorObj* as_graph_tensor(const lang::Value& v);
bool is_tf_tensor(const lang::Value& v);

// The NumPy value of an eager tensor (t.numpy()): an ndarray, or a NumPy scalar for 0-d.
lang::Value to_numpy(lang::Interpreter& in, const TfValue& v);

// Element [flat] of a tensor as a Python value with the tensor's provenance.
lang::Value python_element(const TfValue& v, int64_t flat);

}  // namespace seedlab::libs::tf
