# Exception instances print their message; repr shows the call.
e = ValueError("bad value", 3)
print(e)  # expect: ('bad value', 3)
print(repr(KeyError("k")), str(KeyError("k")), repr(ValueError()))  # expect: KeyError('k') 'k' ValueError()
print(e.args, isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, KeyError))  # expect: ('bad value', 3) True True False
print(ValueError, type(e).__name__)  # expect: <class 'ValueError'> ValueError
raise e
# expect error line 7: ValueError: ('bad value', 3)
