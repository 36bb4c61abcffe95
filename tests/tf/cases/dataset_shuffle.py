# versions: 2.4 2.15 2.16
# tf.data shuffle against shuffle_dataset_op_test.cc (spec/tf-random.md s6, s8 G35-G42):
# set_seed(1) with seed=2 gives the test's seeds (1, 2).
import tensorflow as tf
tf.random.set_seed(1)
ds = tf.data.Dataset.range(10).shuffle(3, seed=2, reshuffle_each_iteration=False)
print(list(ds.as_numpy_iterator()))   # G35, first iterator
print(list(ds.as_numpy_iterator()))   # G35, second iterator
ds = tf.data.Dataset.range(10).shuffle(2, seed=2)
print(list(ds.as_numpy_iterator()))   # G37, first iterator
print(list(ds.as_numpy_iterator()))   # G37, second iterator
ds = tf.data.Dataset.range(10).shuffle(1, seed=2)
print(list(ds.as_numpy_iterator()))   # G39
ds = tf.data.Dataset.range(0).shuffle(10, seed=2)
print(list(ds.as_numpy_iterator()))   # G40
ds = tf.data.Dataset.range(10).shuffle(10, seed=2, reshuffle_each_iteration=False).repeat(2)
print(list(ds.as_numpy_iterator()))   # G41
ds = tf.data.Dataset.range(3).shuffle(10, seed=2, reshuffle_each_iteration=False).repeat().take(21)
print(list(ds.as_numpy_iterator()))   # G42
