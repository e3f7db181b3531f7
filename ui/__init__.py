"""The Qt layer of Intake Desk. It imports intake_desk; intake_desk never imports it."""

from .pyside_workarounds import keep_immortals_alive

keep_immortals_alive()  # before any Qt call: see ui/pyside_workarounds.py
