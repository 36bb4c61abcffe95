// The real-valued distributions of random.Random, line for line as Lib/random.py
// 3.11 computes them. This reproduces CPython 3.11; never fix its algorithms here.
// Arithmetic on the caller's arguments goes through the interpreter's operators (an
// int mu stays exact until it meets a float, a str raises CPython's TypeError);
// arithmetic between floats the method made itself is plain double arithmetic,
// which is what CPython does (-ffp-contract=off keeps it unfused).
#include "lang/errors.hpp"
#include "libs/pyrandom/random_impl.hpp"

namespace seedlab::libs::pyrandom {
namespace {

// A float the generator produced, with its provenance attached.
Value drawn(RandomObj& r, const Value& v) {
    if (v.is_float()) return v.with_provenance(r.provenance());
    return v;
}
Value drawn(RandomObj& r, double d) { return Value::floating(d, r.provenance()); }

// normalvariate: Kinderman and Monahan's ratio-of-uniforms method.
Value normalvariate(Interpreter& in, RandomObj& r, const Value& mu, const Value& sigma) {
    const double magic = nv_magicconst();
    double z = 0.0;
    while (true) {
        double u1 = r.next_double();
        double u2 = 1.0 - r.next_double();
        z = magic * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -py_log(u2)) break;
    }
    return op(in, "+", mu, op(in, "*", flt(z), sigma));
}

// gammavariate(alpha, beta): Cheng's method for alpha > 1, the exponential for
// alpha == 1, and the ALGORITHM GS of Statistical Computing (Kennedy & Gentle) below.
Value gammavariate(Interpreter& in, RandomObj& r, const Value& alpha_v, const Value& beta) {
    if (test(in, "<=", alpha_v, flt(0.0)) || test(in, "<=", beta, flt(0.0)))
        throw lang::value_error("gammavariate: alpha and beta must be > 0.0");
    if (test(in, ">", alpha_v, flt(1.0))) {
        const double alpha = to_double(in, alpha_v);
        const double ainv = py_sqrt(2.0 * alpha - 1.0);
        const double bbb = alpha - log4();
        const double ccc = alpha + ainv;
        const double sg_magic = sg_magicconst();
        while (true) {
            double u1 = r.next_double();
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - r.next_double();
            double v = py_log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * py_exp(v);
            double z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= py_log(z)) return op(in, "*", flt(x), beta);
        }
    }
    if (test(in, "==", alpha_v, flt(1.0))) return op(in, "*", flt(-py_log(1.0 - r.next_double())), beta);
    const double alpha = to_double(in, alpha_v);
    double x = 0.0;
    while (true) {
        double u = r.next_double();
        double b = (kE + alpha) / kE;
        double p = b * u;
        if (p <= 1.0) x = py_pow(p, 1.0 / alpha);
        else x = -py_log((b - p) / alpha);
        double u1 = r.next_double();
        if (p > 1.0) {
            if (u1 <= py_pow(x, alpha - 1.0)) break;
        } else if (u1 <= py_exp(-x)) {
            break;
        }
    }
    return op(in, "*", flt(x), beta);
}

}  // namespace

Value method_random(Interpreter&, RandomObj& r, const Params&) { return drawn(r, r.next_double()); }

Value method_uniform(Interpreter& in, RandomObj& r, const Params& p) {
    // a + (b - a) * self.random()
    const Value& a = p[1];
    Value width = op(in, "-", p[2], a);
    double u = r.next_double();
    return drawn(r, op(in, "+", a, op(in, "*", width, flt(u))));
}

