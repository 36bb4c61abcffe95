// Array creation as NumPy 1.24 does it: np.array/asarray, np.arange (first two
// values computed in Python arithmetic, then the dtype's fill loop start + i*delta),
// np.linspace (function_base.py: arange * step + start, the end point set exactly),
// zeros/ones/full and their _like forms, eye/identity.
// What it is not: no np.empty (its contents are unspecified memory, so it raises
// unsupported), no random arrays (numpy/random/).
#pragma once

#include <vector>

#include "libs/numpy/objects.hpp"

namespace seedlab::libs::numpy {

using Params = std::vector<lang::Value>;

lang::Value np_array(lang::Interpreter& in, Params& p);     // array(object, dtype=None, copy=True, order='K', subok=False, ndmin=0)
lang::Value np_asarray(lang::Interpreter& in, Params& p);   // asarray(a, dtype=None, order=None)
lang::Value np_arange(lang::Interpreter& in, Params& p);    // arange(start, stop=None, step=None, dtype=None)
lang::Value np_linspace(lang::Interpreter& in, Params& p);  // linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)
lang::Value np_zeros(lang::Interpreter& in, Params& p);     // zeros(shape, dtype=None, order='C')
lang::Value np_ones(lang::Interpreter& in, Params& p);
lang::Value np_full(lang::Interpreter& in, Params& p);      // full(shape, fill_value, dtype=None, order='C')
lang::Value np_zeros_like(lang::Interpreter& in, Params& p);  // zeros_like(a, dtype=None, order='K', subok=True, shape=None)
lang::Value np_ones_like(lang::Interpreter& in, Params& p);
lang::Value np_full_like(lang::Interpreter& in, Params& p);   // full_like(a, fill_value, dtype=None, order='K', subok=True, shape=None)
lang::Value np_eye(lang::Interpreter& in, Params& p);       // eye(N, M=None, k=0, dtype=None, order='C')
lang::Value np_identity(lang::Interpreter& in, Params& p);  // identity(n, dtype=None)

}  // namespace seedlab::libs::numpy
