// Operators and protocols of the builtin types with CPython semantics: arithmetic
// with small/big ints and floats (float ** through the engine's glibc-identical pow),
// comparisons (exact int/float comparison), identity, truth, equality, indexing,
// slicing and slice assignment, length, iteration, repr/str.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "lang/frame.hpp"
#include "lang/interpreter.hpp"
#include "lang/numfmt.hpp"
#include "lang/objects.hpp"
#include "lang/strings.hpp"
#include "math/libm.hpp"

namespace seedlab::lang {
namespace {

bool is_intlike(const Value& v) { return v.is_int() || v.is_bool(); }

double py_float_mod(double a, double b) {
    double m = std::fmod(a, b);
    if (m != 0.0) {
        if ((b < 0) != (m < 0)) m += b;
    } else {
        m = std::copysign(0.0, b);
    }
    return m;
}

double py_float_floordiv(double a, double b) {
    double m = std::fmod(a, b);
    double div = (a - m) / b;
    if (m != 0.0 && ((b < 0) != (m < 0))) div -= 1.0;
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, a / b);
    }
    return floordiv;
}

// Exact comparison of an int with a float, as CPython's float_richcompare.
int compare_int_float(const BigInt& i, double d) {
    if (d != d) return 2;  // unordered
    if (d == std::numeric_limits<double>::infinity()) return -1;
    if (d == -std::numeric_limits<double>::infinity()) return 1;
    double fl = std::floor(d);
    BigInt fi = BigInt::from_double(fl);
    auto c = i <=> fi;
    if (c < 0) return -1;
    if (c > 0) return 1;
    return fl == d ? 0 : -1;  // i == floor(d) < d
}

Value int_binary(const std::string& op, const Value& a, const Value& b) {
    if (a.is_small_int() || a.is_bool()) {
        if (b.is_small_int() || b.is_bool()) {
            int64_t x = a.small_int(), y = b.small_int(), r = 0;
            if (op == "+" && !__builtin_add_overflow(x, y, &r)) return Value::integer(r);
            if (op == "-" && !__builtin_sub_overflow(x, y, &r)) return Value::integer(r);
            if (op == "*" && !__builtin_mul_overflow(x, y, &r)) return Value::integer(r);
            if ((op == "//" || op == "%") && y != 0 && !(x == INT64_MIN && y == -1)) {
                int64_t q = x / y, m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) { q -= 1; m += y; }
                return Value::integer(op == "//" ? q : m);
            }
            bool both_bool = a.is_bool() && b.is_bool();
            if (op == "&") return both_bool ? Value::boolean((x & y) != 0) : Value::integer(x & y);
            if (op == "|") return both_bool ? Value::boolean((x | y) != 0) : Value::integer(x | y);
            if (op == "^") return both_bool ? Value::boolean((x ^ y) != 0) : Value::integer(x ^ y);
        }
    }
    BigInt x = a.big_int(), y = b.big_int();
    if (op == "+") return Value::integer(x + y);
    if (op == "-") return Value::integer(x - y);
    if (op == "*") return Value::integer(x * y);
    if (op == "//" || op == "%") {
        if (y.is_zero()) throw runtime_error("ZeroDivisionError", op == "//" ? "integer division or modulo by zero" : "integer modulo by zero");
        return Value::integer(op == "//" ? floordiv(x, y) : mod(x, y));
    }
    if (op == "/") {
        if (y.is_zero()) throw runtime_error("ZeroDivisionError", "division by zero");
        try {
            return Value::floating(true_divide(x, y));
        } catch (const std::overflow_error&) {
            throw runtime_error("OverflowError", "integer division result too large for a float");
        }
    }
    if (op == "&") return Value::integer(x & y);
    if (op == "|") return Value::integer(x | y);
    if (op == "^") return Value::integer(x ^ y);
    if (op == "<<" || op == ">>") {
        if (y.is_negative()) throw value_error("negative shift count");
        if (op == ">>" && !y.fits_int64()) return Value::integer(x.is_negative() ? -1 : 0);
        if (!y.fits_int64() || (op == "<<" && !x.is_zero() && x.bit_length() + static_cast<uint64_t>(y.to_int64()) > BigInt::kMaxBits))
            throw limit_error("Size limit: the shifted integer would be too large for the playground.");
        return Value::integer(op == "<<" ? (x << y.to_int64()) : (x >> y.to_int64()));
    }
    if (op == "**") {
        if (y.is_negative()) return Value::none();  // caller falls back to float pow
        bool trivial = x.is_zero() || x == BigInt(1) || x == BigInt(-1);
        if (!trivial && (!y.fits_int64() || (x.bit_length() - 1) * static_cast<uint64_t>(y.to_int64()) > BigInt::kMaxBits))
            throw limit_error("Size limit: the power would be too large for the playground.");
        return Value::integer(pow(x, y));
    }
    return Value::none();
}

