// Internal interface of the `random` emulation: the methods of random.Random as
// free functions over a RandomObj, split by file, and the CPython float and math
// semantics they share. Every method takes its bound arguments with self first,
// in the order of its Python signature (see the table in pyrandom.cpp).
// What it is not: public API; only the files of this folder include it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lang/bigint.hpp"
#include "lang/interpreter.hpp"
#include "libs/pyrandom/random_object.hpp"

namespace seedlab::libs::pyrandom {

using lang::BigInt;
using lang::Interpreter;
using lang::Value;
using Params = std::vector<Value>;  // bound arguments; [0] is self
using MethodImpl = Value (*)(Interpreter&, RandomObj&, const Params&);

// ---- seeding.cpp: Random.seed, the state, and the integer core -------------------

// Random.seed(a, version) of Lib/random.py over random_seed of _randommodule.c;
// also clears gauss_next.
void seed(Interpreter& in, RandomObj& r, const Value& a, const Value& version);
// _random.Random.getrandbits(k) for a k already checked to be >= 0.
BigInt getrandbits(RandomObj& r, uint64_t k);
// Random._randbelow_with_getrandbits(n) for n > 0: draws getrandbits(n.bit_length())
// until the result is below n.
uint64_t randbelow(RandomObj& r, uint64_t n);
BigInt randbelow(RandomObj& r, const BigInt& n);

Value method_seed(Interpreter& in, RandomObj& r, const Params& p);
Value method_getstate(Interpreter& in, RandomObj& r, const Params& p);
Value method_setstate(Interpreter& in, RandomObj& r, const Params& p);
Value method_getrandbits(Interpreter& in, RandomObj& r, const Params& p);
Value method_randbytes(Interpreter& in, RandomObj& r, const Params& p);

// ---- sequences.cpp: integers from ranges and sequence methods ------------------

Value method_randrange(Interpreter& in, RandomObj& r, const Params& p);
Value method_randint(Interpreter& in, RandomObj& r, const Params& p);
Value method_choice(Interpreter& in, RandomObj& r, const Params& p);
Value method_choices(Interpreter& in, RandomObj& r, const Params& p);
Value method_shuffle(Interpreter& in, RandomObj& r, const Params& p);
Value method_sample(Interpreter& in, RandomObj& r, const Params& p);

// ---- distributions.cpp: the real-valued distributions ------------------------

Value method_random(Interpreter& in, RandomObj& r, const Params& p);
Value method_uniform(Interpreter& in, RandomObj& r, const Params& p);
Value method_triangular(Interpreter& in, RandomObj& r, const Params& p);
Value method_normalvariate(Interpreter& in, RandomObj& r, const Params& p);
Value method_gauss(Interpreter& in, RandomObj& r, const Params& p);
Value method_lognormvariate(Interpreter& in, RandomObj& r, const Params& p);
Value method_expovariate(Interpreter& in, RandomObj& r, const Params& p);
Value method_vonmisesvariate(Interpreter& in, RandomObj& r, const Params& p);
Value method_gammavariate(Interpreter& in, RandomObj& r, const Params& p);
Value method_betavariate(Interpreter& in, RandomObj& r, const Params& p);
Value method_paretovariate(Interpreter& in, RandomObj& r, const Params& p);
Value method_weibullvariate(Interpreter& in, RandomObj& r, const Params& p);

// ---- pymath.cpp: CPython's float and math-module semantics -----------------------
// math.log/exp/sqrt/cos/sin/acos of Modules/mathmodule.c (math_1, m_log) over the
// engine libm, with CPython's ValueError/OverflowError; float ** float as
// Objects/floatobject.c float_pow.

double py_log(double x);
double py_exp(double x);
double py_sqrt(double x);
double py_cos(double x);
double py_sin(double x);
double py_acos(double x);
double py_pow(double x, double y);
// PyFloat_AsDouble for the numbers of the subset: float, int (correctly rounded,
// OverflowError when too large) and bool; TypeError "must be real number, not T".
double to_double(Interpreter& in, const Value& v);
// Python's int(x) for a float: truncation, with CPython's errors for inf and NaN.
BigInt float_to_int(double x);
// Python's `a OP b` for values from the script (ints, floats, library scalars).
inline Value op(Interpreter& in, const char* o, const Value& a, const Value& b) { return in.binary(o, a, b); }
inline bool test(Interpreter& in, const char* o, const Value& a, const Value& b) { return in.truthy(in.binary(o, a, b)); }
inline Value flt(double d) { return Value::floating(d); }

// math.tau, math.pi and math.e as CPython spells them.
inline constexpr double kTwoPi = 6.283185307179586;
inline constexpr double kPi = 3.141592653589793;
inline constexpr double kE = 2.718281828459045;
// Module constants of Lib/random.py, computed as it computes them at import.
double nv_magicconst();  // 4 * exp(-0.5) / sqrt(2.0)
double log4();           // log(4.0)
double sg_magicconst();  // 1.0 + log(4.5)

}  // namespace seedlab::libs::pyrandom
