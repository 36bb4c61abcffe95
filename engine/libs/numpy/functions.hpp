// Module-level numpy functions that are not ufuncs, reductions or creation routines:
// comparisons of whole arrays (allclose, isclose, array_equal), where, nonzero,
// sort, unique, diff, outer, count_nonzero, clip, and the print-option functions.
// Each takes the parameters bound by its signature in module.cpp.
// What it is not: the module table (module.cpp).
#pragma once

#include <vector>

#include "libs/numpy/objects.hpp"

namespace seedlab::libs::numpy {

using Params = std::vector<lang::Value>;

lang::Value np_isclose(lang::Interpreter& in, Params& p);      // isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)
lang::Value np_allclose(lang::Interpreter& in, Params& p);     // allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)
lang::Value np_array_equal(lang::Interpreter& in, Params& p);  // array_equal(a1, a2, equal_nan=False)
lang::Value np_where(lang::Interpreter& in, Params& p);        // where(condition, x=None, y=None)
lang::Value np_nonzero(lang::Interpreter& in, Params& p);      // nonzero(a)
lang::Value np_sort(lang::Interpreter& in, Params& p);         // sort(a, axis=-1, kind=None, order=None)
lang::Value np_argsort(lang::Interpreter& in, Params& p);      // argsort(a, axis=-1, kind=None, order=None)
lang::Value np_unique(lang::Interpreter& in, Params& p);       // unique(ar, return_index=False, ...)
lang::Value np_diff(lang::Interpreter& in, Params& p);         // diff(a, n=1, axis=-1)
lang::Value np_outer(lang::Interpreter& in, Params& p);        // outer(a, b, out=None)
lang::Value np_bincount(lang::Interpreter& in, Params& p);       // bincount(x, weights=None, minlength=0)
lang::Value np_count_nonzero(lang::Interpreter& in, Params& p);  // count_nonzero(a, axis=None, *, keepdims=False)
lang::Value np_clip(lang::Interpreter& in, Params& p);         // clip(a, a_min, a_max, out=None)

// np.format_float_positional / np.format_float_scientific (Dragon4 with NumPy's options).
lang::Value np_format_float_positional(lang::Interpreter& in, Params& p);
lang::Value np_format_float_scientific(lang::Interpreter& in, Params& p);

// np.set_printoptions / np.get_printoptions / np.printoptions / array2string & co.
lang::Value np_set_printoptions(lang::Interpreter& in, Params& p);
lang::Value np_get_printoptions(lang::Interpreter& in, Params& p);
lang::Value np_printoptions(lang::Interpreter& in, lang::CallArgs& args);
lang::Value np_array2string(lang::Interpreter& in, Params& p);
lang::Value np_array_repr(lang::Interpreter& in, Params& p);
lang::Value np_array_str(lang::Interpreter& in, Params& p);

}  // namespace seedlab::libs::numpy
