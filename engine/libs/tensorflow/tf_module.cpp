// The module tree of the TensorFlow emulation ("tensorflow", "tensorflow.random",
// "tensorflow.compat.v1", ...), built once per process from one table of the supported
// API: module path, name, Python signature, implementation and the versions that have
// it. A name that exists only in other versions raises TF's AttributeError (the classic
// tf.set_random_seed in TF 2); any other missing name raises the playground's
// unsupported error, never a made-up result.
#include "libs/tensorflow/tensorflow.hpp"

#include <array>
#include <map>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/keras/keras.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_objects.hpp"
#include "libs/tensorflow/tf_state.hpp"

namespace seedlab::libs {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;
using tensor::DType;

namespace {

using namespace tf;

// Version masks.
constexpr unsigned kV115 = 1, kV24 = 2, kV215 = 4, kV216 = 8;
constexpr unsigned kAll = kV115 | kV24 | kV215 | kV216;
constexpr unsigned kV2 = kV24 | kV215 | kV216;
constexpr unsigned kFrom215 = kV215 | kV216;

unsigned mask_of(Version v) {
    switch (v) {
        case Version::V1_15: return kV115;
        case Version::V2_4: return kV24;
        case Version::V2_15: return kV215;
        case Version::V2_16: return kV216;
    }
    return kV216;
}

struct ApiEntry {
    const char* module;     // path below tf: "" (tf itself), "random", "compat.v1", ...
    const char* name;
    const char* signature;  // Python signature; dtype defaults are None and mean float32
    ApiImpl impl;
    unsigned versions;
};

// The supported API surface.
constexpr auto kUniform = "uniform(shape, minval=0, maxval=None, dtype=None, seed=None, name=None)";
constexpr auto kNormal = "normal(shape, mean=0.0, stddev=1.0, dtype=None, seed=None, name=None)";
constexpr auto kTruncated = "truncated_normal(shape, mean=0.0, stddev=1.0, dtype=None, seed=None, name=None)";
constexpr auto kShuffle = "shuffle(value, seed=None, name=None)";
constexpr auto kSetSeed = "set_seed(seed)";
constexpr auto kCategorical = "categorical(logits, num_samples, dtype=None, seed=None, name=None)";
constexpr auto kMultinomial = "multinomial(logits, num_samples, seed=None, name=None, output_dtype=None)";
constexpr auto kSlCategorical = "stateless_categorical(logits, num_samples, seed, dtype=None, name=None)";
constexpr auto kSlUniformOld = "stateless_uniform(shape, seed, minval=0, maxval=None, dtype=None, name=None)";
constexpr auto kSlUniform = "stateless_uniform(shape, seed, minval=0, maxval=None, dtype=None, name=None, alg='auto_select')";
constexpr auto kSlNormalOld = "stateless_normal(shape, seed, mean=0.0, stddev=1.0, dtype=None, name=None)";
constexpr auto kSlNormal = "stateless_normal(shape, seed, mean=0.0, stddev=1.0, dtype=None, name=None, alg='auto_select')";
constexpr auto kSlTruncOld = "stateless_truncated_normal(shape, seed, mean=0.0, stddev=1.0, dtype=None, name=None)";
constexpr auto kSlTrunc = "stateless_truncated_normal(shape, seed, mean=0.0, stddev=1.0, dtype=None, name=None, alg='auto_select')";

const std::vector<ApiEntry>& api_table() {
    static const std::vector<ApiEntry> table = {
        // seeding
        {"random", "set_seed", kSetSeed, api_set_seed, kV2},
        {"random", "set_random_seed", kSetSeed, api_set_seed, kV115},
        {"", "set_random_seed", kSetSeed, api_set_seed, kV115},
        {"compat.v1", "set_random_seed", kSetSeed, api_set_seed, kAll},
        {"compat.v1.random", "set_random_seed", kSetSeed, api_set_seed, kAll},
        {"random", "get_seed", "get_seed(op_seed)", api_get_seed, kV115},
        {"", "get_seed", "get_seed(op_seed)", api_get_seed, kV115},
        {"compat.v1", "get_seed", "get_seed(op_seed)", api_get_seed, kAll},
        {"compat.v1.random", "get_seed", "get_seed(op_seed)", api_get_seed, kAll},
        {"config.experimental", "enable_op_determinism", "enable_op_determinism()", api_enable_op_determinism, kFrom215},
        // stateful random ops
        {"random", "uniform", kUniform, api_uniform, kAll},
        {"random", "normal", kNormal, api_normal, kAll},
        {"random", "truncated_normal", kTruncated, api_truncated_normal, kAll},
        {"random", "shuffle", kShuffle, api_shuffle, kAll},
        {"compat.v1.random", "uniform", kUniform, api_uniform, kAll},
        {"compat.v1.random", "normal", kNormal, api_normal, kAll},
        {"compat.v1.random", "truncated_normal", kTruncated, api_truncated_normal, kAll},
        {"compat.v1.random", "shuffle", kShuffle, api_shuffle, kAll},
        {"", "random_uniform", kUniform, api_uniform, kV115},
        {"", "random_normal", kNormal, api_normal, kV115},
        {"", "truncated_normal", kTruncated, api_truncated_normal, kV115},
        {"", "random_shuffle", kShuffle, api_shuffle, kV115},
        {"compat.v1", "random_uniform", kUniform, api_uniform, kAll},
        {"compat.v1", "random_normal", kNormal, api_normal, kAll},
        {"compat.v1", "truncated_normal", kTruncated, api_truncated_normal, kAll},
        {"compat.v1", "random_shuffle", kShuffle, api_shuffle, kAll},
        {"nn", "dropout", "dropout(x, rate, noise_shape=None, seed=None, name=None)", api_dropout, kV2},
        {"random", "categorical", kCategorical, api_categorical, kAll},
        {"compat.v1.random", "categorical", kCategorical, api_categorical, kAll},
        {"", "multinomial", kMultinomial, api_multinomial_v1, kV115},
        {"compat.v1", "multinomial", kMultinomial, api_multinomial_v1, kAll},
        {"compat.v1.random", "multinomial", kMultinomial, api_multinomial_v1, kAll},
        {"random", "stateless_categorical", kSlCategorical, api_stateless_categorical, kAll},
        {"compat.v1.random", "stateless_categorical", kSlCategorical, api_stateless_categorical, kAll},
        // stateless
        {"random", "stateless_uniform", kSlUniformOld, api_stateless_uniform, kV115 | kV24},
        {"random", "stateless_uniform", kSlUniform, api_stateless_uniform, kFrom215},
        {"random", "stateless_normal", kSlNormalOld, api_stateless_normal, kV115 | kV24},
        {"random", "stateless_normal", kSlNormal, api_stateless_normal, kFrom215},
        {"random", "stateless_truncated_normal", kSlTruncOld, api_stateless_truncated_normal, kV115 | kV24},
        {"random", "stateless_truncated_normal", kSlTrunc, api_stateless_truncated_normal, kFrom215},
        {"compat.v1.random", "stateless_uniform", kSlUniformOld, api_stateless_uniform, kV115 | kV24},
        {"compat.v1.random", "stateless_uniform", kSlUniform, api_stateless_uniform, kFrom215},
        {"compat.v1.random", "stateless_normal", kSlNormalOld, api_stateless_normal, kV115 | kV24},
        {"compat.v1.random", "stateless_normal", kSlNormal, api_stateless_normal, kFrom215},
        {"random.experimental", "stateless_split", "stateless_split(seed, num=2)", api_stateless_split, kV24},
        {"random.experimental", "stateless_split", "stateless_split(seed, num=2, alg='auto_select')", api_stateless_split, kFrom215},
        {"random.experimental", "stateless_fold_in", "stateless_fold_in(seed, data)", api_stateless_fold_in, kV24},
        {"random.experimental", "stateless_fold_in", "stateless_fold_in(seed, data, alg='auto_select')", api_stateless_fold_in, kFrom215},
        {"random.experimental", "stateless_shuffle", "stateless_shuffle(value, seed, alg='auto_select', name=None)",
         api_stateless_shuffle, kFrom215},
        // tf.image ops with one uniform draw
        {"image", "stateless_random_brightness", "stateless_random_brightness(image, max_delta, seed)",
         api_stateless_random_brightness, kV2},
        {"image", "stateless_random_flip_left_right", "stateless_random_flip_left_right(image, seed)",
         api_stateless_flip_left_right, kV2},
        {"image", "stateless_random_flip_up_down", "stateless_random_flip_up_down(image, seed)", api_stateless_flip_up_down, kV2},
        {"image", "random_flip_left_right", "random_flip_left_right(image, seed=None)", api_random_flip_left_right, kAll},
        {"image", "random_flip_up_down", "random_flip_up_down(image, seed=None)", api_random_flip_up_down, kAll},
        // tf.random.Generator helpers
        {"random", "get_global_generator", "get_global_generator()", api_get_global_generator, kV2},
        {"random", "set_global_generator", "set_global_generator(generator)", api_set_global_generator, kV2},
        {"random", "create_rng_state", "create_rng_state(seed, alg)", api_create_rng_state, kV2},
        {"random.experimental", "get_global_generator", "get_global_generator()", api_get_global_generator, kV2},
        {"random.experimental", "set_global_generator", "set_global_generator(generator)", api_set_global_generator, kV2},
        {"random.experimental", "create_rng_state", "create_rng_state(seed, alg)", api_create_rng_state, kV2},
        // tensors
        {"", "constant", "constant(value, dtype=None, shape=None, name='Const')", api_constant, kAll},
        {"", "convert_to_tensor", "convert_to_tensor(value, dtype=None, name=None)", api_convert_to_tensor, kAll},
        {"", "ones", "ones(shape, dtype=None, name=None)", api_ones, kAll},
        {"", "zeros", "zeros(shape, dtype=None, name=None)", api_zeros, kAll},
        {"", "ones_like", "ones_like(input, dtype=None, name=None)", api_ones_like, kAll},
        {"", "zeros_like", "zeros_like(input, dtype=None, name=None)", api_zeros_like, kAll},
        {"", "fill", "fill(dims, value, name=None)", api_fill, kAll},
        {"", "range", "range(start, limit=None, delta=1, dtype=None, name='range')", api_range, kAll},
        {"", "reshape", "reshape(tensor, shape, name=None)", api_reshape, kAll},
        {"", "cast", "cast(x, dtype, name=None)", api_cast, kAll},
        {"", "add", "add(x, y, name=None)", api_add, kAll},
        {"", "subtract", "subtract(x, y, name=None)", api_subtract, kAll},
        {"", "multiply", "multiply(x, y, name=None)", api_multiply, kAll},
        {"", "divide", "divide(x, y, name=None)", api_divide, kAll},
        {"", "reduce_sum", "reduce_sum(input_tensor, axis=None, keepdims=False, name=None)", api_reduce_sum, kAll},
        {"", "reduce_mean", "reduce_mean(input_tensor, axis=None, keepdims=False, name=None)", api_reduce_mean, kAll},
        {"math", "add", "add(x, y, name=None)", api_add, kAll},
        {"math", "subtract", "subtract(x, y, name=None)", api_subtract, kAll},
        {"math", "multiply", "multiply(x, y, name=None)", api_multiply, kAll},
        {"math", "divide", "divide(x, y, name=None)", api_divide, kAll},
        {"math", "reduce_sum", "reduce_sum(input_tensor, axis=None, keepdims=False, name=None)", api_reduce_sum, kAll},
        {"math", "reduce_mean", "reduce_mean(input_tensor, axis=None, keepdims=False, name=None)", api_reduce_mean, kAll},
        {"", "stack", "stack(values, axis=0, name='stack')", api_stack, kAll},
        {"", "identity", "identity(input, name=None)", api_identity, kAll},
        {"", "executing_eagerly", "executing_eagerly()", api_executing_eagerly, kAll},
        {"compat.v1", "executing_eagerly", "executing_eagerly()", api_executing_eagerly, kAll},
        {"compat.v1", "constant", "constant(value, dtype=None, shape=None, name='Const')", api_constant, kAll},
        {"compat.v1", "ones", "ones(shape, dtype=None, name=None)", api_ones, kAll},
        {"compat.v1", "zeros", "zeros(shape, dtype=None, name=None)", api_zeros, kAll},
        {"compat.v1", "reduce_sum", "reduce_sum(input_tensor, axis=None, keepdims=None, name=None)", api_reduce_sum, kAll},
        {"compat.v1", "reduce_mean", "reduce_mean(input_tensor, axis=None, keepdims=None, name=None)", api_reduce_mean, kAll},
        // graphs and sessions
        {"", "Graph", "Graph()", api_graph, kAll},
        {"compat.v1", "Graph", "Graph()", api_graph, kAll},
        {"", "get_default_graph", "get_default_graph()", api_get_default_graph, kV115},
        {"compat.v1", "get_default_graph", "get_default_graph()", api_get_default_graph, kAll},
        {"", "reset_default_graph", "reset_default_graph()", api_reset_default_graph, kV115},
        {"compat.v1", "reset_default_graph", "reset_default_graph()", api_reset_default_graph, kAll},
        {"", "Session", "Session(target='', graph=None, config=None)", api_session, kV115},
        {"compat.v1", "Session", "Session(target='', graph=None, config=None)", api_session, kAll},
        {"", "InteractiveSession", "InteractiveSession(target='', graph=None, config=None)", api_session, kV115},
        {"compat.v1", "InteractiveSession", "InteractiveSession(target='', graph=None, config=None)", api_session, kAll},
        {"compat.v1", "disable_eager_execution", "disable_eager_execution()", api_disable_eager_execution, kAll},
        {"", "enable_eager_execution", "enable_eager_execution(config=None, device_policy=None, execution_mode=None)",
         api_enable_eager_execution, kV115},
        {"compat.v1", "enable_eager_execution", "enable_eager_execution(config=None, device_policy=None, execution_mode=None)",
         api_enable_eager_execution, kAll},
        {"", "global_variables_initializer", "global_variables_initializer()", api_global_variables_initializer, kV115},
        {"compat.v1", "global_variables_initializer", "global_variables_initializer()", api_global_variables_initializer, kAll},
        // tf.function
        {"", "function",
         "function(func=None, input_signature=None, autograph=True, jit_compile=None, reduce_retracing=False, "
         "experimental_implements=None, experimental_autograph_options=None, experimental_attributes=None, "
         "experimental_relax_shapes=None, experimental_compile=None, experimental_follow_type_hints=None)",
         api_function, kAll},
    };
    return table;
}

// The submodules below tf (the tree is built from these paths).
// (tf.keras is the Keras module tree of libs/keras, attached below.)
constexpr std::array<const char*, 10> kModules = {"random", "random.experimental", "compat", "compat.v1", "compat.v1.random",
                                                  "nn", "math", "config", "config.experimental", "image"};

// A TensorFlow module: attributes from the table; names of other versions raise
// AttributeError; anything else is unsupported.
struct TfModuleObj : lang::ModuleObj {
    std::string path;        // "random", "" for tf
    std::string error_name;  // as AttributeError names it
    std::map<std::string, bool> other_versions;  // names that exist only in other versions
    TfModuleObj(std::string import_name, std::string p, std::string err)
        : lang::ModuleObj(std::move(import_name)), path(std::move(p)), error_name(std::move(err)) {}
    bool get_attr(Interpreter& in, const std::string& n, Value& out) override {
        if (lang::ModuleObj::get_attr(in, n, out)) return true;
        if (n.size() > 4 && n.rfind("__", 0) == 0) return false;
        if (other_versions.count(n)) {
            // Keras's module names differ between versions: refuse rather than guess the message.
            if (path.rfind("keras", 0) == 0)
                throw lang::unsupported("tf." + path + "." + n + " does not exist in this TensorFlow version (it was added in 2.7)",
                                        in.current_line());
            throw lang::runtime_error("AttributeError", "module '" + error_name + "' has no attribute '" + n + "'");
        }
        throw lang::unsupported("tf." + (path.empty() ? "" : path + ".") + n + " is not supported in the playground",
                                in.current_line());
    }
};

std::string error_name_of(Version v, const std::string& path) {
    if (path.empty()) return "tensorflow";
    if (path.rfind("keras", 0) == 0) return "tensorflow." + path;
    return std::string(is_tf1(v) ? "tensorflow_core._api.v1." : "tensorflow._api.v2.") + path;
}

Value bind(const ApiEntry& e) {
    auto sig = std::make_shared<lang::Signature>(e.signature);
    ApiImpl impl = e.impl;
    return lang::make_native(e.name, [sig, impl](Interpreter& in, CallArgs& a) { return impl(in, sig->bind(a)); });
}

void add_dtypes(lang::ModuleObj& m) {
    const std::pair<const char*, DType> real[] = {
        {"float32", DType::Float32}, {"float", DType::Float32}, {"float64", DType::Float64}, {"double", DType::Float64},
        {"int8", DType::Int8},       {"int16", DType::Int16},  {"int32", DType::Int32},     {"int64", DType::Int64},
        {"uint8", DType::UInt8},     {"uint16", DType::UInt16}, {"uint32", DType::UInt32},  {"uint64", DType::UInt64},
        {"bool", DType::Bool},
    };
    for (auto& [name, d] : real) m.attrs[name] = make_dtype(d);
    const std::pair<const char*, const char*> named[] = {
        {"float16", "float16"}, {"half", "float16"}, {"bfloat16", "bfloat16"}, {"string", "string"}};
    for (auto& [name, tf_name] : named) {
        auto d = std::make_shared<DTypeObj>(DType::Float32);
        d->half = true;
        d->half_name = tf_name;
        m.attrs[name] = Value::object(d);
    }
}

const char* version_string(Version v) {
    switch (v) {
        case Version::V1_15: return "1.15.5";
        case Version::V2_4: return "2.4.4";
        case Version::V2_15: return "2.15.1";
        case Version::V2_16: return "2.16.2";
    }
    return "2.16.2";
}

// The per-process module tree.
struct TfModules {
    std::map<std::string, Value> by_path;
};

Value build(Interpreter& in, const std::string& wanted) {
    TfModules& mods = in.state<TfModules>();
    if (mods.by_path.empty()) {
        const Version v = state(in).version;
        const unsigned mask = mask_of(v);
        auto make = [&](const std::string& path) {
            auto m = std::make_shared<TfModuleObj>(path.empty() ? "tensorflow" : "tensorflow." + path, path, error_name_of(v, path));
            mods.by_path[path] = Value::object(m);
            return m;
        };
        auto top = make("");
        for (const char* p : kModules) make(p);
        // Parents get their submodules as attributes.
        for (auto& [path, value] : mods.by_path) {
            if (path.empty()) continue;
            const size_t dot = path.rfind('.');
            const std::string parent = dot == std::string::npos ? "" : path.substr(0, dot);
            const std::string leaf = dot == std::string::npos ? path : path.substr(dot + 1);
            static_cast<TfModuleObj*>(mods.by_path[parent].obj().get())->attrs[leaf] = value;
        }
        for (auto& e : api_table()) {
            auto* m = static_cast<TfModuleObj*>(mods.by_path.at(e.module).obj().get());
            if (e.versions & mask) m->attrs[e.name] = bind(e);
            else if (!m->attrs.count(e.name)) m->other_versions[e.name] = true;
        }
        // Names the table reaches for every entry of a version are not "other versions".
        for (auto& [path, value] : mods.by_path) {
            auto* m = static_cast<TfModuleObj*>(value.obj().get());
            for (auto& [name, attr] : m->attrs) m->other_versions.erase(name);
        }
        add_dtypes(*top);
        add_dtypes(*static_cast<TfModuleObj*>(mods.by_path["compat.v1"].obj().get()));
        top->attrs["__version__"] = Value::str(version_string(v));
        if (!is_tf1(v)) top->attrs["keras"] = keras::module(in, "");
        auto* random = static_cast<TfModuleObj*>(mods.by_path["random"].obj().get());
        auto* experimental = static_cast<TfModuleObj*>(mods.by_path["random.experimental"].obj().get());
        if (!is_tf1(v)) {
            random->attrs["Generator"] = generator_class(in);
            experimental->attrs["Generator"] = random->attrs["Generator"];
        } else {
            random->other_versions["Generator"] = true;
        }
        if (!is_tf1(v)) {
            auto data = std::make_shared<TfModuleObj>("tensorflow.data", "data", error_name_of(v, "data"));
            data->attrs["Dataset"] = dataset_class(in);
            mods.by_path["data"] = Value::object(data);
            top->attrs["data"] = mods.by_path["data"];
        } else {
            auto data = std::make_shared<TfModuleObj>("tensorflow.data", "data", error_name_of(v, "data"));
            mods.by_path["data"] = Value::object(data);
            top->attrs["data"] = mods.by_path["data"];
        }
    }
    auto it = mods.by_path.find(wanted);
    if (it == mods.by_path.end())
        throw lang::unsupported("module 'tensorflow." + wanted + "' is not supported in the playground", in.current_line());
    return it->second;
}

}  // namespace

void register_tensorflow(lang::ModuleRegistry& registry) {
    registry.add("tensorflow", [](Interpreter& in) { return build(in, ""); });
    for (const char* p : kModules) {
        const std::string path = p;
        registry.add("tensorflow." + path, [path](Interpreter& in) { return build(in, path); });
    }
    registry.add("tensorflow.data", [](Interpreter& in) { return build(in, "data"); });
    registry.add("tensorflow.keras", [](Interpreter& in) { return keras::module(in, ""); });
    for (const char* const* p = keras::submodule_paths(); *p; ++p) {
        const std::string path = *p;
        registry.add("tensorflow.keras." + path, [path](Interpreter& in) { return keras::module(in, path); });
    }
}

}  // namespace seedlab::libs
