// numpy.random.RandomState of numpy 1.24 (numpy/random/mtrand.pyx): construction and
// legacy seeding (MT19937._legacy_seeding), get_state/set_state, and the table of
// supported methods with their Python signatures, each calling the frozen legacy
// samplers (legacy_distributions.hpp). The numpy.random module's functions are these
// methods bound to its hidden global instance (module.cpp).
#include <array>
#include <cmath>
#include <unordered_map>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/random/integers.hpp"
#include "libs/numpy/random/legacy_distributions.hpp"
#include "libs/numpy/random/sampling.hpp"
#include "libs/numpy/random/sequences.hpp"

namespace seedlab::libs::numpy::random {

namespace {

using lang::BigInt;
using tensor::DType;
using tensor::Tensor;

using Impl = Value (*)(Interpreter&, RandomStateObj&, const Params&);

struct MethodSpec {
    const char* name;
    const char* signature;
    Impl impl;
};

// randint's default dtype is the builtin int (Python ints come back for size=None);
// this private default stands for it, since signature defaults are literals.
constexpr const char* kBuiltinInt = "<builtin int>";

BitGeneratorObj& bitgen(RandomStateObj& r) { return *r.bitgen; }

std::string call_name(const RandomStateObj& r, const std::string& method) {
    return (r.is_global ? "numpy.random." : "RandomState.") + method;
}

const ChoiceMessages kLegacyChoice = {
    "a must be 1-dimensional or an integer",
    "a must be greater than 0 unless no samples are taken",
    "'a' cannot be empty unless no samples are taken",
    "'p' must be 1-dimensional",
    "'a' and 'p' must have same size",
};

IntervalFn interval_of(BitGeneratorObj& bg) {
    return [&bg](uint64_t max) { return legacy_random_interval(bg.gen, max); };
}

// ---- seeding and state --------------------------------------------------------------

Value m_seed(Interpreter& in, RandomStateObj& r, const Params& p) {
    if (!r.bitgen->gen.get<rng::Mt19937>()) throw lang::type_error("can only re-seed a MT19937 BitGenerator");
    legacy_seed(in, *r.bitgen, p[0]);
    const std::string line = std::to_string(in.current_line());
    BitGeneratorObj& bg = *r.bitgen;
    bg.origin.rule = p[0].is_none() ? call_name(r, "seed") + "() without a seed on line " + line +
                                          " takes fresh OS entropy, different in every run"
                                    : call_name(r, "seed") + "(" + bg.origin.seed + ") on line " + line;
    r.gauss = LegacyGaussState{};
    return Value::none();
}

Value m_get_state(Interpreter& in, RandomStateObj& r, const Params& p) {
    Value st = bit_generator_state(in, *r.bitgen);
    bool legacy = in.truthy(p[0]);
    const bool mt = r.bitgen->gen.get<rng::Mt19937>() != nullptr;
    if (!mt && legacy) legacy = false;  // numpy warns (RuntimeWarning) and returns the dict
    auto* d = st.as<lang::DictObj>();
    d->put(in, Value::str("has_gauss"), Value::integer(r.gauss.has_gauss ? 1 : 0));
    d->put(in, Value::str("gauss"), Value::floating(r.gauss.gauss));
    if (!legacy) return st;
    const Value inner = in.get_item(st, Value::str("state"));
    return lang::make_tuple({Value::str("MT19937"), in.get_item(inner, Value::str("key")), in.get_item(inner, Value::str("pos")),
                             Value::integer(r.gauss.has_gauss ? 1 : 0), Value::floating(r.gauss.gauss)});
}

Value m_set_state(Interpreter& in, RandomStateObj& r, const Params& p) {
    Value state = p[0];
    Value st;
    double gauss = 0.0;
    bool has_gauss = false;
    if (auto* d = state.as<lang::DictObj>()) {
        if (!d->find(in, Value::str("bit_generator")) || !d->find(in, Value::str("state")))
            throw lang::value_error("state dictionary is not valid.");
        st = state;
        if (Value* g = d->find(in, Value::str("gauss"))) gauss = py_float(in, *g);
        if (Value* h = d->find(in, Value::str("has_gauss"))) has_gauss = in.truthy(*h);
    } else {
        std::vector<Value> items;
        if (auto* t = state.as<lang::TupleObj>()) items = t->items;
        else if (auto* l = state.as<lang::ListObj>()) items = l->items;
        else throw lang::type_error("state must be a dict or a tuple.");
        if (items.empty() || !items[0].as<lang::StrObj>() || items[0].as<lang::StrObj>()->s != "MT19937")
            throw lang::value_error("set_state can only be used with legacy MT19937state instances.");
        if (items.size() < 3) throw lang::runtime_error("IndexError", "tuple index out of range");
        auto inner = std::make_shared<lang::DictObj>();
        inner->put(in, Value::str("key"), items[1]);
        inner->put(in, Value::str("pos"), items[2]);
        auto dict = std::make_shared<lang::DictObj>();
        dict->put(in, Value::str("bit_generator"), items[0]);
        dict->put(in, Value::str("state"), Value::object(inner));
        if (items.size() > 3) {
            if (items.size() < 5) throw lang::runtime_error("IndexError", "tuple index out of range");
            has_gauss = in.truthy(items[3]);
            gauss = py_float(in, items[4]);
        }
        st = Value::object(dict);
    }
    r.gauss.gauss = gauss;
    r.gauss.has_gauss = has_gauss;
    set_bit_generator_state(in, *r.bitgen, st);
    r.bitgen->origin.rule = call_name(r, "set_state") + "() on line " + std::to_string(in.current_line());
    return Value::none();
}

// ---- floats -------------------------------------------------------------------------

Value m_random_sample(Interpreter& in, RandomStateObj& r, const Params& p) {
    return uniform_fill(in, bitgen(r), p[0]);  // legacy_random_sample, in bulk
}

Value m_standard_normal(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[0], {}, [&r](BitGen& g, const double*) { return legacy_gauss(g, r.gauss); });
}

// rand(*args) / randn(*args): no arguments is size=None, else size=args.
Value star_size(const Params& p) {
    auto* args = p[0].as<lang::TupleObj>();
    return args && !args->items.empty() ? p[0] : Value::none();
}

Value m_rand(Interpreter& in, RandomStateObj& r, const Params& p) { return m_random_sample(in, r, {star_size(p)}); }
Value m_randn(Interpreter& in, RandomStateObj& r, const Params& p) { return m_standard_normal(in, r, {star_size(p)}); }

Value m_normal(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[2], {{p[0], "", Cons::None}, {p[1], "scale", Cons::NonNegative}},
                [&r](BitGen& g, const double* v) { return legacy_normal(g, r.gauss, v[0], v[1]); });
}

