# sum refuses strings.
sum(["a", "b"], "")
# expect error line 2: TypeError: sum() can't sum strings [use ''.join(seq) instead]
