// keras.Sequential: layers added in order (a list, .add, a keras.Input or an
// input_shape= first), built as soon as the input shape is known or by build(), with
// get_weights/set_weights, weights, count_params, layers and get_layer; compile, fit,
// predict and evaluate are training.cpp's, summary() is summary.cpp's.
// keras.Model(inputs, outputs) takes a linear chain of layers called on keras.Input.
// What it is not: branching or shared-layer functional graphs, subclassed models (they
// raise the playground's "not supported" error).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"
#include "libs/keras/dropout_rng.hpp"
#include "libs/keras/layers.hpp"
#include "libs/keras/losses.hpp"
#include "libs/keras/optimizers.hpp"

namespace seedlab::libs::keras {

// A Sequential model, or a functional keras.Model over a linear chain of layers (which
// trains and predicts the same way; its .layers start with the InputLayer).
struct SequentialObj : lang::Obj {
    std::string name;
    std::vector<std::shared_ptr<LayerObj>> layers;  // without the input layer
    std::shared_ptr<LayerObj> input_layer;           // a functional model's InputLayer
    std::optional<tensor::Shape> input_shape;         // without the batch dimension
    bool built = false;
    std::shared_ptr<OptimizerObj> optimizer;          // set by compile()
    Loss loss;                                        // set by compile()
    std::vector<Metric> metrics;
    bool metrics_built = false;  // compile()'s loss and metrics have run a train or test step
    std::shared_ptr<TrainFunctionRng> train_rng;      // the train function's Dropout kernels (reset by compile())

    std::string type_name() const override { return input_layer ? "Functional" : "Sequential"; }
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;
    lang::Value call(lang::Interpreter& in, lang::CallArgs& args) override;

    std::vector<std::shared_ptr<VariableObj>> weights() const;
    // Builds every layer in order from the input shape (the order seeds are drawn in).
    void build_all(lang::Interpreter& in);
    void add(lang::Interpreter& in, const lang::Value& v);
};

// The class objects keras.Sequential and keras.Model (also under keras.models).
lang::Value sequential_class();
lang::Value model_class();

}  // namespace seedlab::libs::keras
