// Keras's progress output for fit(), evaluate() and predict() at verbose=1 and 2: the
// lines Keras's ProgbarLogger and Progbar leave on screen, per version (TF 2.4's tf.keras,
// Keras 2.15, Keras 3.0-3.3), with the loss and metric values formatted and averaged as
// each version does: Keras 3, and TF 2.4 while the compiled loss is not built yet (the
// first fit or evaluate after compile), average the per-batch running means with the
// final logs; otherwise the final logs show as they are.
// Timings are the playground's own, read from the runtime's clock (0 without one); they
// are marked "timing" so the run comparison leaves them out.
// What it is not: no terminal control: Keras redraws the bar with \b and \r (it takes
// any POSIX system for a dynamic display), and Keras 3 colours it with ANSI codes; the
// playground prints each bar's final state once, as a terminal finally shows it,
// without trailing blanks or colour codes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lang/interpreter.hpp"

namespace seedlab::libs::keras {

// A call's logs in Keras's order: (name, float32 value as a Python float).
using Logs = std::vector<std::pair<std::string, double>>;

// fit/evaluate/predict's verbose= argument: 0, 1 or 2 (True is 1, "auto" is 1), or 3
// for any other int (epoch lines only).
int verbosity(lang::Interpreter& in, const lang::Value& verbose);

// One call's progress bars: fit() makes one per epoch (epoch_begin), evaluate() and
// predict() one for the call.
class Progress {
public:
    // [steps]: batches per bar; [epochs]: fit's epochs (1 for evaluate and predict);
    // [metrics_built]: whether the model's compiled loss and metrics had run before.
    Progress(lang::Interpreter& in, int verbose, int64_t steps, int64_t epochs = 1, bool metrics_built = true);
    // "Epoch k/N" (when N > 1) and a new bar.
    void epoch_begin(int64_t epoch);
    // After batch [step] (0-based) with the running logs at that point.
    void batch_end(int64_t step, const Logs& running);
    // The bar's final line with the call's logs; [prov] goes on the printed values.
    void finish(const Logs& logs, const lang::ProvenancePtr& prov);
    // Whether batch_end reads its logs (averaged values at verbose=1); otherwise pass none.
    bool averages_batches() const { return averaging_ && verbose_ == 1; }

private:
    struct Value {
        double sum = 0;
        double count = 0;
    };
    double now() const;
    void accumulate(int64_t current, const Logs& logs);

    lang::Interpreter& in_;
    int verbose_;
    int64_t steps_, epochs_;
    bool keras3_, tf24_, averaging_;
    double start_ = 0;
    std::optional<double> after_first_step_;
    int64_t seen_ = 0;
    std::vector<std::pair<std::string, Value>> values_;  // the averaged values, in order
};

}  // namespace seedlab::libs::keras
