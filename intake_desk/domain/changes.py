"""What an operation changed: every use case returns one, so each screen can ask "am I affected?"."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed, so each screen can ask "am I affected?" (Anki's OpChanges)."""

    candidates: frozenset[str] = field(default_factory=frozenset)
    candidate_list: bool = False
    catalog: bool = False
    plans: frozenset[str] = field(default_factory=frozenset)
    settings: bool = False
    # A stage, next contact or logged contact changed (app/followup.py): worklists and figures.
    followup: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            candidates=self.candidates | other.candidates,
            candidate_list=self.candidate_list or other.candidate_list,
            catalog=self.catalog or other.catalog,
            plans=self.plans | other.plans,
            settings=self.settings or other.settings,
            followup=self.followup or other.followup,
        )
