"""`make screenshots`: PNGs of the main views, offscreen, into build/screenshots/ (see __main__.py).

Each module in this package has `shoot(window, out_dir, app, settle)`; the runner gives every module
the same window on a demo database, once per pass (Dutch, English, pseudo-locale, text at 200%).
Add a module per view.
"""

WINDOW_SIZE = (1366, 850)  # a common school laptop; the views must work at this size
