// keras.optimizers.{Adam, SGD, RMSprop, Adagrad} in each emulated version. See optimizers.hpp.
#include "libs/keras/optimizers.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "math/libm.hpp"

namespace seedlab::libs::keras {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;
using tf::Version;

namespace {

constexpr const char* kNames[] = {"Adam", "SGD", "RMSprop", "Adagrad", nullptr};

struct ClassSpec {
    OptimizerKind kind;
    const char* leading;  // the class's own parameters, as in its signature
};

ClassSpec spec_of(const std::string& cls) {
    if (cls == "Adam") return {OptimizerKind::Adam, "learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False"};
    if (cls == "SGD") return {OptimizerKind::SGD, "learning_rate=0.01, momentum=0.0, nesterov=False"};
    if (cls == "RMSprop") return {OptimizerKind::RMSprop, "learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-07, centered=False"};
    return {OptimizerKind::Adagrad, "learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-07"};
}

// The base class's parameters after the class's own, per version.
std::string trailing(Version v, const std::string& cls) {
    if (v == Version::V2_4) return "name='" + cls + "'";
    const std::string common = "weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, ";
    if (v == Version::V2_15) return common + "jit_compile=True, name='" + cls + "'";
    std::string lower = cls;
    if (cls != "SGD") std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return common + "loss_scale_factor=None, gradient_accumulation_steps=None, name='" + lower + "'";
}

std::vector<std::string> param_names(const std::string& params) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at < params.size()) {
        size_t comma = params.find(", ", at);
        if (comma == std::string::npos) comma = params.size();
        const std::string p = params.substr(at, comma - at);
        out.push_back(p.substr(0, p.find('=')));
        at = comma + 2;
    }
    return out;
}

// Keyword arguments outside the signature: TF 2.4 takes lr (and refuses the rest it
// knows); Keras 2.15 logs and drops lr; Keras 3 raises for every one.
void take_extra_kwargs(Interpreter& in, CallArgs& a, Version v, const std::vector<std::string>& names, const std::string& cls, Value& lr_alias) {
    std::vector<std::pair<std::string, Value>> kw, extra;
    for (auto& [k, val] : a.kw) (std::find(names.begin(), names.end(), k) != names.end() ? kw : extra).emplace_back(k, val);
    a.kw = kw;
    if (extra.empty()) return;
    if (v == Version::V2_4) {
        for (auto& [k, val] : extra) {
            if (k == "lr") lr_alias = val;
            else if (k == "decay" || k == "clipnorm" || k == "clipvalue" || k == "global_clipnorm")
                throw lang::unsupported(cls + "(" + k + "=...)", in.current_line());
            else throw lang::type_error("Unexpected keyword argument passed to optimizer: " + k);
        }
        return;
    }
    if (v == Version::V2_16) {  // BaseOptimizer.__init__
        auto d = std::make_shared<lang::DictObj>();
        for (auto& [k, val] : extra) {
            if (k == "decay") throw lang::unsupported(cls + "(decay=...) (Keras 3 warns and ignores it)", in.current_line());
            d->put(in, Value::str(k), val);
        }
        throw lang::value_error("Argument(s) not recognized: " + in.repr(Value::object(d)));
    }
    for (auto& [k, val] : extra) {  // Keras 2.15's _process_kwargs
        if (k == "lr") {
            if (in.truthy(val))  // `if lr:` logs (absl) and the value is dropped
                in.emit_warning("WARNING:absl:`lr` is deprecated in Keras optimizer, please use `learning_rate` or use the legacy optimizer, "
                                "e.g.,tf.keras.optimizers.legacy." + cls + ".");
            continue;
        }
        if (k == "decay" || k == "gradient_aggregator" || k == "gradient_transformers")
            throw lang::value_error(k + " is deprecated in the new Keras optimizer, please check the docstring for valid arguments, "
                                        "or use the legacy optimizer, e.g., tf.keras.optimizers.legacy." + cls + ".");
        throw lang::type_error(k + " is not a valid argument, kwargs should be empty  for `optimizer_experimental.Optimizer`.");
    }
}

// A class's parameter names and signature in one version, parsed once.
struct Bound {
    std::vector<std::string> names;
    lang::Signature sig;
};

const Bound& bound(const std::string& cls, Version v) {
    static const std::map<std::pair<std::string, Version>, Bound> table = [] {
        std::map<std::pair<std::string, Version>, Bound> t;
        for (const char* const* n = kNames; *n; ++n)
            for (Version ver : {Version::V2_4, Version::V2_15, Version::V2_16}) {
                const std::string params = std::string(spec_of(*n).leading) + ", " + trailing(ver, *n);
                t.emplace(std::make_pair(std::string(*n), ver), Bound{param_names(params), lang::Signature(std::string(*n) + "(" + params + ")")});
            }
        return t;
    }();
    return table.at({cls, v});
}

