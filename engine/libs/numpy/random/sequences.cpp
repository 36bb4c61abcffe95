// Shuffles, permutations and choice's shared steps; see sequences.hpp.
#include "libs/numpy/random/sequences.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/random/sampling.hpp"
#include "math/libm.hpp"

namespace seedlab::libs::numpy::random {

using tensor::DType;
using tensor::Shape;
using tensor::Tensor;

namespace {

// normalize_axis_index's AxisError.
int64_t normalize_axis(int64_t axis, int64_t ndim) {
    if (axis < -ndim || axis >= ndim)
        throw lang::runtime_error("AxisError", "axis " + std::to_string(axis) + " is out of bounds for array of dimension " +
                                                   std::to_string(ndim));
    return axis < 0 ? axis + ndim : axis;
}

// A view of [t] with [axis] moved to the front (np.swapaxes(x, 0, axis)).
Tensor axis_first(const Tensor& t, int64_t axis) {
    if (axis == 0) return t;
    std::vector<int64_t> axes(static_cast<size_t>(t.ndim()));
    for (int64_t d = 0; d < t.ndim(); ++d) axes[static_cast<size_t>(d)] = d;
    std::swap(axes[0], axes[static_cast<size_t>(axis)]);
    return t.permute(axes);
}

// np.asarray of a range goes through its items (the array layer takes lists).
Value listify_range(Interpreter& in, const Value& v) {
    if (v.as<lang::RangeObj>()) return lang::make_list(in.to_list(v));
    return v;
}

}  // namespace

void swap_rows(Tensor& t, int64_t i, int64_t j) {
    if (i == j) return;
    const int64_t inner = t.shape().empty() ? 1 : t.size() / t.shape()[0];
    tensor::dispatch(t.dtype(), [&](auto tag) {
        using T = decltype(tag);
        T* base = t.data<T>() - t.offset();
        for (int64_t k = 0; k < inner; ++k) {
            const int64_t a = t.element_offset(i * inner + k), b = t.element_offset(j * inner + k);
            std::swap(base[a], base[b]);
        }
        return 0;
    });
}

Tensor arange(Interpreter& in, int64_t n) {
    Tensor t = new_tensor(in, DType::Int64, {n});
    int64_t* d = t.data<int64_t>();
    for (int64_t i = 0; i < n; ++i) d[i] = i;
    return t;
}

Tensor take_rows(Interpreter& in, const Tensor& a, const std::vector<int64_t>& idx, const Shape& idx_shape) {
    Shape shape = idx_shape;
    shape.insert(shape.end(), a.shape().begin() + 1, a.shape().end());
    Tensor out = new_tensor(in, a.dtype(), shape);
    const int64_t inner = a.shape().empty() ? 1 : (a.shape()[0] ? a.size() / a.shape()[0] : 0);
    int64_t pos = 0;
    for (int64_t row : idx)
        for (int64_t k = 0; k < inner; ++k) out.set(pos++, a.get(row * inner + k));
    return out;
}

void shuffle_in_place(Interpreter& in, const Value& x, const IntervalFn& interval, int64_t axis, int64_t first) {
    if (Tensor* t = as_tensor(x)) {
        if (t->ndim() == 0) throw lang::type_error("len() of unsized object");
        axis = normalize_axis(axis, t->ndim());
        if (t->size() == 0) return;
        Tensor rows = axis_first(*t, axis);
        for (int64_t i = rows.shape()[0] - 1; i >= first; --i) {
            const int64_t j = static_cast<int64_t>(interval(static_cast<uint64_t>(i)));
            swap_rows(rows, i, j);
        }
        return;
    }
    const int64_t n = in.length(x);
    if (axis != 0) throw lang::runtime_error("NotImplementedError", "Axis argument is only supported on ndarray objects");
    if (auto* list = x.as<lang::ListObj>()) {
        for (int64_t i = n - 1; i >= first; --i) {
            const int64_t j = static_cast<int64_t>(interval(static_cast<uint64_t>(i)));
            std::swap(list->items[static_cast<size_t>(i)], list->items[static_cast<size_t>(j)]);
        }
        return;
    }
    for (int64_t i = n - 1; i >= first; --i) {
        const int64_t j = static_cast<int64_t>(interval(static_cast<uint64_t>(i)));
        Value xi = in.get_item(x, Value::integer(i)), xj = in.get_item(x, Value::integer(j));
        in.set_item(x, Value::integer(i), xj);
        in.set_item(x, Value::integer(j), xi);
    }
}

Value permutation(Interpreter& in, BitGeneratorObj& bg, const Value& x, const IntervalFn& interval, int64_t axis) {
    DrawScope scope(bg);
    Value arr;
    if (auto idx = py_index(x); idx && !as_tensor(x)) {
        if (!idx->fits_int64()) throw lang::runtime_error("OverflowError", "Python int too large to convert to C long");
        const int64_t n = idx->to_int64();
        if (n < 0) throw lang::value_error("negative dimensions are not allowed");
        arr = make_ndarray(in, arange(in, n));
    } else {
        Tensor t = to_tensor(in, listify_range(in, x));
        if (t.ndim() < 1) throw lang::runtime_error("IndexError", "x must be an integer or at least 1-dimensional");
        arr = make_ndarray(in, t.copy());
    }
    shuffle_in_place(in, arr, interval, axis);
    set_provenance(arr, scope.provenance());
    return arr;
}

Population choice_population(Interpreter& in, const Value& a_arg, bool samples_taken, const ChoiceMessages& msg,
                             bool legacy_1d_only) {
    Population pop;
    const Value a = listify_range(in, a_arg);
    const bool listlike = a.as<lang::ListObj>() || a.as<lang::TupleObj>();
    if (!as_tensor(a) && !listlike) {
        auto idx = py_index(a);
        if (!idx) throw lang::value_error(msg.not_int);
        if (!idx->fits_int64()) throw lang::runtime_error("OverflowError", "Python int too large to convert to C long");
        pop.is_int = true;
        pop.size = idx->to_int64();
        if (pop.size <= 0 && samples_taken) throw lang::value_error(msg.int_nonpos);
        return pop;
    }
    if (listlike) {
        // np.array(a) of strings or other objects: the playground keeps the items.
        const std::vector<Value> items = in.to_list(a);
        bool numeric = true;
        for (auto& v : items)
            if (!(v.is_number() || as_numpy_scalar(v) || v.as<lang::ListObj>() || v.as<lang::TupleObj>())) numeric = false;
        if (!numeric) {
            pop.items = items;
            pop.has_items = true;
            pop.size = static_cast<int64_t>(items.size());
            if (pop.size == 0 && samples_taken) throw lang::value_error(msg.empty);
            return pop;
        }
    }
    pop.array = to_tensor(in, a);
    if (pop.array.ndim() == 0) {
        // a 0-d array: operator.index(a.item())
        const tensor::Scalar s = pop.array.get(0);
        if (!tensor::is_integer(s.dtype) && s.dtype != DType::Bool) throw lang::value_error(msg.not_int);
        pop.is_int = true;
        pop.size = s.i;
        if (pop.size <= 0 && samples_taken) throw lang::value_error(msg.int_nonpos);
        return pop;
    }
    if (legacy_1d_only && pop.array.ndim() != 1) throw lang::value_error("a must be 1-dimensional");
    pop.size = pop.array.shape()[0];
    if (pop.size == 0 && samples_taken) throw lang::value_error(msg.empty);
    return pop;
}

std::vector<double> choice_p(Interpreter& in, const Value& p, int64_t pop_size, const ChoiceMessages& msg) {
    double atol = math::sqrt(2.220446049250313e-16);  // np.sqrt(np.finfo(np.float64).eps)
    if (Tensor* t = as_tensor(p); t && t->dtype() == DType::Float32) atol = std::max(atol, math::sqrt(1.1920928955078125e-07));
    const Tensor arr = to_tensor(in, p, DType::Float64);
    if (arr.ndim() != 1) throw lang::value_error(msg.p_ndim);
    if (arr.size() != pop_size) throw lang::value_error(msg.p_size);
    std::vector<double> pv(static_cast<size_t>(arr.size()));
    for (int64_t i = 0; i < arr.size(); ++i) pv[static_cast<size_t>(i)] = arr.get(i).f;
    // kahan_sum
    double sum = pv.empty() ? 0.0 : pv[0], c = 0.0;
    for (size_t i = 1; i < pv.size(); ++i) {
        const double y = pv[i] - c;
        const double t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    if (std::isnan(sum)) throw lang::value_error("probabilities contain NaN");
    for (double v : pv)
        if (v < 0) throw lang::value_error("probabilities are not non-negative");
    if (std::fabs(sum - 1.) > atol) throw lang::value_error("probabilities do not sum to 1");
    return pv;
}

std::vector<double> choice_cdf(const std::vector<double>& p) {
    std::vector<double> cdf(p.size());
    double acc = 0.0;
    for (size_t i = 0; i < p.size(); ++i) cdf[i] = acc = (i == 0 ? p[0] : acc + p[i]);
    const double last = cdf.empty() ? 1.0 : cdf.back();
    for (double& v : cdf) v /= last;
    return cdf;
}

int64_t searchsorted_right(const std::vector<double>& cdf, double u) {
    return std::upper_bound(cdf.begin(), cdf.end(), u) - cdf.begin();
}

std::vector<int64_t> choice_unique_with_p(std::vector<double> p, int64_t size,
                                          const std::function<std::vector<double>(int64_t)>& uniforms) {
    int64_t positive = 0;
    for (double v : p) positive += v > 0;
    if (positive < size) throw lang::value_error("Fewer non-zero entries in p than size");
    std::vector<int64_t> found;
    while (static_cast<int64_t>(found.size()) < size) {
        const std::vector<double> x = uniforms(size - static_cast<int64_t>(found.size()));
        for (int64_t f : found) p[static_cast<size_t>(f)] = 0;
        const std::vector<double> cdf = choice_cdf(p);
        // np.unique(new, return_index=True), indices sorted: first occurrences in order.
        std::unordered_set<int64_t> seen;
        for (double u : x) {
            const int64_t k = searchsorted_right(cdf, u);
            if (seen.insert(k).second) found.push_back(k);
        }
    }
    return found;
}

Value choice_result(Interpreter& in, const Population& pop, const std::vector<int64_t>& idx,
                    const std::optional<Shape>& shape, lang::ProvenancePtr prov) {
    if (pop.is_int) {
        if (!shape) return Value::integer(idx.at(0)).with_provenance(prov);
        Tensor t = new_tensor(in, DType::Int64, *shape);
        std::copy(idx.begin(), idx.end(), t.data<int64_t>());
        return make_ndarray(in, std::move(t), prov);
    }
    if (pop.has_items) {
        if (!shape) return pop.items.at(static_cast<size_t>(idx.at(0)));
        throw lang::unsupported("Unsupported: choice(..., size=...) over non-numeric elements needs string arrays, which the "
                                "playground does not have.",
                                in.current_line());
    }
    if (!shape) {
        Tensor row = take_rows(in, pop.array, {idx.at(0)}, {});
        return make_result(in, std::move(row), prov);
    }
    return make_ndarray(in, take_rows(in, pop.array, idx, *shape), prov);
}

}  // namespace seedlab::libs::numpy::random
