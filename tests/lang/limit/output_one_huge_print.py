# Output beyond two megabytes stops the run.
print("fits")  # expect: fits
print("x" * 3000000)
# expect limit line 3: Output limit: the script printed more than 2000000 bytes.
