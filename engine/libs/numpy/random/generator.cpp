// numpy.random.Generator of numpy 1.24 (numpy/random/_generator.pyx): the table of
// supported methods with their Python signatures over Generator's samplers
// (generator_distributions.hpp), choice's Floyd / tail-shuffle sampling, permuted,
// and default_rng. Generator has no spawn() in 1.24 (it arrived in 1.25), so
// rng.spawn is an AttributeError here as there.
#include <array>
#include <cmath>
#include <unordered_map>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/random/generator_distributions.hpp"
#include "libs/numpy/random/integers.hpp"
#include "libs/numpy/random/sampling.hpp"
#include "libs/numpy/random/sequences.hpp"

namespace seedlab::libs::numpy::random {

namespace {

using tensor::DType;
using tensor::Tensor;

using Impl = Value (*)(Interpreter&, GeneratorObj&, const Params&);

struct MethodSpec {
    const char* name;
    const char* signature;
    Impl impl;
};

BitGeneratorObj& bitgen(GeneratorObj& g) { return *g.bitgen; }

IntervalFn interval_of(BitGeneratorObj& bg) {
    return [&bg](uint64_t max) { return random_interval(bg.gen, max); };
}

// A dtype= argument of random / standard_normal / standard_exponential (default float64).
DType float_dtype(Interpreter& in, const Value& v) {
    return v.is_none() ? DType::Float64 : to_dtype(in, v).value_or(DType::Float64);
}

void no_out(Interpreter& in, const Value& out, const char* method) {
    if (!out.is_none())
        throw lang::unsupported(std::string("Unsupported: keyword 'out' of Generator.") + method + ".", in.current_line());
}

[[noreturn]] void bad_dtype(DType d, const char* method) {
    throw lang::type_error("Unsupported dtype dtype('" + std::string(tensor::dtype_name(d)) + "') for " + method);
}

int64_t normalize_axis(int64_t axis, int64_t ndim) {
    if (axis < -ndim || axis >= ndim)
        throw lang::runtime_error("AxisError", "axis " + std::to_string(axis) + " is out of bounds for array of dimension " +
                                                   std::to_string(ndim));
    return axis < 0 ? axis + ndim : axis;
}

// ---- floats -------------------------------------------------------------------------

Value m_random(Interpreter& in, GeneratorObj& g, const Params& p) {
    no_out(in, p[2], "random");
    const DType d = float_dtype(in, p[1]);
    if (d == DType::Float64) return uniform_fill(in, bitgen(g), p[0]);  // random_standard_uniform, in bulk
    if (d == DType::Float32) return float_fill(in, bitgen(g), p[0], [](auto& b) { return random_standard_uniform_f(b); });
    bad_dtype(d, "random");
}

Value m_standard_normal(Interpreter& in, GeneratorObj& g, const Params& p) {
    no_out(in, p[2], "standard_normal");
    const DType d = float_dtype(in, p[1]);
    if (d == DType::Float64) return double_fill(in, bitgen(g), p[0], [](auto& b) { return random_standard_normal(b); });
    if (d == DType::Float32) return float_fill(in, bitgen(g), p[0], [](auto& b) { return random_standard_normal_f(b); });
    bad_dtype(d, "standard_normal");
}

Value m_normal(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[2], {{p[0], "", Cons::None}, {p[1], "scale", Cons::NonNegative}},
                [](BitGen& b, const double* v) { return random_normal(b, v[0], v[1]); });
}

Value m_uniform(Interpreter& in, GeneratorObj& g, const Params& p) {
    const Tensor lo = to_tensor(in, p[0], DType::Float64), hi = to_tensor(in, p[1], DType::Float64);
    auto draw = [](BitGen& b, const double* v) { return random_uniform(b, v[0], v[1]); };
    if (lo.ndim() == 0 && hi.ndim() == 0) {
        const double low = py_float(in, p[0]), high = py_float(in, p[1]);
        const double range = high - low;
        if (!std::isfinite(range)) throw lang::runtime_error("OverflowError", "high - low range exceeds valid bounds");
        return cont(in, bitgen(g), p[2],
                    {{Value::floating(low), "", Cons::None}, {Value::floating(range), "high - low", Cons::NonNegative}}, draw);
    }
    const tensor::Shape shape = broadcast_shapes({lo.shape(), hi.shape()});
    Tensor range = new_tensor(in, DType::Float64, shape);
    for (int64_t i = 0; i < range.size(); ++i)
        range.data<double>()[i] = hi.get(broadcast_index(shape, hi.shape(), i)).f - lo.get(broadcast_index(shape, lo.shape(), i)).f;
    for (int64_t i = 0; i < range.size(); ++i)
        if (!std::isfinite(range.data<double>()[i])) throw lang::runtime_error("OverflowError", "Range exceeds valid bounds");
    return cont(in, bitgen(g), p[2], {{make_ndarray(in, lo), "", Cons::None}, {make_ndarray(in, range), "high - low", Cons::NonNegative}},
                draw);
}

Value m_standard_exponential(Interpreter& in, GeneratorObj& g, const Params& p) {
    no_out(in, p[3], "standard_exponential");
    const DType d = float_dtype(in, p[1]);
    const bool zig = in.str(p[2]) == "zig";
    if (d == DType::Float64) {
        if (zig) return double_fill(in, bitgen(g), p[0], [](auto& b) { return random_standard_exponential(b); });
        return double_fill(in, bitgen(g), p[0], [](auto& b) { return random_standard_exponential_inv(b); });
    }
    if (d == DType::Float32) {
        if (zig) return float_fill(in, bitgen(g), p[0], [](auto& b) { return random_standard_exponential_f(b); });
        // random_standard_exponential_inv_fill_f: -npy_log1p(-next_float), in double.
        return float_fill(in, bitgen(g), p[0], [](auto& b) {
            return static_cast<float>(-math::log1p(-static_cast<double>(random_standard_uniform_f(b))));
        });
    }
    bad_dtype(d, "standard_exponential");
}

Value m_exponential(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[1], {{p[0], "scale", Cons::NonNegative}},
                [](BitGen& b, const double* v) { return random_exponential(b, v[0]); });
}

