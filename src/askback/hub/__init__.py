"""The community hub: accounts, sharing, k-anonymous aggregates and moderation (docs/hub.md)."""
