// Keras layers, their names and weights. See layers.hpp.
#include "libs/keras/layers.hpp"

#include <cctype>
#include <map>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/keras/initializers.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/tensorflow/tf_objects.hpp"

namespace seedlab::libs::keras {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;
using tf::Version;

namespace {

constexpr const char* kNames[] = {"Dense", "InputLayer", "Activation", "Dropout", "Flatten", "BatchNormalization", nullptr};

struct NameState {
    std::map<std::string, int64_t> uids;
};

bool keras3(Interpreter& in) { return tf::state(in).version == Version::V2_16; }

tensor::Shape shape_arg(Interpreter& in, const Value& v) {
    tensor::Shape s;
    if (v.is_int()) return {lang::arg_int(in, v, "shape")};
    for (const Value& d : in.to_list(v)) {
        if (d.is_none()) throw lang::unsupported("an input shape with unknown dimensions", in.current_line());
        s.push_back(lang::arg_int(in, d, "shape"));
    }
    return s;
}

// The keyword arguments every layer takes: name, input_shape / input_dim, dtype, trainable.
void common_kwargs(Interpreter& in, LayerObj& layer, CallArgs& a) {
    std::vector<std::pair<std::string, Value>> rest;
    for (auto& [k, v] : a.kw) {
        if (k == "name") layer.name = lang::arg_str(in, v, "name");
        else if (k == "input_shape") layer.input_shape = shape_arg(in, v);
        else if (k == "input_dim") layer.input_shape = tensor::Shape{lang::arg_int(in, v, "input_dim")};
        else if (k == "trainable") { if (!in.truthy(v)) throw lang::unsupported("non-trainable layers", in.current_line()); }
        else if (k == "dtype") { if (!v.is_none() && tf::to_tf_dtype(in, v, tensor::DType::Float32) != tensor::DType::Float32)
                                     throw lang::unsupported("layers with a dtype other than float32", in.current_line()); }
        else rest.emplace_back(k, v);
    }
    a.kw = std::move(rest);
}

std::shared_ptr<LayerObj> construct(Interpreter& in, const std::string& cls, CallArgs& a) {
    auto l = std::make_shared<LayerObj>();
    l->cls = cls;
    common_kwargs(in, *l, a);
    if (cls == "Dense") {
        static const lang::Signature sig(
            "Dense(units, activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros', "
            "kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None)");
        const std::vector<Value> p = sig.bind(a);
        l->units = lang::arg_int(in, p[0], "units");
        if (l->units <= 0)
            throw lang::value_error("Received an invalid value for `units`, expected a positive integer. Received: units=" + in.str(p[0]));
        if (!p[1].is_none()) {
            if (!p[1].as<lang::StrObj>()) throw lang::unsupported("an activation given as " + in.type_name(p[1]), in.current_line());
            l->activation = lang::arg_str(in, p[1], "activation");
        }
        l->use_bias = in.truthy(p[2]);
        l->kernel_regularizer = regularizer_from(in, p[5]);
        l->bias_regularizer = regularizer_from(in, p[6]);
        for (int i = 7; i < 10; ++i)
            if (!p[static_cast<size_t>(i)].is_none())
                throw lang::unsupported("Dense activity regularizers and constraints", in.current_line());
        // Keras 3 draws an unseeded initializer's seed here, kernel first.
        l->kernel_initializer = get_initializer(in, p[3]);
        l->bias_initializer = get_initializer(in, p[4]);
    } else if (cls == "Activation") {
        static const lang::Signature sig("Activation(activation)");
        l->activation = lang::arg_str(in, sig.bind(a)[0], "activation");
    } else if (cls == "Dropout") {
        static const lang::Signature sig("Dropout(rate, noise_shape=None, seed=None)");
        const std::vector<Value> p = sig.bind(a);
        l->rate = lang::arg_float(in, p[0], "rate");
        if (!p[1].is_none()) throw lang::unsupported("Dropout(noise_shape=...)", in.current_line());
        if (!(l->rate >= 0 && l->rate <= 1))
            throw lang::value_error("Invalid value received for argument `rate`. Expected a float value between 0 and 1. Received: rate=" + in.str(p[0]));
        if (!p[2].is_none()) l->seed = lang::arg_int(in, p[2], "seed");
        // Keras 3: Dropout(rate > 0) makes SeedGenerator(seed), which draws
        // random.randint(1, 1e9) from Python's global random when seed is None.
        if (keras3(in) && l->rate > 0) l->seed_generator = make_seed_generator(in, p[2]);
    } else if (cls == "BatchNormalization") {
        static const lang::Signature sig(
            "BatchNormalization(axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True, beta_initializer='zeros', "
            "gamma_initializer='ones', moving_mean_initializer='zeros', moving_variance_initializer='ones', beta_regularizer=None, "
            "gamma_regularizer=None, beta_constraint=None, gamma_constraint=None, renorm=False, renorm_clipping=None, "
            "renorm_momentum=0.99, fused=None, virtual_batch_size=None, adjustment=None, synchronized=False)");
        const std::vector<Value> p = sig.bind(a);
        if (!(p[0].is_int() && (p[0].small_int() == -1))) throw lang::unsupported("BatchNormalization with an axis other than -1", in.current_line());
        l->momentum = lang::arg_float(in, p[1], "momentum");
        l->epsilon = lang::arg_float(in, p[2], "epsilon");
        if (!in.truthy(p[3]) || !in.truthy(p[4])) throw lang::unsupported("BatchNormalization with center=False or scale=False", in.current_line());
        for (int i = 9; i < 20; ++i) {
            const Value& v = p[static_cast<size_t>(i)];
            const bool off = v.is_none() || (v.is_bool() && v.small_int() == 0) || (i == 15 && v.is_number());
            if (!off) throw lang::unsupported("BatchNormalization with regularizers, constraints, renorm, fused, virtual batches or synchronized", in.current_line());
        }
        if (in.truthy(p[16])) throw lang::unsupported("BatchNormalization(fused=True)", in.current_line());
        l->beta_initializer = get_initializer(in, p[5]);
        l->gamma_initializer = get_initializer(in, p[6]);
        l->moving_mean_initializer = get_initializer(in, p[7]);
        l->moving_variance_initializer = get_initializer(in, p[8]);
    } else if (cls == "Flatten") {
        static const lang::Signature sig("Flatten(data_format=None)");
        sig.bind(a);
    } else if (cls == "InputLayer") {
        static const lang::Signature sig2("InputLayer(input_shape=None, batch_size=None, dtype=None)");
        static const lang::Signature sig3("InputLayer(shape=None, batch_size=None, dtype=None)");
        const std::vector<Value> p = (keras3(in) ? sig3 : sig2).bind(a);
        if (!p[0].is_none()) l->input_shape = shape_arg(in, p[0]);
        if (!l->input_shape) throw lang::unsupported("an InputLayer without a shape", in.current_line());
        l->output_shape = l->input_shape;
        l->built = true;
    } else {
        throw lang::unsupported("keras.layers." + cls + " is not supported in the playground", in.current_line());
    }
    if (l->name.empty()) {
        if (cls == "InputLayer") l->name = keras3(in) ? unique_name(in, "input_layer") : unique_name(in, "input", false);
        else l->name = unique_name(in, snake_case(cls));
    }
    return l;
}

Value list_of(const std::vector<std::shared_ptr<VariableObj>>& ws) {
    std::vector<Value> items;
    for (auto& w : ws) items.push_back(Value::object(w));
    return lang::make_list(std::move(items));
}

}  // namespace

std::string snake_case(const std::string& cls) {
    std::string out;
    for (char c : cls) {
        if (std::isupper(static_cast<unsigned char>(c)) && !out.empty()) out += '_';
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

Value count_params(const std::string& owner, bool built, const std::vector<std::shared_ptr<VariableObj>>& weights) {
    if (!built)
        throw lang::value_error("You tried to call `count_params` on layer " + owner +
                                ", but the layer isn't built. You can build it manually via: `" + owner + ".build(batch_input_shape)`.");
    int64_t n = 0;
    for (auto& w : weights) n += w->value.t.size();
    return Value::integer(n);
}

std::string unique_name(Interpreter& in, const std::string& base, bool zero_based) {
    int64_t& n = in.state<NameState>().uids[base];
    const int64_t k = zero_based ? n : n + 1;
    ++n;
    return k == 0 ? base : base + "_" + std::to_string(k);
}

void reset_names(Interpreter& in) { in.state<NameState>().uids.clear(); }

// ---- variables ------------------------------------------------------------------------

std::string VariableObj::type_name() const {
    return keras3 ? "KerasVariable" : "tensorflow.python.ops.resource_variable_ops.ResourceVariable";
}

std::string VariableObj::repr(Interpreter& in) const {
    if (keras3) throw lang::unsupported("printing a Keras 3 variable (its format changed between Keras 3 releases); print v.numpy()", in.current_line());
    std::string text = in.repr(tf::to_numpy(in, value));
    if (text.find('\n') != std::string::npos) text = "\n" + text;
    return "<tf.Variable '" + name + "' shape=" + tf::shape_str(value.t.shape()) + " dtype=" + tf::dtype_name(value.t.dtype()) +
           ", numpy=" + text + ">";
}

bool VariableObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    auto self = std::static_pointer_cast<VariableObj>(shared_from_this());
    if (attr == "numpy") {
        out = lang::make_native("numpy", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("numpy()");
            sig.bind(a);
            return tf::to_numpy(i, self->value);
        });
        return true;
    }
    if (attr == "shape") { out = tf::make_shape(in, value.t.shape()); return true; }
    if (attr == "dtype") { out = keras3 ? Value::str("float32") : tf::make_dtype(value.t.dtype()); return true; }
    if (attr == "name") { out = Value::str(name); return true; }
    if (attr == "trainable") { out = Value::boolean(trainable); return true; }
    return false;
}

// ---- layers ---------------------------------------------------------------------------

void LayerObj::build(Interpreter& in, const tensor::Shape& in_shape) {
    if (built) return;
    const bool k3 = keras3(in);
    auto add_weight = [&](const std::string& wname, const Value& init, const tensor::Shape& shape, bool trainable = true) {
        auto v = std::make_shared<VariableObj>();
        v->keras3 = k3;
        v->trainable = trainable;
        v->name = k3 ? wname : name + "/" + wname + ":0";
        v->value = initialize(in, init, shape, tensor::DType::Float32);
        weights.push_back(v);
    };
    if (cls == "Dense") {
        if (in_shape.empty()) throw lang::value_error("Input 0 of layer \"" + name + "\" is incompatible with the layer: expected min_ndim=2, found ndim=1.");
        const int64_t input_dim = in_shape.back();
        add_weight("kernel", kernel_initializer, {input_dim, units});
        if (auto& emit = in.runtime().on_series) {  // the page's histogram of initial kernels
            std::vector<double> values;
            for (int64_t i = 0; i < weights.back()->value.t.size(); ++i) values.push_back(weights.back()->value.t.get(i).to_double());
            emit(in.current_line(), "initial_weights", std::move(values));
        }
        if (use_bias) add_weight("bias", bias_initializer, {units});
        output_shape = in_shape;
        output_shape->back() = units;
    } else if (cls == "BatchNormalization") {
        if (in_shape.size() != 1) throw lang::unsupported("BatchNormalization on inputs of more than one feature axis", in.current_line());
        const tensor::Shape shape{in_shape.back()};
        // Created gamma, beta, moving_mean, moving_variance (Keras's build order).
        add_weight("gamma", gamma_initializer, shape);
        add_weight("beta", beta_initializer, shape);
        add_weight("moving_mean", moving_mean_initializer, shape, false);
        add_weight("moving_variance", moving_variance_initializer, shape, false);
        output_shape = in_shape;
    } else if (cls == "Flatten") {
        int64_t n = 1;
        for (int64_t d : in_shape) n *= d;
        output_shape = tensor::Shape{n};
    } else {
        output_shape = in_shape;
    }
    built = true;
}

// Calling a layer on a KerasTensor (the functional API) builds it for that input, drawing
// its initial weights now, in call order, and returns the output KerasTensor.
Value LayerObj::call(Interpreter& in, CallArgs& a) {
    static const lang::Signature sig("__call__(inputs, training=None, mask=None)");
    const std::vector<Value> p = sig.bind(a);
    auto* x = p[0].as<InputObj>();
    if (!x) throw lang::unsupported("calling a Keras layer on data (eager layer calls are not emulated); call the model instead", in.current_line());
    if (cls == "InputLayer") throw lang::unsupported("calling an InputLayer", in.current_line());
    if (built) throw lang::unsupported("calling the layer '" + name + "' a second time (shared layers are not emulated)", in.current_line());
    build(in, x->shape);
    auto out = std::make_shared<InputObj>();
    out->layer = std::static_pointer_cast<LayerObj>(shared_from_this());
    out->parent = std::static_pointer_cast<InputObj>(x->shared_from_this());
    out->shape = *output_shape;
    return Value::object(out);
}

bool LayerObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    auto self = std::static_pointer_cast<LayerObj>(shared_from_this());
    if (attr == "__class__") { out = layer_class(cls); return true; }
    if (attr == "name") { out = Value::str(name); return true; }
    if (attr == "built") { out = Value::boolean(built); return true; }
    if (attr == "weights" || attr == "variables") { out = list_of(weights); return true; }
    if (attr == "trainable_weights" || attr == "trainable_variables") { out = list_of(trainable_only(weights)); return true; }
    if (attr == "non_trainable_weights" || attr == "non_trainable_variables") { out = list_of(trainable_only(weights, false)); return true; }
    if (cls == "BatchNormalization") {
        static const char* const kWeights[] = {"gamma", "beta", "moving_mean", "moving_variance"};
        for (size_t i = 0; i < 4; ++i)
            if (attr == kWeights[i]) {
                if (!built) throw lang::runtime_error("AttributeError", "'BatchNormalization' object has no attribute '" + attr + "'");
                out = Value::object(weights[i]);
                return true;
            }
        if (attr == "momentum") { out = Value::floating(momentum); return true; }
        if (attr == "epsilon") { out = Value::floating(epsilon); return true; }
    }
    if (cls == "Dense") {
        if (attr == "units") { out = Value::integer(units); return true; }
        if (attr == "use_bias") { out = Value::boolean(use_bias); return true; }
        if (attr == "kernel_initializer") { out = kernel_initializer; return true; }
        if (attr == "bias_initializer") { out = bias_initializer; return true; }
        if (attr == "kernel" || attr == "bias") {
            const size_t i = attr == "kernel" ? 0 : 1;
            if (!built) throw lang::runtime_error("AttributeError", "'Dense' object has no attribute '" + attr + "'");
            out = i < weights.size() ? Value::object(weights[i]) : Value::none();
            return true;
        }
    }
    if (cls == "Dropout" && attr == "rate") { out = Value::floating(rate); return true; }
    if (attr == "build") {  // layer.build(input_shape): the shape includes the batch dimension
        out = lang::make_native("build", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("build(input_shape)");
            const std::vector<Value> items = i.to_list(sig.bind(a)[0]);
            if (items.empty()) throw lang::unsupported("build() with an empty input shape", i.current_line());
            tensor::Shape shape;
            for (size_t k = 1; k < items.size(); ++k) shape.push_back(lang::arg_int(i, items[k], "input_shape"));
            self->build(i, shape);
            return Value::none();
        });
        return true;
    }
    if (attr == "get_weights") {
        out = lang::make_native("get_weights", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("get_weights()");
            sig.bind(a);
            return weights_as_numpy(i, self->weights);
        });
        return true;
    }
    if (attr == "set_weights") {
        out = lang::make_native("set_weights", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("set_weights(weights)");
            assign_weights(i, self->name, self->weights, sig.bind(a)[0]);
            return Value::none();
        });
        return true;
    }
    if (attr == "count_params") {
        out = lang::make_native("count_params", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("count_params()");
            sig.bind(a);
            (void)i;
            return count_params(self->name, self->built, self->weights);
        });
        return true;
    }
    return false;
}

