// FROZEN (see legacy_distributions.hpp): the instantiations of the legacy samplers
// for the runtime generator, compiled once here instead of in every caller.
#include "libs/numpy/random/legacy_distributions.hpp"

namespace seedlab::libs::numpy::random {

template double legacy_gauss<BitGen>(BitGen&, LegacyGaussState&);
template double legacy_standard_gamma<BitGen>(BitGen&, LegacyGaussState&, double);
template double legacy_beta<BitGen>(BitGen&, LegacyGaussState&, double, double);
template int64_t legacy_binomial<BitGen>(BitGen&, double, int64_t);
template int64_t legacy_poisson<BitGen>(BitGen&, double);

}  // namespace seedlab::libs::numpy::random
