# Lambdas are named <lambda> in errors.
f = lambda x: x
f(1, 2)
# expect error line 3: TypeError: <lambda>() takes 1 positional argument but 2 were given
