"""The main window's parts by id, and the one place the start defers their modules to.

The first frame (ui/app.py) shows the tabs, Vandaag, the candidate list with its search box, the menus
and the status bar; `ui.main_window` imports only what that needs. Every other part is built after
the frame is painted, one per turn of the event loop (`MainWindow._pending`), and its module is
imported here when the part is built, never when `ui.main_window` is imported. Why each waits
(`python -X importtime`, after the core the database thread loads; a busy two-core machine):

- the intake form (`views.intake_form`, with `form_fields` and `duplicate_banner`): ~70 ms,
  `intake_desk.form_values` -> `validation` -> phonenumbers, and a hundred widgets;
- the quick intake (`views.quick_intake`): the same form modules;
- the routes panel (`views.match_panel`): ~250 ms, the matcher (engine, rules, goal words);
- the plan panel (`views.plan_panel`): ~60 ms, QtPdf (ReportLab only when a plan is rendered,
  on the database thread);
- the catalog tab (`views.catalog_view`): ~110 ms, the catalog's browse, import and export code;
- the workspace bar (`views.workspace`): ~30 ms; hidden on Vandaag, the first tab;
- the Beurs and Privacy menus (`dialogs.bundle`, `dialogs.privacy`): ~25 and ~4 ms, the module that
  holds the menu also holds its dialogs.

Dialogs are imported where they are opened. The part types are imported for mypy only, so importing
this module costs the first frame nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from .main_window import MainWindow
    from .runner import DbRunner
    from .views.catalog_view import CatalogMenu, CatalogView
    from .views.intake_form import IntakeForm
    from .views.match_panel import MatchPanel
    from .views.plan_panel import PlanPanel
    from .views.quick_intake import QuickIntakeView
    from .views.workspace import WorkspaceBar


class Tab(StrEnum):
    """The main tabs, by id: code finds a tab by this, never by its (translated) title."""

    HOME = "home"  # Vandaag
    DESK = "desk"  # Kandidaten: the list and the intake form
    QUICK = "quick"  # Beursmodus
    CATALOG = "catalog"  # Catalogus


def use_case(module: str, name: str) -> Callable[..., Any]:
    """The use case `module.name` as a job for `DbRunner.submit`, its module imported when the job
    runs, on the database thread. Importing it on the GUI thread to hand over the function would run
    the module there: `app.settings` brings phonenumbers (~20 ms), `app.home` the follow-up lists
    (~10 ms), both while the list's first page waits for the GUI thread (issue 12). Jobs run in the
    order they were asked, so these imports also come after the page."""

    def job(db: Any, *args: Any, **kwargs: Any) -> Any:
        return getattr(import_module(module), name)(db, *args, **kwargs)

    job.__name__ = job.__qualname__ = name
    return job


def intake_form() -> type[IntakeForm]:
    from .views.intake_form import IntakeForm

    return IntakeForm


def quick_intake() -> type[QuickIntakeView]:
    from .views.quick_intake import QuickIntakeView

    return QuickIntakeView


def match_panel() -> type[MatchPanel]:
    from .views.match_panel import MatchPanel

    return MatchPanel


def plan_panel() -> type[PlanPanel]:
    from .views.plan_panel import PlanPanel

    return PlanPanel


def catalog_view() -> type[CatalogView]:
    from .views.catalog_view import CatalogView

    return CatalogView


def catalog_menu(window: MainWindow, runner: DbRunner) -> CatalogMenu:
    from .views.catalog_view import catalog_menu as build

    return build(window, runner)


def fair_menu(window: MainWindow) -> QMenu:
    from .dialogs.bundle import install_fair_menu

    return install_fair_menu(window)


def privacy_menu(window: MainWindow) -> QMenu:
    from .dialogs.privacy import install_privacy_menu

    return install_privacy_menu(window)


def workspace_bar(window: MainWindow) -> WorkspaceBar:
    from .views.workspace import build_workspace_bar

    return build_workspace_bar(window)
