// Keras initializers with each version's seeding. See initializers.hpp.
#include "libs/keras/initializers.hpp"

#include <algorithm>
#include <cctype>
#include <memory>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/keras/orthogonal.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_objects.hpp"
#include "math/libm.hpp"

namespace seedlab::libs::keras {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;
using tf::Version;

namespace {

constexpr const char* kNames[] = {"GlorotUniform", "GlorotNormal", "HeUniform", "HeNormal", "LecunUniform", "LecunNormal",
                                  "VarianceScaling", "RandomUniform", "RandomNormal", "TruncatedNormal", "Zeros", "Ones",
                                  "Constant", "Orthogonal", nullptr};

// The snake_case names initializers.get accepts.
const std::pair<const char*, const char*> kAliases[] = {
    {"glorot_uniform", "GlorotUniform"}, {"glorot_normal", "GlorotNormal"}, {"he_uniform", "HeUniform"},
    {"he_normal", "HeNormal"}, {"lecun_uniform", "LecunUniform"}, {"lecun_normal", "LecunNormal"},
    {"variance_scaling", "VarianceScaling"}, {"random_uniform", "RandomUniform"}, {"random_normal", "RandomNormal"},
    {"truncated_normal", "TruncatedNormal"}, {"zeros", "Zeros"}, {"ones", "Ones"}, {"constant", "Constant"},
    {"uniform", "RandomUniform"}, {"normal", "RandomNormal"}, {"zero", "Zeros"}, {"one", "Ones"},
    {"orthogonal", "Orthogonal"},
};

Version version(Interpreter& in) { return tf::state(in).version; }

// random.randint(1, int(1e9)) on Python's global random, or on [generator]; remembers
// where the seed came from for the weights' provenance.
void draw_seed_for(Interpreter& in, InitializerObj& o, const Value& generator) {
    const Value s = draw_default_seed(in, generator);
    o.drawn_seed = s.small_int();
    o.drawn_from = s.provenance();
    o.drawn_source = generator.is_none() ? "Python's global random" : "the random.Random that tf.keras.utils.set_random_seed made";
}

// The weights' provenance: the stateless op's, plus how Keras chose its seed.
tf::TfValue explain(const InitializerObj& o, tf::TfValue v, Version version) {
    if (!o.drawn_seed || !v.prov) return v;
    auto p = std::make_shared<lang::Provenance>(*v.prov);
    p->library = "keras";
    std::string when = version == Version::V2_16 ? "when it was made" : "at its first call";
    p->rule = o.cls + "() without a seed drew seed " + std::to_string(*o.drawn_seed) + " " + when +
              " with randint(1, 10**9) from " + o.drawn_source + (o.drawn_from && !o.drawn_from->rule.empty() ? " (" + o.drawn_from->rule + ")" : "") +
              "; tf.random.set_seed does not seed it";
    p->from_entropy = o.drawn_from ? o.drawn_from->from_entropy : false;
    v.prov = p;
    return v;
}

// Orthogonal's steps after the sample: q = Q * sign(diag(R)), transposed when the shape is
// wide, times gain (a Python float times the tensor: float32 products for float32 and
// narrower, double products for float64), reshaped.
tf::TfValue orthogonal_from(const tf::TfValue& sample, int64_t rows, int64_t cols, double gain, const tensor::Shape& shape, tensor::DType dtype) {
    const tensor::Tensor a = sample.t.astype(tensor::DType::Float64).contiguous();
    const int64_t m = std::max(rows, cols), n = std::min(rows, cols);
    const std::vector<double> q = normalized_q(std::vector<double>(a.data<double>(), a.data<double>() + m * n), m, n);
    const bool f64 = dtype == tensor::DType::Float64;
    tensor::Tensor t(f64 ? tensor::DType::Float64 : tensor::DType::Float32, shape);
    const float g = static_cast<float>(gain);
    for (int64_t r = 0; r < rows; ++r)
        for (int64_t c = 0; c < cols; ++c) {
            const double v = rows < cols ? q[static_cast<size_t>(c * n + r)] : q[static_cast<size_t>(r * n + c)];
            if (f64)
                t.data<double>()[r * cols + c] = gain * v;
            else
                t.data<float>()[r * cols + c] = g * static_cast<float>(v);
        }
    auto prov = std::make_shared<lang::Provenance>(sample.prov ? *sample.prov : lang::Provenance{});
    prov->rule = "Orthogonal: the Q of the QR of this normal sample" + (prov->rule.empty() ? "" : " (" + prov->rule + ")") +
                 "; not pinned: TF runs Eigen's float32 Householder QR, the playground runs it in double precision and rounds Q, "
                 "so the last digits may differ from TensorFlow's";
    return tf::TfValue{dtype == t.dtype() ? std::move(t) : t.astype(dtype), prov};
}

Value shape_list(const tensor::Shape& shape) {
    std::vector<Value> dims;
    for (int64_t d : shape) dims.push_back(Value::integer(d));
    return lang::make_list(std::move(dims));
}

// fan_in, fan_out as Keras's _compute_fans.
std::pair<double, double> compute_fans(const tensor::Shape& shape) {
    if (shape.empty()) return {1, 1};
    if (shape.size() == 1) return {static_cast<double>(shape[0]), static_cast<double>(shape[0])};
    if (shape.size() == 2) return {static_cast<double>(shape[0]), static_cast<double>(shape[1])};
    double receptive = 1;
    for (size_t i = 0; i + 2 < shape.size(); ++i) receptive *= static_cast<double>(shape[i]);
    return {static_cast<double>(shape[shape.size() - 2]) * receptive, static_cast<double>(shape.back()) * receptive};
}

void set_variance_scaling(InitializerObj& o, double scale, const std::string& mode, const std::string& distribution) {
    o.variance_scaling = true;
    o.scale = scale;
    o.mode = mode;
    o.distribution = distribution;
}

double number(Interpreter& in, const Value& v, const char* what) { return lang::arg_float(in, v, what); }

Value construct(Interpreter& in, const std::string& cls, CallArgs& a) {
    auto o = std::make_shared<InitializerObj>();
    o->cls = cls;
    const Version v = version(in);
    if (cls == "GlorotUniform" || cls == "GlorotNormal" || cls == "HeUniform" || cls == "HeNormal" || cls == "LecunUniform" ||
        cls == "LecunNormal") {
        static const lang::Signature sig("__init__(seed=None)");
        o->seed = sig.bind(a)[0];
        const bool uniform = cls.find("Uniform") != std::string::npos;
        const double scale = cls.rfind("He", 0) == 0 ? 2.0 : 1.0;
        set_variance_scaling(*o, scale, cls.rfind("Glorot", 0) == 0 ? "fan_avg" : "fan_in", uniform ? "uniform" : "truncated_normal");
    } else if (cls == "VarianceScaling") {
        static const lang::Signature sig("__init__(scale=1.0, mode='fan_in', distribution='truncated_normal', seed=None)");
        const std::vector<Value> p = sig.bind(a);
        const double scale = number(in, p[0], "scale");
        if (scale <= 0.0) throw lang::value_error("`scale` must be positive float. Received: scale=" + in.str(p[0]) + ".");
        std::string mode = lang::arg_str(in, p[1], "mode");
        std::string dist = lang::arg_str(in, p[2], "distribution");
        std::transform(mode.begin(), mode.end(), mode.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        std::transform(dist.begin(), dist.end(), dist.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (mode != "fan_in" && mode != "fan_out" && mode != "fan_avg")
            throw lang::value_error("Invalid `mode` argument: " + in.repr(p[1]) + ". Please use one of the ['fan_in', 'fan_out', 'fan_avg']");
        if (dist == "normal") {
            if (v == Version::V2_16) throw lang::unsupported("VarianceScaling(distribution='normal') in Keras 3", in.current_line());
            dist = "truncated_normal";  // Keras 2 reads "normal" as truncated
        }
        if (dist != "uniform" && dist != "truncated_normal" && dist != "untruncated_normal")
            throw lang::value_error("Invalid `distribution` argument: " + in.repr(p[2]) + ".");
        set_variance_scaling(*o, scale, mode, dist);
        o->seed = p[3];
    } else if (cls == "RandomUniform") {
        static const lang::Signature sig("__init__(minval=-0.05, maxval=0.05, seed=None)");
        const std::vector<Value> p = sig.bind(a);
        o->minval = number(in, p[0], "minval");
        o->maxval = number(in, p[1], "maxval");
        o->seed = p[2];
        o->distribution = "uniform";
    } else if (cls == "RandomNormal" || cls == "TruncatedNormal") {
        static const lang::Signature sig("__init__(mean=0.0, stddev=0.05, seed=None)");
        const std::vector<Value> p = sig.bind(a);
        o->mean = number(in, p[0], "mean");
        o->stddev = number(in, p[1], "stddev");
        o->seed = p[2];
        o->distribution = cls == "RandomNormal" ? "untruncated_normal" : "truncated_normal";
    } else if (cls == "Zeros" || cls == "Ones") {
        static const lang::Signature sig("__init__()");
        sig.bind(a);
        o->distribution = "constant";
        o->value = cls == "Ones" ? 1.0 : 0.0;
    } else if (cls == "Orthogonal") {
        static const lang::Signature sig("__init__(gain=1.0, seed=None)");
        const std::vector<Value> p = sig.bind(a);
        o->gain = number(in, p[0], "gain");
        o->seed = p[1];
        o->distribution = "orthogonal";
    } else if (cls == "Constant") {
        static const lang::Signature sig("__init__(value=0)");
        o->value = number(in, sig.bind(a)[0], "value");
        o->distribution = "constant";
    } else {
        throw lang::unsupported("keras.initializers." + cls + " is not supported in the playground", in.current_line());
    }
    if (!o->seed.is_none() && !(o->seed.is_int() || o->seed.is_bool()))
        throw lang::unsupported(cls + "(seed=" + in.repr(o->seed) + "): only int seeds are emulated", in.current_line());
    // Keras 3 draws the seed of an unseeded initializer when it is made.
    if (v == Version::V2_16 && o->seed.is_none() && o->distribution != "constant") draw_seed_for(in, *o, Value::none());
    return Value::object(o);
}

}  // namespace

std::string InitializerObj::type_name() const { return cls; }

bool InitializerObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    if (name == "__class__") { out = initializer_class(cls); return true; }
    if (name == "seed") {
        out = seed;
        if (seed.is_none() && drawn_seed && version(in) == Version::V2_16) out = Value::integer(*drawn_seed);
        return true;
    }
    if (variance_scaling && name == "scale") { out = Value::floating(scale); return true; }
    if (variance_scaling && name == "mode") { out = Value::str(mode); return true; }
    if (variance_scaling && name == "distribution") { out = Value::str(distribution); return true; }
    return false;
}

Value InitializerObj::call(Interpreter& in, CallArgs& args) {
    static const lang::Signature sig("__call__(shape, dtype=None)");
    const std::vector<Value> p = sig.bind(args);
    tensor::Shape shape;
    for (const Value& d : in.to_list(p[0])) shape.push_back(lang::arg_int(in, d, "shape"));
    const tensor::DType dtype = tf::to_tf_dtype(in, p[1], tensor::DType::Float32);
    auto self = std::static_pointer_cast<InitializerObj>(shared_from_this());
    return tf::make_eager(initialize(in, Value::object(self), shape, dtype));
}

tf::TfValue initialize(Interpreter& in, const Value& init, const tensor::Shape& shape, tensor::DType dtype) {
    auto* o = init.as<InitializerObj>();
    const Version v = version(in);
    // The tf functions Keras calls, with their arguments in their signatures' order.
    const Value dtype_v = tf::make_dtype(dtype);
    if (o->distribution == "constant") {
        if (o->cls == "Zeros" || o->cls == "Ones") {  // tf.zeros / tf.ones(shape, dtype)
            const tf::Params p{shape_list(shape), dtype_v, Value::none()};
            return tf::as_eager(o->cls == "Zeros" ? tf::api_zeros(in, p) : tf::api_ones(in, p))->v;
        }
        // tf.constant(value, dtype=dtype, shape=shape)
        return tf::as_eager(tf::api_constant(in, {Value::floating(o->value), dtype_v, shape_list(shape), Value::none()}))->v;
    }
    // Orthogonal draws a standard normal sample of the flattened shape, (rows, cols) turned
    // tall, and takes the Q of its QR.
    tensor::Shape sample_shape = shape;
    int64_t rows = 1, cols = 1;
    if (o->distribution == "orthogonal") {
        if (shape.size() < 2)  // TF 2.4's init_ops_v2 says no more than the first sentence
            throw lang::value_error(v == Version::V2_4 ? std::string("The tensor to initialize must be at least two-dimensional")
                                                      : "The tensor to initialize must be at least two-dimensional. Received: shape=" +
                                                            tf::shape_str(shape) + " of rank " + std::to_string(shape.size()) + ".");
        for (size_t i = 0; i + 1 < shape.size(); ++i) rows *= shape[i];
        cols = shape.back();
        sample_shape = {std::max(rows, cols), std::min(rows, cols)};

    }
    // The distribution's parameters, in Python doubles as Keras computes them.
    double lo = o->minval, hi = o->maxval, mean = o->mean, stddev = o->stddev;
    if (o->distribution == "orthogonal") mean = 0.0, stddev = 1.0;
    if (o->variance_scaling) {
        auto [fan_in, fan_out] = compute_fans(shape);
        double scale = o->scale;
        if (o->mode == "fan_in") scale /= std::max(1.0, fan_in);
        else if (o->mode == "fan_out") scale /= std::max(1.0, fan_out);
        else scale /= std::max(1.0, (fan_in + fan_out) / 2.0);
        mean = 0.0;
        if (o->distribution == "truncated_normal") stddev = math::sqrt(scale) / .87962566103423978;
        else if (o->distribution == "untruncated_normal") stddev = math::sqrt(scale);
        else { hi = math::sqrt(3.0 * scale); lo = -hi; }
    }
    // Which seed, per version.
    std::optional<int64_t> seed;
    if (!o->seed.is_none()) seed = o->seed.small_int();
    else if (v == Version::V2_16) seed = o->drawn_seed;
    else if (v == Version::V2_15) {
        if (!o->drawn_seed) draw_seed_for(in, *o, tf::state(in).keras_seed_generator);
        seed = o->drawn_seed;
    }
    if (seed && v == Version::V2_16) {  // Keras 3's _cast_seed: floormod(seed, 2**31 - 2)
        constexpr int64_t m = 2147483646;
        *seed = ((*seed % m) + m) % m;
    }
    const bool uniform = o->distribution == "uniform";
    const bool truncated = o->distribution == "truncated_normal";
    const Value a = Value::floating(uniform ? lo : mean), b = Value::floating(uniform ? hi : stddev);
    const Value shape_v = shape_list(sample_shape);
    Value t;
    if (seed) {  // tf.random.stateless_*(shape, seed=[seed, 0], a, b, dtype)
        const tf::Params p{shape_v, lang::make_list({Value::integer(*seed), Value::integer(0)}), a, b, dtype_v, Value::none()};
        t = uniform ? tf::api_stateless_uniform(in, p) : truncated ? tf::api_stateless_truncated_normal(in, p) : tf::api_stateless_normal(in, p);
    } else {  // TF 2.4: the stateful tf.random.*(shape, a, b, dtype, seed=None)
        const tf::Params p{shape_v, a, b, dtype_v, Value::none(), Value::none()};
        t = uniform ? tf::api_uniform(in, p) : truncated ? tf::api_truncated_normal(in, p) : tf::api_normal(in, p);
    }
    tf::TfValue out = explain(*o, tf::as_eager(t)->v, v);
    if (o->distribution == "orthogonal") out = orthogonal_from(out, rows, cols, o->gain, shape, dtype);
    return out;
}

Value draw_default_seed(Interpreter& in, const Value& generator) {
    const Value rng = generator.is_none() ? in.import_module("random", in.current_line()) : generator;
    return in.call(in.get_attr(rng, "randint"), std::vector<Value>{Value::integer(1), Value::integer(1000000000)});
}

const char* const* initializer_names() { return kNames; }

Value initializer_class(const std::string& cls) {
    return Value::object(std::make_shared<lang::TypeObj>(cls, [cls](Interpreter& in, CallArgs& a) { return construct(in, cls, a); }));
}

Value get_initializer(Interpreter& in, const Value& spec) {
    if (spec.is_none() || spec.as<InitializerObj>()) return spec;
    if (auto* s = spec.as<lang::StrObj>()) {
        for (const auto& [alias, cls] : kAliases)
            if (s->s == alias || s->s == cls) {
                CallArgs none;
                return construct(in, cls, none);
            }
        if (s->s == "identity" || s->s == "Identity")
            throw lang::unsupported("the " + s->s + " initializer is not supported in the playground", in.current_line());
        throw lang::unsupported("the initializer name '" + s->s + "' is not known to the playground", in.current_line());
    }
    throw lang::unsupported("an initializer given as " + in.type_name(spec), in.current_line());
}

}  // namespace seedlab::libs::keras
