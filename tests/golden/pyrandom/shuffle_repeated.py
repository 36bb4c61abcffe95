# Shuffling the same list again continues the stream.
import random

random.seed(42)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
random.shuffle(deck)
print(deck[:13])
random.shuffle(deck)
print(deck)
