"""The application layer: the use cases the GUI and the CLI run, one module per area.

Each use case is a function of the database and plain values; it runs in one transaction and returns
its result and a `domain.changes.Changes`. The GUI calls them on its database thread, the CLI directly.
SQL stays in `storage/`; wording stays at the edges (the screen, the printed texts).
"""
