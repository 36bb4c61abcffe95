# Many small prints add up to the output limit.
for i in range(1000000):
    print("line number", i)
# expect limit line 3: Output limit: the script printed more than 2000000 bytes.