Value m_standard_gamma(Interpreter& in, GeneratorObj& g, const Params& p) {
    no_out(in, p[3], "standard_gamma");
    const DType d = float_dtype(in, p[2]);
    if (d == DType::Float32)
        throw lang::unsupported("Unsupported: Generator.standard_gamma(dtype=np.float32) is not emulated yet.", in.current_line());
    if (d != DType::Float64) bad_dtype(d, "standard_gamma");
    return cont(in, bitgen(g), p[1], {{p[0], "shape", Cons::NonNegative}},
                [](BitGen& b, const double* v) { return random_standard_gamma(b, v[0]); });
}

Value m_gamma(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[2], {{p[0], "shape", Cons::NonNegative}, {p[1], "scale", Cons::NonNegative}},
                [](BitGen& b, const double* v) { return random_gamma(b, v[0], v[1]); });
}

Value m_beta(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[2], {{p[0], "a", Cons::Positive}, {p[1], "b", Cons::Positive}},
                [](BitGen& b, const double* v) { return random_beta(b, v[0], v[1]); });
}

Value m_lognormal(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[2], {{p[0], "mean", Cons::None}, {p[1], "sigma", Cons::NonNegative}},
                [](BitGen& b, const double* v) { return random_lognormal(b, v[0], v[1]); });
}

Value m_chisquare(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[1], {{p[0], "df", Cons::Positive}}, [](BitGen& b, const double* v) { return random_chisquare(b, v[0]); });
}

Value m_f(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[2], {{p[0], "dfnum", Cons::Positive}, {p[1], "dfden", Cons::Positive}},
                [](BitGen& b, const double* v) { return random_f(b, v[0], v[1]); });
}

Value m_standard_cauchy(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[0], {}, [](BitGen& b, const double*) { return random_standard_cauchy(b); });
}

Value m_standard_t(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[1], {{p[0], "df", Cons::Positive}}, [](BitGen& b, const double* v) { return random_standard_t(b, v[0]); });
}

Value m_pareto(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[1], {{p[0], "a", Cons::Positive}}, [](BitGen& b, const double* v) { return random_pareto(b, v[0]); });
}

Value m_weibull(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[1], {{p[0], "a", Cons::NonNegative}}, [](BitGen& b, const double* v) { return random_weibull(b, v[0]); });
}

Value m_power(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[1], {{p[0], "a", Cons::Positive}}, [](BitGen& b, const double* v) { return random_power(b, v[0]); });
}