double to_double(const Value& v) {
    if (v.is_float()) return v.as_float();
    if (v.is_small_int() || v.is_bool()) return static_cast<double>(v.small_int());
    try {
        return v.big_int().to_double();
    } catch (const std::overflow_error&) {
        throw runtime_error("OverflowError", "int too large to convert to float");
    }
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// float_pow of CPython 3.11's floatobject.c: the special cases first, then the C
// library's pow (the engine's glibc-identical one).
Value float_pow(double iv, double iw) {
    const double inf = std::numeric_limits<double>::infinity();
    if (iw == 0) return Value::floating(1.0);
    if (iv != iv) return Value::floating(iv);
    if (iw != iw) return Value::floating(iv == 1.0 ? 1.0 : iw);
    if (iw == inf || iw == -inf) {
        iv = std::fabs(iv);
        if (iv == 1.0) return Value::floating(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return Value::floating(std::fabs(iw));
        return Value::floating(0.0);
    }
    if (iv == inf || iv == -inf) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return Value::floating(odd ? iv : std::fabs(iv));
        return Value::floating(odd ? std::copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) throw runtime_error("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        return Value::floating(odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw)) throw unsupported("complex numbers are not supported in the playground");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return Value::floating(negate ? -1.0 : 1.0);
    double ix = math::pow(iv, iw);
    if (ix == inf) throw runtime_error("OverflowError", "(34, 'Numerical result out of range')");
    return Value::floating(negate ? -ix : ix);
}

Value float_binary(const std::string& op, double x, double y) {
    if (op == "+") return Value::floating(x + y);
    if (op == "-") return Value::floating(x - y);
    if (op == "*") return Value::floating(x * y);
    if (op == "/") {
        if (y == 0.0) throw runtime_error("ZeroDivisionError", "float division by zero");
        return Value::floating(x / y);
    }
    if (op == "//") {
        if (y == 0.0) throw runtime_error("ZeroDivisionError", "float floor division by zero");
        return Value::floating(py_float_floordiv(x, y));
    }
    if (op == "%") {
        if (y == 0.0) throw runtime_error("ZeroDivisionError", "float modulo");
        return Value::floating(py_float_mod(x, y));
    }
    if (op == "**") return float_pow(x, y);
    return Value::none();
}

std::vector<Value> repeat(const std::vector<Value>& items, const Value& n, Interpreter& in) {
    int64_t count = n.is_small_int() || n.is_bool() ? n.small_int() : std::numeric_limits<int64_t>::max();
    if (count <= 0) return {};
    if (items.empty()) return {};
    in.count_elements(count > std::numeric_limits<int64_t>::max() / static_cast<int64_t>(items.size())
                          ? std::numeric_limits<int64_t>::max()
                          : count * static_cast<int64_t>(items.size()));
    std::vector<Value> out;
    out.reserve(static_cast<size_t>(count) * items.size());
    for (int64_t i = 0; i < count; ++i) out.insert(out.end(), items.begin(), items.end());
    return out;
}

[[noreturn]] void unsupported_operands(Interpreter& in, const std::string& op, const Value& a, const Value& b) {
    std::string sym = op;
    if (sym.size() > 1 && sym.back() == '=' && sym != "==" && sym != "<=" && sym != ">=" && sym != "!=") {
        throw type_error("unsupported operand type(s) for " + sym + ": '" + in.type_name(a) + "' and '" + in.type_name(b) + "'");
    }
    if (sym == "<" || sym == ">" || sym == "<=" || sym == ">=")
        throw type_error("'" + sym + "' not supported between instances of '" + in.type_name(a) + "' and '" + in.type_name(b) + "'");
    if (sym == "**") sym = "** or pow()";
    throw type_error("unsupported operand type(s) for " + sym + ": '" + in.type_name(a) + "' and '" + in.type_name(b) + "'");
}

}  // namespace

std::string Interpreter::type_name(const Value& v) const {
    switch (v.type()) {
        case Value::Type::None: return "NoneType";
        case Value::Type::Bool: return "bool";
        case Value::Type::Int: return "int";
        case Value::Type::Float: return "float";
        case Value::Type::Object: return v.obj()->type_name();
    }
    return "object";
}

bool Interpreter::truthy(const Value& v) {
    switch (v.type()) {
        case Value::Type::None: return false;
        case Value::Type::Bool: return v.as_bool();
        case Value::Type::Int: return v.is_small_int() ? v.small_int() != 0 : !v.big_int().is_zero();
        case Value::Type::Float: return v.as_float() != 0.0;
        case Value::Type::Object: return v.obj()->truthy(*this);
    }
    return true;
}

bool Interpreter::equals(const Value& a, const Value& b) { return truthy(binary("==", a, b)); }

bool Interpreter::same_or_equal(const Value& a, const Value& b) {
    if (a.is_object() && b.is_object() && a.obj() == b.obj()) return true;
    if (a.is_float() && b.is_float() && a.as_float() != a.as_float() && b.as_float() != b.as_float())
        throw unsupported("comparing nan values inside a container depends on object identity in CPython; not reproducible in the playground",
                          current_line());
    return equals(a, b);
}
bool Interpreter::less(const Value& a, const Value& b) { return truthy(binary("<", a, b)); }

Value Interpreter::binary(const std::string& op_in, const Value& a, const Value& b) {
    // Augmented assignment: lists extend in place, everything else falls back to the plain operator.
    std::string op = op_in;
    bool augmented = op.size() >= 2 && op.back() == '=' && op != "==" && op != "<=" && op != ">=" && op != "!=";
    if (augmented) {
        op.pop_back();
        if (auto* l = a.as<ListObj>(); l && op == "+") {
            for (auto& v : to_list(b)) l->items.push_back(v);
            count_elements(static_cast<int64_t>(l->items.size()));
            return a;
        }
        if (auto* l = a.as<ListObj>(); l && op == "*" && is_intlike(b)) {
            l->items = repeat(l->items, b, *this);
            return a;
        }
        if (auto* s = a.as<SetObj>(); s && !s->frozen && b.as<SetObj>() && (op == "|" || op == "&" || op == "-" || op == "^")) {
            if (op == "|") s->update(*this, b);
            else if (op == "-") s->difference_update(*this, b);
            else if (op == "^") s->symmetric_difference_update(*this, b);
            else {
                auto r = s->intersection(*this, b);
                s->table = r->table;
                s->fill = r->fill;
                s->used = r->used;
            }
            return a;
        }
        if (auto* d = a.as<DictObj>(); d && op == "|") {
            call(get_attr(a, "update"), std::vector<Value>{b});
            return a;
        }
        // Library objects with in-place operators (numpy arrays: a += 1 writes into a,
        // seen by every view) get the augmented operator ("+=") first.
        if (a.is_object() && !a.as<StrObj>() && !a.as<ListObj>() && !a.as<TupleObj>() && !a.as<SetObj>() && !a.as<DictObj>()) {
            Value out;
            if (a.obj()->binary_op(*this, op_in, b, false, out)) return out;
        }
    }
    // Unary operators arrive as "unary-", "unary+", "unary~".
    if (op.rfind("unary", 0) == 0) {
        std::string u = op.substr(5);
        if (a.is_float()) {
            if (u == "-") return Value::floating(-a.as_float());
            if (u == "+") return Value::floating(a.as_float());
        } else if (is_intlike(a)) {
            if (u == "-") return Value::integer(-a.big_int());
            if (u == "+") return Value::integer(a.big_int());
            if (u == "~") return Value::integer(~a.big_int());
        } else if (a.is_object()) {
            Value out;
            if (a.obj()->unary_op(*this, u, out)) return out;
        }
        throw type_error("bad operand type for unary " + u + ": '" + type_name(a) + "'");
    }
    // Library objects first (arrays broadcast against numbers and lists).
    if (a.is_object() && !a.as<StrObj>() && !a.as<ListObj>() && !a.as<TupleObj>()) {
        Value out;
        if (a.obj()->binary_op(*this, op, b, false, out)) return out;
    }
    if (b.is_object() && !b.as<StrObj>() && !b.as<ListObj>() && !b.as<TupleObj>()) {
        Value out;
        if (b.obj()->binary_op(*this, op, a, true, out)) return out;
    }
    if (op == "is" || op == "is not") {
        bool same;
        if (a.is_none() || b.is_none() || a.is_bool() || b.is_bool()) {
            same = a.type() == b.type() && (a.is_none() || a.as_bool() == b.as_bool());
        } else if (a.is_object() && b.is_object() && a.obj() == b.obj()) {
            same = true;
        } else if (a.is_small_int() && b.is_small_int() && a.small_int() >= -5 && a.small_int() <= 256) {
            same = a.small_int() == b.small_int();  // CPython's small int cache
        } else {
            // Equal immutable values may or may not be one object in CPython (constants,
            // interning, caches): only "different" is certain.
            bool immutable = (a.is_number() || a.as<StrObj>() || a.as<BytesObj>() || a.as<TupleObj>() ||
                              (a.as<SetObj>() && a.as<SetObj>()->frozen)) && type_name(a) == type_name(b);
            if (immutable && equals(a, b))
                throw unsupported("'is' between equal " + type_name(a) + " values depends on object identity in CPython; not reproducible in the playground",
                                  current_line());
            same = false;
        }
        return Value::boolean(op == "is" ? same : !same);
    }
    if (op == "in" || op == "not in") {
        bool found = false;
        if (auto* s = b.as<StrObj>()) {
            auto* sub = a.as<StrObj>();
            if (!sub) throw type_error("'in <string>' requires string as left operand, not " + type_name(a));
            found = s->s.find(sub->s) != std::string::npos;
        } else if (auto* d = b.as<DictObj>()) {
            found = d->find(*this, a) != nullptr;
        } else if (auto* set = b.as<SetObj>()) {
            found = set->contains(*this, a);
        } else if (auto* view = b.as<DictViewObj>()) {
            found = view->contains(*this, a);
        } else if (auto* r = b.as<RangeObj>(); r && (a.is_small_int() || a.is_bool())) {
            int64_t v = a.small_int();
            found = r->step > 0 ? (v >= r->start && v < r->stop) : (v <= r->start && v > r->stop);
            found = found && (v - r->start) % r->step == 0;
        } else {
            if (!b.is_object() || !b.obj()->iter(*this)) throw type_error("argument of type '" + type_name(b) + "' is not iterable");
            ObjPtr it = iter(b);
            Value item;
            while (static_cast<IterObj*>(it.get())->next(*this, item))
                if (same_or_equal(item, a)) { found = true; break; }
        }
        return Value::boolean(op == "in" ? found : !found);
    }
    bool numeric = a.is_number() && b.is_number();
    if (numeric) {
        if (op == "==" || op == "!=" || op == "<" || op == ">" || op == "<=" || op == ">=") {
            int c;
            if (a.is_float() && b.is_float()) {
                double x = a.as_float(), y = b.as_float();
                c = (x != x || y != y) ? 2 : (x < y ? -1 : x > y ? 1 : 0);
            } else if (a.is_float()) {
                c = compare_int_float(b.big_int(), a.as_float());
                if (c != 2) c = -c;
            } else if (b.is_float()) {
                c = compare_int_float(a.big_int(), b.as_float());
            } else if ((a.is_small_int() || a.is_bool()) && (b.is_small_int() || b.is_bool())) {
                c = a.small_int() < b.small_int() ? -1 : a.small_int() > b.small_int() ? 1 : 0;
            } else {
                auto o = a.big_int() <=> b.big_int();
                c = o < 0 ? -1 : o > 0 ? 1 : 0;
            }
            if (c == 2) return Value::boolean(op == "!=");
            if (op == "==") return Value::boolean(c == 0);
            if (op == "!=") return Value::boolean(c != 0);
            if (op == "<") return Value::boolean(c < 0);
            if (op == ">") return Value::boolean(c > 0);
            if (op == "<=") return Value::boolean(c <= 0);
            return Value::boolean(c >= 0);
        }
        if (is_intlike(a) && is_intlike(b)) {
            Value r;
            try {
                r = int_binary(op, a, b);
            } catch (const std::domain_error& e) {
                throw runtime_error("ZeroDivisionError", e.what());
            } catch (const std::invalid_argument& e) {
                throw value_error(e.what());
            } catch (const std::overflow_error& e) {
                throw runtime_error("OverflowError", e.what());
            } catch (const std::length_error&) {
                throw limit_error("Size limit: the integer would be too large for the playground.", current_line());
            }
            if (!r.is_none()) return r;
            if (op == "**") {  // negative exponent: float result
                return float_binary("**", to_double(a), to_double(b));
            }
        } else {
            if (op == "&" || op == "|" || op == "^" || op == "<<" || op == ">>") unsupported_operands(*this, op_in, a, b);
            Value r = float_binary(op, to_double(a), to_double(b));
            if (!r.is_none()) return r;
        }
        unsupported_operands(*this, op_in, a, b);
    }
    if (op == "==" || op == "!=") {
        bool eq = false;
        if (a.is_none() || b.is_none()) eq = a.is_none() && b.is_none();
        else if (a.is_object() && b.is_object()) {
            if (a.obj() == b.obj()) eq = true;
            else if (auto* sa = a.as<StrObj>(), *sb = b.as<StrObj>(); sa && sb) eq = sa->s == sb->s;
            else if (auto* ba = a.as<BytesObj>(), *bb = b.as<BytesObj>(); ba && bb) eq = ba->bytes == bb->bytes;
            else {
                const std::vector<Value>* xa = nullptr, *xb = nullptr;
                if (auto* la = a.as<ListObj>(), *lb = b.as<ListObj>(); la && lb) { xa = &la->items; xb = &lb->items; }
                if (auto* ta = a.as<TupleObj>(), *tb = b.as<TupleObj>(); ta && tb) { xa = &ta->items; xb = &tb->items; }
                if (xa) {
                    enter_recursion(1, " in comparison");
                    RecursionGuard guard(*this, 1);
                    eq = xa->size() == xb->size();
                    for (size_t i = 0; eq && i < xa->size(); ++i) eq = same_or_equal((*xa)[i], (*xb)[i]);
                } else if (auto* da = a.as<DictObj>(), *db = b.as<DictObj>(); da && db) {
                    enter_recursion(1, " in comparison");
                    RecursionGuard guard(*this, 1);
                    eq = da->entries.size() == db->entries.size();
                    for (auto& [k, v] : da->entries) {
                        if (!eq) break;
                        Value* other = db->find(*this, k);
                        eq = other && same_or_equal(v, *other);
                    }
                } else if (auto* sa2 = a.as<SetObj>(), *sb2 = b.as<SetObj>(); sa2 && sb2) {
                    eq = sa2->size() == sb2->size();
                    for (auto& v : sa2->ordered_items()) if (eq) eq = sb2->contains(*this, v);
                }
            }
        }
        return Value::boolean(op == "==" ? eq : !eq);
    }
    if (op == "<" || op == ">" || op == "<=" || op == ">=") {
        if (auto* sa = a.as<StrObj>(), *sb = b.as<StrObj>(); sa && sb) {
            int c = sa->s.compare(sb->s);  // UTF-8 byte order equals code point order
            return Value::boolean(op == "<" ? c < 0 : op == ">" ? c > 0 : op == "<=" ? c <= 0 : c >= 0);
        }
        const std::vector<Value>* xa = nullptr, *xb = nullptr;
        if (auto* la = a.as<ListObj>(), *lb = b.as<ListObj>(); la && lb) { xa = &la->items; xb = &lb->items; }
        if (auto* ta = a.as<TupleObj>(), *tb = b.as<TupleObj>(); ta && tb) { xa = &ta->items; xb = &tb->items; }
        if (xa) {
            size_t n = std::min(xa->size(), xb->size());
            for (size_t i = 0; i < n; ++i)
                if (!same_or_equal((*xa)[i], (*xb)[i])) return binary(op, (*xa)[i], (*xb)[i]);
            size_t la = xa->size(), lb = xb->size();
            return Value::boolean(op == "<" ? la < lb : op == ">" ? la > lb : op == "<=" ? la <= lb : la >= lb);
        }
        unsupported_operands(*this, op_in, a, b);
    }
    if (op == "+") {
        if (auto* sa = a.as<StrObj>(), *sb = b.as<StrObj>(); sa && sb) return Value::str(sa->s + sb->s);
        if (auto* la = a.as<ListObj>(), *lb = b.as<ListObj>(); la && lb) {
            std::vector<Value> items = la->items;
            items.insert(items.end(), lb->items.begin(), lb->items.end());
            return make_list(std::move(items));
        }
        if (auto* ta = a.as<TupleObj>(), *tb = b.as<TupleObj>(); ta && tb) {
            std::vector<Value> items = ta->items;
            items.insert(items.end(), tb->items.begin(), tb->items.end());
            return make_tuple(std::move(items));
        }
        if (a.as<StrObj>() && !b.as<StrObj>()) throw type_error("can only concatenate str (not \"" + type_name(b) + "\") to str");
        if (a.as<ListObj>() && !b.as<ListObj>()) throw type_error("can only concatenate list (not \"" + type_name(b) + "\") to list");
        if (a.as<TupleObj>() && !b.as<TupleObj>()) throw type_error("can only concatenate tuple (not \"" + type_name(b) + "\") to tuple");
    }
    if (op == "+") {
        if (auto* ba = a.as<BytesObj>(), *bb = b.as<BytesObj>(); ba && bb)
            return Value::object(std::make_shared<BytesObj>(ba->bytes + bb->bytes, ba->mutable_));
    }
    if (op == "|") {
        if (auto* da = a.as<DictObj>(), *db = b.as<DictObj>(); da && db) {
            auto d = std::make_shared<DictObj>(*da);
            for (auto& [k, v] : db->entries) d->put(*this, k, v);
            return Value::object(d);
        }
    }
    if (op == "*") {
        auto is_seq = [](const Value& v) { return v.as<StrObj>() || v.as<ListObj>() || v.as<TupleObj>() || v.as<BytesObj>(); };
        const Value& seq = is_intlike(a) ? b : a;
        const Value& n = is_intlike(a) ? a : b;
        if (is_intlike(n)) {
            if (auto* s = seq.as<StrObj>()) {
                int64_t count = n.is_small_int() || n.is_bool() ? n.small_int() : std::numeric_limits<int64_t>::max();
                if (count <= 0 || s->s.empty()) return Value::str("");
                int64_t size = static_cast<int64_t>(s->s.size());
                count_elements(count > std::numeric_limits<int64_t>::max() / size ? std::numeric_limits<int64_t>::max() : count * size);
                std::string out;
                out.reserve(static_cast<size_t>(count * size));
                for (int64_t i = 0; i < count; ++i) out += s->s;
                return Value::str(out);
            }
            if (auto* l = seq.as<ListObj>()) return make_list(repeat(l->items, n, *this));
            if (auto* by = seq.as<BytesObj>()) {
                int64_t count = n.is_small_int() || n.is_bool() ? n.small_int() : std::numeric_limits<int64_t>::max();
                std::string text;
                if (count > 0 && !by->bytes.empty()) {
                    int64_t size = static_cast<int64_t>(by->bytes.size());
                    count_elements(count > std::numeric_limits<int64_t>::max() / size ? std::numeric_limits<int64_t>::max() : count * size);
                    for (int64_t k = 0; k < count; ++k) text += by->bytes;
                }
                return Value::object(std::make_shared<BytesObj>(text, by->mutable_));
            }
            if (auto* t = seq.as<TupleObj>()) return make_tuple(repeat(t->items, n, *this));
        } else if (is_seq(a)) {
            throw type_error("can't multiply sequence by non-int of type '" + type_name(b) + "'");
        } else if (is_seq(b)) {
            throw type_error("can't multiply sequence by non-int of type '" + type_name(a) + "'");
        }
    }
    if (op == "%" && a.as<StrObj>()) return call(builtins_.at("__percent_format__"), std::vector<Value>{a, b});
    unsupported_operands(*this, op_in, a, b);
}

int64_t Interpreter::length(const Value& v) {
    if (auto* s = v.as<StrObj>()) return static_cast<int64_t>(utf8_length(s->s));
    if (auto* l = v.as<ListObj>()) return static_cast<int64_t>(l->items.size());
    if (auto* t = v.as<TupleObj>()) return static_cast<int64_t>(t->items.size());
    if (auto* d = v.as<DictObj>()) return static_cast<int64_t>(d->entries.size());
    if (auto* b = v.as<BytesObj>()) return static_cast<int64_t>(b->bytes.size());
    int64_t n = 0;
    if (v.is_object() && v.obj()->length(*this, n)) return n;
    throw type_error("object of type '" + type_name(v) + "' has no len()");
}

std::vector<Value> Interpreter::to_list(const Value& iterable) {
    if (auto* l = iterable.as<ListObj>()) return l->items;
    if (auto* t = iterable.as<TupleObj>()) return t->items;
    if (auto* r = iterable.as<RangeObj>()) count_elements(r->size());  // refuse a huge range before building it
    std::vector<Value> out;
    ObjPtr it = iter(iterable);
    Value item;
    while (static_cast<IterObj*>(it.get())->next(*this, item)) {
        out.push_back(item);
        if ((out.size() & 0xFFFF) == 0) count_elements(static_cast<int64_t>(out.size()));
    }
    return out;
}

ObjPtr Interpreter::iter(const Value& v) {
    if (v.is_object()) {
        ObjPtr it = v.obj()->iter(*this);
        if (it) return it;
    }
    throw type_error("'" + type_name(v) + "' object is not iterable");
}

std::string Interpreter::repr(const Value& v) {
    TextOut out;
    write(v, out, false);
    return out.text;
}

std::string Interpreter::str(const Value& v) {
    if (auto* s = v.as<StrObj>()) return s->s;
    TextOut out;
    write(v, out, true);
    return out.text;
}

void Interpreter::write(const Value& v, TextOut& out, bool as_str) {
    switch (v.type()) {
        case Value::Type::None: out.append("None"); return;
        case Value::Type::Bool: out.append(v.as_bool() ? "True" : "False"); return;
        case Value::Type::Int:
            out.number(v.is_small_int() ? std::to_string(v.small_int()) : int_to_decimal(v.big_int()), "int", v.provenance());
            return;
        case Value::Type::Float: out.number(float_repr(v.as_float()), "float", v.provenance()); return;
        case Value::Type::Object: break;
    }
    const Obj* o = v.obj().get();
    bool container = v.as<ListObj>() || v.as<TupleObj>() || v.as<DictObj>() || v.as<DictViewObj>();
    if (!container) {
        v.obj()->write(*this, out, as_str);
        return;
    }
    // A container inside itself prints as [...]; deep nesting costs recursion budget.
    if (std::find(repr_stack_.begin(), repr_stack_.end(), o) != repr_stack_.end()) {
        out.append(v.as<ListObj>() ? "[...]" : v.as<TupleObj>() ? "(...)" : "{...}");
        return;
    }
    enter_recursion(1, " while getting the repr of an object");
    RecursionGuard guard(*this, 1);
    repr_stack_.push_back(o);
    struct Pop { std::vector<const Obj*>& s; ~Pop() { s.pop_back(); } } pop{repr_stack_};
    v.obj()->write(*this, out, as_str);
}

// ---- indexing -------------------------------------------------------------------

namespace {

// The index [key] into a sequence of length [n], with CPython's messages.
size_t sequence_index(Interpreter& in, const Value& key, int64_t n, const char* what, const char* error_what) {
    if (!is_intlike(key)) throw type_error(std::string(what) + " indices must be integers or slices, not " + in.type_name(key));
    int64_t i = key.is_small_int() || key.is_bool() ? key.small_int() : (key.big_int().is_negative() ? INT64_MIN / 2 : INT64_MAX / 2);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw runtime_error("IndexError", std::string(error_what) + " index out of range");
    return static_cast<size_t>(i);
}

// The positions a slice selects in a sequence of length [n].
std::vector<size_t> slice_positions(Interpreter& in, const SliceObj& sl, int64_t n) {
    int64_t start, stop, step;
    sl.indices(in, n, start, stop, step);
    std::vector<size_t> out;
    for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) out.push_back(static_cast<size_t>(i));
    return out;
}

}  // namespace

Value Interpreter::get_item(const Value& obj, const Value& key) {
    if (auto* sl = key.as<SliceObj>()) {
        if (auto* l = obj.as<ListObj>()) {
            std::vector<Value> out;
            for (size_t i : slice_positions(*this, *sl, static_cast<int64_t>(l->items.size()))) out.push_back(l->items[i]);
            return make_list(std::move(out));
        }
        if (auto* t = obj.as<TupleObj>()) {
            std::vector<Value> out;
            for (size_t i : slice_positions(*this, *sl, static_cast<int64_t>(t->items.size()))) out.push_back(t->items[i]);
            return make_tuple(std::move(out));
        }
        if (auto* s = obj.as<StrObj>()) {
            auto cps = utf8_decode(s->s);
            std::string out;
            for (size_t i : slice_positions(*this, *sl, static_cast<int64_t>(cps.size()))) utf8_append(out, cps[i]);
            return Value::str(out);
        }
        if (auto* b = obj.as<BytesObj>()) {
            std::string out;
            for (size_t i : slice_positions(*this, *sl, static_cast<int64_t>(b->bytes.size()))) out += b->bytes[i];
            return Value::object(std::make_shared<BytesObj>(out, b->mutable_));
        }
        if (auto* r = obj.as<RangeObj>()) {
            int64_t start, stop, step;
            sl->indices(*this, r->size(), start, stop, step);
            auto out = std::make_shared<RangeObj>();
            out->start = r->start + start * r->step;
            out->stop = r->start + stop * r->step;
            out->step = r->step * step;
            return Value::object(out);
        }
    }
    if (auto* l = obj.as<ListObj>()) return l->items[sequence_index(*this, key, static_cast<int64_t>(l->items.size()), "list", "list")];
    if (auto* t = obj.as<TupleObj>()) return t->items[sequence_index(*this, key, static_cast<int64_t>(t->items.size()), "tuple", "tuple")];
    if (auto* s = obj.as<StrObj>()) {
        auto cps = utf8_decode(s->s);
        std::string out;
        utf8_append(out, cps[sequence_index(*this, key, static_cast<int64_t>(cps.size()), "string", "string")]);
        return Value::str(out);
    }
    if (auto* b = obj.as<BytesObj>())
        return Value::integer(static_cast<unsigned char>(b->bytes[sequence_index(*this, key, static_cast<int64_t>(b->bytes.size()), "byte", "index")]));
    if (auto* d = obj.as<DictObj>()) {
        Value* v = d->find(*this, key);
        if (!v) throw runtime_error("KeyError", repr(key));
        return *v;
    }
    Value out;
    if (obj.is_object() && obj.obj()->get_item(*this, key, out)) return out;
    throw type_error("'" + type_name(obj) + "' object is not subscriptable");
}

void Interpreter::set_item(const Value& obj, const Value& key, const Value& v) {
    if (auto* l = obj.as<ListObj>()) {
        if (auto* sl = key.as<SliceObj>()) {
            std::vector<Value> values = v.as<ListObj>() == l ? l->items : to_list(v);
            int64_t n = static_cast<int64_t>(l->items.size()), start, stop, step;
            sl->indices(*this, n, start, stop, step);
            if (step == 1) {
                if (stop < start) stop = start;
                l->items.erase(l->items.begin() + start, l->items.begin() + stop);
                l->items.insert(l->items.begin() + start, values.begin(), values.end());
                count_elements(static_cast<int64_t>(l->items.size()));
                return;
            }
            auto positions = slice_positions(*this, *sl, n);
            if (positions.size() != values.size())
                throw value_error("attempt to assign sequence of size " + std::to_string(values.size()) + " to extended slice of size " +
                                  std::to_string(positions.size()));
            for (size_t i = 0; i < positions.size(); ++i) l->items[positions[i]] = values[i];
            return;
        }
        if (!is_intlike(key)) throw type_error("list indices must be integers or slices, not " + type_name(key));
        int64_t n = static_cast<int64_t>(l->items.size());
        int64_t i = key.is_small_int() || key.is_bool() ? key.small_int() : INT64_MAX / 2;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw runtime_error("IndexError", "list assignment index out of range");
        l->items[static_cast<size_t>(i)] = v;
        return;
    }
    if (auto* d = obj.as<DictObj>()) { d->put(*this, key, v); return; }
    if (obj.is_object() && obj.obj()->set_item(*this, key, v)) return;
    throw type_error("'" + type_name(obj) + "' object does not support item assignment");
}

void Interpreter::del_item(const Value& obj, const Value& key) {
    if (auto* l = obj.as<ListObj>()) {
        if (auto* sl = key.as<SliceObj>()) {
            auto positions = slice_positions(*this, *sl, static_cast<int64_t>(l->items.size()));
            std::sort(positions.begin(), positions.end());
            for (size_t k = positions.size(); k-- > 0;) l->items.erase(l->items.begin() + static_cast<long>(positions[k]));
            return;
        }
        if (!is_intlike(key)) throw type_error("list indices must be integers or slices, not " + type_name(key));
        int64_t n = static_cast<int64_t>(l->items.size());
        int64_t i = key.is_small_int() || key.is_bool() ? key.small_int() : INT64_MAX / 2;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw runtime_error("IndexError", "list assignment index out of range");
        l->items.erase(l->items.begin() + i);
        return;
    }
    if (auto* d = obj.as<DictObj>()) {
        if (!d->erase(*this, key)) throw runtime_error("KeyError", repr(key));
        return;
    }
    if (obj.as<StrObj>() || obj.as<TupleObj>() || obj.as<RangeObj>() || obj.as<BytesObj>())
        throw type_error("'" + type_name(obj) + "' object doesn't support item deletion");
    if (obj.is_object() && !obj.as<SetObj>())
        throw unsupported("deleting items of a " + type_name(obj) + " is not supported in the playground", current_line());
    throw type_error("'" + type_name(obj) + "' object does not support item deletion");
}

}  // namespace seedlab::lang