std::string InputObj::repr(Interpreter& in) const {
    throw lang::unsupported("printing a KerasTensor (keras.Input)", in.current_line());
}

bool InputObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    if (attr == "shape") {
        if (!keras3(in)) throw lang::unsupported("KerasTensor.shape in Keras 2", in.current_line());
        std::vector<Value> dims{Value::none()};
        for (int64_t d : shape) dims.push_back(Value::integer(d));
        out = lang::make_tuple(std::move(dims));
        return true;
    }
    return false;
}

Value make_input(Interpreter& in, CallArgs& a) {
    static const lang::Signature sig("Input(shape=None, batch_size=None, name=None, dtype=None)");
    const std::vector<Value> p = sig.bind(a);
    auto l = std::make_shared<LayerObj>();
    l->cls = "InputLayer";
    if (p[0].is_none()) throw lang::unsupported("keras.Input without a shape", in.current_line());
    l->input_shape = shape_arg(in, p[0]);
    l->output_shape = l->input_shape;
    l->built = true;
    l->name = !p[2].is_none() ? lang::arg_str(in, p[2], "name")
                              : keras3(in) ? unique_name(in, "input_layer") : unique_name(in, "input", false);
    auto x = std::make_shared<InputObj>();
    x->layer = l;
    x->shape = *l->input_shape;
    return Value::object(x);
}

