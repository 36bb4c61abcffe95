// tf.function: the Python function is traced once per input signature into a function
// graph whose seed is the global seed at trace time (FuncGraph.__init__), so unseeded
// ops take op seeds 0, 1, 2, ... from that graph's counter. The concrete function keeps
// its kernels, so each call continues their streams (spec/tf-random.md s3.4), until
// tf.random.set_seed clears the context's caches: that releases the instantiated function
// and its kernels, so the next call starts them again from the traced seeds
// (tests/tf/NOTES.md).
#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/function.hpp"
#include "lang/objects.hpp"
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

struct ConcreteFunction {
    std::shared_ptr<Graph> graph;
    Value structure;          // the traced return value (graph tensors inside)
    std::vector<int> outputs; // graph tensors of [structure], in order
    GraphKernels kernels;
    uint64_t cache_clears = 0;  // TfState::cache_clears when the kernels were made
};

void collect(const Value& v, const std::shared_ptr<Graph>& g, std::vector<int>& out) {
    if (auto* t = as_graph_tensor(v)) {
        if (t->graph == g) out.push_back(t->node);
    } else if (auto* l = v.as<lang::ListObj>()) {
        for (auto& x : l->items) collect(x, g, out);
    } else if (auto* t2 = v.as<lang::TupleObj>()) {
        for (auto& x : t2->items) collect(x, g, out);
    }
}

Value rebuild(const Value& v, const std::shared_ptr<Graph>& g, const std::vector<TfValue>& values, size_t& pos) {
    if (auto* t = as_graph_tensor(v)) {
        if (t->graph == g) return make_eager(values[pos++]);
        return v;
    }
    if (auto* l = v.as<lang::ListObj>()) {
        std::vector<Value> out;
        for (auto& x : l->items) out.push_back(rebuild(x, g, values, pos));
        return lang::make_list(out);
    }
    if (auto* t2 = v.as<lang::TupleObj>()) {
        std::vector<Value> out;
        for (auto& x : t2->items) out.push_back(rebuild(x, g, values, pos));
        return lang::make_tuple(out);
    }
    return v;
}

// Pops the trace graph even when the traced function raises.
struct TraceGuard {
    TfState& s;
    ~TraceGuard() { s.graph_stack.pop_back(); }
};

struct FunctionObj : lang::Obj {
    Value fn;
    std::map<std::string, std::shared_ptr<ConcreteFunction>> traces;
    std::string type_name() const override { return "Function"; }
    std::string repr(Interpreter& in) const override {
        throw lang::unsupported("repr() of a tf.function shows a memory address, which cannot be reproduced", in.current_line());
    }

    Value call(Interpreter& in, CallArgs& args) override {
        TfState& s = state(in);
        if (!executing_eagerly(in)) unsupported(in, "calling a tf.function inside a graph");
        if (!args.kw.empty()) unsupported(in, "keyword arguments to a tf.function");
        std::string key;
        std::vector<TfValue> feeds;
        for (auto& a : args.pos) {
            if (auto* e = as_eager(a)) {
                key += "T(" + dtype_name(e->v.t.dtype()) + shape_str(e->v.t.shape()) + ");";
                feeds.push_back(e->v);
            } else if (a.is_number() || a.is_none() || a.as<lang::StrObj>()) {
                key += in.repr(a) + ";";
            } else {
                unsupported(in, "passing " + in.type_name(a) + " to a tf.function");
            }
        }
        auto& cf = traces[key];
        if (!cf) {
            cf = std::make_shared<ConcreteFunction>();
            cf->cache_clears = s.cache_clears;
            cf->graph = std::make_shared<Graph>();
            cf->graph->function_graph = true;
            cf->graph->seed = s.global_seed;  // FuncGraph.seed = context.global_seed()
            cf->graph->seed_call = s.seed_call;
            std::vector<Value> call_args;
            int index = 0, arg_pos = -1;
            for (auto& a : args.pos) {
                ++arg_pos;
                if (auto* e = as_eager(a)) {
                    Node node;
                    // The placeholder takes the Python parameter's name, as FuncGraph does.
                    std::string pname = "args_" + std::to_string(index);
                    if (auto* pyfn = fn.as<lang::FunctionObj>(); pyfn && pyfn->params &&
                        static_cast<size_t>(arg_pos) < pyfn->params->size() && (*pyfn->params)[static_cast<size_t>(arg_pos)].positional())
                        pname = (*pyfn->params)[static_cast<size_t>(arg_pos)].name;
                    node.name = cf->graph->unique_name(pname);
                    node.type = "Placeholder";
                    node.dtype = e->v.t.dtype();
                    node.shape = e->v.t.shape();
                    node.placeholder = static_cast<int>(index);
                    cf->graph->last_id += 1;
                    cf->graph->nodes.push_back(std::move(node));
                    call_args.push_back(Value::object(
                        std::make_shared<GraphTensorObj>(cf->graph, static_cast<int>(cf->graph->nodes.size()) - 1)));
                    ++index;
                } else {
                    call_args.push_back(a);
                }
            }
            s.graph_stack.push_back(cf->graph);
            {
                TraceGuard guard{s};
                cf->structure = in.call(fn, call_args);
            }
            collect(cf->structure, cf->graph, cf->outputs);
        }
        if (cf->cache_clears != s.cache_clears) {  // set_seed released the instantiation: fresh kernels
            cf->kernels.kernels.clear();
            cf->cache_clears = s.cache_clears;
        }
        std::vector<TfValue> values = run_graph(in, *cf->graph, cf->outputs, cf->kernels, feeds);
        size_t pos = 0;
        return rebuild(cf->structure, cf->graph, values, pos);
    }
};

}  // namespace

// (func, input_signature, autograph, jit_compile, reduce_retracing, experimental_*...)
Value api_function(Interpreter& in, const Params& p) {
    TfState& s = state(in);
    if (is_tf1(s.version)) unsupported(in, "tf.function in TensorFlow 1.15");
    if (!p[1].is_none()) unsupported(in, "input_signature= of tf.function");
    if (in.truthy(p[3])) unsupported(in, "tf.function(jit_compile=True) (XLA has its own random number generation)");
    if (p[0].is_none()) unsupported(in, "tf.function used as a decorator factory");
    auto f = std::make_shared<FunctionObj>();
    f->fn = p[0];
    return Value::object(f);
}

}  // namespace seedlab::libs::tf
