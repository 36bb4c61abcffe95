#!/usr/bin/env python3
"""Produces tests/keras/progress.out: the progress lines that fit(), evaluate() and predict()
leave on a terminal at verbose=1 and 2, by running Keras's own ProgbarLogger and Progbar
classes, loaded from a keras-team/keras git checkout with `git show` (TF 2.4: 4fd825ddf9,
keras/callbacks.py and keras/utils/generic_utils.py; Keras 2.15: v2.15.0, the same files;
Keras 3: v3.0.0, keras/callbacks/progbar_logger.py and keras/utils/progbar.py), on
scripted logs and a scripted clock. Nothing of Keras is stored here.

Keras writes the bar for a terminal (it takes any POSIX system for one): redraws with \\b
and \\r, and in Keras 3 ANSI colours. The text recorded here is what the terminal finally
shows: the stream is replayed on a virtual screen, colour codes dropped, trailing blanks
removed. tests/engine/keras_progress_test.cpp feeds the same logs and clock readings to the
engine's Progress (engine/libs/keras/progress.cpp) and requires the same text.

Stand-ins: the model (its .metrics are the compiled loss's and metrics' names once a train
or test step has built them, none before), TensorFlow's tensor-to-Python conversion (the
logs here are Python floats already), and Keras 3's backend.numpy.mean, which on the
TensorFlow backend converts a Python float to a float32 tensor.

usage: /usr/bin/python3 tests/keras/progress_reference.py KERAS_CHECKOUT > tests/keras/progress.out
"""
import ast
import contextlib
import copy
import io
import math
import os
import re
import subprocess
import sys
import types

import numpy as np

SOURCES = {
    "2.4": ("4fd825ddf9", "keras/callbacks.py", "keras/utils/generic_utils.py"),
    "2.15": ("v2.15.0", "keras/callbacks.py", "keras/utils/generic_utils.py"),
    "2.16": ("v3.0.0", "keras/callbacks/progbar_logger.py", "keras/utils/progbar.py"),
}

# name, call, verbose, steps, epochs, whether the model's metrics were built before the
# call, seconds per step, the logged keys, whether fit logs val_ keys too
SCENARIOS = [
    ("fit_v1_first", "fit", 1, 4, 3, False, 0.002, ["loss", "accuracy"], True),
    ("fit_v1_built", "fit", 1, 4, 2, True, 0.0004, ["loss", "mae"], False),
    ("fit_v2", "fit", 2, 3, 2, False, 0.003, ["loss", "accuracy"], True),
    ("fit_v1_one_epoch_12_steps", "fit", 1, 12, 1, False, 0.0015, ["loss"], False),
    ("fit_v1_one_step", "fit", 1, 1, 2, False, 0.02, ["loss"], False),
    ("fit_v1_slow", "fit", 1, 3, 2, True, 1.6, ["loss", "accuracy"], False),
    ("fit_v1_tiny_loss", "fit", 1, 5, 1, False, 0.001, ["loss", "accuracy"], True),
    ("fit_v2_tiny_loss", "fit", 2, 5, 1, False, 0.001, ["loss", "accuracy"], True),
    ("evaluate_v1_fresh", "evaluate", 1, 5, 1, False, 0.001, ["loss", "accuracy"], False),
    ("evaluate_v1_after_fit", "evaluate", 1, 3, 1, True, 0.001, ["loss"], False),
    ("evaluate_v2", "evaluate", 2, 4, 1, True, 0.0007, ["loss", "mse"], False),
    ("predict_v1", "predict", 1, 1, 1, True, 0.03, [], False),
    ("predict_v1_many", "predict", 1, 120, 1, True, 0.00005, [], False),
    ("predict_v2", "predict", 2, 3, 1, True, 0.004, [], False),
]


class Clock:
    now = 1000.0


CLOCK = Clock()


class Callback:
    def __init__(self):
        self.model = None
        self.params = None

    def set_model(self, model):
        self.model = model


class Metric:
    def __init__(self, name):
        self.name = name


class Model:
    def __init__(self, names, built):
        self.names, self.built = names, built

    @property
    def metrics(self):
        return [Metric(n) for n in self.names] if self.built else []


def class_from(checkout, rev, path, name, ns):
    source = subprocess.run(["git", "-C", checkout, "show", f"{rev}:{path}"], check=True, capture_output=True, text=True).stdout
    tree = ast.parse(source)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)
    cls.decorator_list = []
    exec(compile(ast.Module(body=[cls], type_ignores=[]), path, "exec"), ns)
    return ns[name]


