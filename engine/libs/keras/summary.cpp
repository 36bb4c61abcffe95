// Keras 2's summary table of Sequential and linear functional models. See summary.hpp. The row layout follows
// keras/utils/layer_utils.py print_summary: TF 2.4 (keras-team/keras 4fd825ddf9) and
// Keras 2.15 (v2.15.0).
#include "libs/keras/summary.hpp"

#include <algorithm>
#include <cstdio>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/tensorflow/tf_state.hpp"

namespace seedlab::libs::keras {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

namespace {


// TF 2.4's print_row: each field appended, the line cut at the column's end and padded.
std::vector<std::string> row_v24(const std::vector<std::string>& fields, const std::vector<int64_t>& positions) {
    std::string line;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) line = line.substr(0, line.size() - 1) + " ";
        line += fields[i];
        line = line.substr(0, static_cast<size_t>(positions[i]));
        line += std::string(static_cast<size_t>(positions[i]) - line.size(), ' ');
    }
    return {line};
}

// Keras 2.15's print_row: fields wrapped onto as many lines as they need.
std::vector<std::string> row_v215(std::vector<std::string> left, const std::vector<int64_t>& positions) {
    std::vector<std::string> lines;
    auto any_left = [&] { return std::any_of(left.begin(), left.end(), [](const std::string& s) { return !s.empty(); }); };
    while (any_left()) {
        std::string line;
        for (size_t col = 0; col < left.size(); ++col) {
            const int64_t start = col > 0 ? positions[col - 1] : 0, end = positions[col];
            const bool last = col == positions.size() - 1;
            const int64_t space = last ? 0 : 2;
            int64_t cutoff = end - start - space - (last ? 0 : 1);
            std::string fit = left[col].substr(0, static_cast<size_t>(std::max<int64_t>(cutoff, 0)));
            int64_t best = -1;
            for (const char* brk : {"),", "},", "],", "',"}) {
                const size_t at = fit.find(brk);
                if (at != std::string::npos) {
                    const int64_t c = static_cast<int64_t>(at + 2);
                    best = best < 0 ? c : std::min(best, c);
                }
            }
            if (best >= 0) {
                cutoff = best;
                fit = fit.substr(0, static_cast<size_t>(cutoff));
            }
            if (col == 0) line += " ";
            line += fit;
            line += std::string(static_cast<size_t>(space), ' ');
            left[col] = static_cast<int64_t>(left[col].size()) > cutoff ? left[col].substr(static_cast<size_t>(std::max<int64_t>(cutoff, 0))) : "";
            if (static_cast<int64_t>(line.size()) < end) line += std::string(static_cast<size_t>(end) - line.size(), ' ');
        }
        lines.push_back(line);
    }
    return lines;
}

}  // namespace

std::string shape_text(const tensor::Shape& shape) {
    std::string s = "(None";
    for (int64_t d : shape) s += ", " + std::to_string(d);
    return s + ")";
}

