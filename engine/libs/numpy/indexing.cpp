// Indexing: the key is parsed into items (int, slice, newaxis, integer array), boolean
// masks become their nonzero() integer arrays, and the selection is either a view
// (basic indexing) or a list of element offsets in result order (advanced indexing).
#include "libs/numpy/indexing.hpp"

#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ufunc.hpp"

namespace seedlab::libs::numpy {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Scalar;
using tensor::Shape;
using tensor::Tensor;

bool index_value(const Value& v, int64_t& out);  // convert.cpp

namespace {

struct Item {
    enum class Kind { Int, Slice, NewAxis, Array } kind = Kind::Int;
    int64_t i = 0;
    const lang::SliceObj* slice = nullptr;
    Tensor arr;         // int64 indices, or the boolean mask
    bool mask = false;  // [arr] is a boolean mask (consumes arr.ndim() axes)
};

[[noreturn]] void invalid_index() {
    throw lang::runtime_error("IndexError",
                              "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays "
                              "are valid indices");
}

[[noreturn]] void out_of_bounds(int64_t i, size_t axis, int64_t size) {
    throw lang::runtime_error("IndexError", "index " + std::to_string(i) + " is out of bounds for axis " + std::to_string(axis) +
                                                " with size " + std::to_string(size));
}

int64_t normalise(int64_t i, size_t axis, int64_t size) {
    int64_t j = i < 0 ? i + size : i;
    if (j < 0 || j >= size) out_of_bounds(i, axis, size);
    return j;
}

bool is_ellipsis(Interpreter& in, const Value& v) {
    return v.is_object() && v.obj() == in.builtin("Ellipsis").obj();
}

// The integer arrays of a boolean mask (np.nonzero), one per mask dimension.
std::vector<Tensor> mask_indices(const Tensor& mask, const Shape& shape, size_t axis) {
    for (size_t k = 0; k < mask.shape().size(); ++k) {
        if (axis + k >= shape.size() || mask.shape()[k] != shape[axis + k])
            throw lang::runtime_error("IndexError", "boolean index did not match indexed array along dimension " +
                                                        std::to_string(axis + k) + "; dimension is " +
                                                        std::to_string(axis + k < shape.size() ? shape[axis + k] : 0) +
                                                        " but corresponding boolean dimension is " + std::to_string(mask.shape()[k]));
    }
    size_t nd = mask.shape().size();
    std::vector<std::vector<int64_t>> idx(nd);
    std::vector<int64_t> strides = tensor::row_major_strides(mask.shape());
    for (int64_t k = 0; k < mask.size(); ++k) {
        if (!mask.get(k).truthy()) continue;
        int64_t rem = k;
        for (size_t d = 0; d < nd; ++d) {
            idx[d].push_back(rem / strides[d]);
            rem %= strides[d];
        }
    }
    std::vector<Tensor> out;
    for (auto& v : idx) out.push_back(Tensor::from_vector(v));
    if (nd == 0) out.push_back(Tensor::from_vector(std::vector<int64_t>(mask.get(0).truthy() ? 1 : 0, 0)));
    return out;
}

std::vector<Item> parse_key(Interpreter& in, const Tensor& a, const Value& key, bool& advanced, bool* has_ellipsis = nullptr) {
    std::vector<Value> parts;
    if (auto* t = key.as<lang::TupleObj>()) parts = t->items;
    else parts.push_back(key);
    std::vector<Item> items;
    int ellipsis_at = -1;
    size_t consumed = 0;
    for (const Value& p : parts) {
        Item it;
        int64_t n = 0;
        if (is_ellipsis(in, p)) {
            if (ellipsis_at >= 0) throw lang::runtime_error("IndexError", "an index can only have a single ellipsis ('...')");
            ellipsis_at = static_cast<int>(items.size());
            if (has_ellipsis) *has_ellipsis = true;
            continue;
        }
        if (p.is_none()) {
            it.kind = Item::Kind::NewAxis;
        } else if (auto* s = p.as<lang::SliceObj>()) {
            it.kind = Item::Kind::Slice;
            it.slice = s;
            ++consumed;
        } else if (p.is_bool() || (p.as<ScalarObj>() && p.as<ScalarObj>()->s.dtype == DType::Bool)) {
            unsupported(in, "indexing an array with a boolean scalar");
        } else if (index_value(p, n)) {
            it.kind = Item::Kind::Int;
            it.i = n;
            ++consumed;
        } else if (p.is_int()) {
            throw lang::runtime_error("IndexError", "cannot fit 'int' into an index-sized integer");
        } else if (p.as<NdArrayObj>() || p.as<lang::ListObj>() || (p.as<lang::TupleObj>() && parts.size() > 1)) {
            Tensor t = to_tensor(in, p);
            if (t.dtype() == DType::Bool) {
                it.kind = Item::Kind::Array;
                it.arr = t;
                it.mask = true;
                consumed += static_cast<size_t>(t.ndim());
                advanced = true;
            } else {
                if (tensor::is_float(t.dtype()) && t.size() > 0)
                    throw lang::runtime_error("IndexError", "arrays used as indices must be of integer (or boolean) type");
                it.kind = Item::Kind::Array;
                it.arr = t.astype(DType::Int64);
                ++consumed;
                advanced = true;
            }
        } else {
            invalid_index();
        }
        items.push_back(it);
    }
    size_t nd = static_cast<size_t>(a.ndim());
    if (consumed > nd)
        throw lang::runtime_error("IndexError", "too many indices for array: array is " + std::to_string(nd) +
                                                    "-dimensional, but " + std::to_string(consumed) + " were indexed");
    // Expand the ellipsis (or pad at the end) with full slices.
    static const lang::SliceObj full_slice;
    std::vector<Item> fill(nd - consumed);
    for (auto& f : fill) {
        f.kind = Item::Kind::Slice;
        f.slice = &full_slice;
    }
    size_t at = ellipsis_at >= 0 ? static_cast<size_t>(ellipsis_at) : items.size();
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), fill.begin(), fill.end());
    // Replace each mask by its nonzero() index arrays.
    std::vector<Item> out;
    size_t axis = 0;
    for (Item& it : items) {
        if (it.kind == Item::Kind::NewAxis) {
            out.push_back(it);
            continue;
        }
        if (!it.mask) {
            out.push_back(it);
            ++axis;
            continue;
        }
        for (Tensor& t : mask_indices(it.arr, a.shape(), axis)) {
            Item r;
            r.kind = Item::Kind::Array;
            r.arr = t;
            out.push_back(r);
        }
        axis += static_cast<size_t>(it.arr.ndim());
    }
    items = std::move(out);
    return items;
}

