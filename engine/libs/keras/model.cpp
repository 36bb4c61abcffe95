// keras.Sequential. See model.hpp.
#include "libs/keras/model.hpp"

#include <memory>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "libs/keras/layers.hpp"
#include "libs/keras/summary.hpp"
#include "libs/keras/training.hpp"
#include "libs/tensorflow/tf_state.hpp"

namespace seedlab::libs::keras {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

std::vector<std::shared_ptr<VariableObj>> SequentialObj::weights() const {
    std::vector<std::shared_ptr<VariableObj>> out;
    for (auto& l : layers) out.insert(out.end(), l->weights.begin(), l->weights.end());
    return out;
}

void SequentialObj::build_all(Interpreter& in) {
    tensor::Shape shape = *input_shape;
    for (auto& l : layers) {
        l->build(in, shape);
        shape = *l->output_shape;
    }
    built = true;
}

void SequentialObj::add(Interpreter& in, const Value& v) {
    if (auto* x = v.as<InputObj>()) {
        if (!layers.empty() || input_shape) throw lang::unsupported("keras.Input after the first layer", in.current_line());
        input_shape = x->layer->input_shape;
        return;
    }
    auto* l = v.as<LayerObj>();
    if (!l) throw lang::type_error("The added layer must be an instance of class Layer. Received: layer=" + in.repr(v) + " of type " + in.type_name(v) + ".");
    auto layer = std::static_pointer_cast<LayerObj>(l->shared_from_this());
    if (layer->cls == "InputLayer") {
        if (!layers.empty() || input_shape) throw lang::unsupported("an InputLayer after the first layer", in.current_line());
        input_shape = layer->input_shape;
        return;
    }
    if (layers.empty() && !input_shape && layer->input_shape) input_shape = layer->input_shape;
    layers.push_back(layer);
    if (input_shape) build_all(in);
}

Value SequentialObj::call(Interpreter& in, CallArgs& args) { return call_model(in, *this, args); }

namespace {

Value method(const std::shared_ptr<SequentialObj>& self, const std::string& name,
             std::function<Value(Interpreter&, SequentialObj&, const std::vector<Value>&)> fn, const char* signature) {
    auto sig = std::make_shared<lang::Signature>(signature);
    return lang::make_native(name, [self, fn, sig](Interpreter& in, CallArgs& a) { return fn(in, *self, sig->bind(a)); });
}

}  // namespace

bool SequentialObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    auto self = std::static_pointer_cast<SequentialObj>(shared_from_this());
    if (attr == "name") { out = Value::str(name); return true; }
    if (attr == "built") { out = Value::boolean(built); return true; }
    if (attr == "layers") {
        std::vector<Value> items;
        if (input_layer) items.push_back(Value::object(input_layer));
        for (auto& l : layers) items.push_back(Value::object(l));
        out = lang::make_list(std::move(items));
        return true;
    }
    // Keras's Model.weights goes layer by layer, each layer's trainable weights first.
    if (attr == "weights" || attr == "variables" || attr == "trainable_weights" || attr == "trainable_variables" ||
        attr == "non_trainable_weights" || attr == "non_trainable_variables") {
        std::vector<std::shared_ptr<VariableObj>> ws = weights();
        if (attr.find("trainable") != std::string::npos) ws = trainable_only(ws, attr.rfind("trainable", 0) == 0);
        std::vector<Value> items;
        for (auto& w : ws) items.push_back(Value::object(w));
        out = lang::make_list(std::move(items));
        return true;
    }
    if (attr == "add") {
        out = method(self, "add", [](Interpreter& i, SequentialObj& m, const std::vector<Value>& p) {
            m.add(i, p[0]);
            return Value::none();
        }, "add(layer)");
        return true;
    }
    if (attr == "build") {
        out = method(self, "build", [](Interpreter& i, SequentialObj& m, const std::vector<Value>& p) {
            if (p[0].is_none()) {
                if (!m.input_shape) throw lang::value_error("You must provide an `input_shape` argument.");
            } else {
                std::vector<Value> dims = i.to_list(p[0]);
                if (dims.size() < 2) throw lang::unsupported("build() with an input shape without a batch dimension", i.current_line());
                tensor::Shape shape;
                for (size_t k = 1; k < dims.size(); ++k) {
                    if (dims[k].is_none()) throw lang::unsupported("an input shape with unknown dimensions", i.current_line());
                    shape.push_back(lang::arg_int(i, dims[k], "input_shape"));
                }
                if (!m.input_shape) m.input_shape = shape;
            }
            m.build_all(i);
            return Value::none();
        }, "build(input_shape=None)");
        return true;
    }
    if (attr == "get_weights") {
        out = method(self, "get_weights", [](Interpreter& i, SequentialObj& m, const std::vector<Value>&) {
            return weights_as_numpy(i, m.weights());
        }, "get_weights()");
        return true;
    }
    if (attr == "set_weights") {
        out = method(self, "set_weights", [](Interpreter& i, SequentialObj& m, const std::vector<Value>& p) {
            assign_weights(i, m.name, m.weights(), p[0]);
            return Value::none();
        }, "set_weights(weights)");
        return true;
    }
    if (attr == "count_params") {
        out = method(self, "count_params", [](Interpreter& i, SequentialObj& m, const std::vector<Value>&) {
            (void)i;
            return count_params(m.name, m.built, m.weights());
        }, "count_params()");
        return true;
    }
    if (attr == "get_layer") {
        out = method(self, "get_layer", [](Interpreter& i, SequentialObj& m, const std::vector<Value>& p) {
            if (!p[1].is_none()) {
                const int64_t k = lang::arg_int(i, p[1], "index");
                if (k < 0 || k >= static_cast<int64_t>(m.layers.size()))
                    throw lang::value_error("Was asked to retrieve layer at index " + std::to_string(k) + " but model only has " +
                                            std::to_string(m.layers.size()) + " layers.");
                return Value::object(m.layers[static_cast<size_t>(k)]);
            }
            const std::string want = lang::arg_str(i, p[0], "name");
            for (auto& l : m.layers)
                if (l->name == want) return Value::object(l);
            throw lang::value_error("No such layer: " + want + ".");
        }, "get_layer(name=None, index=None)");
        return true;
    }
    if (attr == "compile" || attr == "fit" || attr == "predict" || attr == "evaluate" || attr == "summary") {
        out = lang::make_native(attr, [self, attr](Interpreter& i, CallArgs& a) {
            if (attr == "summary") return summary_model(i, *self, a);
            if (attr == "compile") return compile_model(i, *self, a);
            if (attr == "fit") return fit_model(i, *self, a);
            if (attr == "predict") return predict_model(i, *self, a);
            return evaluate_model(i, *self, a);
        });
        return true;
    }
    for (const char* n : {"save", "predict_on_batch", "train_on_batch", "test_on_batch", "save_weights", "load_weights"})
        if (attr == n) throw lang::unsupported("Model." + attr + " is not emulated yet", in.current_line());
    return false;
}

