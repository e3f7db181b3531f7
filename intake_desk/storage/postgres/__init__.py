"""A PostgreSQL store (issue #19, groundwork): the store protocols of `storage/store.py` on a server.

Not wired into the app yet (docs/postgresql.md says what is missing). Needs the optional extra
`postgres` (psycopg 3); nothing else in the core imports this package, so the core runs without it.
"""