Value construct(Interpreter& in, const std::string& cls, CallArgs& a) {
    const Version v = tf::state(in).version;
    const ClassSpec spec = spec_of(cls);
    const Bound& b = bound(cls, v);
    const std::vector<std::string>& names = b.names;
    Value lr_alias;
    take_extra_kwargs(in, a, v, names, cls, lr_alias);
    const std::vector<Value> p = b.sig.bind(a);
    auto arg = [&](const std::string& n) -> const Value& { return p[static_cast<size_t>(std::find(names.begin(), names.end(), n) - names.begin())]; };
    auto has = [&](const std::string& n) { return std::find(names.begin(), names.end(), n) != names.end(); };

    auto o = std::make_shared<OptimizerObj>();
    o->kind = spec.kind;
    o->cls = cls;
    o->flavor = v == Version::V2_4 ? UpdateFlavor::TF24 : v == Version::V2_15 ? UpdateFlavor::Keras215 : UpdateFlavor::Keras3;
    const bool v24 = v == Version::V2_4;
    const Value& lr = lr_alias.is_none() ? arg("learning_rate") : lr_alias;
    if (!lr.is_int() && !lr.is_float()) throw lang::unsupported(cls + " with a learning-rate schedule", in.current_line());
    o->learning_rate = static_cast<float>(lang::arg_float(in, lr, "learning_rate"));
    for (const char* n : {"weight_decay", "clipnorm", "clipvalue", "global_clipnorm", "loss_scale_factor", "gradient_accumulation_steps"})
        if (has(n) && !arg(n).is_none()) throw lang::unsupported(cls + "(" + n + "=...)", in.current_line());
    if (has("use_ema") && in.truthy(arg("use_ema"))) throw lang::unsupported(cls + "(use_ema=True)", in.current_line());
    if (has("epsilon")) {
        const Value& e = arg("epsilon");
        o->epsilon_py = e.is_none() ? 1e-7 : lang::arg_float(in, e, "epsilon");
        if (v24 && o->epsilon_py == 0.0) o->epsilon_py = 1e-7;  // `epsilon or backend_config.epsilon()`
        o->epsilon = static_cast<float>(o->epsilon_py);
    }
    switch (spec.kind) {
        case OptimizerKind::Adam: {
            const double b1 = lang::arg_float(in, arg("beta_1"), "beta_1"), b2 = lang::arg_float(in, arg("beta_2"), "beta_2");
            o->beta_1 = static_cast<float>(b1);
            o->beta_2 = static_cast<float>(b2);
            o->amsgrad = in.truthy(arg("amsgrad"));
            // TF 2.4's ApplyAdam subtracts the float32 betas from 1; Keras 2.15/3 multiply by
            // the Python double 1 - beta, which becomes float32.
            o->c1 = v24 ? 1.0f - o->beta_1 : static_cast<float>(1.0 - b1);
            o->c2 = v24 ? 1.0f - o->beta_2 : static_cast<float>(1.0 - b2);
            break;
        }
        case OptimizerKind::SGD: {
            const double m = lang::arg_float(in, arg("momentum"), "momentum");
            if (m < 0 || m > 1) throw lang::value_error(v24 ? "`momentum` must be between [0, 1]." : "`momentum` must be a float between [0, 1].");
            o->momentum = static_cast<float>(m);
            o->nesterov = in.truthy(arg("nesterov"));
            break;
        }
        case OptimizerKind::RMSprop: {
            const double rho = lang::arg_float(in, arg("rho"), "rho");
            o->rho = static_cast<float>(rho);
            o->one_minus_rho = v24 ? 1.0f - o->rho : static_cast<float>(1.0 - rho);
            o->momentum = static_cast<float>(lang::arg_float(in, arg("momentum"), "momentum"));
            if (in.truthy(arg("centered"))) throw lang::unsupported("RMSprop(centered=True)", in.current_line());
            break;
        }
        case OptimizerKind::Adagrad:
            o->initial_accumulator = static_cast<float>(lang::arg_float(in, arg("initial_accumulator_value"), "initial_accumulator_value"));
            break;
    }
    return Value::object(o);
}

}  // namespace

bool OptimizerObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    (void)in;
    if (name == "iterations") { out = Value::integer(iterations); return true; }
    if (name == "epsilon" && kind != OptimizerKind::SGD) { out = Value::floating(epsilon_py); return true; }
    if (name == "amsgrad" && kind == OptimizerKind::Adam) { out = Value::boolean(amsgrad); return true; }
    return false;
}