// uniform: the range high - low is computed (and checked finite) before drawing.
Value m_uniform(Interpreter& in, RandomStateObj& r, const Params& p) {
    const Tensor lo = to_tensor(in, p[0], DType::Float64), hi = to_tensor(in, p[1], DType::Float64);
    if (lo.ndim() == 0 && hi.ndim() == 0) {
        const double low = py_float(in, p[0]), high = py_float(in, p[1]);
        const double range = high - low;
        if (!std::isfinite(range)) throw lang::runtime_error("OverflowError", "Range exceeds valid bounds");
        return cont(in, bitgen(r), p[2], {{Value::floating(low), "", Cons::None}, {Value::floating(range), "", Cons::None}},
                    [](BitGen& g, const double* v) { return legacy_uniform(g, v[0], v[1]); });
    }
    const tensor::Shape shape = broadcast_shapes({lo.shape(), hi.shape()});
    Tensor range = new_tensor(in, DType::Float64, shape);
    for (int64_t i = 0; i < range.size(); ++i) {
        const double d = hi.get(broadcast_index(shape, hi.shape(), i)).f - lo.get(broadcast_index(shape, lo.shape(), i)).f;
        if (!std::isfinite(d)) throw lang::runtime_error("OverflowError", "Range exceeds valid bounds");
        range.data<double>()[i] = d;
    }
    return cont(in, bitgen(r), p[2], {{make_ndarray(in, lo), "", Cons::None}, {make_ndarray(in, range), "", Cons::None}},
                [](BitGen& g, const double* v) { return legacy_uniform(g, v[0], v[1]); });
}

