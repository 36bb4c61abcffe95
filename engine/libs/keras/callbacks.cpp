// keras.callbacks.EarlyStopping per version. See callbacks.hpp.
#include "libs/keras/callbacks.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"

namespace seedlab::libs::keras {

using lang::Interpreter;
using lang::Value;
using tf::Version;

namespace {

void say(Interpreter& in, const std::string& line) {
    lang::TextOut out;
    out.append(line + "\n");
    in.emit_print(std::move(out));
}

bool ends_with(const std::string& s, const std::string& tail) { return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0; }

std::vector<tensor::Tensor> snapshot(const std::vector<tensor::Tensor*>& weights) {
    std::vector<tensor::Tensor> out;
    for (auto* w : weights) out.push_back(w->copy());
    return out;
}

void restore(const std::vector<tensor::Tensor*>& weights, const std::vector<tensor::Tensor>& saved) {
    for (size_t i = 0; i < weights.size() && i < saved.size(); ++i) weights[i]->assign(saved[i]);
}

}  // namespace

bool EarlyStoppingObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    (void)in;
    if (attr == "stopped_epoch") { out = Value::integer(stopped_epoch); return true; }
    if (attr == "wait") { out = Value::integer(wait); return true; }
    if (attr == "best_epoch") { out = Value::integer(best_epoch); return true; }
    if (attr == "patience") { out = Value::integer(patience); return true; }
    if (attr == "monitor") { out = Value::str(monitor); return true; }
    if (attr == "best" && greater) { out = Value::floating(best); return true; }
    return false;
}

void EarlyStoppingObj::on_train_begin(Interpreter& in) {
    (void)in;
    wait = 0;
    stopped_epoch = 0;
    best_weights.reset();
    best_epoch = 0;
    if (version == Version::V2_16) return;  // Keras 3 sets best once, when it picks the direction
    if (mode == "min") greater = false;
    else if (mode == "max") greater = true;
    else if (version == Version::V2_4) greater = monitor.find("acc") != std::string::npos;
    else greater = ends_with(monitor, "acc") || ends_with(monitor, "accuracy") || ends_with(monitor, "auc");
    const double inf = std::numeric_limits<double>::infinity();
    best = version == Version::V2_4 && baseline ? *baseline : (*greater ? -inf : inf);
}

bool EarlyStoppingObj::on_epoch_end(Interpreter& in, int64_t epoch, const std::vector<std::pair<std::string, double>>& logs,
                                    const std::optional<bool>& metric_up,
                                    const std::vector<tensor::Tensor*>& weights) {
    const bool k3 = version == Version::V2_16;
    if (k3 && !greater) {  // _set_monitor_op
        std::string name = monitor.rfind("val_", 0) == 0 ? monitor.substr(4) : monitor;
        if (mode == "min") greater = false;
        else if (mode == "max") greater = true;
        else if (name == "loss") greater = false;
        else if (metric_up) greater = *metric_up;
        else
            throw lang::value_error("EarlyStopping callback received monitor=" + monitor +
                                    " but Keras isn't able to automatically determine whether that metric should be maximized or minimized. "
                                    "Pass `mode='max'` in order to do early stopping based on the highest metric value, or pass `mode='min'` "
                                    "in order to use the lowest value.");
        const double inf = std::numeric_limits<double>::infinity();
        best = *greater ? -inf : inf;
    }
    auto it = std::find_if(logs.begin(), logs.end(), [&](const auto& kv) { return kv.first == monitor; });
    if (it == logs.end()) {  // get_monitor_value: a warning, and training carries on
        std::string keys;
        for (auto& [k, v] : logs) keys += (keys.empty() ? "" : ",") + k;
        if (!k3)  // TF's logger; Keras 3's warnings.warn line names a source file that differs per install
            in.emit_warning("WARNING:tensorflow:Early stopping conditioned on metric `" + monitor + "` which is not available. Available metrics are: " + keys);
        return false;
    }
    const double current = it->second;
    // min_delta is subtracted with the improvement's sign; Keras 3 compares float32 tensors.
    const double delta = *greater ? std::fabs(min_delta) : -std::fabs(min_delta);
    auto improves = [&](double value, double reference) {
        if (k3) {
            const float a = static_cast<float>(value - delta), b = static_cast<float>(reference);
            return *greater ? a > b : a < b;
        }
        const double a = value - delta;
        return *greater ? a > reference : a < reference;
    };
    if (version == Version::V2_4) {
        if (improves(current, best)) {
            best = current;
            wait = 0;
            if (restore_best_weights) best_weights = snapshot(weights);
            return false;
        }
        if (++wait < patience) return false;
        stopped_epoch = epoch;
        if (restore_best_weights) {
            if (verbose > 0) say(in, "Restoring model weights from the end of the best epoch.");
            if (best_weights) restore(weights, *best_weights);
        }
        return true;
    }
    if (epoch < start_from_epoch) return false;
    if (restore_best_weights && !best_weights) {
        best_weights = snapshot(weights);
        if (k3) best_epoch = epoch;
    }
    ++wait;
    if (improves(current, best)) {
        best = current;
        best_epoch = epoch;
        if (restore_best_weights) best_weights = snapshot(weights);
        if (!baseline || improves(current, *baseline)) wait = 0;
        return false;
    }
    if (!(wait >= patience && epoch > 0)) return false;
    stopped_epoch = epoch;
    if (!k3 && restore_best_weights && best_weights) {
        if (verbose > 0) say(in, "Restoring model weights from the end of the best epoch: " + std::to_string(best_epoch + 1) + ".");
        restore(weights, *best_weights);
    }
    return true;
}

