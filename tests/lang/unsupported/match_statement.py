# Structural pattern matching is outside the subset.
command = "go"
match command:
    case "go":
        pass
# expect unsupported line 3: 'match' statements are not supported in the playground
