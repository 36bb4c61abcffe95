# Setting PYTHONHASHSEED inside the script does not change this process's hashing.
import os
os.environ["PYTHONHASHSEED"] = "0"
print(os.environ["PYTHONHASHSEED"], os.getenv("PYTHONHASHSEED"), os.getenv("SEEDLAB_UNSET", "default"))
print({"apple", "banana", "cherry"} == {"cherry", "banana", "apple"})
