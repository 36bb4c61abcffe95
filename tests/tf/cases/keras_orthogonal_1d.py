# versions: 2.15 2.16
# Orthogonal refuses a shape of one dimension with Keras's ValueError (keras/initializers/
# initializers.py v2.15.0, keras/src/initializers/random_initializers.py v3.3.3).
import tensorflow as tf
tf.keras.initializers.Orthogonal()((4,))
