# Setting os.environ["PYTHONHASHSEED"] inside the script cannot change the running process's hash secret.
import os
os.environ["PYTHONHASHSEED"] = "1"
print(hash("seed"), {"a", "b", "c", "d"})
