"""The local side of a community hub: sign in, share an experience, pull aggregates (docs/hub.md).

Nothing here runs unless a hub command asks for it: httpx is imported only by `client`.
"""