// Basic indexing: the view selected by [items] (no arrays among them).
Tensor basic_view(Interpreter& in, const Tensor& a, const std::vector<Item>& items) {
    Shape shape;
    std::vector<int64_t> strides;
    int64_t offset = 0;
    size_t axis = 0;
    for (const Item& it : items) {
        switch (it.kind) {
            case Item::Kind::NewAxis:
                shape.push_back(1);
                strides.push_back(0);
                break;
            case Item::Kind::Int:
                offset += normalise(it.i, axis, a.shape()[axis]) * a.strides()[axis];
                ++axis;
                break;
            case Item::Kind::Slice: {
                int64_t start, stop, step;
                it.slice->indices(in, a.shape()[axis], start, stop, step);
                int64_t len = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                                       : (start > stop ? (start - stop - step - 1) / -step : 0);
                shape.push_back(len);
                strides.push_back(a.strides()[axis] * step);
                if (len > 0) offset += start * a.strides()[axis];
                ++axis;
                break;
            }
            case Item::Kind::Array: break;
        }
    }
    return a.view(shape, strides, offset);
}

// Advanced indexing: the result shape and the storage offset (relative to a's first
// element) of every selected element in result order.
std::vector<int64_t> advanced_offsets(Interpreter& in, const Tensor& a, std::vector<Item> items, Shape& out_shape) {
    // Integers count as 0-d index arrays once an array index is present.
    for (Item& it : items)
        if (it.kind == Item::Kind::Int) {
            it.kind = Item::Kind::Array;
            it.arr = Tensor::scalar(Scalar::int64(it.i));
        }
    Shape bshape;
    bool first = true;
    std::vector<size_t> adv_pos;
    for (size_t k = 0; k < items.size(); ++k) {
        if (items[k].kind != Item::Kind::Array) continue;
        adv_pos.push_back(k);
        if (first) { bshape = items[k].arr.shape(); first = false; continue; }
        try {
            bshape = broadcast_shapes(bshape, items[k].arr.shape());
        } catch (const lang::PyError&) {
            std::string shapes;
            for (size_t p : adv_pos) shapes += shape_compact(items[p].arr.shape()) + " ";
            for (size_t j = k + 1; j < items.size(); ++j)
                if (items[j].kind == Item::Kind::Array) shapes += shape_compact(items[j].arr.shape()) + " ";
            throw lang::runtime_error("IndexError", "shape mismatch: indexing arrays could not be broadcast together with shapes " + shapes);
        }
    }
    bool adjacent = true;
    for (size_t j = 1; j < adv_pos.size(); ++j) adjacent = adjacent && adv_pos[j] == adv_pos[j - 1] + 1;

    // Components of the output: basic dims (len, stride, start) and the advanced block.
    struct Dim { int64_t len, stride, start; };
    std::vector<Dim> before, after;
    std::vector<std::pair<size_t, Tensor>> arrays;  // (axis, broadcast indices)
    size_t axis = 0;
    bool seen_adv = false;
    for (const Item& it : items) {
        if (it.kind == Item::Kind::Array) {
            Tensor b = broadcast_to(it.arr, bshape).contiguous();
            int64_t size = a.shape()[axis];
            const int64_t* p = b.data<int64_t>();
            Tensor norm(DType::Int64, bshape);
            int64_t* q = norm.data<int64_t>();
            for (int64_t j = 0; j < b.size(); ++j) q[j] = normalise(p[j], axis, size);
            arrays.emplace_back(axis, norm);
            seen_adv = true;
            ++axis;
            continue;
        }
        Dim d{1, 0, 0};
        if (it.kind == Item::Kind::Slice) {
            int64_t start, stop, step;
            it.slice->indices(in, a.shape()[axis], start, stop, step);
            int64_t len = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                                   : (start > stop ? (start - stop - step - 1) / -step : 0);
            d = Dim{len, a.strides()[axis] * step, start * a.strides()[axis]};
            ++axis;
        }
        (adjacent && seen_adv ? after : before).push_back(d);
    }
    if (!adjacent) {
        after = before;
        before.clear();
    }
    out_shape.clear();
    for (auto& d : before) out_shape.push_back(d.len);
    out_shape.insert(out_shape.end(), bshape.begin(), bshape.end());
    for (auto& d : after) out_shape.push_back(d.len);
    int64_t total = tensor::shape_size(out_shape);
    in.count_elements(total);

    std::vector<int64_t> offsets;
    offsets.reserve(static_cast<size_t>(total));
    int64_t bsize = tensor::shape_size(bshape);
    int64_t nafter = 1, nbefore = 1;
    for (auto& d : after) nafter *= d.len;
    for (auto& d : before) nbefore *= d.len;
    auto basic_offset = [](const std::vector<Dim>& dims, int64_t flat) {
        int64_t off = 0;
        for (size_t k = dims.size(); k-- > 0;) {
            off += dims[k].start + (flat % dims[k].len) * dims[k].stride;
            flat /= dims[k].len;
        }
        return off;
    };
    for (int64_t i = 0; i < nbefore; ++i) {
        int64_t ob = basic_offset(before, i);
        for (int64_t j = 0; j < bsize; ++j) {
            int64_t oadv = 0;
            for (auto& [ax, idx] : arrays) oadv += idx.data<int64_t>()[j] * a.strides()[ax];
            for (int64_t k = 0; k < nafter; ++k) offsets.push_back(ob + oadv + basic_offset(after, k));
        }
    }
    return offsets;
}

