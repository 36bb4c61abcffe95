// keras.random for Keras 3. See keras_random.hpp. Sources: keras/random/seed_generator.py
// and keras/backend/tensorflow/random.py at v3.0.0 (the same through v3.3.3).
#include "libs/keras/keras_random.hpp"

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "libs/keras/dropout_rng.hpp"
#include "libs/keras/initializers.hpp"
#include "libs/keras/keras.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_objects.hpp"
#include "libs/tensorflow/tf_ops.hpp"

namespace seedlab::libs::keras {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

namespace {

struct KerasRandomState {
    std::shared_ptr<SeedGeneratorObj> global;  // global_seed_generator(), made on first use
};

}  // namespace

std::shared_ptr<SeedGeneratorObj> make_seed_generator(Interpreter& in, const Value& seed) {
    auto g = std::make_shared<SeedGeneratorObj>();
    g->initial_seed = seed;
    Value s = seed.is_none() ? draw_default_seed(in, Value::none()) : seed;  // make_default_seed(): random.randint(1, 1e9)
    if (!s.is_int()) throw lang::value_error("Argument `seed` must be an integer. Received: seed=" + in.repr(s));
    g->state = {static_cast<uint32_t>(s.small_int()), 0u};
    return g;
}

// draw_seed(seed), then tf.cast(..., "int32"): the [a, b] pair the stateless op gets.
Value draw_seed(Interpreter& in, const Value& seed) {
    std::array<uint32_t, 2> s{};
    if (auto* g = seed.as<SeedGeneratorObj>()) {
        s = g->next(true);
    } else if (seed.is_int()) {
        s = {static_cast<uint32_t>(seed.small_int()), 0u};
    } else if (seed.is_none()) {
        auto& st = in.state<KerasRandomState>();
        if (!st.global) st.global = make_seed_generator(in, Value::none());
        s = st.global->next(false);
    } else {
        throw lang::value_error("Argument `seed` must be either an integer or an instance of `SeedGenerator`. Received: seed=" + in.repr(seed) +
                                " (of type " + in.type_name(seed) + ")");
    }
    return lang::make_list({Value::integer(static_cast<int32_t>(s[0])), Value::integer(static_cast<int32_t>(s[1]))});
}

namespace {

Value dtype_or_floatx(const Value& dtype) { return dtype.is_none() ? Value::str("float32") : dtype; }


}  // namespace

std::array<uint32_t, 2> SeedGeneratorObj::next(bool ordered) {
    const std::array<uint32_t, 2> out = state;
    if (ordered) {
        state[1] += 1u;
    } else {
        for (auto& v : state) v = ((v + 1u) * 5387u) % 933199u;  // uint32 tensors wrap
    }
    return out;
}

bool SeedGeneratorObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    auto self = std::static_pointer_cast<SeedGeneratorObj>(shared_from_this());
    if (attr == "next") {
        out = native_function("next", "next(ordered=True)", [self](Interpreter& i, const std::vector<Value>& p) {
            const auto s = self->next(i.truthy(p[0]));
            return tf::api_constant(i, {lang::make_list({Value::integer(s[0]), Value::integer(s[1])}), Value::str("uint32"), Value::none(), Value::none()});
        });
        return true;
    }
    if (attr == "get_config") {
        out = native_function("get_config", "get_config()", [self](Interpreter& i, const std::vector<Value>&) {
            auto d = std::make_shared<lang::DictObj>();
            d->put(i, Value::str("seed"), self->initial_seed);
            return Value::object(d);
        });
        return true;
    }
    (void)in;
    return false;
}

void add_random_functions(lang::ModuleObj& m) {
    m.attrs["SeedGenerator"] = Value::object(std::make_shared<lang::TypeObj>("SeedGenerator", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("SeedGenerator(seed=None)");
        return Value::object(make_seed_generator(in, sig.bind(a)[0]));
    }));
    m.attrs["uniform"] = native_function("uniform", "uniform(shape, minval=0.0, maxval=1.0, dtype=None, seed=None)", [](Interpreter& in, const std::vector<Value>& p) {
        const Value seed = draw_seed(in, p[4]);
        return tf::api_stateless_uniform(in, {p[0], seed, p[1], p[2], dtype_or_floatx(p[3]), Value::none()});
    });
    m.attrs["normal"] = native_function("normal", "normal(shape, mean=0.0, stddev=1.0, dtype=None, seed=None)", [](Interpreter& in, const std::vector<Value>& p) {
        const Value seed = draw_seed(in, p[4]);
        return tf::api_stateless_normal(in, {p[0], seed, p[1], p[2], dtype_or_floatx(p[3]), Value::none()});
    });
    m.attrs["truncated_normal"] = native_function("truncated_normal", "truncated_normal(shape, mean=0.0, stddev=1.0, dtype=None, seed=None)",
                                         [](Interpreter& in, const std::vector<Value>& p) {
        const Value seed = draw_seed(in, p[4]);
        return tf::api_stateless_truncated_normal(in, {p[0], seed, p[1], p[2], dtype_or_floatx(p[3]), Value::none()});
    });
    // dropout: tf.nn.experimental.stateless_dropout with draw_seed(seed): where(u >= rate,
    // x * float32(1 / (1 - rate)), 0) with u from stateless_uniform.
    m.attrs["dropout"] = native_function("dropout", "dropout(inputs, rate, noise_shape=None, seed=None)", [](Interpreter& in, const std::vector<Value>& p) {
        if (!p[2].is_none()) throw lang::unsupported("keras.random.dropout with noise_shape", in.current_line());
        const double rate = lang::arg_float(in, p[1], "rate");
        if (!(rate >= 0 && rate < 1)) throw lang::unsupported("keras.random.dropout with a rate outside [0, 1)", in.current_line());
        const Value x = tf::convert_to_tensor(in, p[0], tensor::DType::Float32, "inputs");
        const tensor::Tensor xt = tf::as_eager(x)->v.t.contiguous();
        Mat flat(1, xt.size());
        std::copy(xt.data<float>(), xt.data<float>() + xt.size(), flat.v.begin());
        const tf::TfValue u = stateless_uniforms(in, draw_seed(in, p[3]), xt.shape());
        std::vector<uint8_t> keep;
        const Mat out = dropout_forward(flat, std::vector<float>(u.t.data<float>(), u.t.data<float>() + u.t.size()), rate, true, keep);
        tensor::Tensor t(tensor::DType::Float32, xt.shape());
        std::copy(out.v.begin(), out.v.end(), t.data<float>());
        return tf::make_eager({std::move(t), u.prov});
    });
    m.attrs["randint"] = native_function("randint", "randint(shape, minval, maxval, dtype='int32', seed=None)", [](Interpreter& in, const std::vector<Value>& p) {
        const Value seed = draw_seed(in, p[4]);
        const std::string dt = p[3].as<lang::StrObj>() ? p[3].as<lang::StrObj>()->s : "";
        if (dt != "int32" && dt != "int64") throw lang::unsupported("keras.random.randint with dtype " + in.repr(p[3]), in.current_line());
        return tf::api_stateless_uniform(in, {p[0], seed, p[1], p[2], p[3], Value::none()});
    });
}

void reset_global_seed_generator(Interpreter& in) { in.state<KerasRandomState>().global.reset(); }

}  // namespace seedlab::libs::keras
