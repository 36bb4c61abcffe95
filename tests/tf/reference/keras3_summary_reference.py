#!/usr/bin/env python3
"""Produces the expected output of cases/keras3_summary.py by running Keras 3's own
print_summary (keras/src/utils/summary_utils.py at v3.3.3; the same layout since v3.0.5)
with Debian's python3-rich, on stand-in objects that describe the case's models: TensorFlow
and Keras cannot be installed here, and the table depends only on names, output shapes,
weight shapes and dtypes, and the optimizer's variables. The module is loaded from a
keras-team/keras checkout with `git show` and executed with stand-ins for its keras imports;
nothing of it is stored in this repository. Output goes to a pipe, as from a script: rich
then uses an 80-column console, and Keras sizes the table to min(88, 80 - 4) columns.

usage: /usr/bin/python3 tests/tf/reference/keras3_summary_reference.py KERAS_CHECKOUT > tests/tf/cases/keras3_summary.out
"""
import math
import subprocess
import sys
import types

REVISION = "v3.3.3"


class Sequential:
    pass


class Functional:
    pass


def load_print_summary(checkout):
    source = subprocess.run(["git", "-C", checkout, "show", f"{REVISION}:keras/src/utils/summary_utils.py"],
                            check=True, capture_output=True, text=True).stdout
    models = types.ModuleType("keras.src.models")
    models.Sequential, models.Functional = Sequential, Functional
    for name in ("keras", "keras.src"):
        sys.modules[name] = types.ModuleType(name)
    sys.modules["keras.src.models"] = models
    namespace = {
        "tree": types.SimpleNamespace(map_structure=lambda f, x: f(x), flatten=lambda x: x if isinstance(x, list) else [x]),
        "backend": types.SimpleNamespace(standardize_dtype=lambda d: d),
        "dtype_utils": types.SimpleNamespace(dtype_size=lambda d: {"float32": 32, "int64": 64}[d]),
        "io_utils": types.SimpleNamespace(is_interactive_logging_enabled=lambda: True, print_msg=print),
    }
    kept = [line for line in source.splitlines()
            if not line.startswith("from keras.src import") and not line.startswith("from keras.src.utils import")]
    exec(compile("\n".join(kept), "summary_utils.py", "exec"), namespace)
    return namespace["print_summary"]


class Weight:
    def __init__(self, shape, dtype="float32", trainable=True):
        self.shape, self.dtype, self.trainable = shape, dtype, trainable


class Layer:
    """(name, class, output shape or None when unbuilt, weight shapes)."""

    def __init__(self, name, cls, shape, weights):
        self.__class__ = type(cls, (Layer,), {})
        self.name, self.trainable = name, True
        self.built = shape is not None
        self._inbound_nodes = [types.SimpleNamespace(output_tensors=types.SimpleNamespace(shape=shape))] if shape else []
        self.weights = [Weight(s, trainable=not (cls == "BatchNormalization" and i >= 2)) for i, s in enumerate(weights)]

    def count_params(self):
        return sum(math.prod(w.shape) for w in self.weights)


def model(kind, name, layers, optimizer_slots=None):
    m = (Functional if kind == "functional" else Sequential)()
    m.name, m.layers = name, layers
    if kind == "functional":
        m._operations = layers
        m._nodes_by_depth = {i: [types.SimpleNamespace(input_tensors=[None])] for i in range(len(layers))}
    weights = [w for l in layers for w in l.weights]
    m.trainable_weights = [w for w in weights if w.trainable]
    m.non_trainable_weights = [w for w in weights if not w.trainable]
    m.compiled = optimizer_slots is not None
    if optimizer_slots is not None:  # iterations (int64), learning_rate, then the slots
        variables = [Weight((), "int64"), Weight(())] + [Weight(w.shape) for _ in range(optimizer_slots) for w in m.trainable_weights]
        m.optimizer = types.SimpleNamespace(built=True, variables=variables)
    else:
        m.optimizer = None
    return m


def main():
    print_summary = load_print_summary(sys.argv[1])
    main_model = model("sequential", "sequential", [
        Layer("dense", "Dense", (None, 2), [(3, 2), (2,)]),
        Layer("dense_1", "Dense", (None, 3), [(2, 3), (3,)]),
        Layer("batch_normalization", "BatchNormalization", (None, 3), [(3,), (3,), (3,), (3,)]),
        Layer("dropout", "Dropout", (None, 3), []),
        Layer("a_rather_long_layer_name_for_wrapping", "Dense", (None, 1000), [(3, 1000), (1000,)]),
    ])
    print_summary(main_model)
    print_summary(main_model, line_length=60)
    print_summary(main_model, line_length=100)
    print_summary(model("functional", "functional_1", [
        Layer("input_layer_1", "InputLayer", (None, 4), []),
        # keras.layers.Dense(1)(keras.layers.Dense(8)(inputs)) makes Dense(1) first.
        Layer("dense_3", "Dense", (None, 8), [(4, 8), (8,)]),
        Layer("dense_2", "Dense", (None, 1), [(8, 1), (1,)]),
    ]))
    print_summary(model("sequential", "sequential_1", [Layer("dense_4", "Dense", None, []), Layer("dense_5", "Dense", None, [])]))
    print_summary(model("sequential", "sequential_2", [Layer("dense_6", "Dense", (None, 1), [(2, 1), (1,)])], optimizer_slots=2))


if __name__ == "__main__":
    main()