Value m_rayleigh(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[1], {{p[0], "scale", Cons::NonNegative}},
                [](BitGen& b, const double* v) { return random_rayleigh(b, v[0]); });
}

Value m_laplace(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[2], {{p[0], "loc", Cons::None}, {p[1], "scale", Cons::NonNegative}},
                [](BitGen& b, const double* v) { return random_laplace(b, v[0], v[1]); });
}

Value m_gumbel(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[2], {{p[0], "loc", Cons::None}, {p[1], "scale", Cons::NonNegative}},
                [](BitGen& b, const double* v) { return random_gumbel(b, v[0], v[1]); });
}

Value m_logistic(Interpreter& in, GeneratorObj& g, const Params& p) {
    return cont(in, bitgen(g), p[2], {{p[0], "loc", Cons::None}, {p[1], "scale", Cons::NonNegative}},
                [](BitGen& b, const double* v) { return random_logistic(b, v[0], v[1]); });
}

Value m_triangular(Interpreter& in, GeneratorObj& g, const Params& p) {
    check_triangular(in, p[0], p[1], p[2]);
    return cont(in, bitgen(g), p[3], {{p[0], "", Cons::None}, {p[1], "", Cons::None}, {p[2], "", Cons::None}},
                [](BitGen& b, const double* v) { return random_triangular(b, v[0], v[1], v[2]); });
}

// ---- discrete -----------------------------------------------------------------------

Value m_binomial(Interpreter& in, GeneratorObj& g, const Params& p) {
    return binomial_driver(in, bitgen(g), p[0], p[1], p[2],
                           [](BitGen& b, double pv, int64_t n) { return random_binomial(b, pv, n); });
}

Value m_poisson(Interpreter& in, GeneratorObj& g, const Params& p) {
    return disc(in, bitgen(g), p[1], {{p[0], "lam", Cons::Poisson}},
                [](BitGen& b, const double* v) { return random_poisson(b, v[0]); });
}

Value m_integers(Interpreter& in, GeneratorObj& g, const Params& p) {
    const Value dtype = p[3].is_none() ? Value::str("int64") : p[3];
    return bounded_integers(in, bitgen(g), p[0], p[1], p[2], dtype, /*masked=*/false, in.truthy(p[4]), "integers");
}

// ---- sequences ----------------------------------------------------------------------

Value m_shuffle(Interpreter& in, GeneratorObj& g, const Params& p) {
    shuffle_in_place(in, p[0], interval_of(bitgen(g)), lang::arg_int(in, p[1], "axis"));
    return Value::none();
}

Value m_permutation(Interpreter& in, GeneratorObj& g, const Params& p) {
    return permutation(in, bitgen(g), p[0], interval_of(bitgen(g)), lang::arg_int(in, p[1], "axis"));
}

// permuted: axis=None shuffles the flattened copy; an axis shuffles each 1-d lane
// along it, lanes in C order, each with _shuffle_raw(first=0).
Value m_permuted(Interpreter& in, GeneratorObj& g, const Params& p) {
    if (!p[2].is_none())
        throw lang::unsupported("Unsupported: keyword 'out' of Generator.permuted.", in.current_line());
    BitGeneratorObj& bg = bitgen(g);
    DrawScope scope(bg);
    Tensor out = to_tensor(in, p[0]).copy();
    if (p[1].is_none()) {
        Tensor flat = out.reshape({out.size()});
        Value view = make_ndarray(in, flat);
        if (out.size() > 0) shuffle_in_place(in, view, interval_of(bg));
        return make_ndarray(in, out, scope.provenance());
    }
    const int64_t axis = normalize_axis(lang::arg_int(in, p[1], "axis"), out.ndim());
    std::vector<int64_t> axes;
    for (int64_t d = 0; d < out.ndim(); ++d)
        if (d != axis) axes.push_back(d);
    axes.push_back(axis);
    Tensor lanes = out.permute(axes);
    const int64_t n = out.shape()[static_cast<size_t>(axis)];
    const int64_t count = n ? out.size() / n : 0;
    tensor::dispatch(out.dtype(), [&](auto tag) {
        using T = decltype(tag);
        T* base = lanes.data<T>() - lanes.offset();
        for (int64_t lane = 0; lane < count; ++lane) {
            for (int64_t i = n - 1; i >= 0; --i) {
                const int64_t j = static_cast<int64_t>(random_interval(bg.gen, static_cast<uint64_t>(i)));
                std::swap(base[lanes.element_offset(lane * n + i)], base[lanes.element_offset(lane * n + j)]);
            }
        }
        return 0;
    });
    return make_ndarray(in, out, scope.provenance());
}

