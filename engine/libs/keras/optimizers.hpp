// Keras's Adam as each emulated version applies it (spec/keras-fit.md s1.2, s1.7, s4, s5):
// TF 2.4's OptimizerV2 (the lr= alias accepted silently, float32 hyperparameters, the fused
// ResourceApplyAdam kernel with 1 - f32(beta)), Keras 2.15's new optimizer (lr= logged and
// discarded, the update as separate ops with the Python-double constants 1 - beta rounded
// to float32) and Keras 3 (the same update; lr= raises). The slots (m, v) and iteration
// count live in the optimizer object and carry over between fit calls that use it.
// 'adam' in compile() makes a fresh Adam().
// What it is not: other optimizers, amsgrad, decay, clipping, weight decay, EMA: those
// raise the playground's "not supported" error.
#pragma once

#include <map>
#include <vector>

#include "lang/interpreter.hpp"

namespace seedlab::libs::keras {

struct AdamObj : lang::Obj {
    bool legacy = true;  // TF 2.4's OptimizerV2 (else Keras 2.15's / Keras 3's Optimizer)
    float learning_rate = 0.001f, beta_1 = 0.9f, beta_2 = 0.999f, epsilon = 1e-7f;
    float one_minus_beta_1 = 0, one_minus_beta_2 = 0;  // the factors the update multiplies by
    double epsilon_py = 1e-7;                          // as given, for the attribute
    int64_t iterations = 0;
    std::map<const void*, std::pair<std::vector<float>, std::vector<float>>> slots;  // per variable: m, v

    std::string type_name() const override { return "Adam"; }
    bool get_attr(lang::Interpreter& in, const std::string& name, lang::Value& out) override;
};

// The class object keras.optimizers.Adam of the process's version.
lang::Value adam_class();
// compile(optimizer=...): an Adam object, or the name "adam".
std::shared_ptr<AdamObj> optimizer_from(lang::Interpreter& in, const lang::Value& spec);

}  // namespace seedlab::libs::keras
