# versions: 2.4 2.15
# Model.summary() of a Sequential model in TF 2.4 (keras_summary.out) and Keras 2.15
# (keras_summary.2.15.out): default and custom column layout, a long layer name (cut in TF
# 2.4, wrapped in Keras 2.15), thousands in the totals, a BatchNormalization's non-trainable moving statistics, and a functional model (its InputLayer
# first). The expected output comes from
# Keras's own print_summary run by tests/tf/reference/keras_summary_reference.py.
import tensorflow as tf
model = tf.keras.Sequential([
    tf.keras.layers.Dense(2, activation="relu", input_shape=(3,)),
    tf.keras.layers.Dense(3, activation="relu"),
    tf.keras.layers.BatchNormalization(),
    tf.keras.layers.Dropout(0.5),
    tf.keras.layers.Dense(1000, activation="sigmoid", name="a_rather_long_layer_name_for_wrapping"),
])
model.summary()
model.summary(line_length=80, positions=[0.4, 0.7, 1.0])
inputs = tf.keras.Input(shape=(4,))
outputs = tf.keras.layers.Dense(1)(tf.keras.layers.Dense(8, activation="relu")(inputs))
tf.keras.Model(inputs, outputs).summary()
