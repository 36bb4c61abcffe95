// The math module. See math_module.hpp.
#include "libs/pymath/math_module.hpp"

#include <cmath>
#include <limits>

#include "lang/args.hpp"
#include "lang/bigint.hpp"
#include "lang/errors.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "math/libm.hpp"

namespace seedlab::libs {

namespace {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

constexpr const char* kMissing[] = {"log2", "hypot", "gamma", "lgamma", "cbrt", "exp2", "fsum", "tan", "sinh", "cosh",
                                    "asinh", "acosh", "atanh", "dist", "prod", "comb", "perm", "isqrt", "lcm", "nextafter",
                                    "ulp", "remainder", "ldexp", "frexp", "modf", "degrees", "radians", nullptr};

struct MathModuleObj : lang::ModuleObj {
    MathModuleObj() : lang::ModuleObj("math") {}
    bool get_attr(Interpreter& in, const std::string& n, Value& out) override {
        if (lang::ModuleObj::get_attr(in, n, out)) return true;
        for (const char* const* m = kMissing; *m; ++m)
            if (n == *m) throw lang::unsupported("math." + n + " is not supported in the playground", in.current_line());
        return false;
    }
};

// CPython's math_1: NaN from a non-NaN argument is a domain error, an infinite result
// from a finite argument a range error (or a domain error when it cannot overflow).
Value checked(double x, double r, bool can_overflow) {
    if (std::isnan(r) && !std::isnan(x)) throw lang::value_error("math domain error");
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) throw lang::runtime_error("OverflowError", "math range error");
        throw lang::value_error("math domain error");
    }
    return Value::floating(r);
}

void unary(lang::ModuleObj& m, const char* name, double (*fn)(double), bool can_overflow) {
    const std::string n = name;
    m.attrs[n] = lang::make_native(n, [n, fn, can_overflow](Interpreter& in, CallArgs& a) {
        if (a.pos.size() != 1 || !a.kw.empty())
            throw lang::type_error("math." + n + "() takes exactly one argument (" + std::to_string(a.pos.size() + a.kw.size()) + " given)");
        const double x = lang::arg_float(in, a.pos[0], "x");
        return checked(x, fn(x), can_overflow);
    });
}

// log(x) of an int beyond the float range: CPython takes it from the digits.
double log_of(Interpreter& in, const Value& v) {
    const double x = lang::arg_float(in, v, "x");
    if (x <= 0.0 && !std::isnan(x)) throw lang::value_error("math domain error");
    return math::log(x);
}

Value to_int(double r, const char* what) {
    if (std::isnan(r)) throw lang::value_error(std::string("cannot convert float NaN to integer"));
    if (std::isinf(r)) throw lang::runtime_error("OverflowError", "cannot convert float infinity to integer");
    (void)what;
    return Value::integer(lang::BigInt::from_double(r));
}

