// Type promotion as numpy/core/src/multiarray/convert_datatype.c does it in 1.24:
// the promotion lattice, min_scalar_type with its "small unsigned" flag, and the
// legacy should_use_min_scalar rule.
#include "libs/numpy/promotion.hpp"

#include <cmath>

namespace seedlab::libs::numpy {

using tensor::DType;
using tensor::Kind;

namespace {

DType signed_of_size(size_t bytes) {
    switch (bytes) {
        case 1: return DType::Int8;
        case 2: return DType::Int16;
        case 4: return DType::Int32;
        default: return DType::Int64;
    }
}

DType unsigned_to_signed(DType d) { return signed_of_size(tensor::itemsize(d)); }

// The smallest float that holds every value of integer type [d] "safely".
DType float_for_int(DType d) {
    switch (tensor::itemsize(d)) {
        case 1: return DType::Float16;
        case 2: return DType::Float32;
        default: return DType::Float64;
    }
}

// dtype_kind_to_simplified_ordering: bool 0, integers 1, floats 2.
int simplified_kind(DType d) {
    switch (tensor::kind_of(d)) {
        case Kind::Bool: return 0;
        case Kind::SignedInt:
        case Kind::UnsignedInt: return 1;
        case Kind::Float: return 2;
    }
    return 3;
}

// min_scalar_type of a 0-d value, with NumPy's flag for a non-negative integer that
// also fits the signed type of the same size.
DType min_scalar_type(const tensor::Scalar& s, bool& small_unsigned) {
    small_unsigned = false;
    switch (tensor::kind_of(s.dtype)) {
        case Kind::Bool: return DType::Bool;
        case Kind::SignedInt:
        case Kind::UnsignedInt: {
            bool negative = tensor::kind_of(s.dtype) == Kind::SignedInt && s.i < 0;
            if (!negative) {
                uint64_t v = s.u;
                if (v <= 0xFF) { small_unsigned = v <= 0x7F; return DType::UInt8; }
                if (v <= 0xFFFF) { small_unsigned = v <= 0x7FFF; return DType::UInt16; }
                if (v <= 0xFFFFFFFFull) { small_unsigned = v <= 0x7FFFFFFFull; return DType::UInt32; }
                small_unsigned = v <= 0x7FFFFFFFFFFFFFFFull;
                return DType::UInt64;
            }
            int64_t v = s.i;
            if (v >= -128) return DType::Int8;
            if (v >= -32768) return DType::Int16;
            if (v >= -2147483648LL) return DType::Int32;
            return DType::Int64;
        }
        case Kind::Float: {
            double v = s.f;
            bool finite = v == v && v - v == 0.0;
            if ((v > -65000 && v < 65000) || !finite) return DType::Float16;
            if (s.dtype == DType::Float64 && v > -3.4e38 && v < 3.4e38) return DType::Float32;
            return s.dtype;
        }
    }
    return s.dtype;
}

// promote_types with the small-unsigned adjustments of the legacy result_type.
DType promote_flagged(DType a, bool a_small, DType b, bool b_small) {
    auto signedish = [](DType d) { return tensor::kind_of(d) == Kind::SignedInt || tensor::kind_of(d) == Kind::Float; };
    if (a_small && signedish(b)) a = unsigned_to_signed(a);
    if (b_small && signedish(a)) b = unsigned_to_signed(b);
    return promote_types(a, b);
}

}  // namespace

DType promote_types(DType a, DType b) {
    if (a == b) return a;
    Kind ka = tensor::kind_of(a), kb = tensor::kind_of(b);
    if (ka == Kind::Bool) return b;
    if (kb == Kind::Bool) return a;
    size_t sa = tensor::itemsize(a), sb = tensor::itemsize(b);
    if (ka == Kind::Float && kb == Kind::Float) return sa >= sb ? a : b;
    if (ka == Kind::Float) return promote_types(a, float_for_int(b));
    if (kb == Kind::Float) return promote_types(float_for_int(a), b);
    if (ka == kb) return sa >= sb ? a : b;
    DType s = ka == Kind::SignedInt ? a : b;
    DType u = ka == Kind::SignedInt ? b : a;
    if (tensor::itemsize(u) < tensor::itemsize(s)) return s;
    if (tensor::itemsize(u) == 8) return DType::Float64;
    return signed_of_size(tensor::itemsize(u) * 2);
}

namespace {

// should_use_min_scalar: scalars count by value when some operand is an array and
// no scalar is of a higher kind than the arrays.
bool use_min_scalar(const std::vector<const Operand*>& ops) {
    int max_scalar_kind = -1, max_array_kind = -1;
    bool all_scalars = true;
    for (const Operand* op : ops) {
        int k = simplified_kind(op->t.dtype());
        if (op->scalar || op->t.ndim() == 0) {
            max_scalar_kind = std::max(max_scalar_kind, k);
        } else {
            max_array_kind = std::max(max_array_kind, k);
            all_scalars = false;
        }
    }
    return !all_scalars && max_array_kind >= max_scalar_kind;
}

}  // namespace

std::optional<DType> linear_search(const std::vector<const Operand*>& ops, const std::vector<DType>& loops) {
    bool by_value = use_min_scalar(ops);
    for (DType loop : loops) {
        bool ok = true;
        for (const Operand* op : ops) {
            DType from = op->t.dtype();
            if (by_value && (op->scalar || op->t.ndim() == 0)) {
                // can_cast_scalar_to: a small unsigned value may take the signed type.
                bool small = false;
                from = min_scalar_type(op->t.get(0), small);
                if (small && !tensor::is_unsigned(loop)) from = unsigned_to_signed(from);
            }
            if (!can_cast_safe(from, loop)) { ok = false; break; }
        }
        if (ok) return loop;
    }
    return std::nullopt;
}

DType result_type(const std::vector<const Operand*>& ops) {
    int max_scalar_kind = -1, max_array_kind = -1;
    bool all_scalars = true;
    for (const Operand* op : ops) {
        int k = simplified_kind(op->t.dtype());
        if (op->scalar || op->t.ndim() == 0) {
            max_scalar_kind = std::max(max_scalar_kind, k);
        } else {
            max_array_kind = std::max(max_array_kind, k);
            all_scalars = false;
        }
    }
    bool use_min_scalar = !all_scalars && max_array_kind >= max_scalar_kind;
    DType ret = DType::Bool;
    bool ret_small = false, first = true;
    for (const Operand* op : ops) {
        DType d = op->t.dtype();
        bool small = false;
        if (use_min_scalar && (op->scalar || op->t.ndim() == 0)) d = min_scalar_type(op->t.get(0), small);
        if (first) {
            ret = d;
            ret_small = small;
            first = false;
        } else {
            ret = promote_flagged(d, small, ret, ret_small);
            ret_small = small && ret_small;
        }
    }
    return ret;
}

bool can_cast_safe(DType from, DType to) { return promote_types(from, to) == to; }

bool can_cast_same_kind(DType from, DType to) {
    if (can_cast_safe(from, to)) return true;
    Kind kf = tensor::kind_of(from), kt = tensor::kind_of(to);
    auto order = [](Kind k) { return k == Kind::Bool ? 0 : k == Kind::UnsignedInt ? 1 : k == Kind::SignedInt ? 2 : 3; };
    // Same kind, or to a "higher" kind (unsigned -> signed -> float).
    if (kf == kt) return true;
    return order(kf) < order(kt);
}

}  // namespace seedlab::libs::numpy
