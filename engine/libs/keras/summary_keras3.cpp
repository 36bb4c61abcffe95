// Keras 3's Model.summary() (keras/src/utils/summary_utils.py, the layout of v3.0.5-v3.3.3):
// a table drawn by the rich library as a script's piped output shows it (an 80-column
// console, no colours): the table is min(88, 80 - 4) columns wide unless line_length says
// otherwise, its columns' widths come from the positions and are shrunk by rich's
// ratio_reduce until padding and borders fit, each cell's words are wrapped greedily and a
// word too long for its cell ends in "…"; rows are separated by rules (show_lines). Below
// it, the totals with their memory sizes, and the optimizer's variables once it has
// stepped. Checked against Keras's own print_summary (tests/tf/reference/
// keras3_summary_reference.py).
// What it is not: the "Connected to" column of branching models, expand_nested,
// show_trainable, layer_range, colours of a terminal.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "lang/strings.hpp"
#include "libs/keras/summary.hpp"

namespace seedlab::libs::keras {

using lang::Interpreter;
using lang::Value;

namespace {

constexpr int64_t kConsoleWidth = 80;

// Code points in a UTF-8 string (every character here is one cell wide).
int64_t cells(const std::string& s) { return static_cast<int64_t>(lang::utf8_length(s)); }

// The first [n] code points of [s].
std::string first_cells(const std::string& s, int64_t n) {
    std::string out;
    const std::vector<uint32_t> cps = lang::utf8_decode(s);
    for (size_t i = 0; i < cps.size() && static_cast<int64_t>(i) < n; ++i) lang::utf8_append(out, cps[i]);
    return out;
}

std::string repeat(const std::string& s, int64_t n) {
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += s;
    return out;
}

// rich's divide_line (no folding), then each line cut to [width] with an ellipsis.
std::vector<std::string> wrap(const std::string& text, int64_t width) {
    std::vector<std::string> words;  // each with its trailing space
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find(' ', start);
        end = end == std::string::npos ? text.size() : end + 1;
        while (end < text.size() && text[end] == ' ') ++end;
        words.push_back(text.substr(start, end - start));
        start = end;
    }
    std::vector<std::string> lines{""};
    int64_t position = 0;
    for (const std::string& word : words) {
        std::string bare = word;
        while (!bare.empty() && bare.back() == ' ') bare.pop_back();
        const int64_t length = cells(bare);
        if (width - position >= length) {
            lines.back() += word;
            position += cells(word);
        } else {
            if (!lines.back().empty()) lines.emplace_back();
            lines.back() += word;
            position = cells(word);
        }
    }
    for (std::string& line : lines) {
        while (!line.empty() && line.back() == ' ') line.pop_back();
        if (cells(line) > width) line = first_cells(line, width - 1) + "…";
    }
    return lines;
}

// rich's ratio_reduce(total, [1] * n, values, values).
std::vector<int64_t> ratio_reduce(int64_t total, std::vector<int64_t> values) {
    int64_t remaining = total, ratio_left = static_cast<int64_t>(values.size());
    for (int64_t& v : values) {
        const double share = static_cast<double>(remaining) / static_cast<double>(ratio_left);
        const auto distributed = std::min(v, static_cast<int64_t>(std::nearbyint(share)));  // round() halves to even
        v -= distributed;
        remaining -= distributed;
        --ratio_left;
    }
    return values;
}

struct Row {
    std::vector<std::string> fields;
};

}  // namespace