Value method_triangular(Interpreter& in, RandomObj& r, const Params& p) {
    Value low = p[1], high = p[2];
    const Value& mode = p[3];
    double u = r.next_double();
    Value c;
    try {
        c = mode.is_none() ? flt(0.5) : op(in, "/", op(in, "-", mode, low), op(in, "-", high, low));
    } catch (const lang::PyError& e) {
        if (e.kind == lang::ErrorKind::Runtime && e.type == "ZeroDivisionError") return low;
        throw;
    }
    Value uu = flt(u);
    if (test(in, ">", uu, c)) {
        uu = flt(1.0 - u);
        c = op(in, "-", flt(1.0), c);
        std::swap(low, high);
    }
    // low + (high - low) * _sqrt(u * c), evaluated left to right
    Value width = op(in, "-", high, low);
    double root = py_sqrt(to_double(in, op(in, "*", uu, c)));
    return drawn(r, op(in, "+", low, op(in, "*", width, flt(root))));
}

Value method_normalvariate(Interpreter& in, RandomObj& r, const Params& p) {
    return drawn(r, normalvariate(in, r, p[1], p[2]));
}

Value method_gauss(Interpreter& in, RandomObj& r, const Params& p) {
    // Box-Muller, caching the second normal in gauss_next.
    Value z = r.gauss_next;
    r.gauss_next = Value::none();
    if (z.is_none()) {
        double x2pi = r.next_double() * kTwoPi;
        double g2rad = py_sqrt(-2.0 * py_log(1.0 - r.next_double()));
        z = flt(py_cos(x2pi) * g2rad);
        r.gauss_next = drawn(r, py_sin(x2pi) * g2rad);
    }
    return drawn(r, op(in, "+", p[1], op(in, "*", z, p[2])));
}

Value method_lognormvariate(Interpreter& in, RandomObj& r, const Params& p) {
    return drawn(r, py_exp(to_double(in, normalvariate(in, r, p[1], p[2]))));
}

Value method_expovariate(Interpreter& in, RandomObj& r, const Params& p) {
    // -_log(1.0 - self.random()) / lambd
    return drawn(r, op(in, "/", flt(-py_log(1.0 - r.next_double())), p[1]));
}

Value method_vonmisesvariate(Interpreter& in, RandomObj& r, const Params& p) {
    // Best and Fisher's algorithm (Applied Statistics 28, 1979).
    const Value& mu = p[1];
    const Value& kappa = p[2];
    if (test(in, "<=", kappa, flt(1e-6))) return drawn(r, kTwoPi * r.next_double());
    double s = to_double(in, op(in, "/", flt(0.5), kappa));
    double rr = s + py_sqrt(1.0 + s * s);
    double z = 0.0;
    while (true) {
        double u1 = r.next_double();
        z = py_cos(kPi * u1);
        double d = z / (rr + z);
        double u2 = r.next_double();
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * py_exp(d)) break;
    }
    double q = 1.0 / rr;
    double f = (q + z) / (1.0 + q * z);
    double u3 = r.next_double();
    const char* sign = u3 > 0.5 ? "+" : "-";
    return drawn(r, op(in, "%", op(in, sign, mu, flt(py_acos(f))), flt(kTwoPi)));
}

Value method_gammavariate(Interpreter& in, RandomObj& r, const Params& p) {
    return drawn(r, gammavariate(in, r, p[1], p[2]));
}

Value method_betavariate(Interpreter& in, RandomObj& r, const Params& p) {
    Value y = gammavariate(in, r, p[1], flt(1.0));
    if (in.truthy(y)) return drawn(r, op(in, "/", y, op(in, "+", y, gammavariate(in, r, p[2], flt(1.0)))));
    return flt(0.0);
}

Value method_paretovariate(Interpreter& in, RandomObj& r, const Params& p) {
    // u ** (-1.0 / alpha) with u = 1.0 - self.random()
    double u = 1.0 - r.next_double();
    return drawn(r, py_pow(u, to_double(in, op(in, "/", flt(-1.0), p[1]))));
}

Value method_weibullvariate(Interpreter& in, RandomObj& r, const Params& p) {
    // alpha * (-_log(u)) ** (1.0 / beta) with u = 1.0 - self.random()
    double u = 1.0 - r.next_double();
    double base = -py_log(u);
    double power = py_pow(base, to_double(in, op(in, "/", flt(1.0), p[2])));
    return drawn(r, op(in, "*", p[1], flt(power)));
}

}  // namespace seedlab::libs::pyrandom
