// keras.optimizers.Adam for TF 2.4. See optimizers.hpp.
#include "libs/keras/optimizers.hpp"

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/tensorflow/tf_state.hpp"

namespace seedlab::libs::keras {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

namespace {

Value construct(Interpreter& in, CallArgs& a) {
    if (tf::state(in).version != tf::Version::V2_4)
        throw lang::unsupported("keras.optimizers.Adam outside TF 2.4 (Keras 2.15 and 3 update with other constants; only TF 2.4's fit is pinned down)",
                                in.current_line());
    // Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False, name='Adam', **kwargs)
    Value lr_alias;
    std::vector<std::pair<std::string, Value>> kw;
    for (auto& [k, v] : a.kw) {
        if (k == "lr") lr_alias = v;
        else if (k == "decay" || k == "clipnorm" || k == "clipvalue")
            throw lang::unsupported("Adam(" + k + "=...)", in.current_line());
        else kw.emplace_back(k, v);
    }
    a.kw = kw;
    static const lang::Signature sig("Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False, name='Adam')");
    const std::vector<Value> p = sig.bind(a);
    auto o = std::make_shared<AdamObj>();
    const Value lr = lr_alias.is_none() ? p[0] : lr_alias;  // kwargs.get('lr', learning_rate)
    o->learning_rate = static_cast<float>(lang::arg_float(in, lr, "learning_rate"));
    o->beta_1 = static_cast<float>(lang::arg_float(in, p[1], "beta_1"));
    o->beta_2 = static_cast<float>(lang::arg_float(in, p[2], "beta_2"));
    o->epsilon_py = p[3].is_none() ? 1e-7 : lang::arg_float(in, p[3], "epsilon");  // epsilon or backend.epsilon()
    o->epsilon = static_cast<float>(o->epsilon_py);
    if (in.truthy(p[4])) throw lang::unsupported("Adam(amsgrad=True)", in.current_line());
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
        throw lang::unsupported("the optimizer '" + s->s + "' (only Adam's TF 2.4 update is pinned down)", in.current_line());
    }
    throw lang::unsupported("an optimizer given as " + in.type_name(spec), in.current_line());
}

}  // namespace seedlab::libs::keras