const char* const* layer_names() { return kNames; }

Value layer_class(const std::string& cls) {
    return Value::object(std::make_shared<lang::TypeObj>(cls, [cls](Interpreter& in, CallArgs& a) { return Value::object(construct(in, cls, a)); }));
}

std::vector<std::shared_ptr<VariableObj>> trainable_only(const std::vector<std::shared_ptr<VariableObj>>& weights, bool trainable) {
    std::vector<std::shared_ptr<VariableObj>> out;
    for (auto& w : weights)
        if (w->trainable == trainable) out.push_back(w);
    return out;
}

Value weights_as_numpy(Interpreter& in, const std::vector<std::shared_ptr<VariableObj>>& weights) {
    std::vector<Value> arrays;
    for (auto& w : weights) arrays.push_back(tf::to_numpy(in, w->value));
    return lang::make_list(std::move(arrays));
}

void assign_weights(Interpreter& in, const std::string& owner, const std::vector<std::shared_ptr<VariableObj>>& weights,
                    const Value& values) {
    const std::vector<Value> items = in.to_list(values);
    if (items.size() != weights.size())
        throw lang::value_error("You called `set_weights(weights)` on layer \"" + owner + "\" with a weight list of length " +
                                std::to_string(items.size()) + ", but the layer was expecting " + std::to_string(weights.size()) +
                                " weights.");
    std::vector<tensor::Tensor> converted;
    for (size_t i = 0; i < items.size(); ++i) {
        tensor::Tensor t = numpy::to_tensor(in, items[i], tensor::DType::Float32).copy();
        if (t.shape() != weights[i]->value.t.shape())
            throw lang::value_error("Layer weight shape " + tf::shape_str(weights[i]->value.t.shape()) +
                                    " not compatible with provided weight shape " + tf::shape_str(t.shape()));
        converted.push_back(std::move(t));
    }
    for (size_t i = 0; i < items.size(); ++i) weights[i]->value = tf::TfValue{std::move(converted[i]), nullptr};
}

}  // namespace seedlab::libs::keras
