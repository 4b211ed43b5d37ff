"""Persistence: tables, engines, migrations and file backups for SQLite and PostgreSQL.

Only the app layer imports this package; faces reach storage through `askback.app.Workspace`.
"""
