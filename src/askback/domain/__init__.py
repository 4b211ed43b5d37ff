"""The pure core: the values profile, evidence posteriors, interview planning and offer comparison.

Nothing here touches a database, a file or the network; every function is a computation.
"""
