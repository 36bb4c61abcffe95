// TF1 graph mode: tf.Graph (as_default, seed), the default graph, sessions whose
// kernels are created on the first run of each node and persist across sess.run calls
// (a new Session starts every stateful op again), Tensor.eval, and switching between
// eager and graph execution (disable_eager_execution / enable_eager_execution).
#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_ops.hpp"

namespace seedlab::libs::tf {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

namespace {

[[noreturn]] void unsupported(Interpreter& in, const std::string& what) {
    throw lang::unsupported(what + " is not supported in the playground", in.current_line());
}

// An Operation without outputs (tf.compat.v1.global_variables_initializer()).
struct OperationObj : lang::Obj {
    std::shared_ptr<Graph> graph;
    std::string name;
    std::string type_name() const override { return "Operation"; }
    std::string repr(Interpreter&) const override { return "<tf.Operation '" + name + "' type=NoOp>"; }
};

struct GraphObj : lang::Obj {
    std::shared_ptr<Graph> graph;
    explicit GraphObj(std::shared_ptr<Graph> g) : graph(std::move(g)) {}
    std::string type_name() const override { return "Graph"; }
    std::string repr(Interpreter& in) const override {
        throw lang::unsupported("repr() of a tf.Graph shows a memory address, which cannot be reproduced", in.current_line());
    }
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override {
        auto g = graph;
        if (name == "as_default") {
            out = lang::make_native("as_default", [g](Interpreter&, CallArgs&) {
                auto ctx = std::make_shared<lang::ModuleObj>("graph_context");
                ctx->attrs["__enter__"] = lang::make_native("__enter__", [g](Interpreter& i, CallArgs&) {
                    state(i).graph_stack.push_back(g);
                    return Value::object(std::make_shared<GraphObj>(g));
                });
                ctx->attrs["__exit__"] = lang::make_native("__exit__", [](Interpreter& i, CallArgs&) {
                    state(i).graph_stack.pop_back();
                    return Value::boolean(false);
                });
                return Value::object(ctx);
            });
            return true;
        }
        if (name == "seed") {
            out = graph->seed ? Value::integer(*graph->seed) : Value::none();
            return true;
        }
        (void)in;
        return false;
    }
    void set_attr(Interpreter& in, const std::string& name, const Value& v) override {
        if (name != "seed") unsupported(in, "setting Graph." + name);
        graph->seed = v.is_none() ? std::nullopt : std::optional<lang::BigInt>(seed_int(in, v, "Graph.seed"));
        graph->seed_call = "Graph.seed = " + in.repr(v) + " " + on_line(in);
    }
};

struct SessionObj : lang::Obj {
    std::shared_ptr<Graph> graph;
    GraphKernels kernels;
    bool closed = false;
    std::string type_name() const override { return "Session"; }
    std::string repr(Interpreter& in) const override {
        throw lang::unsupported("repr() of a Session shows a memory address, which cannot be reproduced", in.current_line());
    }
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override;
};

// Collects the graph tensors in [fetches] (a tensor, operation, list, tuple or dict).
void collect(Interpreter& in, const std::shared_ptr<Graph>& graph, const Value& f, std::vector<int>& nodes) {
    if (auto* t = as_graph_tensor(f)) {
        if (t->graph != graph) unsupported(in, "fetching a tensor of another graph (TensorFlow raises ValueError)");
        nodes.push_back(t->node);
    } else if (f.as<OperationObj>()) {
        return;
    } else if (f.as<lang::ListObj>() || f.as<lang::TupleObj>()) {
        for (auto& v : in.to_list(f)) collect(in, graph, v, nodes);
    } else if (auto* d = f.as<lang::DictObj>()) {
        for (auto& [k, v] : d->entries) collect(in, graph, v, nodes);
    } else if (as_eager(f)) {
        unsupported(in, "fetching an eager tensor with Session.run (create the ops in graph mode, e.g. after "
                        "tf.compat.v1.disable_eager_execution())");
    } else {
        throw lang::type_error("Fetch argument " + in.repr(f) + " has invalid type <class '" + in.type_name(f) +
                               "'>, must be a string or Tensor. (Can not convert a " + in.type_name(f) +
                               " into a Tensor or Operation.)");
    }
}

// Rebuilds [fetches]' structure with NumPy values from [values] (in collect order).
Value rebuild(Interpreter& in, const Value& f, const std::vector<TfValue>& values, size_t& pos) {
    if (as_graph_tensor(f)) {
        const TfValue& v = values[pos++];
        return numpy::make_result(in, v.t.copy(), v.prov);
    }
    if (f.as<OperationObj>()) return Value::none();
    if (auto* l = f.as<lang::ListObj>()) {
        std::vector<Value> out;
        for (auto& v : l->items) out.push_back(rebuild(in, v, values, pos));
        return lang::make_list(out);
    }
    if (auto* t = f.as<lang::TupleObj>()) {
        std::vector<Value> out;
        for (auto& v : t->items) out.push_back(rebuild(in, v, values, pos));
        return lang::make_tuple(out);
    }
    if (auto* d = f.as<lang::DictObj>()) {
        auto out = std::make_shared<lang::DictObj>();
        for (auto& [k, v] : d->entries) out->put(in, k, rebuild(in, v, values, pos));
        return Value::object(out);
    }
    return Value::none();
}

Value session_run(Interpreter& in, SessionObj& s, const Value& fetches, const Value& feed_dict) {
    if (s.closed) throw lang::runtime_error("RuntimeError", "Attempted to use a closed Session.");
    if (!feed_dict.is_none()) unsupported(in, "feed_dict in Session.run");
    std::vector<int> nodes;
    collect(in, s.graph, fetches, nodes);
    std::vector<TfValue> values = run_graph(in, *s.graph, nodes, s.kernels);
    size_t pos = 0;
    return rebuild(in, fetches, values, pos);
}

bool SessionObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    auto self = std::static_pointer_cast<SessionObj>(shared_from_this());
    if (name == "run") {
        out = lang::make_native("run", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("run(fetches, feed_dict=None, options=None, run_metadata=None)");
            auto p = sig.bind(a);
            return session_run(i, *self, p[0], p[1]);
        });
        return true;
    }
    if (name == "__enter__") {
        out = lang::make_native("__enter__", [self](Interpreter& i, CallArgs&) {
            TfState& st = state(i);
            st.session_stack.push_back(Value::object(self));
            st.graph_stack.push_back(self->graph);
            return Value::object(self);
        });
        return true;
    }
    if (name == "__exit__") {
        out = lang::make_native("__exit__", [self](Interpreter& i, CallArgs&) {
            TfState& st = state(i);
            if (!st.session_stack.empty()) st.session_stack.pop_back();
            if (!st.graph_stack.empty()) st.graph_stack.pop_back();
            self->closed = true;
            return Value::boolean(false);
        });
        return true;
    }
    if (name == "close") {
        out = lang::make_native("close", [self](Interpreter&, CallArgs&) {
            self->closed = true;
            return Value::none();
        });
        return true;
    }
    if (name == "graph") { out = Value::object(std::make_shared<GraphObj>(graph)); return true; }
    (void)in;
    return false;
}

}  // namespace

