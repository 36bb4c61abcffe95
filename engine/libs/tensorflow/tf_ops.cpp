// Op building in eager and graph mode, conversions, elementwise math, graph runs.
#include "libs/tensorflow/tf_ops.hpp"

#include <algorithm>
#include <functional>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/objects.hpp"
#include "libs/numpy/ufunc.hpp"

namespace seedlab::libs::tf {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Tensor;

namespace {

[[noreturn]] void unsupported(Interpreter& in, const std::string& what) {
    throw lang::unsupported(what + " is not supported in the playground", in.current_line());
}

// A Const node holding [v] in the current graph.
Value const_node(Interpreter& in, const TfValue& v, const std::string& name) {
    OpSpec spec;
    spec.type = "Const";
    spec.name = name;
    spec.dtype = v.t.dtype();
    spec.shape = v.t.shape();
    spec.fn = [v](Interpreter&, const std::vector<TfValue>&, Kernel*) { return v; };
    Graph& g = current_graph(in);
    Value out = emit(in, spec, {});
    g.nodes.back().constant = v;
    return out;
}

bool fits_int32(const Tensor& t) {
    for (int64_t i = 0; i < t.size(); ++i) {
        const int64_t x = t.get(i).i;
        if (x < INT32_MIN || x > INT32_MAX) return false;
    }
    return true;
}

}  // namespace

// ---- emitting ops ----------------------------------------------------------------------

Value emit(Interpreter& in, OpSpec spec, const std::vector<Value>& inputs) {
    TfState& s = state(in);
    if (executing_eagerly(in)) {
        std::vector<TfValue> values;
        for (auto& v : inputs) {
            auto* e = as_eager(v);
            if (!e) unsupported(in, "mixing graph tensors into eager ops");
            values.push_back(e->v);
        }
        Kernel* kernel = nullptr;
        if (spec.stateful) {
            auto& slot = s.kernel_cache[spec.cache_key];
            if (!slot) slot = std::make_shared<Kernel>();
            kernel = slot.get();
        }
        TfValue out = spec.fn(in, values, kernel);
        in.count_elements(out.t.size());
        return make_eager(std::move(out));
    }
    auto graph = current_graph_ptr(in);
    std::vector<int> input_nodes;
    for (auto& v : inputs) {
        if (auto* g = as_graph_tensor(v)) {
            if (g->graph != graph)
                unsupported(in, "using a tensor of one graph in another graph (TensorFlow raises ValueError)");
            input_nodes.push_back(g->node);
        } else if (auto* e = as_eager(v)) {
            Value c = const_node(in, e->v, "Const");
            input_nodes.push_back(as_graph_tensor(c)->node);
        } else {
            unsupported(in, "this op input");
        }
    }
    Node node;
    node.name = spec.exact_name ? spec.name : graph->unique_name(spec.name.empty() ? spec.type : spec.name);
    node.type = spec.type;
    node.inputs = std::move(input_nodes);
    node.dtype = spec.dtype;
    node.shape = spec.shape;
    node.fn = std::move(spec.fn);
    node.stateful = spec.stateful;
    graph->last_id += 1;
    graph->nodes.push_back(std::move(node));
    return Value::object(std::make_shared<GraphTensorObj>(graph, static_cast<int>(graph->nodes.size()) - 1));
}

NameScope::NameScope(Interpreter& in, const Value& name, const std::string& default_name) {
    if (executing_eagerly(in)) return;
    graph_ = current_graph_ptr(in);
    std::string base = name.is_none() ? default_name : lang::arg_str(in, name, "name");
    // A name ending in "/" re-enters that exact scope (ops.name_scope's rule).
    if (!base.empty() && base.back() == '/') op_name_ = base.substr(0, base.size() - 1);
    else op_name_ = graph_->unique_name(base);
    graph_->name_stack.push_back(op_name_);
}

NameScope::~NameScope() {
    if (graph_) graph_->name_stack.pop_back();
}

// ---- conversions ------------------------------------------------------------------------

TfValue constant_value(Interpreter& in, const Value& v, std::optional<DType> dtype) {
    if (auto* e = as_eager(v)) {
        if (dtype && *dtype != e->v.t.dtype())
            throw lang::value_error("Tensor conversion requested dtype " + dtype_name(*dtype) + " for Tensor with dtype " +
                                    dtype_name(e->v.t.dtype()) + ": " + e->repr(in));
        return e->v;
    }
    if (as_graph_tensor(v)) unsupported(in, "using a graph tensor as a constant");
    const bool from_numpy = numpy::as_tensor(v) != nullptr || numpy::as_numpy_scalar(v).has_value();
    lang::ProvenancePtr prov = numpy::provenance_of(v);
    if (!prov && v.is_float()) prov = v.provenance();
    Tensor t;
    try {
        t = numpy::to_tensor(in, v);
    } catch (const lang::PyError& e) {
        if (e.kind == lang::ErrorKind::Runtime && e.type == "ValueError" && !from_numpy)
            throw lang::value_error("Can't convert non-rectangular Python sequence to Tensor.");
        throw;
    }
    if (!dtype) {
        if (!from_numpy) {
            if (t.dtype() == DType::Float64) t = t.astype(DType::Float32);
            else if (t.dtype() == DType::Int64 && fits_int32(t)) t = t.astype(DType::Int32);
            else if (t.dtype() == DType::UInt64) unsupported(in, "integers above 2**63 in tensors");
        }
        return {t, prov};
    }
    if (t.dtype() != *dtype) {
        if (tensor::is_integer(*dtype) && tensor::is_float(t.dtype())) {
            for (int64_t i = 0; i < t.size(); ++i) {
                const double x = t.get(i).f;
                if (x != static_cast<double>(static_cast<int64_t>(x))) {
                    if (!executing_eagerly(in)) unsupported(in, "converting a float to an integer tensor in graph mode (TypeError)");
                    throw lang::type_error("Cannot convert " + in.repr(v) + " to EagerTensor of dtype " + dtype_name(*dtype));
                }
            }
        }
        if (*dtype == DType::Bool && t.dtype() != DType::Bool) unsupported(in, "converting numbers to a bool tensor");
        if (tensor::is_integer(*dtype) && tensor::is_integer(t.dtype())) {
            Tensor back = t.astype(*dtype).astype(t.dtype());
            for (int64_t i = 0; i < t.size(); ++i)
                if (back.get(i).i != t.get(i).i) unsupported(in, "integers out of the range of " + dtype_name(*dtype));
        }
        t = t.astype(*dtype);
    }
    return {t, prov};
}

Value convert_to_tensor(Interpreter& in, const Value& v, std::optional<DType> dtype, const std::string& name) {
    if (executing_eagerly(in)) {
        if (auto* e = as_eager(v)) {
            if (dtype && *dtype != e->v.t.dtype()) constant_value(in, v, dtype);  // raises TF's ValueError
            return v;
        }
        return make_eager(constant_value(in, v, dtype));
    }
    if (auto* g = as_graph_tensor(v)) {
        if (dtype && *dtype != g->def().dtype)
            throw lang::value_error("Tensor conversion requested dtype " + dtype_name(*dtype) + " for Tensor with dtype " +
                                    dtype_name(g->def().dtype) + ": " + g->str(in));
        return v;
    }
    return const_node(in, constant_value(in, v, dtype), name);
}

std::optional<TfValue> static_value(const Value& v) {
    if (auto* e = as_eager(v)) return e->v;
    if (auto* g = as_graph_tensor(v)) return g->def().constant;
    return std::nullopt;
}

DType tensor_dtype(const Value& v) {
    if (auto* e = as_eager(v)) return e->v.t.dtype();
    if (auto* g = as_graph_tensor(v)) return g->def().dtype;
    return DType::Float32;
}

std::optional<tensor::Shape> tensor_shape(const Value& v) {
    if (auto* e = as_eager(v)) return e->v.t.shape();
    if (auto* g = as_graph_tensor(v)) return g->def().shape;
    return std::nullopt;
}

Value shape_tensor(Interpreter& in, const Value& v, std::optional<tensor::Shape>& shape) {
    if (auto* s = v.as<TensorShapeObj>()) {
        if (!s->dims) unsupported(in, "an unknown TensorShape as a shape");
        std::vector<Value> dims;
        for (int64_t d : *s->dims) dims.push_back(Value::integer(d));
        return shape_tensor(in, lang::make_list(dims), shape);
    }
    if (is_tf_tensor(v)) {
        auto value = static_value(v);
        if (!value || value->t.ndim() != 1 || !tensor::is_integer(value->t.dtype()))
            unsupported(in, "a shape tensor whose value is not known when the op is built");
        tensor::Shape dims;
        for (int64_t i = 0; i < value->t.size(); ++i) dims.push_back(value->t.get(i).i);
        shape = dims;
        return v;
    }
    if (!v.as<lang::ListObj>() && !v.as<lang::TupleObj>() && !numpy::as_tensor(v))
        unsupported(in, "a shape given as " + in.type_name(v) + " (use a list or tuple)");
    std::vector<Value> items = in.to_list(v);
    tensor::Shape dims;
    for (auto& item : items) {
        int64_t d;
        if (auto* e = as_eager(item)) {
            if (e->v.t.size() != 1 || !tensor::is_integer(e->v.t.dtype())) unsupported(in, "this shape element");
            d = e->v.t.get(0).i;
        } else if (auto s = numpy::as_numpy_scalar(item)) {
            d = s->i;
        } else {
            d = lang::arg_int(in, item, "shape");
        }
        if (d < 0)
            throw invalid_argument(
                                      "Dimension " + std::to_string(d) + " must be >= 0");
        dims.push_back(d);
    }
    shape = dims;
    Tensor t(DType::Int64, {static_cast<int64_t>(dims.size())});
    for (size_t i = 0; i < dims.size(); ++i) t.data<int64_t>()[i] = dims[i];
    if (fits_int32(t)) t = t.astype(DType::Int32);
    if (executing_eagerly(in)) return make_eager({t, nullptr});
    return const_node(in, {t, nullptr}, "shape");
}

// ---- elementwise math ---------------------------------------------------------------------

namespace {

struct BinaryInfo {
    numpy::BinOp op;
    const char* scope;    // name scope of the Python wrapper
    const char* type;     // op type
    bool comparison;
};

BinaryInfo binary_info(Interpreter& in, const std::string& op) {
    const bool tf1 = is_tf1(state(in).version);
    if (op == "+") return {numpy::BinOp::Add, "add", tf1 ? "Add" : "AddV2", false};
    if (op == "-") return {numpy::BinOp::Subtract, "sub", "Sub", false};
    if (op == "*") return {numpy::BinOp::Multiply, "mul", "Mul", false};
    if (op == "/") return {numpy::BinOp::TrueDivide, "truediv", "RealDiv", false};
    if (op == "//") return {numpy::BinOp::FloorDivide, "floordiv", "FloorDiv", false};
    if (op == "<") return {numpy::BinOp::Less, "Less", "Less", true};
    if (op == "<=") return {numpy::BinOp::LessEqual, "LessEqual", "LessEqual", true};
    if (op == ">") return {numpy::BinOp::Greater, "Greater", "Greater", true};
    if (op == ">=") return {numpy::BinOp::GreaterEqual, "GreaterEqual", "GreaterEqual", true};
    unsupported(in, "the tensor operator " + op);
}

// The broadcast shape of two static shapes; TF's "Incompatible shapes" error is refused
// (its text differs between versions).
std::optional<tensor::Shape> broadcast_static(Interpreter& in, const std::optional<tensor::Shape>& a,
                                              const std::optional<tensor::Shape>& b) {
    if (!a || !b) return std::nullopt;
    const size_t n = std::max(a->size(), b->size());
    tensor::Shape out(n);
    for (size_t i = 0; i < n; ++i) {
        const int64_t x = i < n - a->size() ? 1 : (*a)[i - (n - a->size())];
        const int64_t y = i < n - b->size() ? 1 : (*b)[i - (n - b->size())];
        if (x != y && x != 1 && y != 1)
            unsupported(in, "an op on tensors of incompatible shapes " + shape_str(*a) + " and " + shape_str(*b) +
                                " (TensorFlow raises InvalidArgumentError)");
        out[i] = x == 1 ? y : x;
    }
    return out;
}

}  // namespace

Value binary_math(Interpreter& in, const std::string& op, const Value& a, const Value& b, const Value& name) {
    const BinaryInfo info = binary_info(in, op);
    const bool a_tensor = is_tf_tensor(a);
    const DType dt = a_tensor ? tensor_dtype(a) : is_tf_tensor(b) ? tensor_dtype(b) : constant_value(in, a, std::nullopt).t.dtype();
    NameScope scope(in, name, info.scope);
    Value x = a_tensor ? a : convert_to_tensor(in, a, dt, "x");
    Value y = is_tf_tensor(b) ? b : convert_to_tensor(in, b, dt, "y");
    if (tensor_dtype(x) != tensor_dtype(y))
        unsupported(in, "an op between " + dtype_name(tensor_dtype(x)) + " and " + dtype_name(tensor_dtype(y)) +
                            " tensors (TensorFlow raises InvalidArgumentError; cast one first)");
    if (info.op == numpy::BinOp::TrueDivide && tensor::is_integer(dt) && dt != DType::Int32 && dt != DType::Int64)
        unsupported(in, "true division of " + dtype_name(dt) + " tensors");
    if (info.op == numpy::BinOp::FloorDivide && tensor::is_float(dt)) unsupported(in, "floor division of float tensors");
    if (dt == DType::Bool && !info.comparison) unsupported(in, "arithmetic on bool tensors");
    OpSpec spec;
    spec.type = info.type;
    if (executing_eagerly(in)) spec.name = info.scope;
    else { spec.name = scope.op_name(); spec.exact_name = true; }
    spec.dtype = info.comparison ? DType::Bool
                 : (info.op == numpy::BinOp::TrueDivide && tensor::is_integer(dt)) ? DType::Float64 : dt;
    spec.shape = broadcast_static(in, tensor_shape(x), tensor_shape(y));
    const numpy::BinOp bop = info.op;
    spec.fn = [bop](Interpreter& i, const std::vector<TfValue>& v, Kernel*) {
        numpy::Operand l{v[0].t, false, nullptr}, r{v[1].t, false, nullptr};
        return TfValue{numpy::binary(i, bop, l, r), v[0].prov ? v[0].prov : v[1].prov};
    };
    return emit(in, spec, {x, y});
}

Value negate(Interpreter& in, const Value& a) {
    if (tensor_dtype(a) == DType::Bool || tensor::is_unsigned(tensor_dtype(a))) unsupported(in, "negating this tensor");
    OpSpec spec;
    spec.type = "Neg";
    spec.dtype = tensor_dtype(a);
    spec.shape = tensor_shape(a);
    spec.fn = [](Interpreter& i, const std::vector<TfValue>& v, Kernel*) {
        return TfValue{numpy::unary(i, numpy::UnOp::Negative, numpy::Operand{v[0].t, false, nullptr}), v[0].prov};
    };
    return emit(in, spec, {a});
}

Value cast(Interpreter& in, const Value& x, DType to, const Value& name) {
    NameScope scope(in, name, "Cast");
    Value t = convert_to_tensor(in, x, std::nullopt, "x");
    if (tensor_dtype(t) == to) return t;
    OpSpec spec;
    spec.type = "Cast";
    if (!executing_eagerly(in)) { spec.name = scope.op_name(); spec.exact_name = true; }
    spec.dtype = to;
    spec.shape = tensor_shape(t);
    spec.fn = [to](Interpreter& i, const std::vector<TfValue>& v, Kernel*) {
        const Tensor& src = v[0].t;
        if (tensor::is_float(src.dtype()) && tensor::is_integer(to)) {
            for (int64_t k = 0; k < src.size(); ++k) {
                const double d = src.get(k).f;
                if (!(d > -2147483649.0 && d < 2147483648.0) && to != DType::Int64)
                    throw lang::unsupported("casting out-of-range floats to integers is not supported in the playground",
                                            i.current_line());
            }
        }
        return TfValue{src.astype(to), v[0].prov};
    };
    return emit(in, spec, {t});
}

// ---- graph runs -------------------------------------------------------------------------

std::vector<TfValue> run_graph(Interpreter& in, Graph& graph, const std::vector<int>& targets, GraphKernels& kernels,
                               const std::vector<TfValue>& feeds) {
    std::map<int, TfValue> done;
    std::function<const TfValue&(int)> eval = [&](int id) -> const TfValue& {
        auto it = done.find(id);
        if (it != done.end()) return it->second;
        const Node& node = graph.nodes[static_cast<size_t>(id)];
        TfValue out;
        if (node.placeholder >= 0) {
            out = feeds.at(static_cast<size_t>(node.placeholder));
        } else {
            std::vector<TfValue> inputs;
            for (int i : node.inputs) inputs.push_back(eval(i));
            Kernel* kernel = nullptr;
            if (node.stateful) {
                auto& slot = kernels.kernels[id];
                if (!slot) slot = std::make_shared<Kernel>();
                kernel = slot.get();
            }
            out = node.fn(in, inputs, kernel);
            in.count_elements(out.t.size());
        }
        return done.emplace(id, std::move(out)).first->second;
    };
    std::vector<TfValue> out;
    for (int t : targets) out.push_back(eval(t));
    return out;
}

}  // namespace seedlab::libs::tf
