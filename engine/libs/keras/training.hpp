// Model.compile / fit / predict / evaluate / __call__ for what TF 2.4 pins down bit for
// bit (spec/keras-fit.md s1): Sequential Dense models (linear/relu/sigmoid, layers narrow
// enough for the scalar GEMV paths), mean squared error, Adam, one sample per batch, the
// validation split taken from the end, epoch orders from the persistent RandomShuffle
// kernel seeded (global seed, 0), and History.history with Keras's float32 Mean metric.
// What it is not: other versions (Keras 2.15 and 3 change constants and data order, s4-s5),
// batches of several rows, metrics, callbacks, progress output (verbose=1/2 prints
// timings): each raises the playground's "not supported" error saying what to change.
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
