"""Red-team rounds' probe cases, one module per round (see benchmarks.redteam_probe).

A module here imports ``case``, ``ans``, ``ad`` and the checks it needs from
``benchmarks.redteam_probe`` and adds its cases at import; class names carry the round's name.
"""
