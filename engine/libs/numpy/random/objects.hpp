// The Python objects of the numpy.random emulation and the internal interface between
// its files: SeedSequence, the bit generators (MT19937, PCG64, PCG64DXSM, Philox,
// SFC64, all one BitGeneratorObj around a BitGen), RandomState and Generator, plus how
// each remembers where its seed came from for provenance.
// What it is not: public API (numpy_random.hpp is); only this folder includes it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"
#include "lang/value.hpp"
#include "libs/numpy/random/bitgen.hpp"
#include "libs/numpy/random/legacy_distributions.hpp"
#include "rng/seed_sequence.hpp"
#include "tensor/tensor.hpp"

namespace seedlab::libs::numpy::random {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;
using Params = std::vector<Value>;  // bound arguments, self first

// Where a generator's seed came from: shown when a user clicks a number.
struct SeedOrigin {
    std::string seed = "OS entropy";  // "0", "[1, 2]", "OS entropy"
    std::string rule;                 // "numpy.random.seed(0) on line 3"
    bool from_entropy = true;
};

// numpy.random.SeedSequence.
struct SeedSequenceObj : lang::Obj {
    rng::SeedSequence seq{{}};
    Value entropy;                  // as given (or drawn): what .entropy and repr show
    std::vector<Value> spawn_key;   // the key's Python ints
    bool from_entropy = false;

    std::string type_name() const override { return "numpy.random.bit_generator.SeedSequence"; }
    std::string repr(Interpreter& in) const override;
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override;
};

// SeedSequence(entropy, spawn_key=..., pool_size=..., n_children_spawned=...) with
// numpy's coercions and errors; entropy None draws 128 bits of the run's entropy.
std::shared_ptr<SeedSequenceObj> make_seed_sequence(Interpreter& in, const Value& entropy,
                                                    const std::vector<Value>& spawn_key = {},
                                                    int64_t pool_size = 4, int64_t n_children_spawned = 0);
// How a seed argument reads in provenance ("0", "[1, 2, 3]").
std::string describe_seed(Interpreter& in, const Value& seed);

// One bit generator object; Generators and RandomStates hold it and share its state.
struct BitGeneratorObj : lang::Obj {
    BitGen gen;
    std::shared_ptr<SeedSequenceObj> seed_seq;  // _seed_seq; null after legacy seeding
    SeedOrigin origin;

    std::string type_name() const override;  // "numpy.random._pcg64.PCG64", ...
    std::string repr(Interpreter& in) const override;
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override;
    void set_attr(Interpreter& in, const std::string& name, const Value& v) override;

    // The provenance of a value drawn from words [first, words()) of this generator.
    lang::ProvenancePtr provenance(uint64_t first_word) const;
};

// The bit generator classes by NumPy name ("MT19937", "PCG64", "PCG64DXSM", "Philox",
// "SFC64"); [seed] is None, an int, a sequence of ints or a SeedSequence.
std::shared_ptr<BitGeneratorObj> make_bit_generator(Interpreter& in, const std::string& kind, const Value& seed,
                                                    const std::string& rule_call);
// The `state` dict of a bit generator, and its setter (numpy's errors included).
Value bit_generator_state(Interpreter& in, const BitGeneratorObj& bg);
void set_bit_generator_state(Interpreter& in, BitGeneratorObj& bg, Value state);

// numpy.random.RandomState.
struct RandomStateObj : lang::Obj {
    std::shared_ptr<BitGeneratorObj> bitgen;
    LegacyGaussState gauss;
    bool is_global = false;  // the hidden instance behind np.random.*

    std::string type_name() const override { return "numpy.random.mtrand.RandomState"; }
    std::string repr(Interpreter& in) const override;
    std::string str(Interpreter& in) const override;
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override;
};

// RandomState(seed): None seeds a fresh MT19937 from entropy, an int or array of ints
// seeds the legacy way, a bit generator object is used (and shared) as it is.
std::shared_ptr<RandomStateObj> make_random_state(Interpreter& in, const Value& seed, bool is_global);
// MT19937._legacy_seeding: np.random.seed / RandomState.seed.
void legacy_seed(Interpreter& in, BitGeneratorObj& bg, const Value& seed);
// A bound method of a RandomState (the module's functions are those of the global one).
Value random_state_method(const std::shared_ptr<RandomStateObj>& self, const std::string& name);
// The names of RandomState's supported methods, in table order.
std::vector<std::string> random_state_method_names();

// numpy.random.Generator.
struct GeneratorObj : lang::Obj {
    std::shared_ptr<BitGeneratorObj> bitgen;

    std::string type_name() const override { return "numpy.random._generator.Generator"; }
    std::string repr(Interpreter& in) const override;
    std::string str(Interpreter& in) const override;
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override;
};

// Generator(bit_generator) / default_rng(seed).
Value make_generator(Interpreter& in, const Value& bit_generator);
Value default_rng(Interpreter& in, const Value& seed);

// NumPy 1.24 methods of RandomState / Generator / numpy.random the playground does not
// emulate; raise_unemulated throws the "Unsupported" error when [name] is one of them.
const std::vector<std::string>& unemulated_methods();
void raise_unemulated(Interpreter& in, const std::string& owner, const std::string& name);

// A class object (isinstance works, repr "<class 'numpy.random._generator.Generator'>"):
// [qualified] is the type's tp_name, which is also the instances' type_name().
Value make_class(const std::string& qualified, lang::NativeFn construct);

// A stand-in for CPython's id()-based addresses in reprs: fixed per object kind, since
// the real ones differ in every run anyway.
std::string fake_address(const void* p);

}  // namespace seedlab::libs::numpy::random