Value api_graph(Interpreter& in, const Params&) {
    auto g = std::make_shared<Graph>();
    (void)in;
    return Value::object(std::make_shared<GraphObj>(g));
}

Value api_get_default_graph(Interpreter& in, const Params&) {
    return Value::object(std::make_shared<GraphObj>(current_graph_ptr(in)));
}

Value api_reset_default_graph(Interpreter& in, const Params&) {
    TfState& s = state(in);
    if (!s.graph_stack.empty())
        throw lang::runtime_error("AssertionError", "Do not use tf.reset_default_graph() to clear nested graphs. If you need a "
                                                    "cleared graph, exit the nesting and create a new graph.");
    s.default_graph = std::make_shared<Graph>();
    return Value::none();
}

// (target, graph, config)
Value api_session(Interpreter& in, const Params& p) {
    auto sess = std::make_shared<SessionObj>();
    if (auto* g = p[1].as<GraphObj>()) sess->graph = g->graph;
    else sess->graph = current_graph_ptr(in);
    return Value::object(sess);
}

Value api_disable_eager_execution(Interpreter& in, const Params&) {
    state(in).eager_default = false;
    return Value::none();
}

Value api_enable_eager_execution(Interpreter& in, const Params&) {
    TfState& s = state(in);
    if (s.eager_default) return Value::none();
    if (s.default_graph && !s.default_graph->nodes.empty())
        throw lang::value_error("tf.enable_eager_execution must be called at program startup.");
    s.eager_default = true;
    return Value::none();
}

Value api_global_variables_initializer(Interpreter& in, const Params&) {
    if (executing_eagerly(in)) return Value::none();
    Graph& g = current_graph(in);
    auto op = std::make_shared<OperationObj>();
    op->graph = current_graph_ptr(in);
    op->name = g.unique_name("init");
    g.last_id += 1;
    Node node;
    node.name = op->name;
    node.type = "NoOp";
    node.fn = [](Interpreter&, const std::vector<TfValue>&, Kernel*) { return TfValue{}; };
    g.nodes.push_back(std::move(node));
    return Value::object(op);
}

// Tensor.eval(session=None) for graph tensors: the innermost `with Session()`.
Value eval_graph_tensor(Interpreter& in, const Value& t, const Value& session) {
    Value s = session;
    if (s.is_none()) {
        TfState& st = state(in);
        if (st.session_stack.empty())
            throw lang::value_error("Cannot evaluate tensor using `eval()`: No default session is registered. Use `with "
                                    "sess.as_default()` or pass an explicit session to `eval(session=sess)`");
        s = st.session_stack.back();
    }
    auto* sess = s.as<SessionObj>();
    if (!sess) throw lang::type_error("eval() expects a tf.compat.v1.Session");
    return session_run(in, *sess, t, Value::none());
}

}  // namespace seedlab::libs::tf
