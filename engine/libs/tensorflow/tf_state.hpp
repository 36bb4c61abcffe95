// The per-process state of the TensorFlow emulation and the types shared by its files:
// the version being emulated, the eager context (global seed, op-seed stream, kernel
// cache, op determinism), graphs (TF1 graph mode and tf.function traces: nodes, names,
// _last_id, the per-graph op-seed counter), stateful kernels, and get_seed with the
// sentence that explains which rule chose a seed (spec/tf-random.md s3).
// What it is not: no Python objects (tf_objects.hpp) and no op definitions.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lang/bigint.hpp"
#include "lang/errors.hpp"
#include "lang/interpreter.hpp"
#include "libs/tensorflow/kernel_seeds.hpp"
#include "tensor/tensor.hpp"

namespace seedlab::libs::tf {

// ---- versions -----------------------------------------------------------------------

enum class Version { V1_15, V2_4, V2_15, V2_16 };
Version version_of(const std::string& text);  // "1.15", "2.4", "2.15", "2.16"; unknown -> unsupported
const char* version_text(Version v);
inline bool is_tf1(Version v) { return v == Version::V1_15; }

// ---- values flowing through ops ------------------------------------------------------

// A computed tensor and where its numbers came from.
struct TfValue {
    tensor::Tensor t;
    lang::ProvenancePtr prov;
};

// One stateful kernel (an eager cache entry, a graph node's kernel in a session, or a
// concrete function's): its GuardedPhiloxRandom, created on the first run.
struct Kernel {
    std::optional<GuardedPhilox> philox;
    uint64_t calls = 0;  // runs so far
};

// How a random op's seeds were chosen: the attrs and the sentence for provenance.
struct OpSeeds {
    SeedPair pair;                 // (0, 0) means "New64 at kernel creation"
    std::string rule;              // why these seeds
};

// Computes a node's output from its inputs; [kernel] is null for stateless ops.
using OpFn = std::function<TfValue(lang::Interpreter&, const std::vector<TfValue>&, Kernel*)>;

// ---- graphs -------------------------------------------------------------------------

struct Node {
    std::string name;
    std::string type;
    std::vector<int> inputs;
    tensor::DType dtype = tensor::DType::Float32;
    std::optional<tensor::Shape> shape;  // static shape when known
    OpFn fn;
    bool stateful = false;
    std::optional<TfValue> constant;    // Const nodes: their value
    int placeholder = -1;               // tf.function inputs: argument index
};

struct Graph {
    std::vector<Node> nodes;
    int64_t last_id = 0;                          // Graph._last_id: ops created so far
    std::map<std::string, int> names_in_use;      // lower-cased name -> count
    std::vector<std::string> name_stack;
    std::optional<lang::BigInt> seed;             // graph-level seed (Graph.seed)
    std::string seed_call;                        // "tf.compat.v1.set_random_seed(1) on line 2"
    int64_t op_seed_counter = 0;                  // _graph_to_seed_dict[graph] (TF >= 2.2)
    bool function_graph = false;                  // a tf.function trace
    std::string unique_name(const std::string& name, bool mark_as_used = true);
    std::string scoped(const std::string& name) const;  // name under the current name stack
};

// ---- the context --------------------------------------------------------------------

struct TfState {
    bool ready = false;
    Version version = Version::V2_16;
    bool eager_default = true;                    // TF 1.15 starts in graph mode
    // Eager context (context.py): _seed, _rng and the kernel cache.
    std::optional<lang::BigInt> global_seed;
    std::string seed_call;                        // the call that set it, for provenance
    OpSeedStream op_seeds;
    std::map<std::string, std::shared_ptr<Kernel>> kernel_cache;
    // How many times set_seed cleared the caches (TFE_ContextClearCaches): that also drops
    // the kernels of instantiated tf.functions (their KernelAndDeviceFunc releases the
    // instantiation), so their stateful ops start again from their traced seeds.
    uint64_t cache_clears = 0;
    bool determinism = false;
    // Graphs: the process default graph and the as_default()/trace stack.
    std::shared_ptr<Graph> default_graph;
    std::vector<std::shared_ptr<Graph>> graph_stack;
    std::vector<lang::Value> session_stack;       // sessions entered with `with`
    lang::Value global_generator;                 // tf.random.get_global_generator()
    // Keras 2.15's backend._SEED_GENERATOR.generator: the random.Random(seed) instance
    // tf.keras.utils.set_random_seed makes (None until then). Keras 2 initializers draw
    // randint(1, 1e9) from it (spec/tf-random.md s7.2); libs/keras reads it from here.
    lang::Value keras_seed_generator;
    int map_depth = 0;                            // inside a Dataset.map function
};

// The state of [in]'s process, initialised from Runtime::tf_version on first use.
TfState& state(lang::Interpreter& in);

bool executing_eagerly(lang::Interpreter& in);
// The graph ops are added to (the innermost as_default()/trace, else the default graph).
Graph& current_graph(lang::Interpreter& in);
std::shared_ptr<Graph> current_graph_ptr(lang::Interpreter& in);

// ---- seeds --------------------------------------------------------------------------

// framework/random_seed.py get_seed([op_seed]) in the current mode and version: the
// pair for the op's attrs ((0, 0) for (None, None)) and the rule sentence. Raises the
// RuntimeError of op determinism for unseeded ops when it is enabled.
OpSeeds get_seed(lang::Interpreter& in, const lang::Value& op_seed);

// A Python int argument as a BigInt (TypeError-free: unsupported for other types).
lang::BigInt seed_int(lang::Interpreter& in, const lang::Value& v, const std::string& what);
int64_t truncate_seed_big(const lang::BigInt& s);

// Where the numbers of one random kernel run came from: [gen] is the generator the run
// read (before its reservation), [kernel] the kernel and [seeds] how it was seeded.
lang::ProvenancePtr random_provenance(const std::string& op, const rng::TfPhiloxRandom& gen, const Kernel& kernel,
                                      const OpSeeds& seeds);
// [prov] with [note] appended to its rule (a caveat about the value).
lang::ProvenancePtr with_note(const lang::ProvenancePtr& prov, const std::string& note);
// The caveat of a Multinomial call large enough for TF to split its rows over threads.
inline constexpr const char* kShardedMultinomialNote =
    "not pinned: TF splits a batch this large over its CPU threads, and each shard restarts the stream at its first row, so "
    "the samples depend on the machine's thread count (the playground draws them as one shard)";
// Provenance of a key/counter-based op (stateless ops, tf.random.Generator).
lang::ProvenancePtr keyed_provenance(const std::string& op, const rng::TfPhiloxRandom& gen, const std::string& seed,
                                     const std::string& rule, bool from_entropy = false);

// TensorFlow's InvalidArgumentError. Its text differs between versions (TF >= 2.9 prefixes
// a function_node name), so the playground reports it as unsupported, quoting TF's core message.
inline lang::PyError invalid_argument(const std::string& message) {
    return lang::unsupported("TensorFlow raises InvalidArgumentError here (\"" + message +
                             "\"); its exact message is not reproduced in the playground");
}

// "on line N" for messages.
std::string on_line(lang::Interpreter& in);

}  // namespace seedlab::libs::tf
