// scikit-learn 1.2's input helpers (sklearn/utils/validation.py, utils/__init__.py,
// utils/multiclass.py) over the playground's values. See arrays.hpp.
#include "libs/sklearn/arrays.hpp"

#include <algorithm>
#include <cmath>

#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/random/numpy_random.hpp"
#include "libs/numpy/random/objects.hpp"
#include "libs/numpy/random/sampling.hpp"
#include "libs/numpy/random/sequences.hpp"

namespace seedlab::libs::sklearn {

namespace {

std::string class_repr(Interpreter& in, const Value& v) { return "<class '" + in.type_name(v) + "'>"; }

bool is_sequence(const Value& x) {
    return x.as<lang::ListObj>() || x.as<lang::TupleObj>() || x.as<lang::RangeObj>() || x.as<lang::StrObj>();
}

// One label as np.unique compares it: a number (exactly as an int when it is one) or a str.
struct Key {
    bool is_str = false;
    bool is_float = false;
    int64_t i = 0;
    double f = 0;
    std::string s;
};

Key key_of_scalar(const tensor::Scalar& sc) {
    Key k;
    if (tensor::is_float(sc.dtype)) { k.is_float = true; k.f = sc.f; }
    else { k.i = sc.i; k.f = static_cast<double>(sc.i); }
    return k;
}

Key key_of(Interpreter& in, const Value& v, const std::string& what) {
    Key k;
    if (v.is_bool() || v.is_small_int()) { k.i = v.small_int(); k.f = static_cast<double>(k.i); return k; }
    if (v.is_float()) { k.is_float = true; k.f = v.as_float(); return k; }
    if (auto* s = v.as<lang::StrObj>()) { k.is_str = true; k.s = s->s; return k; }
    if (auto sc = numpy::as_numpy_scalar(v)) return key_of_scalar(*sc);
    throw lang::unsupported("Unsupported: " + what + " holding " + in.type_name(v) +
                                " values (the playground takes numbers or strings as class labels).",
                            in.current_line());
}

}  // namespace

bool is_integral(const Value& v) {
    if (v.is_int() || v.is_bool()) return true;
    auto sc = numpy::as_numpy_scalar(v);
    return sc && tensor::is_integer(sc->dtype);
}

int64_t num_samples(Interpreter& in, const Value& x) {
    if (const tensor::Tensor* t = numpy::as_tensor(x)) {
        if (t->ndim() == 0) throw lang::type_error("Singleton array " + in.repr(x) + " cannot be considered a valid collection.");
        return t->shape()[0];
    }
    if (is_sequence(x)) return static_cast<int64_t>(in.to_list(x).size());
    throw lang::type_error("Expected sequence or array-like, got " + class_repr(in, x));
}

void check_consistent_length(Interpreter& in, const std::vector<Value>& arrays) {
    std::vector<int64_t> lengths;
    for (const Value& a : arrays)
        if (!a.is_none()) lengths.push_back(num_samples(in, a));
    for (int64_t n : lengths) {
        if (n == lengths.front()) continue;
        std::string list = "[";
        for (size_t i = 0; i < lengths.size(); ++i) list += (i ? ", " : "") + std::to_string(lengths[i]);
        throw lang::value_error("Found input variables with inconsistent numbers of samples: " + list + "]");
    }
}

Value safe_indexing(Interpreter& in, const Value& x, const Value& indices) {
    const std::vector<int64_t> idx = index_values(in, indices);
    if (const tensor::Tensor* t = numpy::as_tensor(x)) {
        tensor::Tensor rows = numpy::random::take_rows(in, *t, idx, {static_cast<int64_t>(idx.size())});
        return numpy::make_ndarray(in, std::move(rows), numpy::provenance_of(indices));
    }
    const std::vector<Value> items = in.to_list(x);
    std::vector<Value> out;
    out.reserve(idx.size());
    // Numbers picked out of a list carry the provenance of the draw that picked them.
    const lang::ProvenancePtr prov = numpy::provenance_of(indices);
    for (int64_t i : idx) {
        const Value& item = items.at(static_cast<size_t>(i));
        out.push_back(prov && item.is_number() ? item.with_provenance(prov) : item);
    }
    return lang::make_list(std::move(out));
}

Value check_random_state(Interpreter& in, const Value& seed) {
    if (seed.is_none() || (seed.is_object() && seed.obj() == numpy_random_module(in).obj()))
        return numpy_global_random_state(in);
    if (is_integral(seed)) return Value::object(numpy::random::make_random_state(in, seed, false));
    if (seed.as<numpy::random::RandomStateObj>()) return seed;
    throw lang::value_error(in.repr(seed) + " cannot be used to seed a numpy.random.RandomState instance");
}

Value call_rng(Interpreter& in, const Value& rng, const std::string& name, std::vector<Value> args) {
    return in.call(in.get_attr(rng, name), std::move(args));
}

Value index_array(Interpreter& in, const std::vector<int64_t>& values) {
    tensor::Tensor t = numpy::random::new_tensor(in, tensor::DType::Int64, {static_cast<int64_t>(values.size())});
    std::copy(values.begin(), values.end(), t.data<int64_t>());
    return numpy::make_ndarray(in, std::move(t));
}

std::vector<int64_t> index_values(Interpreter& in, const Value& array) {
    const tensor::Tensor* t = numpy::as_tensor(array);
    if (!t) {
        std::vector<int64_t> out;
        for (const Value& v : in.to_list(array)) out.push_back(v.small_int());
        return out;
    }
    std::vector<int64_t> out(static_cast<size_t>(t->size()));
    for (int64_t i = 0; i < t->size(); ++i) out[static_cast<size_t>(i)] = t->get(i).i;
    return out;
}

Labels labels_of(Interpreter& in, const Value& y, const std::string& what) {
    std::vector<Key> keys;
    if (const tensor::Tensor* t = numpy::as_tensor(y)) {
        if (t->ndim() != 1)
            throw lang::unsupported("Unsupported: " + what + " with " + std::to_string(t->ndim()) +
                                        " dimensions (the playground takes a 1-D target).",
                                    in.current_line());
        for (int64_t i = 0; i < t->size(); ++i) keys.push_back(key_of_scalar(t->get(i)));
    } else {
        if (!is_sequence(y) || y.as<lang::StrObj>()) throw lang::type_error("Expected sequence or array-like, got " + class_repr(in, y));
        for (const Value& v : in.to_list(y)) {
            if (v.as<lang::ListObj>() || v.as<lang::TupleObj>() || numpy::as_tensor(v))
                throw lang::unsupported("Unsupported: " + what + " with 2 dimensions (the playground takes a 1-D target).", in.current_line());
            keys.push_back(key_of(in, v, what));
        }
    }
    bool any_str = false, any_num = false, any_float = false;
    for (const Key& k : keys) {
        (k.is_str ? any_str : any_num) = true;
        any_float |= k.is_float;
    }
    if (any_str && any_num)
        throw lang::unsupported("Unsupported: " + what + " mixing strings and numbers as class labels.", in.current_line());
    auto less = [&](const Key& a, const Key& b) {
        if (any_str) return a.s < b.s;
        if (any_float) return a.f < b.f;
        return a.i < b.i;
    };
    std::vector<int64_t> order(keys.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int64_t>(i);
    std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return less(keys[static_cast<size_t>(a)], keys[static_cast<size_t>(b)]); });
    Labels out;
    out.inverse.assign(keys.size(), 0);
    for (size_t r = 0; r < order.size(); ++r) {
        const int64_t i = order[r];
        if (r == 0 || less(keys[static_cast<size_t>(order[r - 1])], keys[static_cast<size_t>(i)])) {
            out.first_index.push_back(i);
            out.counts.push_back(0);
        }
        out.inverse[static_cast<size_t>(i)] = static_cast<int64_t>(out.counts.size()) - 1;
        ++out.counts.back();
    }
    out.n_classes = static_cast<int64_t>(out.counts.size());
    for (const Key& k : keys)
        if (k.is_float && !(std::isfinite(k.f) && k.f == std::trunc(k.f))) out.continuous = true;
    return out;
}

}  // namespace seedlab::libs::sklearn
