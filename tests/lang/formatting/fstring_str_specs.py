# String format specs in f-strings.
s = "abc"
print(f"[{s:>6}][{s:<6}][{s:^7}][{s:.2}]")  # expect: [   abc][abc   ][  abc  ][ab]
print(f"[{s:-^9}][{s:*>4}][{s:6.1}]")  # expect: [---abc---][*abc][a     ]
print(f"[{'é':>3}]")  # expect: [  é]
