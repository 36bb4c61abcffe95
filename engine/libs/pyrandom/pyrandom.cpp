// The `random` module: seeding (CPython's random_seed / Random.seed version 2) and
// the methods of Random. Distribution methods reproduce Lib/random.py 3.11 exactly.
#include "libs/pyrandom/pyrandom.hpp"

#include <vector>

#include "lang/args.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "libs/pyrandom/random_object.hpp"

namespace seedlab::libs {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

double RandomObj::next_double() {
    ++draws;
    uint32_t a = mt.next_u32() >> 5, b = mt.next_u32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

lang::ProvenancePtr RandomObj::provenance() const {
    auto p = std::make_shared<lang::Provenance>();
    p->library = "random";
    p->generator = "MT19937";
    p->seed = seed_text;
    p->counter = "draw " + std::to_string(draws);
    p->rule = seed_rule;
    p->from_entropy = from_entropy;
    return p;
}

namespace {

// random.seed(a): None -> OS entropy (here the run's entropy); int -> init_by_array
// of |a|'s 32-bit words; str/bytes (version 2) -> the int of a + sha512(a).
void seed_random(Interpreter& in, RandomObj& r, const Value& a) {
    r.draws = 0;
    std::string who = r.owner == "random" ? "random.seed" : "Random.seed";
    if (a.is_none()) {
        std::vector<uint32_t> key(624);
        for (size_t i = 0; i < key.size(); i += 2) {
            uint64_t w = in.entropy_word("random.seed(None)");
            key[i] = static_cast<uint32_t>(w);
            key[i + 1] = static_cast<uint32_t>(w >> 32);
        }
        r.mt.init_by_array(key);
        r.seed_text = "the run's entropy";
        r.seed_rule = who + "() without a seed on line " + std::to_string(in.current_line()) + " takes fresh OS entropy, different in every run";
        r.from_entropy = true;
        return;
    }
    if (a.is_int() || a.is_bool()) {
        auto words = a.big_int().abs_words32();
        r.mt.init_by_array(words);
        r.seed_text = in.repr(a);
        r.seed_rule = who + "(" + in.repr(a) + ") on line " + std::to_string(in.current_line());
        r.from_entropy = false;
        return;
    }
    if (a.is_float()) {
        throw lang::unsupported("random.seed() with a float (hashed by object hash) is not supported in the playground yet",
                                in.current_line());
    }
    throw lang::unsupported("random.seed() with a " + in.type_name(a) + " is not supported in the playground yet", in.current_line());
}

Value bind_method(const std::shared_ptr<RandomObj>& self, const std::string& name) {
    if (name == "seed") {
        return lang::make_native("seed", [self](Interpreter& in, CallArgs& a) {
            static const lang::Signature sig("seed(a=None, version=2)");
            auto p = sig.bind(a);
            if (lang::arg_int(in, p[1], "version") != 2)
                throw lang::unsupported("random.seed(version=1) is not supported in the playground", in.current_line());
            seed_random(in, *self, p[0]);
            return Value::none();
        });
    }
    if (name == "random") {
        return lang::make_native("random", [self](Interpreter&, CallArgs& a) {
            if (!a.pos.empty() || !a.kw.empty()) throw lang::type_error("Random.random() takes no arguments (" + std::to_string(a.pos.size()) + " given)");
            double d = self->next_double();
            return Value::floating(d, self->provenance());
        });
    }
    return Value();
}

}  // namespace

bool RandomObj::get_attr(Interpreter&, const std::string& name, Value& out) {
    auto self = std::static_pointer_cast<RandomObj>(shared_from_this());
    out = bind_method(self, name);
    return !out.is_none();
}

void register_pyrandom(lang::ModuleRegistry& registry) {
    registry.add("random", [](Interpreter& in) {
        auto module = std::make_shared<lang::ModuleObj>("random");
        auto hidden = std::make_shared<RandomObj>();
        seed_random(in, *hidden, Value::none());
        hidden->seed_rule = "random was never seeded, so CPython seeded it from OS entropy at import: different in every run";
        for (const char* name : {"seed", "random"}) module->attrs[name] = bind_method(hidden, name);
        module->attrs["Random"] = lang::make_native("Random", [](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("Random(x=None)");
            auto p = sig.bind(a);
            auto r = std::make_shared<RandomObj>();
            r->owner = "Random";
            seed_random(i, *r, p[0]);
            return Value::object(r);
        });
        return Value::object(module);
    });
}

}  // namespace seedlab::libs
