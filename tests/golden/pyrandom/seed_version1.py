# seed(str/bytes, version=1): the pre-3.2 string hash, still available.
import random

for s in ["hello", "", "héllo", b"bytes", b"", "a" * 100]:
    random.seed(s, version=1)
    print(repr(s), [random.random() for _ in range(3)])
random.seed(12345, version=1)
print(random.random())
