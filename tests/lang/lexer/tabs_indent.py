# Tabs indent to the next multiple of eight, as in CPython.
if True:
	x = 1
	if x:
		print("tab")  # expect: tab
print("done")  # expect: done