Value sequential_class() {
    return Value::object(std::make_shared<lang::TypeObj>("Sequential", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("Sequential(layers=None, name=None)");
        const std::vector<Value> p = sig.bind(a);
        auto m = std::make_shared<SequentialObj>();
        m->name = p[1].is_none() ? unique_name(in, "sequential") : lang::arg_str(in, p[1], "name");
        if (!p[0].is_none())
            for (const Value& l : in.to_list(p[0])) m->add(in, l);
        return Value::object(m);
    }));
}

Value model_class() {
    return Value::object(std::make_shared<lang::TypeObj>("Model", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("Model(inputs=None, outputs=None, name=None, trainable=True)");
        const std::vector<Value> p = sig.bind(a);
        if (p[0].is_none() || p[1].is_none())
            throw lang::unsupported("keras.Model without inputs and outputs (subclassed models are not emulated)", in.current_line());
        auto single = [&](const Value& v, const char* what) -> std::shared_ptr<InputObj> {
            Value one = v;
            if (v.as<lang::ListObj>() || v.as<lang::TupleObj>()) {
                const std::vector<Value> items = in.to_list(v);
                if (items.size() != 1) throw lang::unsupported(std::string("a model with several ") + what, in.current_line());
                one = items[0];
            }
            auto* x = one.as<InputObj>();
            if (!x) throw lang::type_error(std::string("Model ") + what + " must be KerasTensors (from keras.Input and layer calls)");
            return std::static_pointer_cast<InputObj>(x->shared_from_this());
        };
        const auto input = single(p[0], "inputs");
        const auto output = single(p[1], "outputs");
        if (input->parent || input->layer->cls != "InputLayer") throw lang::unsupported("model inputs that are not keras.Input tensors", in.current_line());
        auto m = std::make_shared<SequentialObj>();
        for (auto t = output; t != input; t = t->parent) {
            if (!t->parent) throw lang::value_error("The outputs of the model are not connected to its inputs.");
            m->layers.insert(m->layers.begin(), t->layer);
        }
        m->input_layer = input->layer;
        m->input_shape = input->shape;
        m->built = true;
        const bool k3 = tf::state(in).version == tf::Version::V2_16;
        // Keras 2's Functional names itself "model"; in Keras 3.0-3.3 (TF 2.16's), Model.__new__
        // returns a Functional that Python then initialises a second time, so auto_name runs
        // twice and the first model is "functional_1".
        if (k3 && p[2].is_none()) unique_name(in, "functional");
        m->name = p[2].is_none() ? unique_name(in, k3 ? "functional" : "model") : lang::arg_str(in, p[2], "name");
        return Value::object(m);
    }));
}

}  // namespace seedlab::libs::keras
