// Keras layers and their weights: Dense, InputLayer (and keras.Input's symbolic input),
// Activation, Dropout, Flatten and BatchNormalization (gamma, beta and the non-trainable
// moving statistics), with Keras's automatic names ("dense", "dense_1",
// ...), building on a known input shape (kernel first, then bias, each from its
// initializer: the order the seeds are drawn in), get/set_weights, and the variables
// (Keras 2's tf.Variable "dense/kernel:0", Keras 3's KerasVariable "kernel").
// What it is not: the forward pass and training (training.cpp's; calling a layer on data
// raises the playground's "not supported" error).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"
#include "libs/keras/keras_random.hpp"
#include "libs/keras/regularizers.hpp"
#include "libs/tensorflow/tf_state.hpp"
#include "tensor/tensor.hpp"

namespace seedlab::libs::keras {

// A layer's weight.
struct VariableObj : lang::Obj {
    tf::TfValue value;
    std::string name;  // Keras 2 "dense/kernel:0"; Keras 3 "kernel"
    bool keras3 = false;
    bool trainable = true;  // false for BatchNormalization's moving statistics
    std::string type_name() const override;
    std::string repr(lang::Interpreter& in) const override;
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;
};

struct LayerObj : lang::Obj {
    std::string cls;   // "Dense", "InputLayer", "Activation", "Dropout", "Flatten", "BatchNormalization"
    std::string name;
    int64_t units = 0;
    std::string activation = "linear";
    bool use_bias = true;
    lang::Value kernel_initializer, bias_initializer;
    std::shared_ptr<RegularizerObj> kernel_regularizer, bias_regularizer;  // may be null
    double rate = 0;
    // Dropout's randomness: Dropout(seed=) as given (TF 2.4's self.seed; Keras 2.15's
    // make_legacy_seed hands out seed, seed + 1, ... one per traced or eager call), and
    // Keras 3's SeedGenerator (made in __init__ when rate > 0).
    std::optional<int64_t> seed;
    std::shared_ptr<SeedGeneratorObj> seed_generator;
    // BatchNormalization: momentum, epsilon and the four initializers (gamma, beta,
    // moving_mean, moving_variance).
    double momentum = 0.99, epsilon = 1e-3;
    lang::Value gamma_initializer, beta_initializer, moving_mean_initializer, moving_variance_initializer;
    std::optional<tensor::Shape> input_shape;   // without the batch dimension, when declared
    std::optional<tensor::Shape> output_shape;  // once built
    bool built = false;
    std::vector<std::shared_ptr<VariableObj>> weights;

    std::string type_name() const override { return cls; }
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;
    lang::Value call(lang::Interpreter& in, lang::CallArgs& args) override;

    // Creates the weights for inputs of [in_shape] (without the batch dimension).
    void build(lang::Interpreter& in, const tensor::Shape& in_shape);
};

// keras.Input(shape=...) and the result of calling a layer on one: a symbolic tensor (what
// Keras calls a KerasTensor). [layer] made it (the InputLayer for keras.Input); [parent]
// is the KerasTensor that layer was called on (none for an input).
struct InputObj : lang::Obj {
    std::shared_ptr<LayerObj> layer;
    std::shared_ptr<InputObj> parent;
    tensor::Shape shape;  // without the batch dimension
    std::string type_name() const override { return "KerasTensor"; }
    std::string repr(lang::Interpreter& in) const override;
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;
};

// The class object of layer [cls] (as keras.layers exports it), and the supported names.
lang::Value layer_class(const std::string& cls);
const char* const* layer_names();
// keras.Input(shape=None, batch_size=None, name=None, dtype=None, ...).
lang::Value make_input(lang::Interpreter& in, lang::CallArgs& args);

// Keras's automatic object names: "dense", then "dense_1", ... per process;
// [zero_based] false starts at 1 ("input_1"). clear_session resets them.
std::string unique_name(lang::Interpreter& in, const std::string& base, bool zero_based = true);
void reset_names(lang::Interpreter& in);

// "GlorotUniform" -> "glorot_uniform", "Dense" -> "dense" (generic_utils.to_snake_case for
// the names the playground has).
std::string snake_case(const std::string& cls);

// count_params() of a layer or model: the weights' sizes, or Keras's ValueError when unbuilt.
lang::Value count_params(const std::string& owner, bool built, const std::vector<std::shared_ptr<VariableObj>>& weights);

// The trainable ones among [weights], in order.
std::vector<std::shared_ptr<VariableObj>> trainable_only(const std::vector<std::shared_ptr<VariableObj>>& weights, bool trainable = true);

// The weights of [layers] as NumPy arrays, and set_weights's assignment with its checks.
lang::Value weights_as_numpy(lang::Interpreter& in, const std::vector<std::shared_ptr<VariableObj>>& weights);
void assign_weights(lang::Interpreter& in, const std::string& owner, const std::vector<std::shared_ptr<VariableObj>>& weights,
                    const lang::Value& values);

}  // namespace seedlab::libs::keras