std::string thousands(int64_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string readable_memory_size(double bytes, const char* byte_unit) {
    const char* units[] = {byte_unit, "KB", "MB", "GB", "TB", "PB"};
    for (const char* unit : units) {
        if (bytes / 1024 < 1) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.2f %s", bytes, unit);
            return buf;
        }
        bytes /= 1024;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f PB", bytes);
    return buf;
}

Value summary_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    const tf::Version v = tf::state(in).version;
    static const lang::Signature sig3("summary(line_length=None, positions=None, print_fn=None, expand_nested=False, show_trainable=False, layer_range=None)");
    if (v == tf::Version::V2_16) {
        keras3_summary(in, m, sig3.bind(a));
        return Value::none();
    }
    static const lang::Signature sig24("summary(line_length=None, positions=None, print_fn=None)");
    static const lang::Signature sig215("summary(line_length=None, positions=None, print_fn=None, expand_nested=False, show_trainable=False, layer_range=None)");
    const std::vector<Value> p = (v == tf::Version::V2_4 ? sig24 : sig215).bind(a);
    if (p.size() > 3 && (in.truthy(p[3]) || in.truthy(p[4]) || !p[5].is_none()))
        throw lang::unsupported("summary() with expand_nested, show_trainable or layer_range", in.current_line());
    if (!m.built) {
        throw lang::value_error(v == tf::Version::V2_4
                                    ? "This model has not yet been built. Build the model first by calling `build()` or calling `fit()` with some data, "
                                      "or specify an `input_shape` argument in the first layer(s) for automatic build."
                                    : "This model has not yet been built. Build the model first by calling `build()` or by calling the model on a batch of data.");
    }
    const int64_t line_length = p[0].is_none() ? 65 : lang::arg_int(in, p[0], "line_length");
    std::vector<double> fractions = {0.45, 0.85, 1.0};
    if (!p[1].is_none()) {
        fractions.clear();
        for (const Value& f : in.to_list(p[1])) fractions.push_back(lang::arg_float(in, f, "positions"));
        if (fractions.size() != 3) throw lang::unsupported("summary(positions=...) with other than three columns", in.current_line());
    }
    std::vector<int64_t> positions;
    for (double f : fractions) positions.push_back(fractions.back() <= 1 ? static_cast<int64_t>(static_cast<double>(line_length) * f) : static_cast<int64_t>(f));

    std::vector<std::string> lines;
    auto row = [&](const std::vector<std::string>& fields) {
        for (auto& l : v == tf::Version::V2_4 ? row_v24(fields, positions) : row_v215(fields, positions)) lines.push_back(l);
    };
    const std::string rule(static_cast<size_t>(line_length), '_'), dbl(static_cast<size_t>(line_length), '=');
    lines.push_back("Model: \"" + m.name + "\"");
    lines.push_back(rule);
    row({"Layer (type)", "Output Shape", "Param #"});
    lines.push_back(dbl);
    int64_t total = 0, trainable = 0;
    // A functional model lists its InputLayer first; its output shape prints as a list
    // (an input node's output_shapes is not unpacked).
    std::vector<std::shared_ptr<LayerObj>> layers = m.layers;
    if (m.input_layer) layers.insert(layers.begin(), m.input_layer);
    for (size_t i = 0; i < layers.size(); ++i) {
        const LayerObj& l = *layers[i];
        int64_t params = 0;
        for (auto& w : l.weights) {
            params += w->value.t.size();
            if (w->trainable) trainable += w->value.t.size();
        }
        total += params;
        std::string shape = l.output_shape ? shape_text(*l.output_shape) : "multiple";
        if (l.cls == "InputLayer") shape = "[" + shape + "]";
        row({l.name + " (" + l.cls + ")", shape, std::to_string(params)});
        if (v == tf::Version::V2_4) lines.push_back(i + 1 == layers.size() ? dbl : rule);
        else lines.push_back(std::string(static_cast<size_t>(line_length), ' '));
    }
    if (v == tf::Version::V2_4) {
        if (layers.empty()) lines.push_back(dbl);
        lines.push_back("Total params: " + thousands(total));
        lines.push_back("Trainable params: " + thousands(trainable));
        lines.push_back("Non-trainable params: " + thousands(total - trainable));
    } else {
        lines.push_back(dbl);
        auto count = [](int64_t n) { return std::to_string(n) + " (" + readable_memory_size(static_cast<double>(n) * 4, "Byte") + ")"; };
        lines.push_back("Total params: " + count(total));
        lines.push_back("Trainable params: " + count(trainable));
        lines.push_back("Non-trainable params: " + count(total - trainable));
    }
    lines.push_back(rule);
    for (auto& l : lines) {
        if (!p[2].is_none()) {
            in.call(p[2], std::vector<Value>{Value::str(l)});
            continue;
        }
        lang::TextOut out;
        out.append(l + "\n");
        in.emit_print(std::move(out));
    }
    return Value::none();
}

}  // namespace seedlab::libs::keras