// The value of an assignment fitted to the selection's [shape]: leading 1-dims
// dropped, then broadcast (NumPy's "could not broadcast input array" otherwise).
Tensor fit_value(const Tensor& v, const Shape& shape) {
    Shape vs = v.shape();
    size_t drop = 0;
    while (vs.size() - drop > shape.size() && vs[drop] == 1) ++drop;
    bool ok = vs.size() - drop <= shape.size();
    for (size_t k = 0; ok && k < vs.size() - drop; ++k) {
        int64_t dv = vs[vs.size() - 1 - k], dt = shape[shape.size() - 1 - k];
        ok = dv == 1 || dv == dt;
    }
    if (!ok) throw lang::value_error("could not broadcast input array from shape " + shape_compact(vs) + " into shape " + shape_compact(shape));
    Tensor t = drop ? v.reshape(Shape(vs.begin() + static_cast<std::ptrdiff_t>(drop), vs.end())) : v;
    return broadcast_to(t, shape);
}

}  // namespace

Value index_get(Interpreter& in, const NdArrayObj& a, const Value& key) {
    bool advanced = false, ellipsis = false;
    std::vector<Item> items = parse_key(in, a.t, key, advanced, &ellipsis);
    if (!advanced) {
        Tensor v = basic_view(in, a.t, items);
        // Integers alone select a scalar; with an Ellipsis NumPy returns a 0-d view.
        if (v.ndim() == 0 && !ellipsis) return make_scalar(in, v.get(0), a.prov);
        return make_ndarray(in, v, a.prov);
    }
    Shape shape;
    std::vector<int64_t> offsets = advanced_offsets(in, a.t, items, shape);
    Tensor out(a.t.dtype(), shape);
    tensor::dispatch(a.t.dtype(), [&](auto zero) {
        using T = decltype(zero);
        const T* src = a.t.data<T>();
        T* dst = out.data<T>();
        for (size_t k = 0; k < offsets.size(); ++k) dst[k] = src[offsets[k]];
    });
    return make_ndarray(in, out, a.prov);
}

void index_set(Interpreter& in, NdArrayObj& a, const Value& key, const Value& value) {
    bool advanced = false;
    std::vector<Item> items = parse_key(in, a.t, key, advanced);
    Operand v = operand(in, value);
    if (tensor::is_integer(a.t.dtype()) && tensor::is_float(v.t.dtype())) {
        bool bad = false;
        for (int64_t k = 0; k < v.t.size() && !bad; ++k) {
            double f = v.t.get(k).f;
            bad = f != f;
        }
        if (bad) throw lang::value_error("cannot convert float NaN to integer");
    }
    if (!advanced) {
        Tensor target = basic_view(in, a.t, items);
        target.assign(fit_value(v.t, target.shape()));
        return;
    }
    Shape shape;
    std::vector<int64_t> offsets = advanced_offsets(in, a.t, items, shape);
    Tensor src = fit_value(v.t, shape).astype(a.t.dtype());
    tensor::dispatch(a.t.dtype(), [&](auto zero) {
        using T = decltype(zero);
        T* dst = a.t.data<T>();
        const T* s = src.data<T>();
        for (size_t k = 0; k < offsets.size(); ++k) dst[offsets[k]] = s[k];
    });
}

}  // namespace seedlab::libs::numpy