Value m_standard_exponential(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[0], {}, [](BitGen& g, const double*) { return legacy_standard_exponential(g); });
}

Value m_exponential(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[1], {{p[0], "scale", Cons::NonNegative}},
                [](BitGen& g, const double* v) { return legacy_exponential(g, v[0]); });
}

Value m_standard_gamma(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[1], {{p[0], "shape", Cons::NonNegative}},
                [&r](BitGen& g, const double* v) { return legacy_standard_gamma(g, r.gauss, v[0]); });
}

Value m_gamma(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[2], {{p[0], "shape", Cons::NonNegative}, {p[1], "scale", Cons::NonNegative}},
                [&r](BitGen& g, const double* v) { return legacy_gamma(g, r.gauss, v[0], v[1]); });
}

Value m_beta(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[2], {{p[0], "a", Cons::Positive}, {p[1], "b", Cons::Positive}},
                [&r](BitGen& g, const double* v) { return legacy_beta(g, r.gauss, v[0], v[1]); });
}

Value m_lognormal(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[2], {{p[0], "mean", Cons::None}, {p[1], "sigma", Cons::NonNegative}},
                [&r](BitGen& g, const double* v) { return legacy_lognormal(g, r.gauss, v[0], v[1]); });
}

Value m_chisquare(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[1], {{p[0], "df", Cons::Positive}},
                [&r](BitGen& g, const double* v) { return legacy_chisquare(g, r.gauss, v[0]); });
}

Value m_f(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[2], {{p[0], "dfnum", Cons::Positive}, {p[1], "dfden", Cons::Positive}},
                [&r](BitGen& g, const double* v) { return legacy_f(g, r.gauss, v[0], v[1]); });
}

Value m_standard_cauchy(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[0], {}, [&r](BitGen& g, const double*) { return legacy_standard_cauchy(g, r.gauss); });
}

Value m_standard_t(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[1], {{p[0], "df", Cons::Positive}},
                [&r](BitGen& g, const double* v) { return legacy_standard_t(g, r.gauss, v[0]); });
}

Value m_pareto(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[1], {{p[0], "a", Cons::Positive}}, [](BitGen& g, const double* v) { return legacy_pareto(g, v[0]); });
}

Value m_weibull(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[1], {{p[0], "a", Cons::NonNegative}},
                [](BitGen& g, const double* v) { return legacy_weibull(g, v[0]); });
}

Value m_power(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[1], {{p[0], "a", Cons::Positive}}, [](BitGen& g, const double* v) { return legacy_power(g, v[0]); });
}

Value m_rayleigh(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[1], {{p[0], "scale", Cons::NonNegative}},
                [](BitGen& g, const double* v) { return legacy_rayleigh(g, v[0]); });
}

Value m_laplace(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[2], {{p[0], "loc", Cons::None}, {p[1], "scale", Cons::NonNegative}},
                [](BitGen& g, const double* v) { return legacy_laplace(g, v[0], v[1]); });
}

Value m_gumbel(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[2], {{p[0], "loc", Cons::None}, {p[1], "scale", Cons::NonNegative}},
                [](BitGen& g, const double* v) { return legacy_gumbel(g, v[0], v[1]); });
}

Value m_logistic(Interpreter& in, RandomStateObj& r, const Params& p) {
    return cont(in, bitgen(r), p[2], {{p[0], "loc", Cons::None}, {p[1], "scale", Cons::NonNegative}},
                [](BitGen& g, const double* v) { return legacy_logistic(g, v[0], v[1]); });
}

Value m_triangular(Interpreter& in, RandomStateObj& r, const Params& p) {
    check_triangular(in, p[0], p[1], p[2]);
    return cont(in, bitgen(r), p[3], {{p[0], "", Cons::None}, {p[1], "", Cons::None}, {p[2], "", Cons::None}},
                [](BitGen& g, const double* v) { return legacy_triangular(g, v[0], v[1], v[2]); });
}

// ---- discrete -----------------------------------------------------------------------

