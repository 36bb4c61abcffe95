// keras.optimizers.Adam in each emulated version. See optimizers.hpp.
#include "libs/keras/optimizers.hpp"

#include <algorithm>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/tensorflow/tf_state.hpp"

namespace seedlab::libs::keras {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

namespace {

// TF 2.4: Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False,
// name='Adam', **kwargs) with OptimizerV2's kwargs; lr= is kwargs.get('lr', learning_rate).
void bind_v2_4(Interpreter& in, CallArgs& a, AdamObj& o) {
    Value lr_alias;
    std::vector<std::pair<std::string, Value>> kw;
    for (auto& [k, v] : a.kw) {
        if (k == "lr") lr_alias = v;
        else if (k == "decay" || k == "clipnorm" || k == "clipvalue" || k == "global_clipnorm")
            throw lang::unsupported("Adam(" + k + "=...)", in.current_line());
        else kw.emplace_back(k, v);
    }
    a.kw = kw;
    static const lang::Signature sig("Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False, name='Adam')");
    const std::vector<Value> p = sig.bind(a);
    const Value lr = lr_alias.is_none() ? p[0] : lr_alias;
    o.learning_rate = static_cast<float>(lang::arg_float(in, lr, "learning_rate"));
    o.beta_1 = static_cast<float>(lang::arg_float(in, p[1], "beta_1"));
    o.beta_2 = static_cast<float>(lang::arg_float(in, p[2], "beta_2"));
    o.epsilon_py = p[3].is_none() ? 1e-7 : lang::arg_float(in, p[3], "epsilon");  // epsilon or backend.epsilon()
    if (in.truthy(p[4])) throw lang::unsupported("Adam(amsgrad=True)", in.current_line());
    // ApplyAdam's kernel subtracts the float32 hyperparameters from 1 in float32.
    o.one_minus_beta_1 = 1.0f - o.beta_1;
    o.one_minus_beta_2 = 1.0f - o.beta_2;
}

// Keras 2.15 (keras/optimizers/adam.py) and Keras 3 (keras/src/optimizers/adam.py).
void bind_new(Interpreter& in, CallArgs& a, AdamObj& o, bool keras3) {
    std::vector<std::pair<std::string, Value>> kw, unknown;
    static const std::vector<std::string> known = {
        "learning_rate", "beta_1", "beta_2", "epsilon", "amsgrad", "weight_decay", "clipnorm", "clipvalue", "global_clipnorm",
        "use_ema", "ema_momentum", "ema_overwrite_frequency", "jit_compile", "name", "loss_scale_factor", "gradient_accumulation_steps"};
    for (auto& [k, v] : a.kw) {
        const bool is_known = std::find(known.begin(), known.end(), k) != known.end() &&
                              (keras3 ? k != "jit_compile" : k != "loss_scale_factor" && k != "gradient_accumulation_steps");
        (is_known ? kw : unknown).emplace_back(k, v);
    }
    if (!unknown.empty()) {
        if (keras3) {  // BaseOptimizer.__init__
            auto d = std::make_shared<lang::DictObj>();
            for (auto& [k, v] : unknown) {
                if (k == "decay") throw lang::unsupported("Adam(decay=...) (Keras 3 warns and ignores it)", in.current_line());
                d->put(in, Value::str(k), v);
            }
            throw lang::value_error("Argument(s) not recognized: " + in.repr(Value::object(d)));
        }
        // Keras 2.15's _process_kwargs: lr is logged and dropped; legacy names raise.
        for (auto& [k, v] : unknown) {
            if (k == "lr") continue;
            if (k == "decay" || k == "gradient_aggregator" || k == "gradient_transformers")
                throw lang::value_error(k + " is deprecated in the new Keras optimizer, please check the docstring for valid arguments, "
                                            "or use the legacy optimizer, e.g., tf.keras.optimizers.legacy.Adam.");
            throw lang::type_error(k + " is not a valid argument, kwargs should be empty  for `optimizer_experimental.Optimizer`.");
        }
    }
    a.kw = kw;
    static const lang::Signature sig2(
        "Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False, weight_decay=None, clipnorm=None, clipvalue=None, "
        "global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, jit_compile=True, name='Adam')");
    static const lang::Signature sig3(
        "Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False, weight_decay=None, clipnorm=None, clipvalue=None, "
        "global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, loss_scale_factor=None, "
        "gradient_accumulation_steps=None, name='adam')");
    const std::vector<Value> p = (keras3 ? sig3 : sig2).bind(a);
    o.legacy = false;
    o.learning_rate = static_cast<float>(lang::arg_float(in, p[0], "learning_rate"));
    const double b1 = lang::arg_float(in, p[1], "beta_1"), b2 = lang::arg_float(in, p[2], "beta_2");
    o.beta_1 = static_cast<float>(b1);
    o.beta_2 = static_cast<float>(b2);
    o.epsilon_py = lang::arg_float(in, p[3], "epsilon");
    if (in.truthy(p[4])) throw lang::unsupported("Adam(amsgrad=True)", in.current_line());
    for (size_t i = 5; i <= 8; ++i)
        if (!p[i].is_none()) throw lang::unsupported("Adam with weight decay or gradient clipping", in.current_line());
    if (in.truthy(p[9])) throw lang::unsupported("Adam(use_ema=True)", in.current_line());
    if (keras3 && (!p[12].is_none() || !p[13].is_none()))
        throw lang::unsupported("Adam with loss scaling or gradient accumulation", in.current_line());
    // `(gradient - m) * (1 - self.beta_1)`: the Python double 1 - beta, then float32.
    o.one_minus_beta_1 = static_cast<float>(1.0 - b1);
    o.one_minus_beta_2 = static_cast<float>(1.0 - b2);
}

Value construct(Interpreter& in, CallArgs& a) {
    auto o = std::make_shared<AdamObj>();
    const tf::Version v = tf::state(in).version;
    if (v == tf::Version::V2_4) bind_v2_4(in, a, *o);
    else bind_new(in, a, *o, v == tf::Version::V2_16);
    o->epsilon = static_cast<float>(o->epsilon_py);
    return Value::object(o);
}

}  // namespace

bool AdamObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    (void)in;
    if (name == "iterations") { out = Value::integer(iterations); return true; }
    if (name == "epsilon") { out = Value::floating(epsilon_py); return true; }
    return false;
}

Value adam_class() { return Value::object(std::make_shared<lang::TypeObj>("Adam", construct)); }

std::shared_ptr<AdamObj> optimizer_from(Interpreter& in, const Value& spec) {
    if (auto* o = spec.as<AdamObj>()) return std::static_pointer_cast<AdamObj>(o->shared_from_this());
    if (auto* s = spec.as<lang::StrObj>()) {
        if (s->s == "adam" || s->s == "Adam") {
            CallArgs none;
            return std::static_pointer_cast<AdamObj>(construct(in, none).obj());
        }
        throw lang::unsupported("the optimizer '" + s->s + "' (only Adam is emulated)", in.current_line());
    }
    throw lang::unsupported("an optimizer given as " + in.type_name(spec), in.current_line());
}

}  // namespace seedlab::libs::keras
