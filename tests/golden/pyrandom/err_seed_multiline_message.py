# The TypeError message spans two lines; the golden keeps its last line.
import random

print("before")
random.seed((1, 2))