def load(checkout, version):
    rev, logger_path, bar_path = SOURCES[version]
    fake_time = types.SimpleNamespace(time=lambda: CLOCK.now)

    def print_msg(message, line_break=True):
        sys.stdout.write(message + ("\n" if line_break else ""))

    io_utils = types.SimpleNamespace(print_msg=print_msg)
    backend = types.SimpleNamespace(numpy=types.SimpleNamespace(mean=np.float32), convert_to_numpy=np.asarray)
    bar_ns = {"np": np, "sys": sys, "os": os, "math": math, "time": fake_time, "io_utils": io_utils, "backend": backend}
    progbar = class_from(checkout, rev, bar_path, "Progbar", bar_ns)
    tf_utils = types.SimpleNamespace(to_numpy_or_python_type=lambda x: x, sync_to_numpy_or_python_type=lambda x: x)
    logger_ns = {"Callback": Callback, "Progbar": progbar, "copy": copy, "tf_utils": tf_utils, "io_utils": io_utils,
                 "print": lambda *a: sys.stdout.write(" ".join(str(x) for x in a) + "\n")}
    return class_from(checkout, rev, logger_path, "ProgbarLogger", logger_ns)


def screen(stream):
    """What a terminal shows after [stream]: \\r returns, \\b steps back, colours dropped."""
    stream = re.sub(r"\x1b\[[0-9;]*m", "", stream)
    lines, col = [[]], 0
    for ch in stream:
        line = lines[-1]
        if ch == "\n":
            lines.append([])
            col = 0
        elif ch == "\r":
            col = 0
        elif ch == "\b":
            col = max(col - 1, 0)
        else:
            if col < len(line):
                line[col] = ch
            else:
                line.extend(" " * (col - len(line)))
                line.append(ch)
            col += 1
    text = "\n".join("".join(line).rstrip() for line in lines)
    return text.rstrip("\n") + "\n"


def f32(x):
    return float(np.float32(x))


def scenario_logs(name, keys, step, epoch, steps, prefix=""):
    """Running means after [step] of [epoch]: float32 values as Python floats."""
    seed = sum(map(ord, name)) % 7
    out = {}
    for i, k in enumerate(keys):
        t = (epoch * steps + step + 1) / (steps * 3.0)
        if k == "accuracy":
            v = ((step + epoch + seed + i) % 4) / 4.0
        elif "tiny" in name:
            v = 0.0009 / (1 + t) if k == "loss" else 0.0
        else:
            v = 0.9 / (1 + t) + 0.01 * i + 0.001 * seed
        out[prefix + k] = f32(v)
    return out


def run(logger_cls, version, scenario):
    name, call, verbose, steps, epochs, built, per_step, keys, with_val = scenario
    records = []
    model = Model(keys, built)
    logger = logger_cls() if version == "2.16" else logger_cls(count_mode="steps")
    logger.set_model(model)
    logger.set_params({"verbose": verbose, "epochs": epochs, "steps": steps})
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        if call == "fit":
            logger.on_train_begin()
            for epoch in range(epochs):
                CLOCK.now += 0.25
                records.append(f"begin {epoch} {CLOCK.now!r}")
                logger.on_epoch_begin(epoch)
                logs = {}
                for step in range(steps):
                    CLOCK.now += per_step * (3 if step == 0 else 1)
                    model.built = True
                    logs = scenario_logs(name, keys, step, epoch, steps)
                    records.append(f"batch {step} {CLOCK.now!r} " + " ".join(f"{k}={v!r}" for k, v in logs.items()))
                    logger.on_train_batch_end(step, logs)
                final = dict(logs)
                if with_val:
                    final.update(scenario_logs(name + "val", keys, 0, epoch, 1, "val_"))
                CLOCK.now += per_step / 2
                records.append(f"end {CLOCK.now!r} " + " ".join(f"{k}={v!r}" for k, v in final.items()))
                logger.on_epoch_end(epoch, final)
        else:
            CLOCK.now += 0.25
            records.append(f"begin 0 {CLOCK.now!r}")
            (logger.on_test_begin if call == "evaluate" else logger.on_predict_begin)()
            logs = {}
            for step in range(steps):
                CLOCK.now += per_step * (3 if step == 0 else 1)
                model.built = True
                if call == "evaluate":
                    logs = scenario_logs(name, keys, step, 0, steps)
                    logger.on_test_batch_end(step, logs)
                else:
                    logger.on_predict_batch_end(step, {"outputs": None})
                records.append(f"batch {step} {CLOCK.now!r} " + " ".join(f"{k}={v!r}" for k, v in logs.items()))
            CLOCK.now += per_step / 2
            records.append(f"end {CLOCK.now!r} " + " ".join(f"{k}={v!r}" for k, v in logs.items()))
            (logger.on_test_end if call == "evaluate" else logger.on_predict_end)(logs if call == "evaluate" else None)
    return records, screen(buf.getvalue())


def main():
    checkout = sys.argv[1]
    for version in SOURCES:
        logger_cls = load(checkout, version)
        for scenario in SCENARIOS:
            name, call, verbose, steps, epochs, built = scenario[:6]
            CLOCK.now = 1000.0
            records, text = run(logger_cls, version, scenario)
            print(f"== {version} {name} call={call} verbose={verbose} steps={steps} epochs={epochs} built={int(built)}")
            for r in records:
                print(r.rstrip())
            print("--")
            sys.stdout.write(text)


if __name__ == "__main__":
    main()