void EarlyStoppingObj::on_train_end(Interpreter& in, const std::vector<tensor::Tensor*>& weights) {
    if (stopped_epoch > 0 && verbose > 0) {
        if (version == Version::V2_4) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "Epoch %05lld: early stopping", static_cast<long long>(stopped_epoch + 1));
            say(in, buf);
        } else {
            say(in, "Epoch " + std::to_string(stopped_epoch + 1) + ": early stopping");
        }
    }
    if (version == Version::V2_16 && restore_best_weights && best_weights) {
        if (verbose > 0) say(in, "Restoring model weights from the end of the best epoch: " + std::to_string(best_epoch + 1) + ".");
        restore(weights, *best_weights);
    }
}

Value early_stopping_class() {
    return Value::object(std::make_shared<lang::TypeObj>("EarlyStopping", [](Interpreter& in, lang::CallArgs& a) {
        const Version v = tf::state(in).version;
        static const lang::Signature sig24(
            "EarlyStopping(monitor='val_loss', min_delta=0, patience=0, verbose=0, mode='auto', baseline=None, restore_best_weights=False)");
        static const lang::Signature sig(
            "EarlyStopping(monitor='val_loss', min_delta=0, patience=0, verbose=0, mode='auto', baseline=None, restore_best_weights=False, "
            "start_from_epoch=0)");
        const std::vector<Value> p = (v == Version::V2_4 ? sig24 : sig).bind(a);
        auto o = std::make_shared<EarlyStoppingObj>();
        o->version = v;
        o->monitor = lang::arg_str(in, p[0], "monitor");
        o->min_delta = lang::arg_float(in, p[1], "min_delta");
        o->patience = lang::arg_int(in, p[2], "patience");
        o->verbose = lang::arg_int(in, p[3], "verbose");
        o->mode = lang::arg_str(in, p[4], "mode");
        if (o->mode != "auto" && o->mode != "min" && o->mode != "max") o->mode = "auto";  // Keras warns and falls back
        if (!p[5].is_none()) o->baseline = lang::arg_float(in, p[5], "baseline");
        o->restore_best_weights = in.truthy(p[6]);
        if (p.size() > 7) o->start_from_epoch = lang::arg_int(in, p[7], "start_from_epoch");
        return Value::object(o);
    }));
}

}  // namespace seedlab::libs::keras
