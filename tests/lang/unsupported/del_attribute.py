# Deleting attributes.
import random
del random.seed
# expect unsupported line 3: del of attributes is not supported in the playground
