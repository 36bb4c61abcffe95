#!/usr/bin/env python3
"""Produces the expected output of cases/keras_summary.py (keras_summary.out for TF 2.4,
keras_summary.2.15.out for Keras 2.15) by running Keras's
own print_summary (keras/utils/layer_utils.py) from a keras-team/keras git checkout, at the
commit each version ships (4fd825ddf9 for TF 2.4, tag v2.15.0 for Keras 2.15), on stand-in
objects that describe the cases' model: TensorFlow cannot be installed here, and the table
depends only on names, output shapes and weight shapes. The functions are loaded from the
checkout with `git show` and executed; nothing of them is stored in this repository.

usage: /usr/bin/python3 tests/tf/reference/keras_summary_reference.py KERAS_CHECKOUT {tf24,keras215}
"""
import ast
import subprocess
import sys
import types

import numpy as np

REVISIONS = {"tf24": "4fd825ddf9", "keras215": "v2.15.0"}
FUNCTIONS = ["print_summary", "count_params", "weight_memory_size", "readable_memory_size",
             "get_layer_index_bound_by_layer_name", "print_dtensor_variable_summary", "dtensor_variable_summary"]

# The model of the cases: (layer name, class, output shape, weight shapes). A
# BatchNormalization's last two weights (the moving statistics) are not trainable.
LAYERS = [
    ("dense", "Dense", (None, 2), [(3, 2), (2,)]),
    ("dense_1", "Dense", (None, 3), [(2, 3), (3,)]),
    ("batch_normalization", "BatchNormalization", (None, 3), [(3,), (3,), (3,), (3,)]),
    ("dropout", "Dropout", (None, 3), []),
    ("a_rather_long_layer_name_for_wrapping", "Dense", (None, 1000), [(3, 1000), (1000,)]),
]

FUNCTIONAL_LAYERS = [
    ("input_1", "InputLayer", [(None, 4)], []),
    ("dense_3", "Dense", (None, 8), [(4, 8), (8,)]),
    ("dense_2", "Dense", (None, 1), [(8, 1), (1,)]),
]


class Shape:
    def __init__(self, dims):
        self.dims = list(dims)

    def as_list(self):
        return list(self.dims)


class Weight:
    def __init__(self, shape, trainable=True):
        self.shape = Shape(shape)
        self.trainable = trainable
        self.dtype = types.SimpleNamespace(size=4)


class Layer:
    def __init__(self, name, cls, output_shape, shapes):
        self.name, self.output_shape, self.built, self.trainable = name, output_shape, True, True
        self.__class__ = type(cls, (Layer,), {})
        self.weights = [Weight(s, not (cls == "BatchNormalization" and i >= 2)) for i, s in enumerate(shapes)]

    def count_params(self):
        return int(sum(np.prod(w.shape.as_list()) for w in self.weights))


class Sequential:
    def __init__(self, name, layers):
        self.name, self.layers, self._is_graph_network = name, layers, True
        self.trainable_weights = [w for l in layers for w in l.weights if w.trainable]
        self.non_trainable_weights = [w for l in layers for w in l.weights if not w.trainable]
        self.weights = self.trainable_weights + self.non_trainable_weights


def load_functions(checkout, revision):
    source = subprocess.run(["git", "-C", checkout, "show", f"{revision}:keras/utils/layer_utils.py"],
                            check=True, capture_output=True, text=True).stdout
    tree = ast.parse(source)
    keep = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name in FUNCTIONS]
    namespace = {"np": np, "tf": types.SimpleNamespace(), "io_utils": types.SimpleNamespace(print_msg=print)}
    exec(compile(ast.Module(body=keep, type_ignores=[]), "layer_utils.py", "exec"), namespace)
    return namespace


def main():
    checkout, flavour = sys.argv[1], sys.argv[2]
    functions = load_functions(checkout, REVISIONS[flavour])
    model = Sequential("sequential", [Layer(*spec) for spec in LAYERS])
    functions["print_summary"](model)
    functions["print_summary"](model, line_length=80, positions=[0.4, 0.7, 1.0])
    # A functional model: its InputLayer comes first, and its output shape is the input
    # node's list of shapes. Dense(1)(Dense(8)(inputs)) makes Dense(1) first.
    functions["print_summary"](Sequential("model", [Layer(*spec) for spec in FUNCTIONAL_LAYERS]))


if __name__ == "__main__":
    main()
