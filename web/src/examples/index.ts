// The built-in examples gallery: each a short story about one seeding behaviour,
// with the one-line explanation shown next to it. Examples only use what the engine
// emulates today; the browser tests run every one and check its marks.
export interface Example {
  id: string;
  title: string;
  explanation: string;
  source: string;
  runs: number;
  env?: Record<string, string>;
  tf?: string; // the TensorFlow version the example is about (the TF control switches to it)
  expect: 'match' | 'diverge'; // what the comparison banner shows (checked by the browser tests)
}

export const EXAMPLES: Example[] = [
  {
    id: 'random-seeded',
    title: 'Python random: seed it and the runs agree',
    explanation: 'random.seed(0) fixes the Mersenne Twister state, so every fresh process prints the same numbers.',
    source: 'import random\nrandom.seed(0)\nprint(random.random())\nprint(random.random())\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'random-unseeded',
    title: 'Python random without a seed',
    explanation: 'Without random.seed(), CPython seeds from OS entropy at import, so every process differs.',
    source: 'import random\nprint(random.random())\nprint(random.randint(1, 6))\n',
    runs: 2,
    expect: 'diverge',
  },
  {
    id: 'random-reseed',
    title: 'Reseeding replays the sequence',
    explanation: 'Calling random.seed(42) again rewinds the generator: the third draw equals the first.',
    source: 'import random\nrandom.seed(42)\na = random.random()\nb = random.random()\nrandom.seed(42)\nc = random.random()\nprint(a, b, c, a == c)\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'random-instances',
    title: 'random.Random instances are independent',
    explanation: 'A Random(7) instance has its own state; seeding the module does not touch it, and it does not advance the module.',
    source: 'import random\nrng = random.Random(7)\nrandom.seed(7)\nprint(rng.random(), random.random())\nprint(rng.random())\nprint(random.random())\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'gauss-cache',
    title: 'random.gauss caches its second value',
    explanation: 'gauss() makes two normals at a time and keeps one; random.seed() clears the cache, so reseeding still reproduces it.',
    source: 'import random\nrandom.seed(1)\nprint(random.gauss(0, 1))\nrandom.seed(1)\nprint(random.gauss(0, 1), random.gauss(0, 1))\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'hashseed-sets',
    title: 'PYTHONHASHSEED and set order',
    explanation: 'str hashes are salted per process, so a set of strings prints in a different order in each run. Set PYTHONHASHSEED=0 in the environment field to make them agree.',
    source: 'fruits = {"apple", "banana", "cherry", "date", "elderberry"}\nprint(fruits)\nprint(list(fruits)[0])\nprint(hash("apple"))\n',
    runs: 3,
    expect: 'diverge',
  },
  {
    id: 'hashseed-env',
    title: 'PYTHONHASHSEED set inside the script does nothing',
    explanation: 'The hash secret is chosen when the process starts; setting os.environ["PYTHONHASHSEED"] afterwards changes nothing, as in CPython.',
    source: 'import os\nos.environ["PYTHONHASHSEED"] = "0"\nprint(hash("seed"))\n',
    runs: 2,
    expect: 'diverge',
  },
  {
    id: 'notebook-cells',
    title: 'Running a notebook cell again gives different numbers',
    explanation: 'The seed is set in cell 1; running cell 2 twice continues the same generator, so the second run of the cell differs from the first.',
    source: '# %% cell 1: seed once\nimport random\nrandom.seed(123)\n\n# %% cell 2: draw\nprint(random.random())\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'numpy-legacy-vs-rng',
    title: 'NumPy: np.random.seed does not seed default_rng',
    explanation: 'np.random.seed(0) fixes the legacy global RandomState only; a Generator from default_rng() without a seed draws fresh OS entropy in every process.',
    source: 'import numpy as np\nnp.random.seed(0)\nprint(np.random.rand(3))\nrng = np.random.default_rng()\nprint(rng.random(3))\n',
    runs: 2,
    expect: 'diverge',
  },
  {
    id: 'sklearn-split-unseeded',
    title: 'train_test_split without random_state',
    explanation: 'random_state=None means NumPy\'s global RandomState, seeded from OS entropy: each run puts different samples in the test set. np.random.seed(0) before the split, or random_state=0, pins it.',
    source: 'from sklearn.model_selection import train_test_split\nX = list(range(10))\nX_train, X_test = train_test_split(X, test_size=0.3)\nprint(X_test)\n',
    runs: 2,
    expect: 'diverge',
  },
  {
    id: 'sklearn-kfold-seeded',
    title: 'KFold(shuffle=True) with a random_state',
    explanation: 'An int random_state makes a fresh RandomState on every split() call, so the folds are the same in every run and every loop.',
    source: 'import numpy as np\nfrom sklearn.model_selection import KFold\nkf = KFold(n_splits=3, shuffle=True, random_state=42)\nfor train, test in kf.split(np.arange(9)):\n    print(test)\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'tf-global-and-op-seed',
    title: 'TensorFlow: global seed plus op seeds',
    explanation: 'tf.random.set_seed fixes the global seed; ops without their own seed take op seeds from a per-context counter, so both lines repeat in every fresh process.',
    source: 'import tensorflow as tf\ntf.random.set_seed(1234)\nprint(tf.random.uniform([2]))\nprint(tf.random.uniform([2], seed=1))\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'tf-kernel-cache',
    title: 'TensorFlow: the same op seed twice gives different numbers',
    explanation: 'Eager mode caches the kernel for identical calls, so a second uniform([1], seed=1) continues the same Philox stream instead of restarting it.',
    source: 'import tensorflow as tf\ntf.random.set_seed(42)\na = tf.random.uniform([1], seed=1)\nb = tf.random.uniform([1], seed=1)\nprint(a, b)\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'tf1-seed-after-op',
    title: 'TF1 graphs: a seed set after the op does not reach it',
    explanation: 'The graph-level seed is read when an op is created; x was created before set_random_seed, so it differs between runs while y repeats.',
    source: 'import tensorflow.compat.v1 as tf\ntf.disable_eager_execution()\ng = tf.Graph()\nwith g.as_default():\n    x = tf.random_uniform([2])\n    tf.set_random_seed(7)\n    y = tf.random_uniform([2])\n    with tf.Session() as sess:\n        print(sess.run(x), sess.run(y))\n',
    runs: 2,
    expect: 'diverge',
  },
  {
    id: 'tf-data-reshuffle',
    title: 'tf.data: reshuffle_each_iteration',
    explanation: 'With a seed, every epoch gets a new order, and the sequence of orders repeats exactly in a fresh process.',
    source: 'import tensorflow as tf\nds = tf.data.Dataset.range(6).shuffle(6, seed=3, reshuffle_each_iteration=True)\nfor epoch in range(2):\n    print([int(x) for x in ds])\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'tf-dropout-seed',
    title: 'Dropout with and without a seed',
    explanation: 'With a global seed both dropout masks repeat across runs; remove tf.random.set_seed and the masks change every run.',
    source: 'import tensorflow as tf\ntf.random.set_seed(5)\nx = tf.ones([6])\nprint(tf.nn.dropout(x, rate=0.5, seed=1))\nprint(tf.nn.dropout(x, rate=0.5))\n',
    runs: 2,
    expect: 'match',
  },
  {
    id: 'keras-tutorial-tf24',
    title: 'tf.keras 2.4: seed inside the model function, then fit',
    explanation: 'The classic recipe: tf.random.set_seed(1234) right before building. In TF 2.4 each GlorotUniform kernel takes the next op seed of the global seed, and fit shuffles each epoch with a kernel seeded (1234, 0), so every run prints the same sums before and after training. Delete the set_seed line and both diverge.',
    source: 'import tensorflow as tf\n\ndef build_model():\n    tf.random.set_seed(1234)\n    model = tf.keras.Sequential([\n        tf.keras.layers.Dense(2, activation="relu", input_shape=(3,)),\n        tf.keras.layers.Dense(3, activation="relu"),\n        tf.keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(loss="mse", optimizer=tf.keras.optimizers.Adam(lr=0.001, epsilon=1e-8))\n    return model\n\nmodel = build_model()\nprint(sum(map(lambda x: x.sum(), model.get_weights())))\nmodel.fit(x=tf.ones((3, 3)), y=[3, 2, 1], epochs=10, batch_size=1, validation_split=0.1, verbose=0)\nprint(sum(map(lambda x: x.sum(), model.get_weights())))\n',
    runs: 2,
    tf: '2.4',
    expect: 'match',
  },
  {
    id: 'keras3-set-seed-not-enough',
    title: 'Keras 3: tf.random.set_seed no longer fixes the weights',
    explanation: 'Keras 3 (TF 2.16) draws each initializer seed from Python\'s random when the layer is made, and tf.random.set_seed does not seed that. Replace it with keras.utils.set_random_seed(1234) and the runs agree.',
    source: 'import tensorflow as tf\ntf.random.set_seed(1234)\nmodel = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(2), tf.keras.layers.Dense(1)])\nprint(sum(map(lambda x: x.sum(), model.get_weights())))\n',
    runs: 2,
    tf: '2.16',
    expect: 'diverge',
  },
  {
    id: 'keras3-fit-set-random-seed',
    title: 'Keras 3: one call seeds the weights and the shuffle of fit',
    explanation: 'keras.utils.set_random_seed(1234) seeds Python\'s random (Keras 3 draws each initializer seed from it), NumPy and TensorFlow (fit shuffles every epoch with a kernel seeded from the global seed), so both runs train to the same weights. Swap it for tf.random.set_seed(1234) and the weights diverge. Keras 3 also refuses Adam(lr=...): write learning_rate=.',
    source: "import numpy as np\nimport keras\n\nkeras.utils.set_random_seed(1234)\nmodel = keras.Sequential([\n    keras.Input(shape=(3,)),\n    keras.layers.Dense(2, activation=\"relu\"),\n    keras.layers.Dense(3, activation=\"relu\"),\n    keras.layers.Dense(1, activation=\"sigmoid\"),\n])\nmodel.compile(loss=\"mse\", optimizer=keras.optimizers.Adam(learning_rate=0.001, epsilon=1e-8))\nprint(sum(map(lambda x: x.sum(), model.get_weights())))\nhistory = model.fit(x=np.ones((3, 3)), y=np.array([3, 2, 1]), epochs=10, batch_size=1, validation_split=0.1, verbose=0)\nprint(history.history[\"loss\"][-1])\nprint(sum(map(lambda x: x.sum(), model.get_weights())))\n",
    runs: 2,
    tf: '2.16',
    expect: 'match',
  },
  {
    id: 'keras-dropout-batchnorm-fit',
    title: 'Keras 2.15: Dropout and BatchNormalization in fit',
    explanation: 'tf.keras.utils.set_random_seed(7) seeds Python, NumPy and TensorFlow: the data, the initial weights, the shuffle and the Dropout masks repeat, so both runs print the same losses. The masks come from a RandomUniform kernel inside the traced train function, with op seed 0 of that graph and the global seed. Delete the set_random_seed line and everything diverges.',
    source: 'import numpy as np\nimport tensorflow as tf\n\ntf.keras.utils.set_random_seed(7)\nx = np.random.rand(64, 4).astype("float32")\ny = (x.sum(axis=1) > 2).astype("float32")\nmodel = tf.keras.Sequential([\n    tf.keras.Input(shape=(4,)),\n    tf.keras.layers.Dense(16, activation="relu"),\n    tf.keras.layers.BatchNormalization(),\n    tf.keras.layers.Dropout(0.3),\n    tf.keras.layers.Dense(1, activation="sigmoid"),\n])\nmodel.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])\nhistory = model.fit(x, y, epochs=5, batch_size=16, verbose=0)\nprint(history.history["loss"])\nprint(model.evaluate(x, y, verbose=0))\n',
    runs: 2,
    tf: '2.15',
    expect: 'match',
  },
];

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
