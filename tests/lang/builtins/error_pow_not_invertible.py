# Modular inverse that does not exist.
pow(2, -1, 4)
# expect error line 2: ValueError: base is not invertible for the given modulus