Value m_binomial(Interpreter& in, RandomStateObj& r, const Params& p) {
    return binomial_driver(in, bitgen(r), p[0], p[1], p[2],
                           [](BitGen& g, double pv, int64_t n) { return legacy_binomial(g, pv, n); });
}

Value m_poisson(Interpreter& in, RandomStateObj& r, const Params& p) {
    return disc(in, bitgen(r), p[1], {{p[0], "lam", Cons::LegacyPoisson}},
                [](BitGen& g, const double* v) { return legacy_poisson(g, v[0]); });
}

Value m_randint(Interpreter& in, RandomStateObj& r, const Params& p) {
    Value dtype = p[3];
    if (auto* s = dtype.as<lang::StrObj>(); s && s->s == kBuiltinInt) dtype = Value::none();
    else if (dtype.is_none()) dtype = Value::str("float64");  // np.dtype(None)
    return bounded_integers(in, bitgen(r), p[0], p[1], p[2], dtype, /*masked=*/true, /*closed=*/false, "randint");
}

// random_integers: randint(low, int(high) + 1, dtype='l') (deprecated; numpy warns on stderr).
Value m_random_integers(Interpreter& in, RandomStateObj& r, const Params& p) {
    Value low = p[0], high = p[1];
    if (high.is_none()) {
        high = low;
        low = Value::integer(1);
    }
    const BigInt h = py_index(high) ? *py_index(high) : BigInt::from_double(py_float(in, high));
    return bounded_integers(in, bitgen(r), low, Value::integer(h + BigInt(1)), p[2], Value::str("int64"), true, false, "randint");
}

// ---- sequences ----------------------------------------------------------------------

Value m_shuffle(Interpreter& in, RandomStateObj& r, const Params& p) {
    shuffle_in_place(in, p[0], interval_of(bitgen(r)));
    return Value::none();
}

Value m_permutation(Interpreter& in, RandomStateObj& r, const Params& p) {
    return permutation(in, bitgen(r), p[0], interval_of(bitgen(r)));
}

// choice: randint for replace without p, cdf + searchsorted with p, a full
// permutation's prefix without replacement.
Value m_choice(Interpreter& in, RandomStateObj& r, const Params& p) {
    const auto shape = size_arg(in, p[1]);
    const bool samples_taken = !shape || tensor::shape_size(*shape) != 0;
    const Population pop = choice_population(in, p[0], samples_taken, kLegacyChoice, /*legacy_1d_only=*/true);
    std::vector<double> probs;
    const bool has_p = !p[3].is_none();
    if (has_p) probs = choice_p(in, p[3], pop.size, kLegacyChoice);
    const int64_t size = shape ? tensor::shape_size(*shape) : 1;
    BitGeneratorObj& bg = bitgen(r);
    DrawScope scope(bg);
    std::vector<int64_t> idx(static_cast<size_t>(size));
    if (in.truthy(p[2])) {
        if (has_p) {
            const std::vector<double> cdf = choice_cdf(probs);
            for (auto& k : idx) k = searchsorted_right(cdf, legacy_random_sample(bg.gen));
        } else {
            if (pop.size <= 0 && size > 0) throw lang::value_error("high <= 0");
            std::vector<uint64_t> draws(static_cast<size_t>(size));
            legacy_bounded_masked_fill<uint64_t>(bg.gen, 0, static_cast<uint64_t>(pop.size - 1), draws);
            for (size_t i = 0; i < draws.size(); ++i) idx[i] = static_cast<int64_t>(draws[i]);
        }
    } else {
        if (size > pop.size) throw lang::value_error("Cannot take a larger sample than population when 'replace=False'");
        if (has_p) {
            idx = choice_unique_with_p(probs, size, [&](int64_t k) {
                std::vector<double> u(static_cast<size_t>(k));
                for (auto& x : u) x = legacy_random_sample(bg.gen);
                return u;
            });
        } else {
            std::vector<int64_t> perm(static_cast<size_t>(pop.size));
            for (int64_t i = 0; i < pop.size; ++i) perm[static_cast<size_t>(i)] = i;
            for (int64_t i = pop.size - 1; i >= 1; --i)
                std::swap(perm[static_cast<size_t>(i)], perm[legacy_random_interval(bg.gen, static_cast<uint64_t>(i))]);
            idx.assign(perm.begin(), perm.begin() + size);
        }
    }
    return choice_result(in, pop, idx, shape, scope.provenance());
}

