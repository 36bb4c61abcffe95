# chr outside the Unicode range.
chr(-1)
# expect error line 2: ValueError: chr() arg not in range(0x110000)
