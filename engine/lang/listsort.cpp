// list.sort() and sorted(): a port of CPython 3.11's timsort (Objects/listobject.c:
// count_run, binarysort, gallop_left/right, merge_lo/hi, the powersort merge policy).
// Any stable sort gives the same result for a consistent order, but the exact
// sequence of '<' comparisons decides the result when the order is inconsistent (nan)
// and which TypeError a mixed list raises ("'<' not supported between instances of
// 'str' and 'int'"), so the algorithm is CPython's, comparison by comparison.
// What it is not: no key-function or argument handling (builtins.cpp).
#include <algorithm>
#include <functional>
#include <vector>

#include "lang/interpreter.hpp"

namespace seedlab::lang {
namespace {

// Objects/listobject.c: galloping threshold and the merge-pending stack bound.
constexpr ptrdiff_t kMinGallop = 7;

struct Slice {
    Value* keys;
    Value* values;  // null when sorting without a key function
};

void advance(Slice& s, ptrdiff_t n) {
    s.keys += n;
    if (s.values) s.values += n;
}
void copy_incr(Slice& dst, Slice& src) {
    *dst.keys++ = *src.keys++;
    if (dst.values) *dst.values++ = *src.values++;
}
void copy_decr(Slice& dst, Slice& src) {
    *dst.keys-- = *src.keys--;
    if (dst.values) *dst.values-- = *src.values--;
}
void copy_one(Slice& dst, ptrdiff_t i, const Slice& src, ptrdiff_t j) {
    dst.keys[i] = src.keys[j];
    if (dst.values) dst.values[i] = src.values[j];
}
class TimSort {
public:
    TimSort(Interpreter& in, Value* keys, Value* values, ptrdiff_t n) : in_(in), base_(keys), n_(n) {
        tmp_keys_.resize(static_cast<size_t>(n / 2 + 1));
        if (values) tmp_values_.resize(tmp_keys_.size());
        lo_ = {keys, values};
    }

    void run() {
        if (n_ < 2) return;
        ptrdiff_t remaining = n_;
        ptrdiff_t minrun = compute_minrun(remaining);
        Slice lo = lo_;
        do {
            bool descending = false;
            ptrdiff_t n = count_run(lo.keys, lo.keys + remaining, descending);
            if (descending) {
                std::reverse(lo.keys, lo.keys + n);
                if (lo.values) std::reverse(lo.values, lo.values + n);
            }
            if (n < minrun) {
                ptrdiff_t force = remaining <= minrun ? remaining : minrun;
                binarysort(lo, lo.keys + force, lo.keys + n);
                n = force;
            }
            found_new_run(lo.keys - base_, n);
            pending_.push_back({lo, n, 0});
            advance(lo, n);
            remaining -= n;
        } while (remaining);
        while (pending_.size() > 1) {
            ptrdiff_t k = static_cast<ptrdiff_t>(pending_.size()) - 2;
            if (k > 0 && pending_[static_cast<size_t>(k - 1)].len < pending_[static_cast<size_t>(k + 1)].len) --k;
            merge_at(k);
        }
    }

private:
    struct Run {
        Slice base;
        ptrdiff_t len;
        int power;
    };

    bool lt(const Value& a, const Value& b) { return in_.less(a, b); }