// _shuffle_int: Fisher-Yates from n-1 down to [first] with Lemire bounded draws.
void shuffle_int(BitGen& gen, int64_t n, int64_t first, int64_t* data) {
    for (int64_t i = n - 1; i >= first; --i) {
        const uint64_t j = random_bounded_uint64(gen, 0, static_cast<uint64_t>(i));
        std::swap(data[j], data[i]);
    }
}

// choice without replacement and without p: a tail shuffle of arange(pop_size) for
// large populations, else Floyd's algorithm with NumPy's open-addressing set, then
// (shuffle=True) a Fisher-Yates pass over the sample.
std::vector<int64_t> choice_no_replace(BitGen& gen, int64_t pop_size, int64_t size, bool shuffle) {
    const int64_t cutoff = shuffle ? 50 : 20;
    if (pop_size > 10000 && size > pop_size / cutoff) {
        std::vector<int64_t> idx(static_cast<size_t>(pop_size));
        for (int64_t i = 0; i < pop_size; ++i) idx[static_cast<size_t>(i)] = i;
        shuffle_int(gen, pop_size, std::max<int64_t>(pop_size - size, 1), idx.data());
        return {idx.begin() + (pop_size - size), idx.end()};
    }
    std::vector<int64_t> idx(static_cast<size_t>(size));
    const uint64_t mask = generator_detail::gen_mask(static_cast<uint64_t>(1.2 * static_cast<double>(size)));
    std::vector<uint64_t> hash_set(static_cast<size_t>(mask + 1), ~uint64_t{0});
    for (int64_t j = pop_size - size; j < pop_size; ++j) {
        const uint64_t val = random_bounded_uint64(gen, 0, static_cast<uint64_t>(j));
        uint64_t loc = val & mask;
        while (hash_set[loc] != ~uint64_t{0} && hash_set[loc] != val) loc = (loc + 1) & mask;
        if (hash_set[loc] == ~uint64_t{0}) {  // val not in the set yet
            hash_set[loc] = val;
            idx[static_cast<size_t>(j - pop_size + size)] = static_cast<int64_t>(val);
        } else {  // insert j instead
            loc = static_cast<uint64_t>(j) & mask;
            while (hash_set[loc] != ~uint64_t{0}) loc = (loc + 1) & mask;
            hash_set[loc] = static_cast<uint64_t>(j);
            idx[static_cast<size_t>(j - pop_size + size)] = j;
        }
    }
    if (shuffle) shuffle_int(gen, size, 1, idx.data());
    return idx;
}

Value m_choice(Interpreter& in, GeneratorObj& g, const Params& p) {
    const auto shape = size_arg(in, p[1]);
    const bool samples_taken = !shape || tensor::shape_size(*shape) != 0;
    const ChoiceMessages msg = {
        "a must be a sequence or an integer, not <class '" + in.type_name(p[0]) + "'>",
        "a must be a positive integer unless no samples are taken",
        "a cannot be empty unless no samples are taken",
        "p must be 1-dimensional",
        "a and p must have same size",
    };
    const Population pop = choice_population(in, p[0], samples_taken, msg, /*legacy_1d_only=*/false);
    if (!pop.is_int && !pop.has_items && normalize_axis(lang::arg_int(in, p[4], "axis"), pop.array.ndim()) != 0)
        throw lang::unsupported("Unsupported: Generator.choice with axis other than 0.", in.current_line());
    std::vector<double> probs;
    const bool has_p = !p[3].is_none();
    if (has_p) probs = choice_p(in, p[3], pop.size, msg);
    const int64_t size = shape ? tensor::shape_size(*shape) : 1;
    BitGeneratorObj& bg = bitgen(g);
    DrawScope scope(bg);
    std::vector<int64_t> idx(static_cast<size_t>(size));
    if (in.truthy(p[2])) {
        if (has_p) {
            const std::vector<double> cdf = choice_cdf(probs);
            for (auto& k : idx) k = searchsorted_right(cdf, random_standard_uniform(bg.gen));
        } else {
            if (pop.size <= 0 && size > 0) throw lang::value_error("high <= 0");
            std::vector<uint64_t> draws(static_cast<size_t>(size));
            random_bounded_lemire_fill<uint64_t>(bg.gen, 0, static_cast<uint64_t>(pop.size - 1), draws);
            for (size_t i = 0; i < draws.size(); ++i) idx[i] = static_cast<int64_t>(draws[i]);
        }
    } else {
        if (size > pop.size) throw lang::value_error("Cannot take a larger sample than population when replace is False");
        if (has_p) {
            idx = choice_unique_with_p(probs, size, [&](int64_t k) {
                std::vector<double> u(static_cast<size_t>(k));
                for (auto& x : u) x = random_standard_uniform(bg.gen);
                return u;
            });
        } else {
            idx = choice_no_replace(bg.gen, pop.size, size, in.truthy(p[5]));
        }
    }
    return choice_result(in, pop, idx, shape, scope.provenance());
}

