// Model.compile / fit / predict / evaluate / __call__ for Sequential models of Dense,
// Activation, Dropout (masks from dropout_rng.hpp), Flatten and BatchNormalization
// (batch_norm.hpp) layers with the
// losses and metrics of losses.hpp and the optimizers of optimizers.hpp, in each version's way: TF 2.4 as spec/keras-fit.md s1 pins it
// (validation split from the end, epoch orders from one RandomShuffle kernel seeded
// (global seed, 0) for the whole fit, the float32 orders of s1.6, History with Keras's
// float32 Mean weighted by batch rows); Keras 2.15 (s4: the same orders, the new Adam,
// Eigen 2023's logistic) and Keras 3 (s5: a new shuffle kernel every epoch). Batches of
// several rows and wide layers run in dense_batch.hpp's fixed order, which TF does not pin
// (the provenance says so; tests/torch checks the math against PyTorch).
// Progress lines at verbose=1/2 come from progress.hpp, EarlyStopping from callbacks.hpp.
// What it is not: other callbacks, sample or class weights, step counts: each raises the
// playground's "not supported" error.
#pragma once

#include "lang/interpreter.hpp"
#include "libs/keras/model.hpp"

namespace seedlab::libs::keras {

lang::Value compile_model(lang::Interpreter& in, SequentialObj& m, lang::CallArgs& args);
lang::Value fit_model(lang::Interpreter& in, SequentialObj& m, lang::CallArgs& args);
lang::Value predict_model(lang::Interpreter& in, SequentialObj& m, lang::CallArgs& args);
lang::Value evaluate_model(lang::Interpreter& in, SequentialObj& m, lang::CallArgs& args);
lang::Value call_model(lang::Interpreter& in, SequentialObj& m, lang::CallArgs& args);

}  // namespace seedlab::libs::keras
