// Keras's progress lines (see progress.hpp). Sources read: keras/utils/generic_utils.py
// Progbar and keras/callbacks.py ProgbarLogger (Keras v2.15.0; TF 2.4's copies under
// tensorflow/python/keras), keras/src/utils/progbar.py and
// keras/src/callbacks/progbar_logger.py (Keras v3.0.0-v3.3.3).
#include "libs/keras/progress.hpp"

#include <algorithm>
#include <cmath>

#include "lang/errors.hpp"
#include "lang/numfmt.hpp"
#include "lang/objects.hpp"
#include "libs/tensorflow/tf_state.hpp"

namespace seedlab::libs::keras {
namespace {

// "%{digits}d/%d": the step count padded to the target's width.
std::string step_count(int64_t current, int64_t target) {
    std::string c = std::to_string(current), t = std::to_string(target);
    if (c.size() < t.size()) c.insert(0, t.size() - c.size(), ' ');
    return c + "/" + t;
}

// Timings go into the text as "timing" numbers, which the comparison leaves out.
void timing(lang::TextOut& out, double value, const char* unit_suffix) {
    out.number(lang::format_float_c(value, 'f', 0), "timing", nullptr);
    out.append(unit_suffix);
}

// Progbar._format_time: " 12ms/step", " 0s/step", " 40us/step".
void per_unit(lang::TextOut& out, double seconds, const std::string& unit) {
    out.append(" ");
    if (seconds >= 1 || seconds == 0) timing(out, seconds, ("s/" + unit).c_str());
    else if (seconds >= 1e-3) timing(out, seconds * 1000.0, ("ms/" + unit).c_str());
    else timing(out, seconds * 1000000.0, ("us/" + unit).c_str());
}

}  // namespace

int verbosity(lang::Interpreter& in, const lang::Value& verbose) {
    if (auto* s = verbose.as<lang::StrObj>()) {
        if (s->s == "auto") return 1;  // _get_verbosity / ProgbarLogger.set_params: 1 outside ParameterServerStrategy
        throw lang::unsupported("verbose='" + s->s + "' (Keras takes 0, 1, 2 or 'auto')", in.current_line());
    }
    if (!verbose.is_int() && !verbose.is_bool()) throw lang::unsupported("a verbose= that is not an int or 'auto'", in.current_line());
    // Other values print the epoch lines (ProgbarLogger tests truthiness) and no bar.
    const int64_t v = verbose.small_int();
    return v == 1 || v == 2 ? static_cast<int>(v) : v == 0 ? 0 : 3;
}

Progress::Progress(lang::Interpreter& in, int verbose, int64_t steps, int64_t epochs, bool metrics_built)
    : in_(in), verbose_(verbose), steps_(steps), epochs_(epochs) {
    const tf::Version v = tf::state(in).version;
    keras3_ = v == tf::Version::V2_16;
    tf24_ = v == tf::Version::V2_4;
    // Keras 3's ProgbarLogger declares no stateful metrics. Keras 2's declares the model's
    // metrics, but TF 2.4's reads them once, when the bar starts, and Model.metrics is
    // empty until the compiled loss has been built by a train or test step.
    averaging_ = keras3_ || (tf24_ && !metrics_built);
    start_ = now();
}

double Progress::now() const {
    const auto& clock = in_.runtime().clock;
    return clock ? clock() : 0.0;
}

void Progress::epoch_begin(int64_t epoch) {
    // on_epoch_begin: a new Progbar, then the epoch line when there is more than one.
    start_ = now();
    after_first_step_.reset();
    seen_ = 0;
    values_.clear();
    if (verbose_ != 0 && epochs_ > 1) {
        lang::TextOut out;
        out.append("Epoch " + std::to_string(epoch + 1) + "/" + std::to_string(epochs_) + "\n");
        in_.emit_print(std::move(out));
    }
}

// Progbar averages the values that are not stateful: each update adds value * (current -
// seen), at least 1, so the finalizing call adds the epoch's logs once more. Stateful
// values, and values that come only once (val_*), show as they are.
void Progress::accumulate(int64_t current, const Logs& logs) {
    const double base = static_cast<double>(std::max<int64_t>(current - seen_, 1));
    for (const auto& log : logs) {
        const std::string& name = log.first;
        const double v = log.second;
        auto it = std::find_if(values_.begin(), values_.end(), [&](auto& e) { return e.first == name; });
        if (it == values_.end()) values_.push_back({name, Value{v * base, base}});
        else {
            it->second.sum += v * base;
            it->second.count += base;
        }
    }
    seen_ = current;
}

void Progress::batch_end(int64_t step, const Logs& running) {
    if (verbose_ != 1) return;  // the batch hooks update the bar only at verbose=1
    const int64_t current = step + 1;
    if (averaging_) accumulate(current, running);
    // _estimate_step_duration remembers when the first step ended.
    if (current == 1) after_first_step_ = now();
    seen_ = current;
}

void Progress::finish(const Logs& logs, const lang::ProvenancePtr& prov) {
    if (verbose_ != 1 && verbose_ != 2) return;
    const int64_t target = steps_;
    if (averaging_) accumulate(target, logs);
    const double t = now();
    // _estimate_step_duration: after the first step when there were several.
    double per_step = after_first_step_ && target > 1 ? (t - *after_first_step_) / static_cast<double>(target - 1)
                                                      : (t - start_) / static_cast<double>(target);
    if (target == 0) per_step = 0;
    lang::TextOut out;
    auto value_text = [&](double v) {
        if (keras3_) v = static_cast<double>(static_cast<float>(v));  // ops.mean of a Python float: a float32 tensor
        const bool plain = verbose_ == 1 ? std::fabs(v) > 1e-3 : v > 1e-3;
        out.number(lang::format_float_c(v, plain ? 'f' : 'e', 4), "float", prov);
    };
    auto metrics = [&] {
        if (averaging_) {
            for (const auto& [name, v] : values_) {
                out.append(" - " + name + ": ");
                value_text(v.sum / std::max(1.0, v.count));
            }
        } else {
            for (const auto& [name, v] : logs) {
                out.append(" - " + name + ": ");
                value_text(v);
            }
        }
    };
    const std::string count = step_count(target, target);
    if (verbose_ == 1) {
        out.append(count);
        if (keras3_) {
            out.append(" ");
            for (int i = 0; i < 20; ++i) out.append("\u2501");  // the finished bar, "━" x 20
            out.append(" ");
            timing(out, t - start_, "s");
            per_unit(out, per_step, "step");
        } else {
            out.append(" [" + std::string(30, '=') + "] - ");
            timing(out, t - start_, "s");
            per_unit(out, per_step, "step");
        }
        metrics();
    } else if (keras3_) {
        out.append(count + " - ");
        timing(out, t - start_, "s");
        out.append(" -");
        per_unit(out, per_step, "step");
        metrics();
    } else {
        // Keras 2: elapsed, the values, then the epoch's time and its time per step.
        out.append(count + " - ");
        timing(out, t - start_, "s");
        metrics();
        if (!tf24_) {
            out.append(" -");
            per_unit(out, t - start_, "epoch");
            out.append(" -");
            per_unit(out, (t - start_) / static_cast<double>(std::max<int64_t>(target, 1)), "step");
        }
    }
    out.append("\n");
    in_.emit_print(std::move(out));
}

}  // namespace seedlab::libs::keras
