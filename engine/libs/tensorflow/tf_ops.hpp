// Building and running ops in either mode, the way TF's Python layer does: in eager
// mode an op runs at once (stateful kernels come from the context's kernel cache, keyed
// by op type and attrs, never by input values); in graph mode (TF1, Graph.as_default(),
// tf.function traces) it becomes a node with TF's unique name and bumps Graph._last_id,
// and a Session or concrete function runs it later with its own kernels.
// Also: convert_to_tensor of Python values, name scopes, and the elementwise math behind
// + - * / and comparisons.
// What it is not: no random-op semantics (tf_random.cpp) and no module bindings.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"
#include "libs/tensorflow/tf_objects.hpp"
#include "libs/tensorflow/tf_state.hpp"

namespace seedlab::libs::tf {

// What an op needs to be built.
struct OpSpec {
    std::string type;                    // "RandomUniform", "AddV2", "Const", ...
    std::string name;                    // graph node name below the current scope ("" = type)
    bool exact_name = false;             // [name] is already a full, unique name (a scope's name)
    tensor::DType dtype = tensor::DType::Float32;
    std::optional<tensor::Shape> shape;  // static output shape, when known
    OpFn fn;
    bool stateful = false;
    std::string cache_key;               // eager kernel cache key: op type + attrs
};

// Runs ([eager]) or adds ([graph]) the op over [inputs] (tensors of the current mode).
lang::Value emit(lang::Interpreter& in, OpSpec spec, const std::vector<lang::Value>& inputs);

// ops.name_scope(name, default_name): in graph mode the scope is made unique and pushed;
// [op_name] is the name the scope's final op takes (the scope without its slash).
class NameScope {
public:
    NameScope(lang::Interpreter& in, const lang::Value& name, const std::string& default_name);
    ~NameScope();
    const std::string& op_name() const { return op_name_; }
    NameScope(const NameScope&) = delete;
    NameScope& operator=(const NameScope&) = delete;

private:
    std::shared_ptr<Graph> graph_;
    std::string op_name_;
};

// ops.convert_to_tensor([v], dtype=[dtype], name=[name]) in the current mode. Python
// floats become float32 and ints int32 (int64 when out of range) unless [dtype] says
// otherwise; NumPy arrays keep their dtype. Graph mode adds a Const node.
lang::Value convert_to_tensor(lang::Interpreter& in, const lang::Value& v, std::optional<tensor::DType> dtype,
                              const std::string& name = "Const");
// The value of a Python/NumPy/eager argument as a tensor (no graph node).
TfValue constant_value(lang::Interpreter& in, const lang::Value& v, std::optional<tensor::DType> dtype);
// The value of a tensor of the current mode known at build time: eager tensors, graph
// Const nodes; nullopt otherwise.
std::optional<TfValue> static_value(const lang::Value& v);
// Static dtype/shape of a tensor value of either mode.
tensor::DType tensor_dtype(const lang::Value& v);
std::optional<tensor::Shape> tensor_shape(const lang::Value& v);

// shape_util.shape_tensor: a list/tuple becomes an int32 "shape" constant (int64 when
// out of range); a tensor is used as it is. [shape] receives the static shape.
lang::Value shape_tensor(lang::Interpreter& in, const lang::Value& v, std::optional<tensor::Shape>& shape);

// x OP y for tensors (Python operators and tf.add/subtract/multiply/divide): [op] is
// "+", "-", "*", "/", "//", "<", "<=", ">", ">=". The other operand is converted to
// the tensor's dtype as TF does. [name] is the scope/op name ("add", "mul", ...).
lang::Value binary_math(lang::Interpreter& in, const std::string& op, const lang::Value& a, const lang::Value& b,
                        const lang::Value& name = lang::Value::none());
lang::Value negate(lang::Interpreter& in, const lang::Value& a);
// tf.cast
lang::Value cast(lang::Interpreter& in, const lang::Value& x, tensor::DType to, const lang::Value& name);

// ---- running graphs ------------------------------------------------------------------

// The kernels of one Session (or one concrete function), by node index.
struct GraphKernels {
    std::map<int, std::shared_ptr<Kernel>> kernels;
};

// Evaluates nodes [targets] of [graph] once (each node at most once per run), with
// [feeds] giving the values of placeholder nodes by argument index.
std::vector<TfValue> run_graph(lang::Interpreter& in, Graph& graph, const std::vector<int>& targets, GraphKernels& kernels,
                               const std::vector<TfValue>& feeds = {});

}  // namespace seedlab::libs::tf
