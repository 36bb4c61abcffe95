# 'break' in a loop's else clause belongs to an outer loop.
for i in range(3):
    for j in range(2):
        pass
    else:
        print("inner done", i)  # expect: inner done 0
        break
