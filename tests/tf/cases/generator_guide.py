# versions: 2.4 2.15 2.16
# site/en/guide/random_numbers.ipynb (spec/tf-random.md s8): the page ran on a GPU; the
# expected values are the CPU ones the spec gives (G7, G8: 0.43842274, 1.5658046).
import tensorflow as tf
g1 = tf.random.Generator.from_seed(1)
print(g1.normal(shape=[2, 3]))        # G7 (CPU values, NumPy's layout as in the page)
g = tf.random.Generator.from_seed(1)
print(g.normal([]))                   # G8: 0.43842274 (CPU)
print(g.normal([]))                   # G8: 1.6272374
g.reset_from_seed(1)
print(g.normal([]))                   # G8: back to 0.43842274
g = tf.random.Generator.from_seed(1)
print(g.normal([]))                   # G9
new_gs = g.split(3)
for new_g in new_gs:
    print(new_g.normal([]))           # G9: 2.536413, 0.33186463, -0.07144657
print(g.normal([]))                   # G9: -0.79253083
print(g.state.numpy())                # G9: the parent counter went 257 -> 1025, then 1281
g = tf.random.Generator.from_seed(1)
print(g.normal([]))                   # G10
print(g.normal([]))                   # G10: 1.6272374
print(g.normal([]))                   # G10: 1.6307176
g = tf.random.Generator.from_seed(0)
g.skip(1)
print(g.normal([1]))                  # G12 imported copy at state 256: -1.0359411
print(g.normal([1]))                  # G12: -0.06425077 (CPU model value)