// The supported API surface of Generator.
constexpr std::array<MethodSpec, 29> kMethods = {{
    {"random", "random(size=None, dtype=None, out=None)", m_random},
    {"standard_normal", "standard_normal(size=None, dtype=None, out=None)", m_standard_normal},
    {"normal", "normal(loc=0.0, scale=1.0, size=None)", m_normal},
    {"uniform", "uniform(low=0.0, high=1.0, size=None)", m_uniform},
    {"integers", "integers(low, high=None, size=None, dtype=None, endpoint=False)", m_integers},
    {"choice", "choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)", m_choice},
    {"shuffle", "shuffle(x, axis=0)", m_shuffle},
    {"permutation", "permutation(x, axis=0)", m_permutation},
    {"permuted", "permuted(x, *, axis=None, out=None)", m_permuted},
    {"standard_exponential", "standard_exponential(size=None, dtype=None, method='zig', out=None)", m_standard_exponential},
    {"exponential", "exponential(scale=1.0, size=None)", m_exponential},
    {"standard_gamma", "standard_gamma(shape, size=None, dtype=None, out=None)", m_standard_gamma},
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
}};

const lang::Signature& signature_of(const MethodSpec& m) {
    static const std::unordered_map<const MethodSpec*, lang::Signature> table = [] {
        std::unordered_map<const MethodSpec*, lang::Signature> t;
        for (auto& spec : kMethods) t.emplace(&spec, lang::Signature(spec.signature));
        return t;
    }();
    return table.at(&m);
}

}  // namespace

std::string GeneratorObj::str(Interpreter&) const { return "Generator(" + std::string(bitgen->gen.name()) + ")"; }

std::string GeneratorObj::repr(Interpreter& in) const { return str(in) + " at " + fake_address(this); }

bool GeneratorObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    if (name == "bit_generator") {
        out = Value::object(bitgen);
        return true;
    }
    for (auto& m : kMethods) {
        if (name != m.name) continue;
        auto self = std::static_pointer_cast<GeneratorObj>(shared_from_this());
        const MethodSpec* spec = &m;
        out = lang::make_native(m.name, [self, spec](Interpreter& i, CallArgs& a) {
            const Params p = signature_of(*spec).bind(a);
            return spec->impl(i, *self, p);
        });
        return true;
    }
    raise_unemulated(in, "Generator", name);
    return false;
}

Value make_generator(Interpreter& in, const Value& bit_generator) {
    auto* bg = bit_generator.as<BitGeneratorObj>();
    if (!bg) throw lang::runtime_error("AttributeError", "'" + in.type_name(bit_generator) + "' object has no attribute 'capsule'");
    auto g = std::make_shared<GeneratorObj>();
    g->bitgen = std::static_pointer_cast<BitGeneratorObj>(bg->shared_from_this());
    return Value::object(g);
}

Value default_rng(Interpreter& in, const Value& seed) {
    if (seed.as<BitGeneratorObj>()) return make_generator(in, seed);
    if (seed.as<GeneratorObj>()) return seed;
    auto bg = make_bit_generator(in, "PCG64", seed, "numpy.random.default_rng");
    if (seed.is_none()) bg->origin.rule += " (numpy.random.seed() does not reach default_rng)";
    return make_generator(in, Value::object(bg));
}

}  // namespace seedlab::libs::numpy::random
