import numpy as np
ss = np.random.SeedSequence(42)
children = ss.spawn(3)
print(children[0])
for c in children:
    print(c.spawn_key, np.random.default_rng(c).random(3).tolist())
more = ss.spawn(2)
print(ss.n_children_spawned, [c.spawn_key for c in more])
print(ss)
grand = children[1].spawn(1)[0]
print(grand.spawn_key, grand.generate_state(2).tolist())
