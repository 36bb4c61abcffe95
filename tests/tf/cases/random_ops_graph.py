# versions: 1.15 2.4 2.15 2.16
# G17 and G18 in TF1 graph mode: the graph seed plus explicit op seeds; each sess.run
# advances the node's kernel by 256 per output; a new Session starts it again (s3.4).
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf.compat.v1.set_random_seed(5)
a = tf.random.normal([2,2], 0, 1, tf.float32, seed=1)
b = tf.random.uniform(shape=[], maxval=3, dtype=tf.int32, seed=10)
with tf.compat.v1.Session() as sess:
    print(sess.run(a))                # G17
    print(sess.run(b))                # G18: 2
    print(sess.run(b))                # G18: 0
with tf.compat.v1.Session() as sess:
    print(sess.run(b))                # G18: a new session starts at 2 again
    print(b.eval())                   # G18: 0
