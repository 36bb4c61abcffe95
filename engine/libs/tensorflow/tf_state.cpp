// The TensorFlow context, graphs' name bookkeeping and get_seed for each version.
#include "libs/tensorflow/tf_state.hpp"

#include "lang/errors.hpp"

namespace seedlab::libs::tf {

Version version_of(const std::string& text) {
    if (text == "1.15") return Version::V1_15;
    if (text == "2.4") return Version::V2_4;
    if (text == "2.15") return Version::V2_15;
    if (text == "2.16" || text.empty()) return Version::V2_16;
    throw lang::unsupported("TensorFlow " + text + " is not supported in the playground (choose 1.15, 2.4, 2.15 or 2.16)");
}

const char* version_text(Version v) {
    switch (v) {
        case Version::V1_15: return "1.15";
        case Version::V2_4: return "2.4";
        case Version::V2_15: return "2.15";
        case Version::V2_16: return "2.16";
    }
    return "2.16";
}

TfState& state(lang::Interpreter& in) {
    TfState& s = in.state<TfState>();
    if (!s.ready) {
        s.version = version_of(in.runtime().tf_version);
        s.eager_default = !is_tf1(s.version);
        s.ready = true;
    }
    return s;
}

bool executing_eagerly(lang::Interpreter& in) {
    TfState& s = state(in);
    return s.graph_stack.empty() && s.eager_default;
}

std::shared_ptr<Graph> current_graph_ptr(lang::Interpreter& in) {
    TfState& s = state(in);
    if (!s.graph_stack.empty()) return s.graph_stack.back();
    if (!s.default_graph) s.default_graph = std::make_shared<Graph>();
    return s.default_graph;
}

Graph& current_graph(lang::Interpreter& in) { return *current_graph_ptr(in); }

// Graph.unique_name: case-insensitive counting, "name_1", "name_2", ... on reuse.
std::string Graph::unique_name(const std::string& base, bool mark_as_used) {
    std::string name = scoped(base);
    std::string key;
    for (char c : name) key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    int i = names_in_use.count(key) ? names_in_use[key] : 0;
    if (mark_as_used) names_in_use[key] = i + 1;
    if (i > 0) {
        const std::string base_key = key;
        while (names_in_use.count(key)) key = base_key + "_" + std::to_string(i++);
        if (mark_as_used) names_in_use[key] = 1;
        name += "_" + std::to_string(i - 1);
    }
    return name;
}

std::string Graph::scoped(const std::string& name) const {
    if (name_stack.empty() || name_stack.back().empty()) return name;
    return name_stack.back() + "/" + name;
}

std::string on_line(lang::Interpreter& in) { return "on line " + std::to_string(in.current_line()); }

lang::BigInt seed_int(lang::Interpreter& in, const lang::Value& v, const std::string& what) {
    if (v.is_int() || v.is_bool()) return v.big_int();
    throw lang::unsupported(what + " must be a Python int in the playground (got " + in.type_name(v) + ")",
                            in.current_line());
}

int64_t truncate_seed_big(const lang::BigInt& s) { return mod(s, lang::BigInt(kMaxInt32)).to_int64(); }

namespace {

std::string global_seed_sentence(const std::optional<lang::BigInt>& seed, const std::string& call) {
    return "global seed " + seed->to_string() + (call.empty() ? "" : " from " + call);
}

}  // namespace

OpSeeds get_seed(lang::Interpreter& in, const lang::Value& op_seed) {
    TfState& s = state(in);
    if (s.map_depth > 0)
        throw lang::unsupported("random ops inside Dataset.map are not supported in the playground (TensorFlow traces the "
                                "function into a graph with its own op seeds)",
                                in.current_line());
    const bool eager = executing_eagerly(in);
    std::optional<int64_t> op;
    if (!op_seed.is_none()) op = truncate_seed_big(seed_int(in, op_seed, "seed"));
    std::optional<lang::BigInt> global_big;
    std::string global_call;
    Graph* graph = nullptr;
    if (eager) {
        global_big = s.global_seed;
        global_call = s.seed_call;
    } else {
        graph = &current_graph(in);
        global_big = graph->seed;
        global_call = graph->seed_call;
    }
    std::optional<int64_t> global;
    if (global_big) global = truncate_seed_big(*global_big);

    std::string how_op;
    auto draw = [&]() -> int64_t {
        if (eager) {
            const int64_t v = s.op_seeds.next();
            how_op = "no op seed, so the op seed is draw " + std::to_string(s.op_seeds.draws()) +
                     " of the eager context's seed stream (random.Random(global seed).randint(0, 2**31-1))";
            return v;
        }
        if (is_tf1(s.version)) {
            how_op = "no op seed, so the op seed is the graph's _last_id (" + std::to_string(graph->last_id) +
                     " ops created so far)";
            return graph->last_id;
        }
        const int64_t v = graph->op_seed_counter++;
        how_op = std::string("no op seed, so the op seed comes from the ") +
                 (graph->function_graph ? "tf.function graph's" : "graph's") + " op counter (" + std::to_string(v) +
                 " seeded ops before it in this graph)";
        return v;
    };
    std::optional<SeedPair> pair = resolve_seeds(global, op, draw);
    OpSeeds out;
    const std::string line = on_line(in);
    if (!pair) {
        if (s.determinism)
            throw lang::runtime_error("RuntimeError",
                                      "Random ops require a seed to be set when determinism is enabled. Please set a seed "
                                      "before running the op, e.g. by calling tf.random.set_seed(1).");
        out.rule = "neither a global nor an op seed was set (op " + line +
                   "), so the kernel seeds itself from OS entropy (random::New64): different in every run";
        return out;
    }
    out.pair = *pair;
    const std::string pair_text = "(" + std::to_string(pair->seed) + ", " + std::to_string(pair->seed2) + ")";
    if (global && op) {
        out.rule = "seeds " + pair_text + ": " + global_seed_sentence(global_big, global_call) + " and op seed " +
                   std::to_string(*op) + " passed " + line;
    } else if (global) {
        out.rule = "op seed " + std::to_string(pair->seed2) + " for the op " + line + ": " +
                   global_seed_sentence(global_big, global_call) + ", " + how_op;
    } else {
        out.rule = "seeds " + pair_text + ": no global seed, so TensorFlow pairs the op seed " + std::to_string(*op) +
                   " passed " + line + " with DEFAULT_GRAPH_SEED 87654321";
    }
    if (global && pair->seed == 0 && pair->seed2 == kMaxInt32 && (!op || *op == 0))
        out.rule += " ((0, 0) is replaced by (0, 2**31-1))";
    return out;
}

lang::ProvenancePtr random_provenance(const std::string& op, const rng::TfPhiloxRandom& gen, const Kernel& kernel,
                                      const OpSeeds& seeds) {
    auto p = std::make_shared<lang::Provenance>();
    p->library = "tensorflow";
    p->generator = "Philox4x32-10";
    const GuardedPhilox& g = *kernel.philox;
    p->from_entropy = g.from_entropy();
    p->seed = g.from_entropy() ? "(New64 " + std::to_string(g.seed()) + ", " + std::to_string(g.seed2()) + ")"
                               : "(" + std::to_string(g.seed()) + ", " + std::to_string(g.seed2()) + ")";
    p->counter = "counter " + counter_text(gen) + ", run " + std::to_string(kernel.calls) + " of this kernel";
    p->rule = op + ": " + seeds.rule;
    if (kernel.calls > 1)
        p->rule += "; the same kernel already ran " + std::to_string(kernel.calls - 1) +
                   " time(s), so its counter moved on by 256 blocks per output element";
    return p;
}

lang::ProvenancePtr keyed_provenance(const std::string& op, const rng::TfPhiloxRandom& gen, const std::string& seed,
                                     const std::string& rule, bool from_entropy) {
    auto p = std::make_shared<lang::Provenance>();
    p->library = "tensorflow";
    p->generator = "Philox4x32-10";
    p->seed = seed;
    p->counter = "counter " + counter_text(gen);
    p->rule = op + ": " + rule;
    p->from_entropy = from_entropy;
    return p;
}

lang::ProvenancePtr with_note(const lang::ProvenancePtr& prov, const std::string& note) {
    auto p = std::make_shared<lang::Provenance>(prov ? *prov : lang::Provenance{});
    p->rule = p->rule.empty() ? note : p->rule + "; " + note;
    return p;
}

}  // namespace seedlab::libs::tf
