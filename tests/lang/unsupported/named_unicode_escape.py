# \N{...} escapes need Unicode's name table.
s = "\N{GREEK SMALL LETTER ALPHA}"
# expect unsupported line 2: \N{...} escapes are not supported in the playground
