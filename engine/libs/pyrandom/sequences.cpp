// Integers from ranges and the sequence methods of random.Random (randrange,
// randint, choice, choices, shuffle, sample) as Lib/random.py 3.11 writes them.
// This reproduces CPython 3.11; never fix its algorithms here. Every index comes
// from _randbelow (getrandbits with rejection), except choices(), which scales
// random() and uses bisect.
#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/pyrandom/random_impl.hpp"

namespace seedlab::libs::pyrandom {
namespace {

Value drawn_int(RandomObj& r, const BigInt& n) { return Value::integer(n).with_provenance(r.provenance()); }

// randrange's `_index(x)`, falling back to int(x) as 3.11 still does (with a
// DeprecationWarning on stderr): an integral float is accepted, anything else that
// int() takes gives "non-integer [which] for randrange()".
BigInt range_arg(Interpreter& in, const Value& v, const std::string& which) {
    if (v.is_int() || v.is_bool()) return v.big_int();
    std::string non_integer = "non-integer " + which + " for randrange()";
    if (v.is_float()) {
        BigInt i = float_to_int(v.as_float());
        if (std::floor(v.as_float()) != v.as_float()) throw lang::value_error(non_integer);
        return i;
    }
    if (auto* s = v.as<lang::StrObj>()) {
        try {
            (void)BigInt::from_string(s->s, 10);
        } catch (const std::invalid_argument& e) {
            throw lang::value_error(e.what());
        }
        throw lang::value_error(non_integer);  // a str never equals the int it spells
    }
    if (v.as<lang::BytesObj>()) throw lang::unsupported("random.randrange() with a bytes argument.");
    throw lang::type_error("int() argument must be a string, a bytes-like object or a real number, not '" + in.type_name(v) + "'");
}

// `step is _ONE`: the default, or a literal 1 (CPython caches small ints).
bool is_one(const Value& step) { return step.is_small_int() && step.small_int() == 1; }

Value randrange(Interpreter& in, RandomObj& r, const Value& start, const Value& stop, const Value& step) {
    BigInt istart = range_arg(in, start, "arg 1");
    if (stop.is_none()) {
        if (!is_one(step)) throw lang::type_error("Missing a non-None stop argument");
        if (istart > 0) return drawn_int(r, randbelow(r, istart));
        throw lang::value_error("empty range for randrange()");
    }
    BigInt istop = range_arg(in, stop, "stop");
    BigInt width = istop - istart;
    BigInt istep = range_arg(in, step, "step");
    if (istep == 1) {
        if (width > 0) return drawn_int(r, istart + randbelow(r, width));
        throw lang::value_error("empty range for randrange() (" + istart.to_string() + ", " + istop.to_string() + ", " +
                                width.to_string() + ")");
    }
    BigInt n;
    if (istep > 0) n = floordiv(width + istep - 1, istep);
    else if (istep < 0) n = floordiv(width + istep + 1, istep);
    else throw lang::value_error("zero step for randrange()");
    if (n <= 0) throw lang::value_error("empty range for randrange()");
    return drawn_int(r, istart + istep * randbelow(r, n));
}

// randbelow for a length from len().
int64_t randbelow_len(RandomObj& r, int64_t n) { return static_cast<int64_t>(randbelow(r, static_cast<uint64_t>(n))); }

// itertools.accumulate(iterable) with +, as a list.
std::vector<Value> accumulate(Interpreter& in, const Value& iterable) {
    std::vector<Value> out;
    for (auto& v : in.to_list(iterable)) out.push_back(out.empty() ? v : op(in, "+", out.back(), v));
    return out;
}

// bisect.bisect_right(a, x, lo, hi): the first position whose item compares greater than x.
int64_t bisect_right(Interpreter& in, const std::vector<Value>& a, const Value& x, int64_t lo, int64_t hi) {
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        if (in.less(x, a[static_cast<size_t>(mid)])) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

// The builtin types registered as collections.abc.Sequence.
bool is_sequence(const Value& v) {
    return v.as<lang::ListObj>() || v.as<lang::TupleObj>() || v.as<lang::StrObj>() || v.as<lang::RangeObj>() ||
           v.as<lang::BytesObj>();
}

// `[None] * k` after `0 <= k <= n` passed: k is an int or a bool here, or a float.
int64_t sample_size(Interpreter& in, const Value& k) {
    if (k.is_small_int() || k.is_bool()) return k.small_int();
    throw lang::type_error("can't multiply sequence by non-int of type '" + in.type_name(k) + "'");
}

Value sample(Interpreter& in, RandomObj& r, const Value& population, const Value& k_value, const Value& counts) {
    if (!is_sequence(population)) throw lang::type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n = in.length(population);
    if (!counts.is_none()) {
        std::vector<Value> cum_counts = accumulate(in, counts);
        if (static_cast<int64_t>(cum_counts.size()) != n)
            throw lang::value_error("The number of counts does not match the population");
        if (cum_counts.empty()) throw lang::runtime_error("IndexError", "pop from empty list");
        Value total = cum_counts.back();
        cum_counts.pop_back();
        if (!total.is_int() && !total.is_bool()) throw lang::type_error("Counts must be integers");
        if (total.big_int() <= 0) throw lang::value_error("Total of counts must be greater than zero");
        if (!total.is_small_int()) throw lang::unsupported("random.sample() with counts totalling more than 2**63.");
        auto range = std::make_shared<lang::RangeObj>();
        range->stop = total.small_int();
        Value selections = sample(in, r, Value::object(range), k_value, Value::none());
        std::vector<Value> out;
        for (auto& s : selections.as<lang::ListObj>()->items)
            out.push_back(in.get_item(population, Value::integer(bisect_right(in, cum_counts, s, 0, static_cast<int64_t>(cum_counts.size())))));
        return lang::make_list(std::move(out));
    }
    if (!(test(in, "<=", Value::integer(0), k_value) && test(in, "<=", k_value, Value::integer(n))))
        throw lang::value_error("Sample larger than population or is negative");
    int64_t k = sample_size(in, k_value);
    std::vector<Value> result(static_cast<size_t>(k));
    // setsize = 21, plus 4 ** ceil(log(k * 3, 4)) for k > 5: a set beats a list copy
    // when the population is larger than the set's table would be.
    BigInt setsize = 21;
    if (k > 5) {
        double exponent = std::ceil(py_log((BigInt(k) * 3).to_double()) / py_log(4.0));
        setsize += pow(BigInt(4), BigInt(static_cast<int64_t>(exponent)));
    }
    if (BigInt(n) <= setsize) {
        std::vector<Value> pool = in.to_list(population);
        for (int64_t i = 0; i < k; ++i) {
            int64_t j = randbelow_len(r, n - i);
            result[static_cast<size_t>(i)] = pool[static_cast<size_t>(j)];
            pool[static_cast<size_t>(j)] = pool[static_cast<size_t>(n - i - 1)];  // move non-selected item into vacancy
        }
    } else {
        std::unordered_set<int64_t> selected;
        for (int64_t i = 0; i < k; ++i) {
            int64_t j = randbelow_len(r, n);
            while (selected.count(j)) j = randbelow_len(r, n);
            selected.insert(j);
            result[static_cast<size_t>(i)] = in.get_item(population, Value::integer(j));
        }
    }
    if (population.as<lang::RangeObj>())
        for (auto& v : result) v = v.with_provenance(r.provenance());
    return lang::make_list(std::move(result));
}

}  // namespace

Value method_randrange(Interpreter& in, RandomObj& r, const Params& p) { return randrange(in, r, p[1], p[2], p[3]); }

Value method_randint(Interpreter& in, RandomObj& r, const Params& p) {
    return randrange(in, r, p[1], op(in, "+", p[2], Value::integer(1)), Value::integer(1));
}

Value method_choice(Interpreter& in, RandomObj& r, const Params& p) {
    const Value& seq = p[1];
    int64_t n = in.length(seq);
    if (n == 0) throw lang::runtime_error("IndexError", "Cannot choose from an empty sequence");
    return in.get_item(seq, Value::integer(randbelow_len(r, n)));
}

Value method_shuffle(Interpreter& in, RandomObj& r, const Params& p) {
    const Value& x = p[1];
    int64_t n = in.length(x);
    auto* list = x.as<lang::ListObj>();
    for (int64_t i = n - 1; i >= 1; --i) {
        int64_t j = randbelow_len(r, i + 1);
        if (list) {
            std::swap(list->items[static_cast<size_t>(i)], list->items[static_cast<size_t>(j)]);
            continue;
        }
        // x[i], x[j] = x[j], x[i]
        Value xj = in.get_item(x, Value::integer(j)), xi = in.get_item(x, Value::integer(i));
        in.set_item(x, Value::integer(i), xj);
        in.set_item(x, Value::integer(j), xi);
    }
    return Value::none();
}

Value method_sample(Interpreter& in, RandomObj& r, const Params& p) { return sample(in, r, p[1], p[2], p[3]); }

Value method_choices(Interpreter& in, RandomObj& r, const Params& p) {
    const Value& population = p[1];
    Value weights = p[2], cum_weights_value = p[3];
    int64_t k = 0;
    int64_t n = in.length(population);
    std::vector<Value> out;
    auto repeat_count = [&](const Value& kv) { return std::max<int64_t>(0, lang::arg_int(in, kv, "k")); };
    if (cum_weights_value.is_none() && weights.is_none()) {
        k = repeat_count(p[4]);
        const double dn = static_cast<double>(n);  // n += 0.0
        for (int64_t i = 0; i < k; ++i) {
            double pick = std::floor(r.next_double() * dn);
            out.push_back(in.get_item(population, Value::integer(float_to_int(pick))));
        }
        return lang::make_list(std::move(out));
    }
    std::vector<Value> cum_weights;
    if (cum_weights_value.is_none()) {
        try {
            cum_weights = accumulate(in, weights);
        } catch (const lang::PyError& e) {
            if (e.kind != lang::ErrorKind::Runtime || e.type != "TypeError" || !(weights.is_int() || weights.is_bool())) throw;
            throw lang::type_error("The number of choices must be a keyword argument: k=" + in.repr(weights));
        }
    } else if (!weights.is_none()) {
        throw lang::type_error("Cannot specify both weights and cumulative weights");
    } else {
        if (in.length(cum_weights_value) != n) throw lang::value_error("The number of weights does not match the population");
        for (int64_t i = 0; i < n; ++i) cum_weights.push_back(in.get_item(cum_weights_value, Value::integer(i)));
    }
    if (static_cast<int64_t>(cum_weights.size()) != n) throw lang::value_error("The number of weights does not match the population");
    if (cum_weights.empty()) {
        in.get_item(cum_weights_value.is_none() ? lang::make_list({}) : cum_weights_value, Value::integer(-1));  // IndexError
    }
    Value total = op(in, "+", cum_weights.back(), flt(0.0));
    if (test(in, "<=", total, flt(0.0))) throw lang::value_error("Total of weights must be greater than zero");
    double total_d = to_double(in, total);
    if (total_d != total_d || std::fabs(total_d) == HUGE_VAL) throw lang::value_error("Total of weights must be finite");
    k = repeat_count(p[4]);
    const int64_t hi = n - 1;
    for (int64_t i = 0; i < k; ++i) {
        Value x = op(in, "*", flt(r.next_double()), total);
        out.push_back(in.get_item(population, Value::integer(bisect_right(in, cum_weights, x, 0, hi))));
    }
    return lang::make_list(std::move(out));
}

}  // namespace seedlab::libs::pyrandom
