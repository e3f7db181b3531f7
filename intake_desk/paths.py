"""Where Intake Desk keeps its files: the user's data folder (platformdirs), or what the user chose."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "IntakeDesk"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_db_path() -> Path:
    """--db wins over INTAKE_DESK_DB, which wins over the user's data folder."""
    env = os.environ.get("INTAKE_DESK_DB")
    return Path(env) if env else data_dir() / "intake-desk.sqlite"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
