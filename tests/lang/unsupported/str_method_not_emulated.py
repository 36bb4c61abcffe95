# A real str method the playground does not emulate.
t = "abc".translate({97: "b"})
# expect unsupported line 2: str.translate() is not supported in the playground
