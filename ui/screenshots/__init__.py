"""`make screenshots`: PNGs of the main views, offscreen, into build/screenshots/ (see __main__.py).

Each module in this package has `shoot(window, out_dir, app, settle)`; the runner gives every module
the same window on a demo database, once per pass (Dutch, English, pseudo-locale, text at 200%).
Add a module per view.
"""

WINDOW_SIZE = (1366, 720)  # a 1366x768 school laptop below its task bar; the views must work at this size
