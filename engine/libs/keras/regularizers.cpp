// keras.regularizers. See regularizers.hpp.
#include "libs/keras/regularizers.hpp"

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/tensorflow/kernel_reduce.hpp"

namespace seedlab::libs::keras {

using lang::Interpreter;
using lang::Value;

namespace {

constexpr const char* kNames[] = {"L1", "L2", "L1L2", "l1", "l2", "l1_l2", nullptr};

std::shared_ptr<RegularizerObj> make(const std::string& cls, double l1, double l2) {
    auto r = std::make_shared<RegularizerObj>();
    r->cls = cls;
    r->l1_py = l1;
    r->l2_py = l2;
    r->l1 = static_cast<float>(l1);  // backend.cast_to_floatx / a Python float meeting a float32 tensor
    r->l2 = static_cast<float>(l2);
    return r;
}

}  // namespace

bool RegularizerObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    (void)in;
    if (attr == "l1" && cls != "L2") { out = Value::floating(l1_py); return true; }
    if (attr == "l2" && cls != "L1") { out = Value::floating(l2_py); return true; }
    return false;
}

float RegularizerObj::penalty(const float* w, int64_t n) const {
    std::vector<float> t(static_cast<size_t>(n));
    float total = 0.0f;  // backend.constant(0.) in L1L2, then += each active term
    if (l1 != 0.0f) {
        for (int64_t i = 0; i < n; ++i) t[static_cast<size_t>(i)] = w[i] < 0 ? -w[i] : w[i];
        total = total + l1 * tf::eigen_sum_f32(t.data(), n);
    }
    if (l2 != 0.0f) {
        for (int64_t i = 0; i < n; ++i) t[static_cast<size_t>(i)] = w[i] * w[i];
        total = total + l2 * tf::eigen_sum_f32(t.data(), n);
    }
    return total;
}

void RegularizerObj::add_gradient(const float* w, float* grad, int64_t n) const {
    for (int64_t i = 0; i < n; ++i) {
        float g = 0.0f;
        if (l1 != 0.0f) g = g + l1 * (w[i] > 0 ? 1.0f : (w[i] < 0 ? -1.0f : 0.0f));
        if (l2 != 0.0f) g = g + l2 * (w[i] * 2.0f);
        grad[i] = grad[i] + g;
    }
}

const char* const* regularizer_names() { return kNames; }

Value regularizer_class(const std::string& name) {
    return Value::object(std::make_shared<lang::TypeObj>(name, [name](Interpreter& in, lang::CallArgs& a) {
        if (name == "L1L2" || name == "l1_l2") {
            static const lang::Signature sig("L1L2(l1=0.0, l2=0.0)");
            static const lang::Signature fn("l1_l2(l1=0.01, l2=0.01)");
            const std::vector<Value> p = (name == "L1L2" ? sig : fn).bind(a);
            return Value::object(make("L1L2", lang::arg_float(in, p[0], "l1"), lang::arg_float(in, p[1], "l2")));
        }
        const bool one = name == "L1" || name == "l1";
        // TF 2.4 also takes the old keyword l=...
        lang::CallArgs b = a;
        for (auto& [k, v] : b.kw)
            if (k == "l") k = one ? "l1" : "l2";
        static const lang::Signature s1("L1(l1=0.01)"), s2("L2(l2=0.01)");
        const std::vector<Value> p = (one ? s1 : s2).bind(b);
        const double v = lang::arg_float(in, p[0], one ? "l1" : "l2");
        return Value::object(one ? make("L1", v, 0) : make("L2", 0, v));
    }));
}

std::shared_ptr<RegularizerObj> regularizer_from(Interpreter& in, const Value& spec) {
    if (spec.is_none()) return nullptr;
    if (auto* r = spec.as<RegularizerObj>()) return std::static_pointer_cast<RegularizerObj>(r->shared_from_this());
    if (auto* s = spec.as<lang::StrObj>()) {
        if (s->s == "l1") return make("L1", 0.01, 0);
        if (s->s == "l2") return make("L2", 0, 0.01);
        if (s->s == "l1_l2") return make("L1L2", 0.01, 0.01);
        throw lang::unsupported("the regularizer '" + s->s + "' (l1, l2 and l1_l2 are emulated)", in.current_line());
    }
    throw lang::unsupported("a regularizer given as " + in.type_name(spec), in.current_line());
}

}  // namespace seedlab::libs::keras
