"""Alembic migrations of the tracker schema, shipped inside the package."""
