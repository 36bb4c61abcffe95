// scikit-learn 1.2's split arithmetic over the emulated RandomState. See split_algorithms.hpp.
#include "libs/sklearn/split_algorithms.hpp"

#include <algorithm>
#include <cmath>

#include "lang/errors.hpp"
#include "lang/numfmt.hpp"
#include "libs/numpy/ndarray.hpp"

namespace seedlab::libs::sklearn {

namespace {

// np.asarray(v).dtype.kind for a size argument.
char size_kind(const Value& v) {
    if (v.is_none()) return 'O';
    if (v.is_bool()) return 'b';
    if (v.is_int()) return 'i';
    if (v.is_float()) return 'f';
    if (auto sc = numpy::as_numpy_scalar(v)) {
        if (sc->dtype == tensor::DType::Bool) return 'b';
        if (tensor::is_float(sc->dtype)) return 'f';
        return tensor::is_unsigned(sc->dtype) ? 'u' : 'i';
    }
    return 'U';
}

double size_value(const Value& v) {
    if (v.is_float()) return v.as_float();
    if (v.is_int() || v.is_bool()) return v.is_small_int() || v.is_bool() ? static_cast<double>(v.small_int()) : v.big_int().to_double();
    if (auto sc = numpy::as_numpy_scalar(v)) return sc->to_double();
    return 0;
}

// A new index array holding [values], carrying the provenance of the draw that ordered them.
Value indices_from(Interpreter& in, const std::vector<int64_t>& values, const Value& drawn_from) {
    Value out = index_array(in, values);
    numpy::set_provenance(out, numpy::provenance_of(drawn_from));
    return out;
}

// (train, test) from a fold number per sample, as BaseCrossValidator.split's masks give them.
std::vector<Split> folds_from_assignment(Interpreter& in, const std::vector<int64_t>& fold_of, int64_t n_splits,
                                         const Value& drawn_from) {
    std::vector<Split> out;
    for (int64_t f = 0; f < n_splits; ++f) {
        std::vector<int64_t> train, test;
        for (size_t i = 0; i < fold_of.size(); ++i) (fold_of[i] == f ? test : train).push_back(static_cast<int64_t>(i));
        out.emplace_back(indices_from(in, train, drawn_from), indices_from(in, test, drawn_from));
    }
    return out;
}

}  // namespace

SplitSizes validate_shuffle_split(Interpreter& in, int64_t n_samples, const Value& test_arg, const Value& train_arg,
                                  std::optional<double> default_test_size) {
    Value test_size = test_arg;
    const Value& train_size = train_arg;
    if (test_size.is_none() && train_size.is_none() && default_test_size) test_size = Value::floating(*default_test_size);
    const char tk = size_kind(test_size), rk = size_kind(train_size);
    const double tv = size_value(test_size), rv = size_value(train_size);
    const double n = static_cast<double>(n_samples);
    auto out_of_range = [&](char k, double v) { return (k == 'i' && (v >= n || v <= 0)) || (k == 'f' && (v <= 0 || v >= 1)); };
    if (out_of_range(tk, tv))
        throw lang::value_error("test_size=" + in.str(test_size) + " should be either positive and smaller than the number of samples " +
                                std::to_string(n_samples) + " or a float in the (0, 1) range");
    if (out_of_range(rk, rv))
        throw lang::value_error("train_size=" + in.str(train_size) + " should be either positive and smaller than the number of samples " +
                                std::to_string(n_samples) + " or a float in the (0, 1) range");
    if (!train_size.is_none() && rk != 'i' && rk != 'f') throw lang::value_error("Invalid value for train_size: " + in.str(train_size));
    if (!test_size.is_none() && tk != 'i' && tk != 'f') throw lang::value_error("Invalid value for test_size: " + in.str(test_size));
    if (rk == 'f' && tk == 'f' && rv + tv > 1)
        throw lang::value_error("The sum of test_size and train_size = " + lang::float_repr(rv + tv) +
                                ", should be in the (0, 1) range. Reduce test_size and/or train_size.");
    double n_test = 0, n_train = 0;
    if (tk == 'f') n_test = std::ceil(tv * n);
    else if (tk == 'i') n_test = tv;
    if (rk == 'f') n_train = std::floor(rv * n);
    else if (rk == 'i') n_train = rv;
    if (train_size.is_none()) n_train = n - n_test;
    else if (test_size.is_none()) n_test = n - n_train;
    if (n_train + n_test > n)
        throw lang::value_error("The sum of train_size and test_size = " + std::to_string(static_cast<int64_t>(n_train + n_test)) +
                                ", should be smaller than the number of samples " + std::to_string(n_samples) +
                                ". Reduce test_size and/or train_size.");
    SplitSizes s{static_cast<int64_t>(n_train), static_cast<int64_t>(n_test)};
    if (s.n_train == 0)
        throw lang::value_error("With n_samples=" + std::to_string(n_samples) + ", test_size=" + in.str(test_size) +
                                " and train_size=" + in.str(train_size) +
                                ", the resulting train set will be empty. Adjust any of the aforementioned parameters.");
    return s;
}

std::vector<int64_t> approximate_mode(Interpreter& in, const std::vector<int64_t>& class_counts, int64_t n_draws,
                                      const Value& rng) {
    int64_t total = 0;
    for (int64_t c : class_counts) total += c;
    const size_t k = class_counts.size();
    std::vector<double> continuous(k), floored(k);
    double floored_sum = 0;  // integers: any summation order is exact
    for (size_t i = 0; i < k; ++i) {
        continuous[i] = static_cast<double>(class_counts[i]) / static_cast<double>(total) * static_cast<double>(n_draws);
        floored[i] = std::floor(continuous[i]);
        floored_sum += floored[i];
    }
    auto need_to_add = static_cast<int64_t>(static_cast<double>(n_draws) - floored_sum);
    if (need_to_add > 0) {
        std::vector<double> remainder(k);
        for (size_t i = 0; i < k; ++i) remainder[i] = continuous[i] - floored[i];
        std::vector<double> values = remainder;
        std::sort(values.begin(), values.end(), std::greater<>());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        for (double value : values) {
            std::vector<int64_t> inds;
            for (size_t i = 0; i < k; ++i)
                if (remainder[i] == value) inds.push_back(static_cast<int64_t>(i));
            const int64_t add_now = std::min<int64_t>(static_cast<int64_t>(inds.size()), need_to_add);
            const Value chosen = call_rng(in, rng, "choice", {index_array(in, inds), Value::integer(add_now), Value::boolean(false)});
            for (int64_t i : index_values(in, chosen)) floored[static_cast<size_t>(i)] += 1;
            need_to_add -= add_now;
            if (need_to_add == 0) break;
        }
    }
    std::vector<int64_t> out(k);
    for (size_t i = 0; i < k; ++i) out[i] = static_cast<int64_t>(floored[i]);
    return out;
}

Split shuffle_split_once(Interpreter& in, int64_t n_samples, const SplitSizes& sizes, const Value& rng) {
    const Value perm = call_rng(in, rng, "permutation", {Value::integer(n_samples)});
    const std::vector<int64_t> p = index_values(in, perm);
    std::vector<int64_t> test(p.begin(), p.begin() + sizes.n_test);
    std::vector<int64_t> train(p.begin() + sizes.n_test, p.begin() + sizes.n_test + sizes.n_train);
    return {indices_from(in, train, perm), indices_from(in, test, perm)};
}

StratifiedPlan stratified_plan(Interpreter& in, const Value& y, const SplitSizes& sizes) {
    StratifiedPlan plan;
    plan.labels = labels_of(in, y, "StratifiedShuffleSplit's y");
    plan.sizes = sizes;
    const Labels& l = plan.labels;
    if (*std::min_element(l.counts.begin(), l.counts.end()) < 2)
        throw lang::value_error("The least populated class in y has only 1 member, which is too few. The minimum number of groups for any class cannot be less than 2.");
    if (sizes.n_train < l.n_classes)
        throw lang::value_error("The train_size = " + std::to_string(sizes.n_train) + " should be greater or equal to the number of classes = " +
                                std::to_string(l.n_classes));
    if (sizes.n_test < l.n_classes)
        throw lang::value_error("The test_size = " + std::to_string(sizes.n_test) + " should be greater or equal to the number of classes = " +
                                std::to_string(l.n_classes));
    plan.class_indices.resize(static_cast<size_t>(l.n_classes));
    for (size_t i = 0; i < l.inverse.size(); ++i) plan.class_indices[static_cast<size_t>(l.inverse[i])].push_back(static_cast<int64_t>(i));
    return plan;
}

Split stratified_split_once(Interpreter& in, const StratifiedPlan& plan, const Value& rng) {
    const std::vector<int64_t>& counts = plan.labels.counts;
    const std::vector<int64_t> n_i = approximate_mode(in, counts, plan.sizes.n_train, rng);
    std::vector<int64_t> remaining(counts.size());
    for (size_t i = 0; i < counts.size(); ++i) remaining[i] = counts[i] - n_i[i];
    const std::vector<int64_t> t_i = approximate_mode(in, remaining, plan.sizes.n_test, rng);
    std::vector<int64_t> train, test;
    for (size_t c = 0; c < counts.size(); ++c) {
        const std::vector<int64_t> perm = index_values(in, call_rng(in, rng, "permutation", {Value::integer(counts[c])}));
        const std::vector<int64_t>& members = plan.class_indices[c];
        const auto last = static_cast<int64_t>(members.size()) - 1;
        for (size_t j = 0; j < perm.size(); ++j) {
            const int64_t sample = members[static_cast<size_t>(std::clamp<int64_t>(perm[j], 0, last))];  // take(mode="clip")
            const auto jj = static_cast<int64_t>(j);
            if (jj < n_i[c]) train.push_back(sample);
            else if (jj < n_i[c] + t_i[c]) test.push_back(sample);
        }
    }
    const Value train_v = call_rng(in, rng, "permutation", {index_array(in, train)});
    const Value test_v = call_rng(in, rng, "permutation", {index_array(in, test)});
    return {train_v, test_v};
}

Value shuffled_indices(Interpreter& in, int64_t n, const Value& rng) {
    std::vector<int64_t> order(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) order[static_cast<size_t>(i)] = i;
    Value indices = index_array(in, order);
    if (!rng.is_none()) call_rng(in, rng, "shuffle", {indices});
    return indices;
}

std::vector<Split> kfold_folds(Interpreter& in, int64_t n_samples, int64_t n_splits, const Value& rng) {
    const Value shuffled = shuffled_indices(in, n_samples, rng);
    const std::vector<int64_t> order = index_values(in, shuffled);
    std::vector<int64_t> fold_of(static_cast<size_t>(n_samples));
    int64_t current = 0;
    for (int64_t f = 0; f < n_splits; ++f) {
        const int64_t size = n_samples / n_splits + (f < n_samples % n_splits ? 1 : 0);
        for (int64_t j = current; j < current + size; ++j) fold_of[static_cast<size_t>(order[static_cast<size_t>(j)])] = f;
        current += size;
    }
    return folds_from_assignment(in, fold_of, n_splits, shuffled);
}

std::vector<Split> stratified_kfold_folds(Interpreter& in, const Value& y, int64_t n_splits, const Value& rng) {
    const Labels l = labels_of(in, y, "StratifiedKFold's y");
    if (l.continuous) throw lang::value_error("Supported target types are: ('binary', 'multiclass'). Got 'continuous' instead.");
    // Classes renumbered by first appearance in y.
    std::vector<int64_t> by_appearance(static_cast<size_t>(l.n_classes));
    for (int64_t c = 0; c < l.n_classes; ++c) by_appearance[static_cast<size_t>(c)] = c;
    std::sort(by_appearance.begin(), by_appearance.end(),
              [&](int64_t a, int64_t b) { return l.first_index[static_cast<size_t>(a)] < l.first_index[static_cast<size_t>(b)]; });
    std::vector<int64_t> class_perm(static_cast<size_t>(l.n_classes));
    for (int64_t r = 0; r < l.n_classes; ++r) class_perm[static_cast<size_t>(by_appearance[static_cast<size_t>(r)])] = r;
    std::vector<int64_t> encoded(l.inverse.size()), counts(static_cast<size_t>(l.n_classes), 0);
    for (size_t i = 0; i < encoded.size(); ++i) ++counts[static_cast<size_t>(encoded[i] = class_perm[static_cast<size_t>(l.inverse[i])])];
    if (std::all_of(counts.begin(), counts.end(), [&](int64_t c) { return n_splits > c; }))
        throw lang::value_error("n_splits=" + std::to_string(n_splits) + " cannot be greater than the number of members in each class.");
    // allocation[f][k]: samples of class k in fold f, dealt round-robin over the sorted labels.
    std::vector<int64_t> sorted = encoded;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::vector<int64_t>> allocation(static_cast<size_t>(n_splits), std::vector<int64_t>(static_cast<size_t>(l.n_classes), 0));
    for (size_t i = 0; i < sorted.size(); ++i) ++allocation[i % static_cast<size_t>(n_splits)][static_cast<size_t>(sorted[i])];
    std::vector<int64_t> fold_of(encoded.size());
    Value last_shuffled;
    for (int64_t k = 0; k < l.n_classes; ++k) {
        std::vector<int64_t> folds;
        for (int64_t f = 0; f < n_splits; ++f) folds.insert(folds.end(), static_cast<size_t>(allocation[static_cast<size_t>(f)][static_cast<size_t>(k)]), f);
        if (!rng.is_none()) {
            last_shuffled = index_array(in, folds);
            call_rng(in, rng, "shuffle", {last_shuffled});
            folds = index_values(in, last_shuffled);
        }
        size_t next = 0;
        for (size_t i = 0; i < encoded.size(); ++i)
            if (encoded[i] == k) fold_of[i] = folds[next++];
    }
    return folds_from_assignment(in, fold_of, n_splits, last_shuffled);
}

}  // namespace seedlab::libs::sklearn