void OptimizerObj::apply(const std::vector<tensor::Tensor*>& vars, const std::vector<std::vector<float>>& grads) {
    float alpha = 0;
    if (kind == OptimizerKind::Adam) {
        const float t = static_cast<float>(iterations + 1);
        alpha = adam_alpha(learning_rate, math::powf(beta_1, t), math::powf(beta_2, t));
    }
    for (size_t i = 0; i < vars.size(); ++i) {
        tensor::Tensor& var = *vars[i];
        const size_t n = static_cast<size_t>(var.size());
        auto& s = slots[&var];
        auto slot = [&](size_t k, float init) -> float* {
            if (s.size() <= k) s.resize(k + 1);
            if (s[k].size() != n) s[k].assign(n, init);
            return s[k].data();
        };
        float* w = var.data<float>();
        const float* g = grads[i].data();
        switch (kind) {
            case OptimizerKind::Adam:
                adam_apply(w, slot(0, 0.0f), slot(1, 0.0f), amsgrad ? slot(2, 0.0f) : nullptr, g, var.size(), alpha, c1, c2, epsilon);
                break;
            case OptimizerKind::SGD: {
                // Keras 2.15 always keeps a momentum slot; TF 2.4 and Keras 3 only for momentum > 0.
                const bool accum = flavor == UpdateFlavor::Keras215 || momentum > 0;
                sgd_apply(flavor, w, accum ? slot(0, 0.0f) : nullptr, g, var.size(), learning_rate, momentum, nesterov);
                break;
            }
            case OptimizerKind::RMSprop:
                rmsprop_apply(flavor, w, slot(0, 0.0f), momentum > 0 ? slot(1, 0.0f) : nullptr, g, var.size(), learning_rate, rho, one_minus_rho,
                              momentum, epsilon);
                break;
            case OptimizerKind::Adagrad:
                adagrad_apply(flavor, w, slot(0, initial_accumulator), g, var.size(), learning_rate, epsilon);
                break;
        }
    }
    ++iterations;
}

std::string OptimizerObj::unpinned_reason(const std::vector<int64_t>& sizes) const {
    const bool packets = std::any_of(sizes.begin(), sizes.end(), [](int64_t s) { return s >= 8; });
    const bool whole_packets = std::any_of(sizes.begin(), sizes.end(), [](int64_t s) { return s > 0 && s % 8 == 0; });
    switch (kind) {
        case OptimizerKind::SGD: return "";
        case OptimizerKind::Adam:
            if (flavor == UpdateFlavor::TF24 && whole_packets)
                return "TF 2.4's ApplyAdam takes Eigen 2020's approximate square root (an rsqrt estimate and a Newton step) on variables whose size is a multiple of 8";
            return "";
        case OptimizerKind::RMSprop:
            if (flavor == UpdateFlavor::TF24 && packets) return "TF 2.4's square root is Eigen 2020's approximate one on 8-float packets";
            if (flavor == UpdateFlavor::Keras215 && packets) return "Keras 2.15's tf.math.rsqrt is Eigen's fast estimate on 8-float packets";
            if (flavor == UpdateFlavor::Keras3) return "grappler may rewrite RMSprop's (lr * g) / sqrt(v + eps) into a multiply by rsqrt inside the training function";
            return "";
        case OptimizerKind::Adagrad:
            if (flavor == UpdateFlavor::TF24) return packets ? "TF 2.4's ApplyAdagradV2 takes Eigen 2020's approximate square root on 8-float packets" : "";
            return "grappler may rewrite Adagrad's (lr * g) / sqrt(accum + eps) into a multiply by rsqrt inside the training function";
    }
    return "";
}

const char* const* optimizer_names() { return kNames; }

Value optimizer_class(const std::string& name) {
    return Value::object(std::make_shared<lang::TypeObj>(name, [name](Interpreter& in, CallArgs& a) { return construct(in, name, a); }));
}

std::shared_ptr<OptimizerObj> optimizer_from(Interpreter& in, const Value& spec) {
    if (auto* o = spec.as<OptimizerObj>()) return std::static_pointer_cast<OptimizerObj>(o->shared_from_this());
    if (auto* s = spec.as<lang::StrObj>()) {
        std::string lower = s->s;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        for (const char* const* n = kNames; *n; ++n) {
            std::string cand = *n;
            std::transform(cand.begin(), cand.end(), cand.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (cand == lower) {
                CallArgs none;
                return std::static_pointer_cast<OptimizerObj>(construct(in, *n, none).obj());
            }
        }
        throw lang::unsupported("the optimizer '" + s->s + "' (Adam, SGD, RMSprop and Adagrad are emulated)", in.current_line());
    }
    throw lang::unsupported("an optimizer given as " + in.type_name(spec), in.current_line());
}

}  // namespace seedlab::libs::keras
