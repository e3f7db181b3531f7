"""The printed plan: one ReportLab renderer (renderer.py), one stylesheet (styles.py), all fixed texts
in texts.py, and PlanDocument (document.py), the picklable bundle of what a plan shows. Reading a
plan from the database is a use case: `app.plans.load_document`."""

from .document import PlanDocument, PlanUnavailable
from .renderer import PlanRenderer, render_plan

__all__ = ["PlanDocument", "PlanRenderer", "PlanUnavailable", "render_plan"]
