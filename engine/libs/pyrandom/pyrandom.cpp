// The `random` module: the table of random.Random's methods with their Python
// signatures, binding them to instances, and the module built around a hidden
// default instance seeded from the run's entropy (CPython's `_inst = Random()`).
#include "libs/pyrandom/pyrandom.hpp"

#include <array>
#include <unordered_map>

#include "lang/args.hpp"
#include "lang/objects.hpp"
#include "libs/pyrandom/random_impl.hpp"

namespace seedlab::libs {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

namespace {

using namespace pyrandom;

// How CPython binds the method's arguments: a Python-level method (Lib/random.py,
// TypeErrors name Random.f() and count self) or a C method of _random.Random
// (METH_NOARGS / METH_O, with their own messages).
enum class Binding { Python, NoArgs, OneArg };

struct MethodSpec {
    const char* name;
    const char* signature;  // with self, as inspect.signature(random.Random.f) shows it
    Binding binding;
    MethodImpl impl;
};

// The supported API surface of random.Random; the module exposes the same names.
constexpr std::array<MethodSpec, 23> kMethods = {{
    {"seed", "Random.seed(self, a=None, version=2)", Binding::Python, method_seed},
    {"random", "Random.random(self)", Binding::NoArgs, method_random},
    {"getrandbits", "Random.getrandbits(self, k)", Binding::OneArg, method_getrandbits},
    {"getstate", "Random.getstate(self)", Binding::Python, method_getstate},
    {"setstate", "Random.setstate(self, state)", Binding::Python, method_setstate},
    {"randbytes", "Random.randbytes(self, n)", Binding::Python, method_randbytes},
    {"randrange", "Random.randrange(self, start, stop=None, step=1)", Binding::Python, method_randrange},
    {"randint", "Random.randint(self, a, b)", Binding::Python, method_randint},
    {"choice", "Random.choice(self, seq)", Binding::Python, method_choice},
    {"shuffle", "Random.shuffle(self, x)", Binding::Python, method_shuffle},
    {"sample", "Random.sample(self, population, k, *, counts=None)", Binding::Python, method_sample},
    {"choices", "Random.choices(self, population, weights=None, *, cum_weights=None, k=1)", Binding::Python, method_choices},
    {"uniform", "Random.uniform(self, a, b)", Binding::Python, method_uniform},
    {"triangular", "Random.triangular(self, low=0.0, high=1.0, mode=None)", Binding::Python, method_triangular},
    {"normalvariate", "Random.normalvariate(self, mu=0.0, sigma=1.0)", Binding::Python, method_normalvariate},
    {"gauss", "Random.gauss(self, mu=0.0, sigma=1.0)", Binding::Python, method_gauss},
    {"lognormvariate", "Random.lognormvariate(self, mu, sigma)", Binding::Python, method_lognormvariate},
    {"expovariate", "Random.expovariate(self, lambd)", Binding::Python, method_expovariate},
    {"vonmisesvariate", "Random.vonmisesvariate(self, mu, kappa)", Binding::Python, method_vonmisesvariate},
    {"gammavariate", "Random.gammavariate(self, alpha, beta)", Binding::Python, method_gammavariate},
    {"betavariate", "Random.betavariate(self, alpha, beta)", Binding::Python, method_betavariate},
    {"paretovariate", "Random.paretovariate(self, alpha)", Binding::Python, method_paretovariate},
    {"weibullvariate", "Random.weibullvariate(self, alpha, beta)", Binding::Python, method_weibullvariate},
}};

const MethodSpec* find_method(const std::string& name) {
    for (auto& m : kMethods)
        if (name == m.name) return &m;
    return nullptr;
}

const lang::Signature& signature_of(const MethodSpec& m) {
    static const std::unordered_map<const MethodSpec*, lang::Signature> table = [] {
        std::unordered_map<const MethodSpec*, lang::Signature> t;
        for (auto& spec : kMethods) t.emplace(&spec, lang::Signature(spec.signature));
        return t;
    }();
    return table.at(&m);
}

// Binds the call's arguments as CPython would, self first.
Params bind_args(const MethodSpec& m, const Value& self, const CallArgs& a) {
    std::string qualname = std::string("Random.") + m.name + "()";
    if (m.binding != Binding::Python) {
        if (!a.kw.empty()) throw lang::type_error(qualname + " takes no keyword arguments");
        size_t want = m.binding == Binding::NoArgs ? 0 : 1;
        if (a.pos.size() != want) {
            std::string n = std::to_string(a.pos.size());
            throw lang::type_error(qualname + (want == 0 ? " takes no arguments (" : " takes exactly one argument (") + n + " given)");
        }
        Params p{self};
        p.insert(p.end(), a.pos.begin(), a.pos.end());
        return p;
    }
    CallArgs with_self{{self}, a.kw};
    with_self.pos.insert(with_self.pos.end(), a.pos.begin(), a.pos.end());
    return signature_of(m).bind(with_self);
}

Value bind_method(const std::shared_ptr<RandomObj>& self, const MethodSpec& m) {
    return lang::make_native(m.name, [self, &m](Interpreter& in, CallArgs& a) {
        Params p = bind_args(m, Value::object(self), a);
        return m.impl(in, *self, p);
    });
}

std::shared_ptr<RandomObj> new_random(Interpreter& in, const Value& x, const std::string& owner) {
    auto r = std::make_shared<RandomObj>();
    r->owner = owner;
    seed(in, *r, x, Value::integer(2));
    std::string line = std::to_string(in.current_line());
    r->seed_rule = r->from_entropy ? "random.Random() without a seed on line " + line + " takes fresh OS entropy, different in every run"
                                   : "random.Random(" + r->seed_text + ") on line " + line;
    return r;
}

}  // namespace

lang::ProvenancePtr RandomObj::provenance() const {
    auto p = std::make_shared<lang::Provenance>();
    p->library = "random";
    p->generator = "MT19937";
    p->seed = seed_text;
    p->counter = "word " + std::to_string(words);
    p->rule = seed_rule;
    p->from_entropy = from_entropy;
    return p;
}

bool RandomObj::get_attr(Interpreter&, const std::string& name, Value& out) {
    if (auto it = attrs.find(name); it != attrs.end()) {
        out = it->second;
        return true;
    }
    if (name == "gauss_next") { out = gauss_next; return true; }
    if (name == "VERSION") { out = Value::integer(3); return true; }
    const MethodSpec* m = find_method(name);
    if (!m) return false;
    out = bind_method(std::static_pointer_cast<RandomObj>(shared_from_this()), *m);
    return true;
}

void RandomObj::set_attr(Interpreter&, const std::string& name, const Value& v) {
    if (name == "gauss_next") gauss_next = v;
    else attrs[name] = v;
}

void register_pyrandom(lang::ModuleRegistry& registry) {
    registry.add("random", [](Interpreter& in) {
        auto module = std::make_shared<lang::ModuleObj>("random");
        auto hidden = new_random(in, Value::none(), "random");
        hidden->seed_rule = "random was never seeded, so CPython seeded it from OS entropy at import: different in every run";
        for (auto& m : kMethods) module->attrs[m.name] = bind_method(hidden, m);
        module->attrs["Random"] = lang::make_native("Random", [](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("Random.__init__(self, x=None)");
            CallArgs with_self{{Value::none()}, a.kw};
            with_self.pos.insert(with_self.pos.end(), a.pos.begin(), a.pos.end());
            auto p = sig.bind(with_self);
            return Value::object(new_random(i, p[1], "Random"));
        });
        module->attrs["SystemRandom"] = lang::make_native("SystemRandom", [](Interpreter& i, CallArgs&) -> Value {
            throw lang::unsupported("random.SystemRandom reads the operating system's entropy and can never be reproduced, "
                                    "so the playground does not emulate it.", i.current_line());
        });
        module->attrs["NV_MAGICCONST"] = Value::floating(nv_magicconst());
        module->attrs["LOG4"] = Value::floating(log4());
        module->attrs["SG_MAGICCONST"] = Value::floating(sg_magicconst());
        module->attrs["TWOPI"] = Value::floating(kTwoPi);
        module->attrs["BPF"] = Value::integer(53);
        module->attrs["RECIP_BPF"] = Value::floating(1.0 / 9007199254740992.0);
        return Value::object(module);
    });
}

}  // namespace seedlab::libs
