# printf-style formatting with %.
print("%d items" % 5, "%s and %s" % ("a", "b"))  # expect: 5 items a and b
print("%5.2f|%-6d|%05d|%+d" % (3.14159, 42, 42, 42))  # expect:  3.14|42    |00042|+42
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))  # expect: ff FF 10 0xff 0o10
print("%e %E %g %G" % (12345.678, 0.00012, 0.00001234, 1e20))  # expect: 1.234568e+04 1.200000E-04 1.234e-05 1E+20
print("%r %s %a" % ("x", "y", "é"))  # expect: 'x' y '\xe9'
print("100%% done, %.3s" % "abcdef")  # expect: 100% done, abc
print("%c%c" % (72, "i"), "%i" % 3.99)  # expect: Hi 3
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})  # expect: Ann is 30
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))  # expect:     1|2   |3.14
print("%s" % [1, 2], "%s" % (1,), "%d%%" % 50)  # expect: [1, 2] 1 50%
print("%.0f %.1f %.2f" % (0.5, 0.25, 2.675))  # expect: 0 0.2 2.67
print("%10.4s|" % "abcdef", "%-10s|" % "ab")  # expect:       abcd| ab        |
