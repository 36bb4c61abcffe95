# With PYTHONHASHSEED given to the process, str hashes and set order are fixed.
import os
print(os.environ.get("PYTHONHASHSEED"))
print(hash("abc"), hash("seed"), hash(b"bytes"))
print({"apple", "banana", "cherry", "date", "elderberry"})
