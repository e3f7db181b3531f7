"""The printed plan: one ReportLab renderer (renderer.py), one stylesheet (styles.py), all fixed texts
in texts.py, and PlanDocument (document.py), the picklable bundle of what a plan shows."""

from .document import PlanDocument, PlanUnavailable, candidates_with_plan_on, load_document
from .renderer import PlanRenderer, render_plan

__all__ = ["PlanDocument", "PlanRenderer", "PlanUnavailable", "candidates_with_plan_on",
           "load_document", "render_plan"]
