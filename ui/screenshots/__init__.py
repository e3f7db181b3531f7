"""`make screenshots`: PNGs of the main views, offscreen, into build/screenshots/.

Each module in this package has `shoot(window, out_dir, qtapp)`; the runner gives every module the
same window on a demo database, in Dutch. Add a module per view.
"""