    static ptrdiff_t compute_minrun(ptrdiff_t n) {
        ptrdiff_t r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    ptrdiff_t count_run(Value* lo, Value* hi, bool& descending) {
        descending = false;
        ++lo;
        if (lo == hi) return 1;
        ptrdiff_t n = 2;
        if (lt(*lo, *(lo - 1))) {
            descending = true;
            for (lo = lo + 1; lo < hi; ++lo, ++n)
                if (!lt(*lo, *(lo - 1))) break;
        } else {
            for (lo = lo + 1; lo < hi; ++lo, ++n)
                if (lt(*lo, *(lo - 1))) break;
        }
        return n;
    }

    void binarysort(Slice lo, Value* hi, Value* start) {
        if (lo.keys == start) ++start;
        for (; start < hi; ++start) {
            Value* l = lo.keys;
            Value* r = start;
            Value pivot = *r;
            do {
                Value* p = l + ((r - l) >> 1);
                if (lt(pivot, *p)) r = p;
                else l = p + 1;
            } while (l < r);
            for (Value* p = start; p > l; --p) *p = *(p - 1);
            *l = pivot;
            if (lo.values) {  // the same move in the values array, by index
                ptrdiff_t li = l - lo.keys, si = start - lo.keys;
                Value vpivot = lo.values[si];
                for (ptrdiff_t k = si; k > li; --k) lo.values[k] = lo.values[k - 1];
                lo.values[li] = vpivot;
            }
        }
    }

    ptrdiff_t gallop_left(const Value& key, Value* a, ptrdiff_t n, ptrdiff_t hint) {
        a += hint;
        ptrdiff_t lastofs = 0, ofs = 1;
        if (lt(*a, key)) {
            const ptrdiff_t maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(a[ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            const ptrdiff_t maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(*(a - ofs), key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            ptrdiff_t k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        a -= hint;
        ++lastofs;
        while (lastofs < ofs) {
            ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    ptrdiff_t gallop_right(const Value& key, Value* a, ptrdiff_t n, ptrdiff_t hint) {
        a += hint;
        ptrdiff_t lastofs = 0, ofs = 1;
        if (lt(key, *a)) {
            const ptrdiff_t maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, *(a - ofs))) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            ptrdiff_t k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            const ptrdiff_t maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(key, a[ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        a -= hint;
        ++lastofs;
        while (lastofs < ofs) {
            ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    Slice temp(ptrdiff_t need) {
        if (static_cast<size_t>(need) > tmp_keys_.size()) {
            tmp_keys_.resize(static_cast<size_t>(need));
            if (!tmp_values_.empty() || lo_.values) tmp_values_.resize(static_cast<size_t>(need));
        }
        return {tmp_keys_.data(), lo_.values ? tmp_values_.data() : nullptr};
    }

    static void copy_range(Slice dst, ptrdiff_t i, Slice src, ptrdiff_t j, ptrdiff_t n) {
        if (n <= 0) return;
        // std::copy/copy_backward as memmove: the ranges may overlap (within one array).
        if (std::less<const Value*>()(dst.keys + i, src.keys + j)) {
            std::copy(src.keys + j, src.keys + j + n, dst.keys + i);
            if (dst.values) std::copy(src.values + j, src.values + j + n, dst.values + i);
        } else {
            std::copy_backward(src.keys + j, src.keys + j + n, dst.keys + i + n);
            if (dst.values) std::copy_backward(src.values + j, src.values + j + n, dst.values + i + n);
        }
    }

    void merge_lo(Slice ssa, ptrdiff_t na, Slice ssb, ptrdiff_t nb) {
        Slice a = temp(na);
        copy_range(a, 0, ssa, 0, na);
        Slice dest = ssa;
        ssa = a;
        copy_incr(dest, ssb);
        --nb;
        if (nb == 0) return finish_lo(dest, ssa, na);
        if (na == 1) return copy_b(dest, ssa, ssb, nb);
        ptrdiff_t min_gallop = min_gallop_;
        while (true) {
            ptrdiff_t acount = 0, bcount = 0;
            while (true) {
                if (lt(ssb.keys[0], ssa.keys[0])) {
                    copy_incr(dest, ssb);
                    ++bcount;
                    acount = 0;
                    --nb;
                    if (nb == 0) return finish_lo(dest, ssa, na);
                    if (bcount >= min_gallop) break;
                } else {
                    copy_incr(dest, ssa);
                    ++acount;
                    bcount = 0;
                    --na;
                    if (na == 1) return copy_b(dest, ssa, ssb, nb);
                    if (acount >= min_gallop) break;
                }
            }
            ++min_gallop;
            do {
                min_gallop -= min_gallop > 1;
                min_gallop_ = min_gallop;
                ptrdiff_t k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
                acount = k;
                if (k) {
                    copy_range(dest, 0, ssa, 0, k);
                    advance(dest, k);
                    advance(ssa, k);
                    na -= k;
                    if (na == 1) return copy_b(dest, ssa, ssb, nb);
                    if (na == 0) return finish_lo(dest, ssa, na);
                }
                copy_incr(dest, ssb);
                --nb;
                if (nb == 0) return finish_lo(dest, ssa, na);
                k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
                bcount = k;
                if (k) {
                    copy_range(dest, 0, ssb, 0, k);
                    advance(dest, k);
                    advance(ssb, k);
                    nb -= k;
                    if (nb == 0) return finish_lo(dest, ssa, na);
                }
                copy_incr(dest, ssa);
                --na;
                if (na == 1) return copy_b(dest, ssa, ssb, nb);
            } while (acount >= kMinGallop || bcount >= kMinGallop);
            ++min_gallop;
            min_gallop_ = min_gallop;
        }
    }
    static void finish_lo(Slice dest, Slice ssa, ptrdiff_t na) { copy_range(dest, 0, ssa, 0, na); }
    static void copy_b(Slice dest, Slice ssa, Slice ssb, ptrdiff_t nb) {
        copy_range(dest, 0, ssb, 0, nb);
        copy_one(dest, nb, ssa, 0);
    }

    void merge_hi(Slice ssa, ptrdiff_t na, Slice ssb, ptrdiff_t nb) {
        Slice b = temp(nb);
        Slice dest = ssb;
        advance(dest, nb - 1);
        copy_range(b, 0, ssb, 0, nb);
        Slice basea = ssa;
        Slice baseb = b;
        ssb = b;
        advance(ssb, nb - 1);
        advance(ssa, na - 1);
        copy_decr(dest, ssa);
        --na;
        if (na == 0) return finish_hi(dest, baseb, nb);
        if (nb == 1) return copy_a(dest, ssa, ssb, na);
        ptrdiff_t min_gallop = min_gallop_;
        while (true) {
            ptrdiff_t acount = 0, bcount = 0;
            while (true) {
                if (lt(ssb.keys[0], ssa.keys[0])) {
                    copy_decr(dest, ssa);
                    ++acount;
                    bcount = 0;
                    --na;
                    if (na == 0) return finish_hi(dest, baseb, nb);
                    if (acount >= min_gallop) break;
                } else {
                    copy_decr(dest, ssb);
                    ++bcount;
                    acount = 0;
                    --nb;
                    if (nb == 1) return copy_a(dest, ssa, ssb, na);
                    if (bcount >= min_gallop) break;
                }
            }
            ++min_gallop;
            do {
                min_gallop -= min_gallop > 1;
                min_gallop_ = min_gallop;
                ptrdiff_t k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
                k = na - k;
                acount = k;
                if (k) {
                    advance(dest, -k);
                    advance(ssa, -k);
                    copy_range(dest, 1, ssa, 1, k);
                    na -= k;
                    if (na == 0) return finish_hi(dest, baseb, nb);
                }
                copy_decr(dest, ssb);
                --nb;
                if (nb == 1) return copy_a(dest, ssa, ssb, na);
                k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
                k = nb - k;
                bcount = k;
                if (k) {
                    advance(dest, -k);
                    advance(ssb, -k);
                    copy_range(dest, 1, ssb, 1, k);
                    nb -= k;
                    if (nb == 1) return copy_a(dest, ssa, ssb, na);
                    if (nb == 0) return finish_hi(dest, baseb, nb);
                }
                copy_decr(dest, ssa);
                --na;
                if (na == 0) return finish_hi(dest, baseb, nb);
            } while (acount >= kMinGallop || bcount >= kMinGallop);
            ++min_gallop;
            min_gallop_ = min_gallop;
        }
    }
    static void finish_hi(Slice dest, Slice baseb, ptrdiff_t nb) { copy_range(dest, -(nb - 1), baseb, 0, nb); }
    static void copy_a(Slice dest, Slice ssa, Slice ssb, ptrdiff_t na) {
        copy_range(dest, 1 - na, ssa, 1 - na, na);
        advance(dest, -na);
        advance(ssa, -na);
        copy_one(dest, 0, ssb, 0);
    }

    void merge_at(ptrdiff_t i) {
        auto idx = static_cast<size_t>(i);
        Slice ssa = pending_[idx].base;
        ptrdiff_t na = pending_[idx].len;
        Slice ssb = pending_[idx + 1].base;
        ptrdiff_t nb = pending_[idx + 1].len;
        pending_[idx].len = na + nb;
        if (idx + 3 == pending_.size()) pending_[idx + 1] = pending_[idx + 2];
        pending_.pop_back();
        ptrdiff_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
        advance(ssa, k);
        na -= k;
        if (na == 0) return;
        nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) merge_lo(ssa, na, ssb, nb);
        else merge_hi(ssa, na, ssb, nb);
    }

    static int powerloop(ptrdiff_t s1, ptrdiff_t n1, ptrdiff_t n2, ptrdiff_t n) {
        int result = 0;
        ptrdiff_t a = 2 * s1 + n1;
        ptrdiff_t b = a + n1 + n2;
        while (true) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    void found_new_run(ptrdiff_t /*start*/, ptrdiff_t n2) {
        if (pending_.empty()) return;
        Run& top = pending_.back();
        ptrdiff_t s1 = top.base.keys - base_;
        int power = powerloop(s1, top.len, n2, n_);
        while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) merge_at(static_cast<ptrdiff_t>(pending_.size()) - 2);
        pending_.back().power = power;
    }

    Interpreter& in_;
    Value* base_;
    ptrdiff_t n_;
    Slice lo_{};
    std::vector<Value> tmp_keys_, tmp_values_;
    std::vector<Run> pending_;
    ptrdiff_t min_gallop_ = kMinGallop;
};

}  // namespace

// Sorts [items] in place as CPython's list.sort(key=[key], reverse=[reverse]).
void list_sort(Interpreter& in, std::vector<Value>& items, const Value& key, bool reverse) {
    std::vector<Value> keys;
    if (!key.is_none()) {
        keys.reserve(items.size());
        for (auto& v : items) keys.push_back(in.call(key, std::vector<Value>{v}));
    }
    // Reverse-stability: reverse, sort stably, reverse back.
    if (reverse) {
        std::reverse(items.begin(), items.end());
        std::reverse(keys.begin(), keys.end());
    }
    if (keys.empty()) TimSort(in, items.data(), nullptr, static_cast<ptrdiff_t>(items.size())).run();
    else TimSort(in, keys.data(), items.data(), static_cast<ptrdiff_t>(items.size())).run();
    if (reverse) std::reverse(items.begin(), items.end());
}

}  // namespace seedlab::lang