Value build(Interpreter&) {
    auto m = std::make_shared<MathModuleObj>();
    m->attrs["pi"] = Value::floating(3.141592653589793);
    m->attrs["e"] = Value::floating(2.718281828459045);
    m->attrs["tau"] = Value::floating(6.283185307179586);
    m->attrs["inf"] = Value::floating(std::numeric_limits<double>::infinity());
    m->attrs["nan"] = Value::floating(std::numeric_limits<double>::quiet_NaN());
    unary(*m, "sqrt", math::sqrt, false);
    unary(*m, "exp", math::exp, true);
    unary(*m, "expm1", math::expm1, true);
    unary(*m, "log10", [](double x) { return x == 0.0 ? std::numeric_limits<double>::quiet_NaN() : math::log10(x); }, false);
    unary(*m, "log1p", [](double x) { return x == -1.0 ? std::numeric_limits<double>::quiet_NaN() : math::log1p(x); }, false);
    unary(*m, "sin", math::sin, false);
    unary(*m, "cos", math::cos, false);
    unary(*m, "asin", math::asin, false);
    unary(*m, "acos", math::acos, false);
    unary(*m, "atan", math::atan, false);
    unary(*m, "tanh", math::tanh, false);
    unary(*m, "erf", math::erf, false);
    unary(*m, "erfc", math::erfc, false);
    unary(*m, "fabs", [](double x) { return std::fabs(x); }, false);
    m->attrs["log"] = lang::make_native("log", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("log(x, base=None)", lang::Signature::Style::ArgsTuple);
        const std::vector<Value> p = sig.bind(a);
        const double num = log_of(in, p[0]);
        if (p[1].is_none()) return Value::floating(num);
        const double den = log_of(in, p[1]);
        if (den == 0.0) throw lang::runtime_error("ZeroDivisionError", "float division by zero");
        return Value::floating(num / den);
    });
    m->attrs["pow"] = lang::make_native("pow", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("pow(x, y)", lang::Signature::Style::Positional);
        const std::vector<Value> p = sig.bind(a);
        const double x = lang::arg_float(in, p[0], "x"), y = lang::arg_float(in, p[1], "y");
        // CPython's math_pow special cases, then errno-style checks.
        if (!std::isfinite(x) || !std::isfinite(y)) return Value::floating(math::pow(x, y));
        if (x == 0.0 && y < 0.0) throw lang::value_error("math domain error");
        if (x < 0.0 && y != std::floor(y)) throw lang::value_error("math domain error");
        const double r = math::pow(x, y);
        if (std::isinf(r)) throw lang::runtime_error("OverflowError", "math range error");
        return Value::floating(r);
    });
    m->attrs["atan2"] = lang::make_native("atan2", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("atan2(y, x)", lang::Signature::Style::Positional);
        const std::vector<Value> p = sig.bind(a);
        return Value::floating(math::atan2(lang::arg_float(in, p[0], "y"), lang::arg_float(in, p[1], "x")));
    });
    auto rounding = [&](const char* name, double (*fn)(double)) {
        m->attrs[name] = lang::make_native(name, [fn, name](Interpreter& in, CallArgs& a) {
            if (a.pos.size() != 1) throw lang::type_error(std::string("math.") + name + "() takes exactly one argument (" + std::to_string(a.pos.size()) + " given)");
            const Value& v = a.pos[0];
            if (v.is_int() || v.is_bool()) return v.is_bool() ? Value::integer(v.small_int()) : v;
            return to_int(fn(lang::arg_float(in, v, "x")), name);
        });
    };
    rounding("floor", [](double x) { return std::floor(x); });
    rounding("ceil", [](double x) { return std::ceil(x); });
    rounding("trunc", [](double x) { return std::trunc(x); });
    m->attrs["copysign"] = lang::make_native("copysign", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("copysign(x, y)", lang::Signature::Style::Positional);
        const std::vector<Value> p = sig.bind(a);
        return Value::floating(std::copysign(lang::arg_float(in, p[0], "x"), lang::arg_float(in, p[1], "y")));
    });
    m->attrs["fmod"] = lang::make_native("fmod", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("fmod(x, y)", lang::Signature::Style::Positional);
        const std::vector<Value> p = sig.bind(a);
        const double x = lang::arg_float(in, p[0], "x"), y = lang::arg_float(in, p[1], "y");
        if (std::isinf(y) && std::isfinite(x)) return Value::floating(x);
        const double r = std::fmod(x, y);
        if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) throw lang::value_error("math domain error");
        return Value::floating(r);
    });
    for (const char* name : {"isnan", "isinf", "isfinite"}) {
        const std::string n = name;
        m->attrs[n] = lang::make_native(n, [n](Interpreter& in, CallArgs& a) {
            if (a.pos.size() != 1) throw lang::type_error("math." + n + "() takes exactly one argument (" + std::to_string(a.pos.size()) + " given)");
            const double x = lang::arg_float(in, a.pos[0], "x");
            return Value::boolean(n == "isnan" ? std::isnan(x) : n == "isinf" ? std::isinf(x) : std::isfinite(x));
        });
    }
    m->attrs["isclose"] = lang::make_native("isclose", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("isclose(a, b, /, *, rel_tol=1e-09, abs_tol=0.0)");
        const std::vector<Value> p = sig.bind(a);
        const double x = lang::arg_float(in, p[0], "a"), y = lang::arg_float(in, p[1], "b");
        const double rel = lang::arg_float(in, p[2], "rel_tol"), abs_tol = lang::arg_float(in, p[3], "abs_tol");
        if (rel < 0.0 || abs_tol < 0.0) throw lang::value_error("tolerances must be non-negative");
        if (x == y) return Value::boolean(true);
        if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
        const double diff = std::fabs(y - x);
        return Value::boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || (diff <= abs_tol));
    });
    m->attrs["factorial"] = lang::make_native("factorial", [](Interpreter& in, CallArgs& a) {
        static const lang::Signature sig("factorial(n)", lang::Signature::Style::OneArg);
        const Value n = sig.bind(a)[0];
        if (!(n.is_int() || n.is_bool())) throw lang::type_error("'" + in.type_name(n) + "' object cannot be interpreted as an integer");
        const int64_t k = lang::arg_int(in, n, "n");
        if (k < 0) throw lang::value_error("factorial() not defined for negative values");
        if (k > 5000) throw lang::limit_error("Size limit: factorial(" + std::to_string(k) + ") is larger than the playground computes", in.current_line());
        lang::BigInt r(1);
        for (int64_t i = 2; i <= k; ++i) r = r * lang::BigInt(i);
        return Value::integer(r);
    });
    m->attrs["gcd"] = lang::make_native("gcd", [](Interpreter& in, CallArgs& a) {
        int64_t g = 0;
        for (const Value& v : a.pos) {
            if (!(v.is_int() || v.is_bool())) throw lang::type_error("'" + in.type_name(v) + "' object cannot be interpreted as an integer");
            int64_t x = lang::arg_int(in, v, "gcd");
            x = x < 0 ? -x : x;
            while (x) { const int64_t t = g % x; g = x; x = t; }
        }
        return Value::integer(g);
    });
    return Value::object(m);
}

}  // namespace

void register_math(lang::ModuleRegistry& registry) { registry.add("math", build); }

}  // namespace seedlab::libs
