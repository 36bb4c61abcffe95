# versions: 2.4 2.15 2.16
# tf.random.categorical and tf.random.stateless_categorical (the CPU Multinomial kernel,
# core/kernels/multinomial_op.cc, read from source; tests/tf/NOTES.md): a batch small enough
# for one shard draws SimplePhilox doubles row after row from one generator, and those are the
# float64 uniforms of the same generator (two per block, in order), so sample j of row b is
# upper_bound(cdf, u[b * num_samples + j] * total) over exp(logit - max) summed in double.
# This script rebuilds every sample from tf.random.uniform / stateless_uniform (verified ops).
import math

import tensorflow as tf


def expected(logits, num_samples, u):
    out = []
    for b, row in enumerate(logits):
        top = max(row)
        cdf, total = [], 0.0
        for v in row:
            total += math.exp(v - top)
            cdf.append(total)
        start = b * num_samples
        samples = []
        for j in range(num_samples):
            find = u[start + j] * total
            k = 0
            while k < len(cdf) and cdf[k] <= find:
                k += 1
            samples.append(k)
        out.append(samples)
    return out


rows = [[1.0, 2.0, 3.0], [0.5, -1.0, 2.5], [0.0, 0.0, 0.0], [-3.0, 4.0, 0.25]]
logits = tf.constant(rows, dtype=tf.float64)
n = 6
need = len(rows) * n

tf.random.set_seed(7)
first = tf.random.categorical(logits, n, seed=17)
u = tf.random.uniform([need], seed=17, dtype=tf.float64).numpy().tolist()
print(first.numpy().tolist() == expected(rows, n, u))
print(first.dtype, first.shape)

stateless = tf.random.stateless_categorical(logits, n, seed=[3, 4])
u = tf.random.stateless_uniform([need], seed=[3, 4], dtype=tf.float64).numpy().tolist()
print(stateless.numpy().tolist() == expected(rows, n, u))
print(tf.random.stateless_categorical(logits, 2, seed=[3, 4], dtype=tf.int32).dtype)