// The supported API surface of RandomState (and of the numpy.random functions).
constexpr std::array<MethodSpec, 37> kMethods = {{
    {"seed", "seed(seed=None)", m_seed},
    {"get_state", "get_state(legacy=True)", m_get_state},
    {"set_state", "set_state(state)", m_set_state},
    {"random_sample", "random_sample(size=None)", m_random_sample},
    {"random", "random(size=None)", m_random_sample},
    {"sample", "sample(size=None)", m_random_sample},
    {"ranf", "ranf(size=None)", m_random_sample},
    {"rand", "rand(*args)", m_rand},
    {"randn", "randn(*args)", m_randn},
    {"standard_normal", "standard_normal(size=None)", m_standard_normal},
    {"normal", "normal(loc=0.0, scale=1.0, size=None)", m_normal},
    {"uniform", "uniform(low=0.0, high=1.0, size=None)", m_uniform},
    {"standard_exponential", "standard_exponential(size=None)", m_standard_exponential},
    {"exponential", "exponential(scale=1.0, size=None)", m_exponential},
    {"standard_gamma", "standard_gamma(shape, size=None)", m_standard_gamma},
    {"gamma", "gamma(shape, scale=1.0, size=None)", m_gamma},
    {"beta", "beta(a, b, size=None)", m_beta},
    {"lognormal", "lognormal(mean=0.0, sigma=1.0, size=None)", m_lognormal},
    {"chisquare", "chisquare(df, size=None)", m_chisquare},
    {"f", "f(dfnum, dfden, size=None)", m_f},
    {"standard_cauchy", "standard_cauchy(size=None)", m_standard_cauchy},
    {"standard_t", "standard_t(df, size=None)", m_standard_t},
    {"pareto", "pareto(a, size=None)", m_pareto},
    {"weibull", "weibull(a, size=None)", m_weibull},
    {"power", "power(a, size=None)", m_power},
    {"rayleigh", "rayleigh(scale=1.0, size=None)", m_rayleigh},
    {"laplace", "laplace(loc=0.0, scale=1.0, size=None)", m_laplace},
    {"gumbel", "gumbel(loc=0.0, scale=1.0, size=None)", m_gumbel},
    {"logistic", "logistic(loc=0.0, scale=1.0, size=None)", m_logistic},
    {"triangular", "triangular(left, mode, right, size=None)", m_triangular},
    {"binomial", "binomial(n, p, size=None)", m_binomial},
    {"poisson", "poisson(lam=1.0, size=None)", m_poisson},
    {"randint", "randint(low, high=None, size=None, dtype='<builtin int>')", m_randint},
    {"random_integers", "random_integers(low, high=None, size=None)", m_random_integers},
    {"choice", "choice(a, size=None, replace=True, p=None)", m_choice},
    {"shuffle", "shuffle(x)", m_shuffle},
    {"permutation", "permutation(x)", m_permutation},
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

// `seed.squeeze()` then operator.index: ints, NumPy ints, and integer arrays of one
// element (np.array([5]) seeds like 5, while the list [5] goes through init_by_array).
std::optional<BigInt> squeezed_index(const Value& seed) {
    if (const Tensor* t = as_tensor(seed)) {
        if (t->size() != 1 || !(tensor::is_integer(t->dtype()) || t->dtype() == DType::Bool)) return std::nullopt;
        const tensor::Scalar s = t->get(0);
        return tensor::is_unsigned(s.dtype) ? BigInt(s.u) : BigInt(s.i);
    }
    return py_index(seed);
}

}  // namespace

void legacy_seed(Interpreter& in, BitGeneratorObj& bg, const Value& seed) {
    auto* mt = bg.gen.get<rng::Mt19937>();
    const std::string line = std::to_string(in.current_line());
    if (seed.is_none()) {
        // SeedSequence() from the OS; key[0] = 0x80000000, pos left as it was.
        auto ss = make_seed_sequence(in, Value::none());
        const std::vector<uint32_t> val = ss->seq.generate_state_u32(rng::Mt19937::kStateWords);
        std::array<uint32_t, rng::Mt19937::kStateWords> key{};
        key[0] = 0x80000000U;
        for (size_t i = 1; i < key.size(); ++i) key[i] = val[i];
        mt->set_state(key, mt->index());
        bg.origin = {"OS entropy", "", true};
    } else if (auto idx = squeezed_index(seed)) {
        if (idx->is_negative() || idx->bit_length() > 32) throw lang::value_error("Seed must be between 0 and 2**32 - 1");
        const auto w = idx->abs_words32();
        mt->init_genrand(w.empty() ? 0 : w[0]);
        bg.origin = {describe_seed(in, seed), "", false};
    } else {
        // np.asarray(seed).astype(np.int64, casting='safe'), 1-d, each in [0, 2**32).
        if (seed.is_float()) throw lang::type_error("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
        const Tensor arr = to_tensor(in, seed);
        if (arr.size() == 0) throw lang::value_error("Seed must be non-empty");
        if (tensor::is_float(arr.dtype()))
            throw lang::type_error("Cannot cast array data from dtype('" + std::string(tensor::dtype_name(arr.dtype())) +
                                   "') to dtype('int64') according to the rule 'safe'");
        int64_t ndim = arr.ndim();
        if (as_tensor(seed)) {  // seed.squeeze() first
            ndim = 0;
            for (int64_t d : arr.shape()) ndim += d != 1;
        }
        if (ndim != 1) throw lang::value_error("Seed array must be 1-d");
        std::vector<uint32_t> key;
        for (int64_t i = 0; i < arr.size(); ++i) {
            const tensor::Scalar s = arr.get(i);
            const bool neg = tensor::kind_of(s.dtype) == tensor::Kind::SignedInt && s.i < 0;
            if (neg || s.u > 0xFFFFFFFFULL) throw lang::value_error("Seed must be between 0 and 2**32 - 1");
            key.push_back(static_cast<uint32_t>(s.u));
        }
        mt->init_by_array(key);
        bg.origin = {describe_seed(in, seed), "", false};
    }
    bg.seed_seq = nullptr;
    bg.gen.reset_words();
}

std::shared_ptr<RandomStateObj> make_random_state(Interpreter& in, const Value& seed, bool is_global) {
    auto r = std::make_shared<RandomStateObj>();
    r->is_global = is_global;
    const std::string line = std::to_string(in.current_line());
    if (auto* bg = seed.as<BitGeneratorObj>()) {
        r->bitgen = std::static_pointer_cast<BitGeneratorObj>(bg->shared_from_this());
        return r;
    }
    r->bitgen = make_bit_generator(in, "MT19937", Value::none(), "numpy.random.RandomState");
    if (!seed.is_none()) {
        legacy_seed(in, *r->bitgen, seed);
        r->bitgen->origin.rule = "numpy.random.RandomState(" + r->bitgen->origin.seed + ") on line " + line;
    }
    return r;
}

std::vector<std::string> random_state_method_names() {
    std::vector<std::string> names;
    for (auto& m : kMethods)
        if (m.impl) names.push_back(m.name);
    return names;
}

Value random_state_method(const std::shared_ptr<RandomStateObj>& self, const std::string& name) {
    const MethodSpec* m = find_method(name);
    if (!m) return Value();
    return lang::make_native(m->name, [self, m](Interpreter& in, CallArgs& a) {
        const Params p = signature_of(*m).bind(a);
        return m->impl(in, *self, p);
    });
}

std::string RandomStateObj::str(Interpreter&) const { return "RandomState(" + std::string(bitgen->gen.name()) + ")"; }

std::string RandomStateObj::repr(Interpreter& in) const { return str(in) + " at " + fake_address(this); }

bool RandomStateObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    if (name == "_bit_generator") {
        out = Value::object(bitgen);
        return true;
    }
    Value m = random_state_method(std::static_pointer_cast<RandomStateObj>(shared_from_this()), name);
    if (m.is_none()) {
        raise_unemulated(in, "RandomState", name);
        return false;
    }
    out = m;
    return true;
}

}  // namespace seedlab::libs::numpy::random
