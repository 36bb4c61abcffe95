# startswith and endswith with strings and tuples.
name = "report.csv"
print(name.startswith("rep"), name.endswith(".csv"))  # expect: True True
print(name.endswith((".txt", ".csv")), name.startswith("x"))  # expect: True False
print(name.startswith("port", 2))  # expect: True
