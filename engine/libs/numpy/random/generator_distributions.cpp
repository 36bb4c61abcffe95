// The instantiations of Generator's samplers for the runtime generator, compiled once
// here instead of in every caller (see generator_distributions.hpp).
#include "libs/numpy/random/generator_distributions.hpp"

namespace seedlab::libs::numpy::random {

template double random_standard_normal<BitGen>(BitGen&);
template float random_standard_normal_f<BitGen>(BitGen&);
template double random_standard_exponential<BitGen>(BitGen&);
template float random_standard_exponential_f<BitGen>(BitGen&);
template double random_standard_gamma<BitGen>(BitGen&, double);
template double random_beta<BitGen>(BitGen&, double, double);
template int64_t random_binomial<BitGen>(BitGen&, double, int64_t);
template int64_t random_poisson<BitGen>(BitGen&, double);

}  // namespace seedlab::libs::numpy::random
