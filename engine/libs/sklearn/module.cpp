// The sklearn, sklearn.model_selection and sklearn.utils module objects, with
// train_test_split and sklearn.utils' shuffle / resample / check_random_state
// (scikit-learn 1.2.1's model_selection/_split.py and utils/__init__.py).
#include "libs/sklearn/sklearn.hpp"

#include <algorithm>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/sklearn/split_algorithms.hpp"
#include "libs/sklearn/splitters.hpp"

namespace seedlab::libs {

namespace {

using namespace sklearn;
using lang::CallArgs;

std::vector<Value> tuple_items(const Value& t) { return t.as<lang::TupleObj>()->items; }

// [train[0], test[0], train[1], test[1], ...] for each array, as train_test_split returns.
Value index_all(Interpreter& in, const std::vector<Value>& arrays, const Value& train, const Value& test) {
    std::vector<Value> out;
    for (const Value& a : arrays) {
        out.push_back(safe_indexing(in, a, train));
        out.push_back(safe_indexing(in, a, test));
    }
    return lang::make_list(std::move(out));
}

Value train_test_split(Interpreter& in, CallArgs& a) {
    static const lang::Signature sig("train_test_split(*arrays, test_size=None, train_size=None, random_state=None, shuffle=True, stratify=None)");
    const std::vector<Value> p = sig.bind(a);
    const std::vector<Value> arrays = tuple_items(p[0]);
    const Value &test_size = p[1], &train_size = p[2], &random_state = p[3], &shuffle = p[4], &stratify = p[5];
    if (arrays.empty()) throw lang::value_error("At least one array required as input");
    check_consistent_length(in, arrays);
    const int64_t n_samples = num_samples(in, arrays[0]);
    const SplitSizes sizes = validate_shuffle_split(in, n_samples, test_size, train_size, 0.25);
    if (shuffle.is_bool() && !shuffle.as_bool()) {  // `shuffle is False`
        if (!stratify.is_none()) throw lang::value_error("Stratified train/test split is not implemented for shuffle=False");
        std::vector<int64_t> train, test;
        for (int64_t i = 0; i < sizes.n_train; ++i) train.push_back(i);
        for (int64_t i = sizes.n_train; i < sizes.n_train + sizes.n_test; ++i) test.push_back(i);
        return index_all(in, arrays, index_array(in, train), index_array(in, test));
    }
    // next(CVClass(test_size=n_test, train_size=n_train, random_state=...).split(arrays[0], stratify))
    const Value n_test = Value::integer(sizes.n_test), n_train = Value::integer(sizes.n_train);
    check_consistent_length(in, {arrays[0], stratify});
    const SplitSizes again = validate_shuffle_split(in, n_samples, n_test, n_train, 0.1);
    Split s;
    if (!stratify.is_none()) {
        const StratifiedPlan plan = stratified_plan(in, stratify, again);
        s = stratified_split_once(in, plan, check_random_state(in, random_state));
    } else {
        s = shuffle_split_once(in, n_samples, again, check_random_state(in, random_state));
    }
    return index_all(in, arrays, s.first, s.second);
}

// sklearn.utils.resample (shuffle is resample with replace=False).
Value resample(Interpreter& in, const std::vector<Value>& arrays, bool replace, const Value& n_samples_arg,
               const Value& random_state, const Value& stratify) {
    const Value rng = check_random_state(in, random_state);
    if (arrays.empty()) return Value::none();
    const int64_t n_samples = num_samples(in, arrays[0]);
    int64_t max_n = n_samples;
    if (!n_samples_arg.is_none()) {
        max_n = lang::arg_int(in, n_samples_arg, "n_samples");
        if (max_n > n_samples && !replace)
            throw lang::value_error("Cannot sample " + std::to_string(max_n) + " out of arrays with dim " + std::to_string(n_samples) +
                                    " when replace is False");
    }
    check_consistent_length(in, arrays);
    Value indices;
    if (stratify.is_none()) {
        if (replace) {
            indices = call_rng(in, rng, "randint", {Value::integer(0), Value::integer(n_samples), lang::make_tuple({Value::integer(max_n)})});
        } else {
            const Value shuffled = shuffled_indices(in, n_samples, rng);
            std::vector<int64_t> kept = index_values(in, shuffled);
            kept.resize(static_cast<size_t>(std::min(max_n, n_samples)));  // indices[:max_n_samples]
            indices = index_array(in, kept);
            numpy::set_provenance(indices, numpy::provenance_of(shuffled));
        }
    } else {
        const Labels l = labels_of(in, stratify, "resample's stratify");
        std::vector<std::vector<int64_t>> members(static_cast<size_t>(l.n_classes));
        for (size_t i = 0; i < l.inverse.size(); ++i) members[static_cast<size_t>(l.inverse[i])].push_back(static_cast<int64_t>(i));
        const std::vector<int64_t> n_i = approximate_mode(in, l.counts, max_n, rng);
        std::vector<int64_t> picked;
        for (size_t c = 0; c < members.size(); ++c) {
            const Value chosen = call_rng(in, rng, "choice", {index_array(in, members[c]), Value::integer(n_i[c]), Value::boolean(replace)});
            for (int64_t v : index_values(in, chosen)) picked.push_back(v);
        }
        indices = call_rng(in, rng, "permutation", {index_array(in, picked)});
    }
    std::vector<Value> out;
    for (const Value& x : arrays) out.push_back(safe_indexing(in, x, indices));
    return out.size() == 1 ? out[0] : lang::make_list(std::move(out));
}

Value build_model_selection(Interpreter&) {
    auto m = std::make_shared<lang::ModuleObj>("sklearn.model_selection");
    m->attrs["train_test_split"] = lang::make_native("train_test_split", train_test_split);
    for (const char* const* n = splitter_names(); *n; ++n) m->attrs[*n] = splitter_class(*n);
    return Value::object(m);
}

Value build_utils(Interpreter&) {
    auto m = std::make_shared<lang::ModuleObj>("sklearn.utils");
    m->attrs["shuffle"] = lang::make_native("shuffle", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("shuffle(*arrays, random_state=None, n_samples=None)");
        const std::vector<Value> p = sig.bind(a);
        return resample(in, tuple_items(p[0]), false, p[2], p[1], Value::none());
    });
    m->attrs["resample"] = lang::make_native("resample", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("resample(*arrays, replace=True, n_samples=None, random_state=None, stratify=None)");
        const std::vector<Value> p = sig.bind(a);
        return resample(in, tuple_items(p[0]), in.truthy(p[1]), p[2], p[3], p[4]);
    });
    m->attrs["check_random_state"] = lang::make_native("check_random_state", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("check_random_state(seed)");
        return check_random_state(in, sig.bind(a)[0]);
    });
    return Value::object(m);
}

}  // namespace

void register_sklearn(lang::ModuleRegistry& registry) {
    registry.add("sklearn", [](Interpreter&) {
        auto m = std::make_shared<lang::ModuleObj>("sklearn");
        m->attrs["__version__"] = Value::str("1.2.1");
        return Value::object(m);
    });
    registry.add("sklearn.model_selection", build_model_selection);
    registry.add("sklearn.utils", build_utils);
}

}  // namespace seedlab::libs
