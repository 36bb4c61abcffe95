# Modules the playground does not emulate.
import random
import sqlite3
# expect unsupported line 3: module 'sqlite3' is not supported in the playground