void keras3_summary(Interpreter& in, const SequentialObj& m, const std::vector<Value>& p) {
    if (in.truthy(p[3]) || in.truthy(p[4]) || !p[5].is_none())
        throw lang::unsupported("summary() with expand_nested, show_trainable or layer_range", in.current_line());
    const int64_t line_length = p[0].is_none() ? std::min<int64_t>(88, kConsoleWidth - 4) : lang::arg_int(in, p[0], "line_length");
    std::vector<double> positions = {0.45, 0.80, 1.0};
    if (!p[1].is_none()) {
        positions.clear();
        for (const Value& f : in.to_list(p[1])) positions.push_back(lang::arg_float(in, f, "positions"));
        if (positions.size() != 3 || positions.back() != 1.0)
            throw lang::unsupported("summary(positions=...) other than three relative positions ending at 1.0", in.current_line());
    }
    std::vector<int64_t> widths;
    int64_t current = 0;
    for (double pos : positions) {
        const int64_t w = static_cast<int64_t>(pos * static_cast<double>(line_length)) - current;
        if (w < 4) throw lang::value_error("Insufficient console width to print summary.");
        widths.push_back(w + 2);  // rich adds the cell padding to a fixed width
        current += w;
    }
    int64_t total_width = 0;
    for (int64_t w : widths) total_width += w;
    const int64_t room = line_length - static_cast<int64_t>(widths.size()) - 1;  // inside the borders
    if (total_width > room) widths = ratio_reduce(total_width - room, widths);
    for (int64_t& w : widths) w -= 2;

    // The rows: layers (a functional model's InputLayer first), shapes and parameter counts.
    std::vector<Row> rows;
    std::vector<std::shared_ptr<LayerObj>> layers = m.layers;
    if (m.input_layer) layers.insert(layers.begin(), m.input_layer);
    int64_t trainable = 0, non_trainable = 0;
    for (auto& l : layers) {
        std::string shape = "?", params = "0 (unbuilt)";
        if (l->built || l->cls == "InputLayer") {
            shape = shape_text(*l->output_shape);
            int64_t n = 0;
            for (auto& w : l->weights) {
                n += w->value.t.size();
                (w->trainable ? trainable : non_trainable) += w->value.t.size();
            }
            params = thousands(n);
        }
        rows.push_back({{l->name + " (" + l->cls + ")", shape, params}});
    }

    std::vector<std::string> lines;
    auto rule = [&](const char* left, const char* fill, const char* mid, const char* right) {
        std::string s = left;
        for (size_t c = 0; c < widths.size(); ++c) s += repeat(fill, widths[c] + 2) + (c + 1 < widths.size() ? mid : right);
        lines.push_back(s);
    };
    auto table_row = [&](const std::vector<std::string>& fields, const char* bar) {
        std::vector<std::vector<std::string>> wrapped;
        size_t height = 1;
        for (size_t c = 0; c < fields.size(); ++c) {
            wrapped.push_back(wrap(fields[c], widths[c]));
            height = std::max(height, wrapped.back().size());
        }
        for (size_t r = 0; r < height; ++r) {
            std::string s = bar;
            for (size_t c = 0; c < fields.size(); ++c) {
                const std::string text = r < wrapped[c].size() ? wrapped[c][r] : "";
                const std::string pad(static_cast<size_t>(widths[c] - cells(text)), ' ');
                s += " " + (c == 2 ? pad + text : text + pad) + " " + bar;  // Param # is right-aligned
            }
            lines.push_back(s);
        }
    };
    rule("┏", "━", "┳", "┓");
    table_row({"Layer (type)", "Output Shape", "Param #"}, "┃");
    rule("┡", "━", "╇", "┩");
    for (size_t i = 0; i < rows.size(); ++i) {
        table_row(rows[i].fields, "│");
        if (i + 1 < rows.size()) rule("├", "─", "┼", "┤");
    }
    rule("└", "─", "┴", "┘");
    for (std::string& l : lines)
        if (cells(l) > kConsoleWidth) l = first_cells(l, kConsoleWidth);  // rich crops at the console's width

    // The optimizer's variables once it has taken a step: iterations (int64), the learning
    // rate, and its slots per trainable weight.
    int64_t optimizer_count = 0;
    double optimizer_bytes = 0;
    const bool optimizer_built = m.optimizer && (m.optimizer->iterations > 0 || !m.optimizer->slots.empty());
    if (optimizer_built) {
        const OptimizerObj& o = *m.optimizer;
        const int64_t slots = o.kind == OptimizerKind::Adam ? (o.amsgrad ? 3 : 2) : o.kind == OptimizerKind::SGD ? (o.momentum != 0 ? 1 : 0)
                            : o.kind == OptimizerKind::RMSprop ? 1 + (o.momentum > 0 ? 1 : 0) : 1;
        optimizer_count = 2 + slots * trainable;
        optimizer_bytes = 8 + 4 + 4.0 * static_cast<double>(slots * trainable);
    }
    std::string text = "Model: \"" + m.name + "\"\n";
    for (const std::string& l : lines) text += l + "\n";
    const int64_t total = trainable + non_trainable + optimizer_count;
    text += " Total params: " + thousands(total) + " (" + readable_memory_size(4.0 * static_cast<double>(trainable + non_trainable) + optimizer_bytes, "B") + ")\n";
    text += " Trainable params: " + thousands(trainable) + " (" + readable_memory_size(4.0 * static_cast<double>(trainable), "B") + ")\n";
    text += " Non-trainable params: " + thousands(non_trainable) + " (" + readable_memory_size(4.0 * static_cast<double>(non_trainable), "B") + ")\n";
    if (optimizer_built) text += " Optimizer params: " + thousands(optimizer_count) + " (" + readable_memory_size(optimizer_bytes, "B") + ")\n";
    if (!p[2].is_none()) {  // print_fn gets the captured text in one call
        in.call(p[2], std::vector<Value>{Value::str(text)});
        return;
    }
    lang::TextOut out;
    out.append(text);
    in.emit_print(std::move(out));
}

}  // namespace seedlab::libs::keras
