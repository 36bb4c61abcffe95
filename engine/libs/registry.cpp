// Registers every emulated library's modules.
#include "libs/registry.hpp"

#include "libs/keras/keras.hpp"
#include "libs/pymath/math_module.hpp"
#include "libs/pyos/os_module.hpp"
#include "libs/numpy/numpy.hpp"
#include "libs/numpy/random/numpy_random.hpp"
#include "libs/pyrandom/pyrandom.hpp"
#include "libs/sklearn/sklearn.hpp"
#include "libs/tensorflow/tensorflow.hpp"

namespace seedlab::libs {

lang::ModuleRegistry make_registry() {
    lang::ModuleRegistry r;
    register_pyrandom(r);
    register_numpy(r);
    register_numpy_random(r);
    register_os(r);
    register_math(r);
    register_sklearn(r);
    register_tensorflow(r);
    register_keras(r);
    return r;
}

}  // namespace seedlab::libs
