# Python 2 print statement.
print "hello"
# expect syntax error line 2: Missing parentheses in call to 'print'. Did you mean print(...)?
