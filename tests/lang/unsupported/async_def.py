# Coroutines are outside the subset.
async def main():
    pass
# expect unsupported line 2: 'async' functions are not supported in the playground
