"""Open conflicts as the command line and the app show them: one row per record and field, its
options numbered in a fixed order, and resolving by that number or by the value itself.

The conflicts themselves (what is concurrent, what is shown meanwhile, what a choice writes) are the
merge core's (`app/merge.py`); this module only gives them one shape for both faces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.changes import Changes

if TYPE_CHECKING:
    from ..storage.store import Handle


class ConflictRefused(ValueError):
    def __init__(self, code: str, text_nl: str, text_en: str):
        super().__init__(text_nl)
        self.code, self.text_nl, self.text_en = code, text_nl, text_en

    def text(self, lang: str = "nl") -> str:
        return self.text_en if lang == "en" else self.text_nl


@dataclass(frozen=True, slots=True)
class Option:
    value: Any
    source: str = ""  # the installation that wrote it


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One open conflict: `options` in the core's order (index = what `resolve_conflict` takes), the
    one shown meanwhile at `shown`."""

    candidate_id: str
    field: str
    options: tuple[Option, ...]
    shown_index: int = 0
    label_nl: str = ""
    label_en: str = ""

    @property
    def shown(self) -> Any:
        return self.options[self.shown_index].value if self.options else None

    def label(self, lang: str = "nl") -> str:
        return (self.label_en if lang == "en" else self.label_nl) or self.field

    def as_json(self) -> dict[str, Any]:
        return {"id": self.candidate_id, "field": self.field, "label": self.label_nl,
                "label_en": self.label_en, "shown": self.shown, "shown_option": self.shown_index + 1,
                "options": [{"number": n, "value": o.value, "installation_id": o.source}
                            for n, o in enumerate(self.options, start=1)]}


def row_of(conflict: Any) -> ConflictRow:
    """The merge core's `Conflict` (domain/merge.py) as a row."""
    from ..app import merge

    options = tuple(Option(o.value, str(o.installation_id)) for o in conflict.options)
    shown = conflict.shown if isinstance(conflict.shown, int) and 0 <= conflict.shown < len(options) else 0
    nl, en = merge.field_label(conflict.field)
    return ConflictRow(str(conflict.candidate_id), str(conflict.field), options, shown, nl, en)


def conflict_rows(db: Handle) -> list[ConflictRow]:
    from ..app import merge

    return [row_of(c) for c in merge.conflicts(db)]


@dataclass(frozen=True, slots=True)
class Overview:
    """What the conflicts view shows: open conflicts, possible duplicates and notices, with names."""

    rows: list[ConflictRow]
    names: dict[str, str]  # candidate id -> "name (birth date)", for the screen only, never logged
    duplicates: list[tuple[str, str, float]]  # (a, b, score 0-100)
    notices: list[tuple[str, tuple[str, ...]]]  # (deleted candidate id, installations that edited)


def overview(db: Handle) -> Overview:
    from ..app import merge
    from ..storage import StorageError
    from ..storage.store import store_of

    rows = conflict_rows(db)
    duplicates = [(p.a, p.b, float(p.score)) for p in merge.possible_duplicates(db)]
    notices = [(n.candidate_id, tuple(n.installations)) for n in merge.notices(db)]
    names: dict[str, str] = {}
    for cid in {r.candidate_id for r in rows} | {x for a, b, _s in duplicates for x in (a, b)}:
        try:
            candidate = store_of(db).candidates.get(db, cid)[1].candidate
        except (StorageError, KeyError):
            continue  # deleted or damaged: the id is shown instead
        born = f" ({candidate.birth_date:%d-%m-%Y})" if candidate.birth_date else ""
        names[cid] = candidate.name.display + born
    return Overview(rows, names, duplicates, notices)


def choose(row: ConflictRow, choice: str) -> int:
    """The option `choice` names (its index): its number (1-based), or its value written out."""
    text = choice.strip()
    if text.isdigit() and 1 <= int(text) <= len(row.options):
        return int(text) - 1
    for index, option in enumerate(row.options):
        value = option.value
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        if text == shown or (isinstance(option.value, str) and text.casefold() == option.value.casefold()):
            return index
    numbers = ", ".join(str(n) for n in range(1, len(row.options) + 1))
    raise ConflictRefused("choice", f"CHOICE: '{choice}' is geen van de keuzes; geef {numbers} of een van "
                          "de waarden zoals 'conflicts list' ze toont.",
                          f"CHOICE: '{choice}' is not one of the options; give {numbers} or one of the "
                          "values as 'conflicts list' shows them.")


def find(db: Handle, candidate_id: str, field: str) -> ConflictRow:
    rows = conflict_rows(db)
    for row in rows:
        if row.candidate_id == candidate_id and row.field == field:
            return row
    if not any(r.candidate_id == candidate_id for r in rows):
        raise ConflictRefused("id", f"ID: kandidaat {candidate_id} heeft geen open conflict.",
                              f"ID: candidate {candidate_id} has no open conflict.")
    fields = ", ".join(r.field for r in rows if r.candidate_id == candidate_id)
    raise ConflictRefused("field", f"FIELD: '{field}' heeft bij {candidate_id} geen open conflict; wel: "
                          f"{fields}.", f"FIELD: '{field}' has no open conflict for {candidate_id}; these "
                          f"do: {fields}.")


def resolve(db: Handle, candidate_id: str, field: str, choice: str,
            advisor_id: str | None = None) -> tuple[ConflictRow, Any]:
    """Resolve by the CLI's CHOICE; returns the row as it was and the value chosen."""
    row = find(db, candidate_id, field)
    index = choose(row, choice)
    apply(db, row.candidate_id, row.field, index, advisor_id)
    return row, row.options[index].value


def apply(db: Handle, candidate_id: str, field: str, index: int, advisor_id: str | None = None) -> Changes:
    """Store the advisor's choice (an option's index) through the merge core: a new write that has seen
    every option, so the same bundles never reopen the conflict."""
    from ..app import merge

    result = merge.resolve_conflict(db, candidate_id, field, index, advisor_id=advisor_id)
    return result if isinstance(result, Changes) else Changes(candidates=frozenset({candidate_id}))


def undo(db: Handle, candidate_id: str, field: str, previous: Any,
         advisor_id: str | None = None) -> Changes:
    """Put a resolved field back to the value shown before the advisor chose (Ctrl+Z in the app): again a
    choice among the options the core kept (`resolved_options`), so it is one more write, not a rewind."""
    from ..app import merge

    kept = merge.resolved_options(db, candidate_id, field)
    for index, option in enumerate(kept.options if kept is not None else ()):
        if option.value == previous:
            result = merge.resolve_conflict(db, candidate_id, field, index, advisor_id=advisor_id)
            return result if isinstance(result, Changes) else Changes(candidates=frozenset({candidate_id}))
    raise ConflictRefused("undo", "Dit kan niet meer ongedaan worden gemaakt: het veld is intussen opnieuw "
                          "veranderd.", "This can no longer be undone: the field has changed again since.")
