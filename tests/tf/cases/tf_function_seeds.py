# versions: 2.4 2.15 2.16
# tf.random.set_seed's docstring (spec/tf-random.md s3.4): function graphs take op seeds
# 0, 1, ... from their own counter, so f and g give (A1, A2); a function's kernels persist
# (foo: (A1, A1) then (A2, A2)); eager calls with the same op seed share one kernel.
import tensorflow as tf
tf.random.set_seed(1234)
def body():
    return tf.random.uniform([1]), tf.random.uniform([1])
f = tf.function(body)
g = tf.function(body)
a1, a2 = f()
b1, b2 = g()
print(bool(a1.numpy()[0] == b1.numpy()[0]), bool(a2.numpy()[0] == b2.numpy()[0]), bool(a1.numpy()[0] == a2.numpy()[0]))
def body2():
    return tf.random.uniform([1], seed=1), tf.random.uniform([1], seed=1)
foo = tf.function(body2)
x1, x2 = foo()
y1, y2 = foo()
print(bool(x1.numpy()[0] == x2.numpy()[0]), bool(y1.numpy()[0] == y2.numpy()[0]), bool(x1.numpy()[0] == y1.numpy()[0]))
tf.random.set_seed(1234)
e1 = tf.random.uniform([1], seed=1)
e2 = tf.random.uniform([1], seed=1)
print(bool(e1.numpy()[0] == x1.numpy()[0]), bool(e2.numpy()[0] == y1.numpy()[0]))
