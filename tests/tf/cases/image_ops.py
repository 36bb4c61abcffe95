# versions: 2.4 2.15 2.16
# tf.image random ops of ops/image_ops_impl.py docstrings (spec/tf-random.md s8).
import numpy as np
import tensorflow as tf
x = [[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]]]
seed = (1, 2)
print(repr(tf.image.stateless_random_brightness(x, 0.2, seed)))                  # G22
image = np.array([[[1], [2]], [[3], [4]]])
seed = (2, 3)
print(tf.image.stateless_random_flip_left_right(image, seed).numpy().tolist())   # G27
print(tf.image.stateless_random_flip_up_down(image, seed).numpy().tolist())      # G27
print(tf.image.random_flip_left_right(image, 5).numpy().tolist())                # G28 (u = 0.38831127)
images = np.array([[[[1], [2]], [[3], [4]]], [[[5], [6]], [[7], [8]]]])
print(tf.image.random_flip_left_right(images, 6).numpy().tolist())               # G28 (u = [0.6433041, 0.12341011])
