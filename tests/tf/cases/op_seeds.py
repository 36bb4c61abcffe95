# versions: 1.15 2.4 2.15 2.16
# get_seed in eager mode: the context's op-seed stream random.Random(seed).randint(0, 2**31-1)
# (spec/tf-random.md s3.2: first op seeds for seeds 0, 42, 1234, 5, 1) and the rules of s3.1.
import tensorflow as tf
tf.compat.v1.enable_eager_execution()
print(tf.compat.v1.get_seed(None))    # s3.1: no seeds at all -> (None, None)
print(tf.compat.v1.get_seed(1))       # s3.1: DEFAULT_GRAPH_SEED with the op seed
for s in [0, 42, 1234]:
    tf.compat.v1.set_random_seed(s)
    print(tf.compat.v1.get_seed(None), tf.compat.v1.get_seed(None), tf.compat.v1.get_seed(None))  # s3.2
for s in [5, 1]:
    tf.compat.v1.set_random_seed(s)
    print(tf.compat.v1.get_seed(None))  # s3.2
tf.compat.v1.set_random_seed(0)
print(tf.compat.v1.get_seed(0))       # s3.1: (0, 0) becomes (0, 2**31-1)
tf.compat.v1.set_random_seed(2**31 + 4)
print(tf.compat.v1.get_seed(-1))      # s3.1: _truncate_seed is seed % (2**31-1)
