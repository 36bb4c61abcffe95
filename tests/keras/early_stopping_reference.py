#!/usr/bin/env python3
"""Produces tests/keras/early_stopping.out: what keras.callbacks.EarlyStopping does in each
version for scripted epoch logs, by running Keras's own EarlyStopping class, loaded from a
keras-team/keras git checkout with `git show` (TF 2.4's 4fd825ddf9 keras/callbacks.py, Keras
2.15's v2.15.0 keras/callbacks.py, Keras 3's v3.0.0 keras/callbacks/early_stopping.py), with
a stand-in model whose weights are the epoch number. Nothing of Keras is stored here.
tests/engine/keras_callbacks_test.cpp feeds the same logs to the engine's EarlyStopping.

usage: /usr/bin/python3 tests/keras/early_stopping_reference.py KERAS_CHECKOUT > tests/keras/early_stopping.out
"""
import ast
import subprocess
import sys
import types
import warnings

import numpy as np

SOURCES = {"2.4": ("4fd825ddf9", "keras/callbacks.py"), "2.15": ("v2.15.0", "keras/callbacks.py"),
           "2.16": ("v3.0.0", "keras/callbacks/early_stopping.py")}

# name, EarlyStopping arguments, monitored key, its values per epoch, the model's metric (name, direction)
SCENARIOS = [
    ("patience1", dict(patience=1), "val_loss", [1.0, 0.5, 0.6, 0.4, 0.45, 0.5, 0.3], None),
    ("patience2_restore_verbose", dict(patience=2, restore_best_weights=True, verbose=1), "val_loss",
     [0.9, 0.7, 0.8, 0.75, 0.72, 0.6, 0.65], None),
    ("min_delta", dict(patience=1, min_delta=0.1), "val_loss", [1.0, 0.85, 0.8, 0.7, 0.65], None),
    ("accuracy_up", dict(monitor="val_accuracy", patience=1, verbose=1), "val_accuracy",
     [0.5, 0.6, 0.6, 0.7, 0.65, 0.62], ("accuracy", "up")),
    ("baseline", dict(patience=2, baseline=0.45), "val_loss", [0.6, 0.5, 0.4, 0.42, 0.41, 0.43], None),
    ("first_epoch_worse", dict(patience=0), "val_loss", [float("nan"), 0.5, 0.6], None),
    ("restore_never_stopped", dict(patience=5, restore_best_weights=True), "val_loss", [0.5, 0.4, 0.45], None),
    ("start_from_epoch", dict(patience=1, start_from_epoch=2), "val_loss", [1.0, 2.0, 3.0, 2.5, 2.7, 2.8], None),
]


class Callback:
    def __init__(self):
        self.model = None

    def set_model(self, model):
        self.model = model


class CompileMetrics:
    def __init__(self, metrics):
        self.metrics = metrics


class Metric:
    def __init__(self, name, direction):
        self.name, self._direction = name, direction


def load(checkout, version):
    rev, path = SOURCES[version]
    source = subprocess.run(["git", "-C", checkout, "show", f"{rev}:{path}"], check=True, capture_output=True, text=True).stdout
    tree = ast.parse(source)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "EarlyStopping")
    cls.decorator_list = []
    compile_utils = types.SimpleNamespace(CompileMetrics=CompileMetrics, MetricsList=CompileMetrics)
    f32 = np.float32
    ops = types.SimpleNamespace(less=lambda a, b: np.less(f32(a), f32(b)), greater=lambda a, b: np.greater(f32(a), f32(b)))
    logging = types.SimpleNamespace(warning=lambda *a, **k: None)
    ns = {"np": np, "Callback": Callback, "io_utils": types.SimpleNamespace(print_msg=print), "logging": logging,
          "warnings": warnings, "ops": ops, "compile_utils": compile_utils}
    exec(compile(ast.Module(body=[cls], type_ignores=[]), path, "exec"), ns)
    return ns["EarlyStopping"]


class Model:
    def __init__(self, metric):
        self.weights = -1
        self.stop_training = False
        self.metrics = [CompileMetrics([Metric(*metric)])] if metric else []

    def get_weights(self):
        return [self.weights]

    def set_weights(self, w):
        self.weights = w[0]


def main():
    checkout = sys.argv[1]
    warnings.simplefilter("ignore")
    for version in SOURCES:
        EarlyStopping = load(checkout, version)
        for name, kwargs, key, values, metric in SCENARIOS:
            if "start_from_epoch" in kwargs and version == "2.4":
                continue
            fields = {"monitor": key, "patience": kwargs.get("patience", 0), "min_delta": kwargs.get("min_delta", 0),
                      "verbose": kwargs.get("verbose", 0), "restore": int(kwargs.get("restore_best_weights", False)),
                      "baseline": kwargs.get("baseline", "none"), "start": kwargs.get("start_from_epoch", 0),
                      "metric": ":".join(metric) if metric else "none", "values": ",".join(repr(v) for v in values)}
            print(f"== {version} {name} " + " ".join(f"{k}={v}" for k, v in fields.items()))
            es = EarlyStopping(**kwargs)
            model = Model(metric)
            es.set_model(model)
            es.on_train_begin()
            run = 0
            for epoch, value in enumerate(values):
                model.weights = epoch  # the weights at the end of this epoch
                es.on_epoch_end(epoch, {"loss": 0.25, key: value})
                run += 1
                if model.stop_training:
                    break
            es.on_train_end()
            print(f"epochs {run} stopped_epoch {es.stopped_epoch} weights_of_epoch {model.weights}")


if __name__ == "__main__":
    main()
