# versions: 2.4 2.15 2.16
# keras.initializers.Orthogonal (TF 2.4 init_ops_v2.Orthogonal, Keras 2.15 and Keras 3
# OrthogonalInitializer; tests/tf/NOTES.md): a standard normal sample of the flattened
# shape made tall, (max(rows, cols), min(rows, cols)), drawn as every seeded initializer
# draws it (stateless_normal with seed [s, 0], spec/tf-random.md s7), then the Q of its QR
# times sign(diag(R)), transposed back for wide shapes, times gain. TF's float32 QR is not
# pinned, so the check is the defining property: Q has orthonormal columns and Q^T A is
# upper triangular with a positive diagonal.
import numpy as np
import tensorflow as tf

for shape in [(5, 3), (3, 5), (4, 4)]:
    w = tf.keras.initializers.Orthogonal(gain=2.0, seed=3)(shape).numpy()
    rows, cols = shape
    tall = w if rows >= cols else w.T
    n = min(rows, cols)
    m = max(rows, cols)
    a = tf.random.stateless_normal((m, n), seed=[3, 0]).numpy().tolist()
    q = [[v / 2.0 for v in row] for row in tall.tolist()]
    col = lambda x, j: [x[k][j] for k in range(m)]
    inner = lambda u, v: sum(s * t for s, t in zip(u, v))
    orth = max(abs(inner(col(q, i), col(q, j)) - (1.0 if i == j else 0.0)) for i in range(n) for j in range(n))
    below = max(abs(inner(col(q, i), col(a, j))) for i in range(n) for j in range(i))
    diag_positive = all(inner(col(q, i), col(a, i)) > 0 for i in range(n))
    print(shape, w.dtype, orth < 1e-6, below < 1e-5, diag_positive)

# float64 variables keep float64 throughout (TF's QR runs in the dtype): orthonormal to
# double precision, which a float32 Q could not be (its columns are off by ~1e-8).
w = tf.keras.initializers.Orthogonal(seed=3)((5, 3), dtype=tf.float64).numpy()
a = tf.random.stateless_normal((5, 3), seed=[3, 0], dtype=tf.float64).numpy().tolist()
q = w.tolist()
col = lambda x, j: [x[k][j] for k in range(5)]
inner = lambda u, v: sum(s * t for s, t in zip(u, v))
orth = max(abs(inner(col(q, i), col(q, j)) - (1.0 if i == j else 0.0)) for i in range(3) for j in range(3))
below = max(abs(inner(col(q, i), col(a, j))) for i in range(3) for j in range(i))
print(w.dtype, orth < 1e-14, below < 1e-13, all(inner(col(q, i), col(a, i)) > 0 for i in range(3)))

# By name in a Dense layer (keras_orthogonal_1d.py: refused below two dimensions).
layer = tf.keras.layers.Dense(3, kernel_initializer="orthogonal")
layer.build((None, 3))
k = layer.get_weights()[0].tolist()
print(max(abs(sum(k[r][i] * k[r][j] for r in range(3)) - (1.0 if i == j else 0.0)) for i in range(3) for j in range(3)) < 1e-6)
