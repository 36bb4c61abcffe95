# seed(str) (version 2): int.from_bytes(s.encode() + sha512(s.encode()).digest()).
import random

for s in ["hello", "", "a", "héllo wörld ✓", "x" * 1000, "The quick brown fox jumps over the lazy dog"]:
    random.seed(s)
    print(repr(s[:20]), [random.random() for _ in range(3)])
random.seed("hello")
print([random.random() for _ in range(20)])
print([random.random() for _ in range(20)])
print([random.random() for _ in range(10)])
