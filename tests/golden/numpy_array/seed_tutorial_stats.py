# A typical tutorial snippet: build data deterministically, normalise, summarise.
import numpy as np

data = np.arange(1, 21, dtype=np.float64).reshape(4, 5) ** 1.5
mean = data.mean(axis=0)
std = data.std(axis=0)
normalised = (data - mean) / std
print(np.round(normalised, 4))
print(normalised.mean(axis=0))
print(repr(normalised.std()))
print(f"mean={data.mean():.6f} max={data.max():.2f} argmax={data.argmax()}")
weights = np.linspace(0.1, 0.5, 5)
print(repr((data * weights).sum(axis=1)))
