# versions: 2.4 2.15 2.16
# Philox4x32-10 known answers through a Generator's state, as TF's
# compiler/tests/stateful_random_ops_test.py testPhilox4x32 does (spec/tf-random.md s8 G1-G3):
# state = counter (two uint64 words) + key; uniform_full_int(uint32) gives the KAT words.
import tensorflow as tf
for state in [[0, 0, 0],
              [-1, -1, -1],
              [9629550131187509896, 247824715720788526, 2999170649027065890]]:
    g = tf.random.Generator(state=state, alg="philox")
    print(g.uniform_full_int(shape=(4,), dtype=tf.uint32))   # G1, G2, G3
