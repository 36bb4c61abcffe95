// Keras optimizers as TF 2.4 applies them (spec/keras-fit.md s1.2, s1.7): Adam with its
// float32 hyperparameters, the lr= alias TF 2.4 accepts silently, and its slots (m, v)
// and iteration count, which live in the optimizer object and carry over between fit
// calls that use it. 'adam' in compile() makes a fresh Adam().
// What it is not: other optimizers or versions (Keras 2.15 / 3 use other constants,
// s4-s5), amsgrad, decay, clipping: those raise the playground's "not supported" error.
#pragma once

#include <map>
#include <vector>

#include "lang/interpreter.hpp"

namespace seedlab::libs::keras {

struct AdamObj : lang::Obj {
    float learning_rate = 0.001f, beta_1 = 0.9f, beta_2 = 0.999f, epsilon = 1e-7f;
    double epsilon_py = 1e-7;  // as given, for the attribute
    int64_t iterations = 0;
    std::map<const void*, std::pair<std::vector<float>, std::vector<float>>> slots;  // per variable: m, v

    std::string type_name() const override { return "Adam"; }
    bool get_attr(lang::Interpreter& in, const std::string& name, lang::Value& out) override;
};

// The class object keras.optimizers.Adam.
lang::Value adam_class();
// compile(optimizer=...): an Adam object, or the name "adam".
std::shared_ptr<AdamObj> optimizer_from(lang::Interpreter& in, const lang::Value& spec);

}  // namespace seedlab::libs::keras
