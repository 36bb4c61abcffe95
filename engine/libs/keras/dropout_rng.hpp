// Where the Dropout layers of a model get their randomness while it trains, per version,
// and the keep/scale arithmetic they apply (spec/tf-random.md s7.2, tests/tf/NOTES.md):
//  * TF 2.4 and Keras 2.15: Dropout runs tf.nn.dropout, a stateful RandomUniform op in
//    Model.train_function. That tf.function takes the data iterator, so it is traced once
//    (batch dimension None) on the first train step; each Dropout's op seeds come from
//    get_seed in that function graph (its seed is the global seed at trace time; unseeded
//    ops take the graph's op counter 0, 1, ... in layer order), and its kernel keeps
//    running across steps, epochs and later fit() calls until compile() makes a new
//    train function, or tf.random.set_seed clears the context's caches (which releases the
//    function's kernels: they start again from the traced seeds). Keras 2.15's
//    make_legacy_seed hands out seed, seed + 1, ... per trace.
//  * Keras 3: each Dropout's SeedGenerator hands out [seed, step] once per train step, and
//    the mask comes from tf.nn.experimental.stateless_dropout's stateless uniform.
//  * Calling a model with training=True outside fit() runs the layers eagerly: the eager
//    tf.nn.dropout (TF 2.4, Keras 2.15) or the next SeedGenerator seed (Keras 3).
// What it is not: noise_shape, or dropout in evaluate/predict (training=False: identity).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"
#include "libs/keras/dense_batch.hpp"
#include "libs/keras/layers.hpp"
#include "libs/tensorflow/tf_state.hpp"

namespace seedlab::libs::keras {

// Model.train_function's Dropout kernels (TF 2.4 and Keras 2.15): one per Dropout layer, in
// layer order, made when the function is traced.
struct TrainFunctionRng {
    std::vector<std::shared_ptr<LayerObj>> layers;
    std::vector<tf::OpSeeds> seeds;
    std::vector<tf::Kernel> kernels;
    uint64_t cache_clears = 0;  // tf::TfState::cache_clears when the kernels were made
};

// The uniform floats a training Dropout layer compares with its rate, and where they came from.
struct DropoutDraw {
    std::vector<float> uniform;  // rows * cols, row-major
    std::string rule;            // for the trained weights' provenance
    bool from_entropy = false;
};

// Whether a training-mode Dropout draws at all: Keras 2.15 and 3 return the inputs for
// rate 0; TF 2.4's layer still calls tf.nn.dropout (and takes an op seed).
bool dropout_draws(lang::Interpreter& in, const LayerObj& layer);

// The draw of [layer] for one training step on [rows] x [cols] inputs inside fit():
// [fn] holds the train function's kernels (traced on first use; reset it on compile()).
DropoutDraw train_step_draw(lang::Interpreter& in, std::shared_ptr<TrainFunctionRng>& fn,
                            const std::vector<std::shared_ptr<LayerObj>>& layers, LayerObj& layer, int64_t rows, int64_t cols);

// A Dropout layer in a training pass over [x] with the uniforms [u] (one per element):
// keep where u >= float32(rate), kept values times float32(1 / (1 - rate)). TF 2.4 computes
// (x * scale) * cast(keep), so dropped values keep x's sign (-0); TF >= 2.11 uses
// where(keep, x * scale, 0). [keep] receives the decisions for the backward pass.
Mat dropout_forward(const Mat& x, const std::vector<float>& u, double rate, bool where_form, std::vector<uint8_t>& keep);
// The gradient through it: TF 2.4 (g * cast(keep)) * scale; TF >= 2.11 where(keep, g, 0) * scale.
Mat dropout_backward(const Mat& g, const std::vector<uint8_t>& keep, double rate, bool where_form);

// The float32 uniforms of tf.random.stateless_uniform([shape], seed=[seed_pair]) (what
// tf.nn.experimental.stateless_dropout compares with the rate), contiguous.
tf::TfValue stateless_uniforms(lang::Interpreter& in, const lang::Value& seed_pair, const tensor::Shape& shape);

// Dropout applied eagerly (model(x, training=True)): the output of [layer] on [x].
Mat eager_dropout(lang::Interpreter& in, LayerObj& layer, const Mat& x);

}  // namespace seedlab::libs::keras
