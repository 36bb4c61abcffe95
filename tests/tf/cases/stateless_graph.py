# versions: 1.15 2.4 2.15 2.16
# The stateless ops of G13 in TF1 graph mode: a session runs them (spec/tf-random.md s5, s8).
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
x = tf.random.stateless_normal(shape=[2, 3], seed=[1, 2])
u = tf.random.stateless_uniform([6], seed=[1, 2])
with tf.compat.v1.Session() as sess:
    print(sess.run(x))                # G13 (CPU values)
    print(sess.run(u))                # G13 model extras
    print(sess.run(x))                # stateless: the same again
