# Star imports.
from random import *
# expect unsupported line 2: 'from random import *' is not supported in the playground
