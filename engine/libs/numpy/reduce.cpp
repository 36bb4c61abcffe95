// Reductions. The summation order follows NumPy's reduction iterator: axes are put
// in memory order (K), the innermost run of reduced axes goes to the inner loop
// (pairwise summation, loops_utils.h.src) in chunks of at most 8192 elements (the
// buffered iterator's NPY_BUFSIZE, checked against NumPy 1.24 for contiguous and
// strided inputs), and the other reduced axes accumulate sequentially into the
// output, starting from the identity.
#include "libs/numpy/reduce.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/promotion.hpp"
#include "libs/numpy/ufunc.hpp"

namespace seedlab::libs::numpy {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Kind;
using tensor::Scalar;
using tensor::Shape;
using tensor::Tensor;

bool index_value(const Value& v, int64_t& out);  // convert.cpp

namespace {

// NumPy's PW_BLOCKSIZE and NPY_BUFSIZE.
constexpr int64_t kPairwiseBlock = 128;
constexpr int64_t kBufferSize = 8192;

template <class T>
T pairwise(const T* a, int64_t n, int64_t stride) {
    if (n < 8) {
        T res = 0.;
        for (int64_t i = 0; i < n; ++i) res += a[i * stride];
        return res;
    }
    if (n <= kPairwiseBlock) {
        T r[8];
        for (int j = 0; j < 8; ++j) r[j] = a[j * stride];
        int64_t i;
        for (i = 8; i < n - (n % 8); i += 8)
            for (int j = 0; j < 8; ++j) r[j] += a[(i + j) * stride];
        T res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i) res += a[i * stride];
        return res;
    }
    int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise(a, n2, stride) + pairwise(a + n2 * stride, n - n2, stride);
}

std::vector<bool> reduced_axes(Interpreter& in, const Value& axis, int64_t ndim) {
    std::vector<bool> red(static_cast<size_t>(ndim), axis.is_none());
    if (axis.is_none()) return red;
    int64_t single = 0;
    // NumPy accepts axis=0 and axis=-1 on 0-d arrays (there is nothing to reduce).
    if (ndim == 0 && index_value(axis, single) && (single == 0 || single == -1)) return red;
    std::vector<Value> items;
    if (auto* t = axis.as<lang::TupleObj>()) items = t->items;
    else if (auto* l = axis.as<lang::ListObj>()) items = l->items;
    else items.push_back(axis);
    for (const Value& v : items) {
        int64_t a = 0;
        if (!index_value(v, a)) throw lang::type_error("'" + in.type_name(v) + "' object cannot be interpreted as an integer");
        if (a < -ndim || a >= ndim)
            throw lang::runtime_error("numpy.AxisError", "axis " + std::to_string(a) + " is out of bounds for array of dimension " +
                                                             std::to_string(ndim));
        if (a < 0) a += ndim;
        if (red[static_cast<size_t>(a)]) throw lang::value_error("duplicate value in 'axis'");
        red[static_cast<size_t>(a)] = true;
    }
    return red;
}

DType sum_dtype(DType d) {
    switch (tensor::kind_of(d)) {
        case Kind::Bool: return DType::Int64;
        case Kind::SignedInt: return tensor::itemsize(d) < 8 ? DType::Int64 : d;
        case Kind::UnsignedInt: return tensor::itemsize(d) < 8 ? DType::UInt64 : d;
        case Kind::Float: return d;
    }
    return d;
}

// Axis order of [t] in memory (NumPy's K order): largest |stride| first, stable.
std::vector<int64_t> memory_order(const Tensor& t) {
    std::vector<int64_t> perm(static_cast<size_t>(t.ndim()));
    std::iota(perm.begin(), perm.end(), 0);
    std::stable_sort(perm.begin(), perm.end(), [&](int64_t x, int64_t y) {
        return std::llabs(t.strides()[static_cast<size_t>(x)]) > std::llabs(t.strides()[static_cast<size_t>(y)]);
    });
    return perm;
}

Shape kept_shape(const Shape& shape, const std::vector<bool>& red, bool keepdims) {
    Shape out;
    for (size_t k = 0; k < shape.size(); ++k) {
        if (!red[k]) out.push_back(shape[k]);
        else if (keepdims) out.push_back(1);
    }
    return out;
}

enum class Accum { Add, Multiply };

// Sum or product of [src] (any dtype; cast to [acc]) over the [red] axes, in
// NumPy's order. The result has the kept axes (no keepdims).
template <class T>
Tensor accumulate(const Tensor& src, const std::vector<bool>& red, Accum kind) {
    std::vector<int64_t> perm = memory_order(src);
    Tensor v = src.permute(perm);
    std::vector<bool> pred(red.size());
    for (size_t k = 0; k < perm.size(); ++k) pred[k] = red[static_cast<size_t>(perm[k])];
    v = v.astype(tensor::dtype_of<T>());  // contiguous, in memory order
    size_t nd = pred.size();
    size_t suffix = 0;
    while (suffix < nd && pred[nd - 1 - suffix]) ++suffix;
    int64_t run = 1;
    for (size_t k = nd - suffix; k < nd; ++k) run *= v.shape()[k];
    Shape out_perm;
    std::vector<int64_t> kept_order;
    for (size_t k = 0; k < nd; ++k)
        if (!pred[k]) { out_perm.push_back(v.shape()[k]); kept_order.push_back(perm[k]); }
    Tensor out(tensor::dtype_of<T>(), out_perm);
    T* po = out.data<T>();
    const T identity = kind == Accum::Add ? T(0) : T(1);
    for (int64_t k = 0; k < out.size(); ++k) po[k] = identity;
    const T* pv = v.data<T>();
    int64_t outer = run == 0 ? 0 : v.size() / run;
    std::vector<int64_t> out_strides = tensor::row_major_strides(out_perm);
    size_t nouter = nd - suffix;
    std::vector<int64_t> idx(nouter, 0);
    for (int64_t o = 0; o < outer; ++o) {
        int64_t oi = 0;
        for (size_t k = 0, j = 0; k < nouter; ++k)
            if (!pred[k]) oi += idx[k] * out_strides[j++];
        const T* p = pv + o * run;
        T& acc = po[oi];
        if constexpr (std::is_floating_point_v<T>) {
            if (kind == Accum::Add) {
                for (int64_t c = 0; c < run; c += kBufferSize) acc += pairwise(p + c, std::min(kBufferSize, run - c), 1);
            } else {
                for (int64_t i = 0; i < run; ++i) acc *= p[i];
            }
        } else {
            using U = std::make_unsigned_t<T>;
            for (int64_t i = 0; i < run; ++i)
                acc = kind == Accum::Add ? static_cast<T>(static_cast<U>(static_cast<U>(acc) + static_cast<U>(p[i])))
                                         : static_cast<T>(static_cast<U>(static_cast<U>(acc) * static_cast<U>(p[i])));
        }
        for (size_t k = nouter; k-- > 0;) {
            if (++idx[k] < v.shape()[k]) break;
            idx[k] = 0;
        }
    }
    // Back to the original order of the kept axes.
    std::vector<int64_t> back(kept_order.size());
    std::iota(back.begin(), back.end(), 0);
    std::stable_sort(back.begin(), back.end(), [&](int64_t x, int64_t y) { return kept_order[static_cast<size_t>(x)] < kept_order[static_cast<size_t>(y)]; });
    return out.permute(back).contiguous();
}

Tensor sum_tensor(const Tensor& a, const std::vector<bool>& red, DType acc, Accum kind) {
    return tensor::dispatch(acc, [&](auto zero) -> Tensor {
        using T = decltype(zero);
        if constexpr (std::is_same_v<T, bool>) {
            return accumulate<int64_t>(a, red, kind).astype(DType::Bool);
        } else {
            return accumulate<T>(a, red, kind);
        }
    });
}

Tensor with_keepdims(const Tensor& t, const Shape& shape, const std::vector<bool>& red, bool keepdims) {
    if (!keepdims) return t;
    return t.reshape(kept_shape(shape, red, true));
}

// The C-order walk over the reduced axes for each kept position: calls
// f(out_index, element_offset_list) with offsets in C order.
template <class F>
void for_each_group(const Tensor& a, const std::vector<bool>& red, F f) {
    Shape kept, redshape;
    std::vector<int64_t> ks, rs;
    for (size_t k = 0; k < red.size(); ++k) {
        if (red[k]) { redshape.push_back(a.shape()[k]); rs.push_back(a.strides()[k]); }
        else { kept.push_back(a.shape()[k]); ks.push_back(a.strides()[k]); }
    }
    int64_t nk = tensor::shape_size(kept), nr = tensor::shape_size(redshape);
    std::vector<int64_t> offs(static_cast<size_t>(nr));
    auto offset_of = [](const Shape& shape, const std::vector<int64_t>& st, int64_t flat) {
        int64_t off = 0;
        for (size_t k = shape.size(); k-- > 0;) {
            off += (flat % shape[k]) * st[k];
            flat /= shape[k];
        }
        return off;
    };
    for (int64_t r = 0; r < nr; ++r) offs[static_cast<size_t>(r)] = offset_of(redshape, rs, r);
    for (int64_t k = 0; k < nk; ++k) f(k, offset_of(kept, ks, k), offs);
}

Tensor minmax(Interpreter& in, const Tensor& a, const std::vector<bool>& red, bool is_max) {
    Shape kept = kept_shape(a.shape(), red, false);
    int64_t nr = 1;
    for (size_t k = 0; k < red.size(); ++k)
        if (red[k]) nr *= a.shape()[k];
    if (nr == 0 && a.size() == 0)
        throw lang::value_error(std::string("zero-size array to reduction operation ") + (is_max ? "maximum" : "minimum") +
                                " which has no identity");
    Tensor out(a.dtype(), kept);
    (void)in;
    tensor::dispatch(a.dtype(), [&](auto zero) {
        using T = decltype(zero);
        const T* p = a.data<T>();
        T* po = out.data<T>();
        for_each_group(a, red, [&](int64_t k, int64_t base, const std::vector<int64_t>& offs) {
            T best = p[base + offs[0]];
            for (size_t i = 1; i < offs.size(); ++i) {
                T x = p[base + offs[i]];
                if constexpr (std::is_floating_point_v<T>) {
                    // maximum.reduce: NaN propagates; on ties the later element wins (-0.0 vs 0.0).
                    if (best != best) break;
                    if (x != x || !(is_max ? best > x : best < x)) best = x;
                } else {
                    if (is_max ? x > best : x < best) best = x;
                }
            }
            po[k] = best;
        });
    });
    return out;
}

Tensor argminmax(const Tensor& a, const std::vector<bool>& red, bool is_max) {
    Shape kept = kept_shape(a.shape(), red, false);
    Tensor out(DType::Int64, kept);
    tensor::dispatch(a.dtype(), [&](auto zero) {
        using T = decltype(zero);
        const T* p = a.data<T>();
        int64_t* po = out.data<int64_t>();
        for_each_group(a, red, [&](int64_t k, int64_t base, const std::vector<int64_t>& offs) {
            T best = p[base + offs[0]];
            int64_t at = 0;
            for (size_t i = 1; i < offs.size(); ++i) {
                T x = p[base + offs[i]];
                if constexpr (std::is_floating_point_v<T>) {
                    if (best != best) break;
                    if (x != x || (is_max ? x > best : x < best)) { best = x; at = static_cast<int64_t>(i); }
                } else {
                    if (is_max ? x > best : x < best) { best = x; at = static_cast<int64_t>(i); }
                }
            }
            po[k] = at;
        });
    });
    return out;
}

Tensor all_any(const Tensor& a, const std::vector<bool>& red, bool is_all) {
    Shape kept = kept_shape(a.shape(), red, false);
    Tensor out(DType::Bool, kept);
    bool* po = out.data<bool>();
    for_each_group(a, red, [&](int64_t k, int64_t base, const std::vector<int64_t>& offs) {
        bool r = is_all;
        for (int64_t o : offs) {
            Scalar s = tensor::dispatch(a.dtype(), [&](auto zero) {
                using T = decltype(zero);
                return Scalar::of<T>(a.data<T>()[base + o]);
            });
            if (is_all ? !s.truthy() : s.truthy()) { r = !is_all; break; }
        }
        po[k] = r;
    });
    return out;
}

Tensor cumulate(const Tensor& a_in, int64_t axis, DType acc, Accum kind) {
    Tensor a = a_in.astype(acc);
    Tensor out(acc, a.shape());
    int64_t n = a.shape()[static_cast<size_t>(axis)];
    int64_t inner = 1;
    for (size_t k = static_cast<size_t>(axis) + 1; k < a.shape().size(); ++k) inner *= a.shape()[k];
    int64_t outer = n == 0 || inner == 0 ? 0 : a.size() / (n * inner);
    tensor::dispatch(acc, [&](auto zero) {
        using T = decltype(zero);
        const T* p = a.data<T>();
        T* po = out.data<T>();
        for (int64_t o = 0; o < outer; ++o)
            for (int64_t j = 0; j < inner; ++j) {
                int64_t base = o * n * inner + j;
                T run = p[base];
                po[base] = run;
                for (int64_t i = 1; i < n; ++i) {
                    T x = p[base + i * inner];
                    if constexpr (std::is_same_v<T, bool>) run = kind == Accum::Add ? (run || x) : (run && x);
                    else if constexpr (std::is_floating_point_v<T>) run = kind == Accum::Add ? static_cast<T>(run + x) : static_cast<T>(run * x);
                    else {
                        using U = std::make_unsigned_t<T>;
                        run = kind == Accum::Add ? static_cast<T>(static_cast<U>(static_cast<U>(run) + static_cast<U>(x)))
                                                 : static_cast<T>(static_cast<U>(static_cast<U>(run) * static_cast<U>(x)));
                    }
                    po[base + i * inner] = run;
                }
            }
    });
    return out;
}

// ret / rcount as _methods.py does it: a scalar result divides in float64 (numpy
// scalar / np.intp) and casts back; an array result divides in its own dtype.
Tensor divide_count(Interpreter& in, const Tensor& ret, int64_t count, bool scalar_result) {
    if (scalar_result) {
        Scalar s = ret.get(0);
        double q = s.to_double() / static_cast<double>(count);
        return Tensor::scalar(Scalar::float64(q).cast(ret.dtype()));
    }
    Operand a{ret, false, nullptr}, b{Tensor::scalar(Scalar::int64(count)), true, nullptr};
    return binary(in, BinOp::TrueDivide, a, b, ret.dtype());
}

int64_t count_items(const Shape& shape, const std::vector<bool>& red) {
    int64_t n = 1;
    for (size_t k = 0; k < red.size(); ++k)
        if (red[k]) n *= shape[k];
    return n;
}

}  // namespace

