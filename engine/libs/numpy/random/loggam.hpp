// random_loggam of numpy 1.24 (numpy/random/src/distributions/distributions.c): the
// log-gamma function after Zhang & Jin's SPECFUN ("Computation of Special Functions",
// 1996), which the Poisson PTRS sampler (Generator and RandomState alike) and the
// hypergeometric samplers use. Its exact rounding is part of those streams, so it is
// NumPy's series over the engine libm's log, not lgamma.
// What it is not: a general lgamma (no reflection for x <= 0; NumPy never calls it there).
#pragma once

namespace seedlab::libs::numpy::random {

double numpy_random_loggam(double x);

}  // namespace seedlab::libs::numpy::random
