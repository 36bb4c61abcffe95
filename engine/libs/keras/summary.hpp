// Model.summary() as Keras 2 prints it for a Sequential model: TF 2.4's
// layer_utils.print_summary (65 columns, fields cut at their column, a "_" rule between
// layers, "Total params: 1,234") and Keras 2.15's (a leading space, fields wrapped onto
// continuation lines at "),"-style breaks, a blank spacer row after each layer, and the
// weights' memory size: "Total params: 21 (84.00 Byte)"). Each line is one print.
// Keras 3's table, drawn by rich, is summary_keras3.cpp's. Functional models (linear
// chains) list their InputLayer first.
// What it is not: expand_nested / show_trainable / layer_range.
#pragma once

#include "lang/interpreter.hpp"
#include "libs/keras/model.hpp"

namespace seedlab::libs::keras {

lang::Value summary_model(lang::Interpreter& in, SequentialObj& m, lang::CallArgs& args);
// str() of a shape with a None batch dimension ("(None, 3)"), "{:,}".format(n), and Keras's readable_memory_size ("Byte" in Keras 2, "B" in Keras 3).
std::string shape_text(const tensor::Shape& shape);
std::string thousands(int64_t n);
std::string readable_memory_size(double bytes, const char* byte_unit);
// Keras 3's summary with the bound arguments (line_length, positions, print_fn,
// expand_nested, show_trainable, layer_range).
void keras3_summary(lang::Interpreter& in, const SequentialObj& m, const std::vector<lang::Value>& args);

}  // namespace seedlab::libs::keras
