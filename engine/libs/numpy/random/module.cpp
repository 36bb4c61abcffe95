// The numpy.random module object: the global RandomState's methods as module
// functions, the classes (RandomState, Generator, SeedSequence, bit generators),
// default_rng, get/set_bit_generator, and an "Unsupported" stand-in for each NumPy
// function the playground does not emulate yet.
#include "libs/numpy/random/numpy_random.hpp"

#include <array>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/random/objects.hpp"

namespace seedlab::libs {

namespace {

using namespace numpy::random;


// Per-process state: the module object (so np.random and numpy.random are one).
struct ProcessState {
    Value module;
    Value global;  // the hidden RandomState (numpy.random.mtrand._rand)
};

Value bit_generator_class(const std::string& kind) {
    const std::string module = kind == "MT19937" ? "_mt19937" : kind == "Philox" ? "_philox" : kind == "SFC64" ? "_sfc64" : "_pcg64";
    return make_class("numpy.random." + module + "." + kind, [kind](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("__init__(seed=None)");
        if (kind == "Philox") {
            for (auto& [k, v] : a.kw)
                if ((k == "counter" || k == "key") && !v.is_none())
                    throw lang::unsupported("Unsupported: keyword '" + k + "' of numpy.random.Philox.", in.current_line());
            std::erase_if(a.kw, [](auto& kv) { return kv.first == "counter" || kv.first == "key"; });
        }
        const Params p = sig.bind(a);
        return Value::object(make_bit_generator(in, kind, p[0], "numpy.random." + kind));
    });
}

Value build(Interpreter& in) {
    auto module = std::make_shared<lang::ModuleObj>("numpy.random");
    auto global = make_random_state(in, Value::none(), /*is_global=*/true);
    in.state<ProcessState>().global = Value::object(global);
    global->bitgen->origin.rule =
        "numpy.random was never seeded, so NumPy seeded its global RandomState from OS entropy at import: different in every run";
    for (const std::string& name : random_state_method_names()) module->attrs[name] = random_state_method(global, name);
    // numpy.random.seed: RandomState.seed for MT19937; after set_bit_generator(other), the
    // other kind's state as a fresh instance seeded with [seed] would have it.
    module->attrs["seed"] = lang::make_native("seed", [global](Interpreter& i, CallArgs& a) {
        if (global->bitgen->gen.get<rng::Mt19937>()) return i.call(random_state_method(global, "seed"), a);
        static const lang::Signature sig("seed(seed=None)");
        const Value seed = sig.bind(a)[0];
        const std::string kind = global->bitgen->gen.name();
        auto fresh = make_bit_generator(i, kind, seed, "numpy.random.seed");
        global->bitgen->gen = fresh->gen;
        global->bitgen->origin = fresh->origin;
        return Value::none();
    });

    module->attrs["RandomState"] = make_class("numpy.random.mtrand.RandomState", [](Interpreter& i, CallArgs& a) {
        static const lang::Signature sig("RandomState(seed=None)");
        return Value::object(make_random_state(i, sig.bind(a)[0], false));
    });
    module->attrs["Generator"] = make_class("numpy.random._generator.Generator", [](Interpreter& i, CallArgs& a) {
        static const lang::Signature sig("Generator(bit_generator)");
        return make_generator(i, sig.bind(a)[0]);
    });
    module->attrs["default_rng"] = lang::make_native("default_rng", [](Interpreter& i, CallArgs& a) {
        static const lang::Signature sig("default_rng(seed=None)");
        return default_rng(i, sig.bind(a)[0]);
    });
    module->attrs["SeedSequence"] = make_class("numpy.random.bit_generator.SeedSequence", [](Interpreter& i, CallArgs& a) {
        // spawn_key=() in numpy; None stands for the empty tuple here (defaults are literals).
        static const lang::Signature sig("SeedSequence(entropy=None, *, spawn_key=None, pool_size=4, n_children_spawned=0)");
        const Params p = sig.bind(a);
        const std::vector<Value> key = p[1].is_none() ? std::vector<Value>{} : i.to_list(p[1]);
        return Value::object(make_seed_sequence(i, p[0], key, lang::arg_int(i, p[2], "pool_size"),
                                                lang::arg_int(i, p[3], "n_children_spawned")));
    });
    for (const char* kind : {"MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64"}) module->attrs[kind] = bit_generator_class(kind);
    module->attrs["get_bit_generator"] = lang::make_native("get_bit_generator", [global](Interpreter& i, CallArgs& a) {
        static const lang::Signature sig("get_bit_generator()");
        sig.bind(a);
        (void)i;
        return Value::object(global->bitgen);
    });
    module->attrs["set_bit_generator"] = lang::make_native("set_bit_generator", [global](Interpreter& i, CallArgs& a) {
        static const lang::Signature sig("set_bit_generator(bitgen)");
        const Value bg = sig.bind(a)[0];
        auto* obj = bg.as<BitGeneratorObj>();
        if (!obj) throw lang::runtime_error("AttributeError", "'" + i.type_name(bg) + "' object has no attribute 'capsule'");
        global->bitgen = std::static_pointer_cast<BitGeneratorObj>(obj->shared_from_this());
        global->gauss = LegacyGaussState{};
        return Value::none();
    });
    std::vector<std::string> missing = unemulated_methods();
    missing.push_back("BitGenerator");
    for (const std::string& n : missing) {
        if (n == "multivariate_hypergeometric") continue;  // Generator only
        module->attrs[n] = lang::make_native(n, [n](Interpreter& i, CallArgs&) -> Value {
            throw lang::unsupported("Unsupported: numpy.random." + n + " is not emulated in the playground yet.", i.current_line());
        });
    }
    return Value::object(module);
}

}  // namespace

namespace numpy::random {

const std::vector<std::string>& unemulated_methods() {
    static const std::vector<std::string> names = {
        "bytes", "dirichlet", "geometric", "hypergeometric", "logseries", "multinomial", "multivariate_hypergeometric",
        "multivariate_normal", "negative_binomial", "noncentral_chisquare", "noncentral_f", "vonmises", "wald", "zipf",
        "tomaxint",
    };
    return names;
}

void raise_unemulated(Interpreter& in, const std::string& owner, const std::string& name) {
    for (const std::string& n : unemulated_methods())
        if (n == name) throw lang::unsupported("Unsupported: " + owner + "." + name + " is not emulated in the playground yet.", in.current_line());
}

}  // namespace numpy::random

Value numpy_random_module(Interpreter& in) {
    auto& st = in.state<ProcessState>();
    if (st.module.is_none()) st.module = build(in);
    return st.module;
}

Value numpy_global_random_state(Interpreter& in) {
    numpy_random_module(in);  // builds the module, and with it the global RandomState
    return in.state<ProcessState>().global;
}

void register_numpy_random(lang::ModuleRegistry& registry) {
    registry.add("numpy.random", [](Interpreter& in) { return numpy_random_module(in); });
}

}  // namespace seedlab::libs
