// The Keras module tree (keras, keras.layers, keras.initializers, keras.backend,
// keras.utils, keras.models), one per process and version; tf.keras is the same
// object. Names Keras has but the playground does not emulate raise its "not
// supported" error; names of other versions say when they appeared.
#include "libs/keras/keras.hpp"

#include <map>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/keras/callbacks.hpp"
#include "libs/keras/initializers.hpp"
#include "libs/keras/keras_random.hpp"
#include "libs/keras/regularizers.hpp"
#include "libs/keras/layers.hpp"
#include "libs/keras/losses.hpp"
#include "libs/keras/model.hpp"
#include "libs/keras/optimizers.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_state.hpp"

namespace seedlab::libs {

namespace {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;
using tf::Version;

constexpr const char* kPaths[] = {"layers", "initializers", "backend", "utils", "models", "optimizers", "losses", "callbacks", "random", "regularizers", nullptr};

struct KerasModuleObj : lang::ModuleObj {
    std::string path;
    std::map<std::string, std::string> added_in;  // names of later versions -> the version
    KerasModuleObj(std::string n, std::string p) : lang::ModuleObj(std::move(n)), path(std::move(p)) {}
    bool get_attr(Interpreter& in, const std::string& n, Value& out) override {
        if (lang::ModuleObj::get_attr(in, n, out)) return true;
        if (n.size() > 4 && n.rfind("__", 0) == 0) return false;
        const std::string full = "keras." + (path.empty() ? "" : path + ".") + n;
        auto later = added_in.find(n);
        if (later != added_in.end())
            throw lang::unsupported("tf." + full + " does not exist in this TensorFlow version (it was added in " + later->second + ")",
                                    in.current_line());
        throw lang::unsupported(full + " is not supported in the playground", in.current_line());
    }
};

struct KerasModules {
    std::map<std::string, Value> by_path;
};

Value native(const char* name, const char* signature, std::function<Value(Interpreter&, const std::vector<Value>&)> fn) {
    return keras::native_function(name, signature, std::move(fn));
}

void build(Interpreter& in, KerasModules& mods) {
    const Version v = tf::state(in).version;
    auto make = [&](const std::string& path) {
        auto m = std::make_shared<KerasModuleObj>(path.empty() ? "keras" : "keras." + path, path);
        mods.by_path[path] = Value::object(m);
        return m;
    };
    auto top = make("");
    for (const char* const* p = keras::submodule_paths(); *p; ++p) top->attrs[*p] = Value::object(make(*p));
    auto at = [&](const std::string& path) { return static_cast<KerasModuleObj*>(mods.by_path.at(path).obj().get()); };

    const Value sequential = keras::sequential_class();
    top->attrs["Sequential"] = sequential;
    at("models")->attrs["Sequential"] = sequential;
    top->attrs["Model"] = keras::model_class();
    at("models")->attrs["Model"] = top->attrs["Model"];
    const Value input = lang::make_native("Input", [](Interpreter& i, CallArgs& a) { return keras::make_input(i, a); });
    top->attrs["Input"] = input;
    at("layers")->attrs["Input"] = input;
    for (const char* const* n = keras::layer_names(); *n; ++n) at("layers")->attrs[*n] = keras::layer_class(*n);
    auto* inits = at("initializers");
    for (const char* const* n = keras::initializer_names(); *n; ++n) {
        inits->attrs[*n] = keras::initializer_class(*n);
        inits->attrs[keras::snake_case(*n)] = inits->attrs[*n];  // glorot_uniform, he_normal, ... alias the classes
    }
    inits->attrs["get"] = native("get", "get(identifier)", [](Interpreter& i, const std::vector<Value>& p) {
        return keras::get_initializer(i, p[0]);
    });
    at("backend")->attrs["clear_session"] = native("clear_session", "clear_session()", [](Interpreter& i, const std::vector<Value>&) {
        keras::reset_names(i);
        return Value::none();
    });
    for (const char* const* n = keras::optimizer_names(); *n; ++n) at("optimizers")->attrs[*n] = keras::optimizer_class(*n);
    for (const char* const* n = keras::loss_class_names(); *n; ++n) at("losses")->attrs[*n] = keras::loss_class(*n);
    at("callbacks")->attrs["EarlyStopping"] = keras::early_stopping_class();
    for (const char* const* n = keras::regularizer_names(); *n; ++n) at("regularizers")->attrs[*n] = keras::regularizer_class(*n);
    at("backend")->attrs["floatx"] = native("floatx", "floatx()", [](Interpreter&, const std::vector<Value>&) { return Value::str("float32"); });
    if (v == Version::V2_4) {
        at("utils")->added_in["set_random_seed"] = "2.7";
    } else {
        at("utils")->attrs["set_random_seed"] = native("set_random_seed", "set_random_seed(seed)", [](Interpreter& i, const std::vector<Value>& p) {
            Value out = tf::api_keras_set_random_seed(i, p);
            keras::reset_global_seed_generator(i);  // Keras 3 drops its global SeedGenerator
            return out;
        });
    }
    if (v == Version::V2_16) {
        keras::add_random_functions(*at("random"));
    } else {
        for (const char* n : {"SeedGenerator", "uniform", "normal", "truncated_normal", "randint"}) at("random")->added_in[n] = "Keras 3";
    }
    if (v == Version::V2_4) top->attrs["__version__"] = Value::str("2.4.0");
    if (v == Version::V2_15) top->attrs["__version__"] = Value::str("2.15.0");
}

}  // namespace

namespace keras {

const char* const* submodule_paths() { return kPaths; }

Value native_function(const char* name, const char* signature, std::function<Value(Interpreter&, const std::vector<Value>&)> fn) {
    auto sig = std::make_shared<lang::Signature>(signature);
    return lang::make_native(name, [sig, fn](Interpreter& in, CallArgs& a) { return fn(in, sig->bind(a)); });
}

Value module(Interpreter& in, const std::string& path) {
    if (tf::is_tf1(tf::state(in).version))
        throw lang::unsupported("Keras under TensorFlow 1.15 (graph-mode tf.keras) is not emulated; choose TF 2.4 or later", in.current_line());
    KerasModules& mods = in.state<KerasModules>();
    if (mods.by_path.empty()) build(in, mods);
    auto it = mods.by_path.find(path);
    if (it == mods.by_path.end()) throw lang::unsupported("module 'keras." + path + "' is not supported in the playground", in.current_line());
    return it->second;
}

}  // namespace keras

void register_keras(lang::ModuleRegistry& registry) {
    registry.add("keras", [](Interpreter& in) { return keras::module(in, ""); });
    for (const char* const* p = keras::submodule_paths(); *p; ++p) {
        const std::string path = *p;
        registry.add("keras." + path, [path](Interpreter& in) { return keras::module(in, path); });
    }
}

}  // namespace seedlab::libs
