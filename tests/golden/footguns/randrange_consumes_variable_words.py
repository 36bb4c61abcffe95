# randrange rejects draws above the range, so the number of 32-bit words consumed varies with the values drawn.
import random
random.seed(8)
print([random.randrange(100) for _ in range(10)])
print(random.getstate()[1][-1])