double pairwise_sum(const double* p, int64_t n, int64_t stride) { return pairwise(p, n, stride); }
float pairwise_sum(const float* p, int64_t n, int64_t stride) { return pairwise(p, n, stride); }

Value reduce(Interpreter& in, Reduction r, const Operand& op, const ReduceArgs& args) {
    const Tensor& a = op.t;
    lang::ProvenancePtr prov = op.prov;
    if (a.dtype() == DType::Float16) unsupported(in, "float16 arrays");
    if (r == Reduction::Cumsum || r == Reduction::Cumprod) {
        DType acc = args.dtype ? *args.dtype : sum_dtype(a.dtype());
        Accum kind = r == Reduction::Cumsum ? Accum::Add : Accum::Multiply;
        if (args.axis.is_none() || a.ndim() == 0) {
            if (a.ndim() == 0) reduced_axes(in, args.axis, 0);  // validates axis 0 / -1
            return make_ndarray(in, cumulate(a.reshape({a.size()}), 0, acc, kind), prov);
        }
        std::vector<bool> red = reduced_axes(in, args.axis, a.ndim());
        int64_t axis = std::find(red.begin(), red.end(), true) - red.begin();
        return make_ndarray(in, cumulate(a.contiguous(), axis, acc, kind), prov);
    }
    std::vector<bool> red = reduced_axes(in, args.axis, a.ndim());
    bool all_reduced = std::all_of(red.begin(), red.end(), [](bool b) { return b; });
    bool scalar_result = all_reduced && !args.keepdims;
    auto finish = [&](Tensor t) { return make_result(in, with_keepdims(t, a.shape(), red, args.keepdims), prov); };
    switch (r) {
        case Reduction::Sum:
        case Reduction::Prod: {
            DType acc = args.dtype ? *args.dtype : sum_dtype(a.dtype());
            return finish(sum_tensor(a, red, acc, r == Reduction::Sum ? Accum::Add : Accum::Multiply));
        }
        case Reduction::Min:
        case Reduction::Max:
            return finish(minmax(in, a, red, r == Reduction::Max));
        case Reduction::Ptp: {
            Operand hi{minmax(in, a, red, true), false, nullptr}, lo{minmax(in, a, red, false), false, nullptr};
            return finish(binary(in, BinOp::Subtract, hi, lo));
        }
        case Reduction::Argmin:
        case Reduction::Argmax: {
            if (a.size() == 0)
                throw lang::value_error(std::string("attempt to get ") + (r == Reduction::Argmax ? "argmax" : "argmin") + " of an empty sequence");
            if (args.axis.is_none()) {
                Tensor flat = a.reshape({a.size()});
                Tensor t = argminmax(flat, {true}, r == Reduction::Argmax);
                if (args.keepdims) return make_ndarray(in, t.reshape(Shape(a.shape().size(), 1)), prov);
                return make_result(in, t, prov);
            }
            return finish(argminmax(a, red, r == Reduction::Argmax));
        }
        case Reduction::All:
        case Reduction::Any:
            return finish(all_any(a, red, r == Reduction::All));
        case Reduction::Mean: {
            DType acc = args.dtype ? *args.dtype : (tensor::is_float(a.dtype()) ? a.dtype() : DType::Float64);
            int64_t count = count_items(a.shape(), red);
            Tensor s = sum_tensor(a, red, acc, Accum::Add);
            s = with_keepdims(s, a.shape(), red, args.keepdims);
            return make_result(in, divide_count(in, s, count, scalar_result), prov);
        }
        case Reduction::Var:
        case Reduction::Std: {
            DType acc = args.dtype ? *args.dtype : (tensor::is_float(a.dtype()) ? a.dtype() : DType::Float64);
            int64_t count = count_items(a.shape(), red);
            Tensor mean = sum_tensor(a, red, acc, Accum::Add);
            mean = with_keepdims(mean, a.shape(), red, true);
            mean = divide_count(in, mean, count, false);
            Operand x{a, false, nullptr}, m{mean, false, nullptr};
            Operand dev{binary(in, BinOp::Subtract, x, m), false, nullptr};
            dev.t = binary(in, BinOp::Multiply, dev, dev);
            Tensor ret = sum_tensor(dev.t, red, args.dtype ? *args.dtype : dev.t.dtype(), Accum::Add);
            ret = with_keepdims(ret, a.shape(), red, args.keepdims);
            ret = divide_count(in, ret, std::max<int64_t>(count - args.ddof, 0), scalar_result);
            if (r == Reduction::Std) ret = unary(in, UnOp::Sqrt, Operand{ret, scalar_result, nullptr});
            return make_result(in, ret, prov);
        }
        default: break;
    }
    unsupported(in, "this reduction");
}

}  // namespace seedlab::libs::numpy
