// CPython 3.11's math-module wrappers and float ** float, over the engine libm, so
// the distributions raise exactly where CPython raises.
// Modules/mathmodule.c: math_1 turns a NaN from a non-NaN argument into ValueError
// "math domain error" and an infinity from a finite argument into OverflowError
// "math range error" (exp) or ValueError (the others); m_log handles log's edges.
// Objects/floatobject.c float_pow sorts out zeros, infinities, NaNs and negative
// bases itself and only then calls the platform pow.
#include <cmath>
#include <stdexcept>

#include "lang/errors.hpp"
#include "libs/pyrandom/random_impl.hpp"
#include "math/libm.hpp"

namespace seedlab::libs::pyrandom {
namespace {

bool is_nan(double x) { return x != x; }
bool is_finite(double x) { return !is_nan(x) && std::fabs(x) != HUGE_VAL; }

lang::PyError domain_error() { return lang::value_error("math domain error"); }

// math_1(arg, func, can_overflow) for an argument already converted to float.
double math_1(double x, double r, bool can_overflow) {
    if (is_nan(r) && !is_nan(x)) throw domain_error();
    if (!is_finite(r) && is_finite(x)) {
        if (can_overflow) throw lang::runtime_error("OverflowError", "math range error");
        throw domain_error();
    }
    return r;
}

// DOUBLE_IS_ODD_INTEGER of floatobject.c.
bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

}  // namespace

double py_log(double x) {
    // m_log: log of a positive finite number; log(0) and log(negative) set EDOM.
    if (is_finite(x)) {
        if (x > 0.0) return math::log(x);
        throw domain_error();
    }
    if (is_nan(x) || x > 0.0) return x;
    throw domain_error();
}

double py_exp(double x) { return math_1(x, math::exp(x), true); }
double py_sqrt(double x) { return math_1(x, math::sqrt(x), false); }
double py_cos(double x) { return math_1(x, math::cos(x), false); }
double py_sin(double x) { return math_1(x, math::sin(x), false); }

double py_acos(double x) { return math_1(x, math::acos(x), false); }

double py_pow(double iv, double iw) {
    if (iw == 0.0) return 1.0;
    if (is_nan(iv)) return iv;
    if (is_nan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (!is_finite(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
        return 0.0;
    }
    if (!is_finite(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return odd ? iv : std::fabs(iv);
        return odd ? std::copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) throw lang::runtime_error("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw))
            throw lang::unsupported("a negative float raised to a fractional power gives a complex number, "
                                    "which the playground does not support.");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    double ix = math::pow(iv, iw);
    // glibc sets ERANGE only on overflow here (underflow to zero is cleared by
    // _Py_ADJUST_ERANGE1), and CPython reports it through PyErr_SetFromErrno.
    if (!is_finite(ix)) throw lang::runtime_error("OverflowError", "(34, 'Numerical result out of range')");
    return negate ? -ix : ix;
}

double to_double(Interpreter& in, const Value& v) {
    if (v.is_float()) return v.as_float();
    if (v.is_bool() || v.is_small_int()) return static_cast<double>(v.small_int());
    if (v.is_int()) {
        try {
            return v.big_int().to_double();
        } catch (const std::overflow_error&) {
            throw lang::runtime_error("OverflowError", "int too large to convert to float");
        }
    }
    throw lang::type_error("must be real number, not " + in.type_name(v));
}

BigInt float_to_int(double x) {
    try {
        return BigInt::from_double(x);
    } catch (const std::overflow_error& e) {
        throw lang::runtime_error("OverflowError", e.what());
    } catch (const std::invalid_argument& e) {
        throw lang::value_error(e.what());
    }
}

double nv_magicconst() { return 4 * math::exp(-0.5) / math::sqrt(2.0); }
double log4() { return math::log(4.0); }
double sg_magicconst() { return 1.0 + math::log(4.5); }

}  // namespace seedlab::libs::pyrandom
