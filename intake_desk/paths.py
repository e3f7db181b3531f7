"""Where Intake Desk keeps its files: the user's data folder (platformdirs), or what the user chose."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "IntakeDesk"
# From a source checkout resources/ sits beside the package; in a PyInstaller bundle, in _MEIPASS.
_BUNDLE = getattr(sys, "_MEIPASS", None)
RESOURCES = Path(_BUNDLE) / "resources" if _BUNDLE else Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_db_path() -> Path:
    """--db wins over INTAKE_DESK_DB, which wins over the user's data folder."""
    env = os.environ.get("INTAKE_DESK_DB")
    return Path(env) if env else data_dir() / "intake-desk.sqlite"


def default_db_location() -> Path | str:
    """As `default_db_path`, but INTAKE_DESK_DB may also name a PostgreSQL server
    (postgresql://...): that comes back as the str it is (a Path would fold its '//')."""
    env = os.environ.get("INTAKE_DESK_DB", "")
    if env.lstrip().lower().startswith(("postgresql://", "postgres://")):
        return env.strip()
    return default_db_path()


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
