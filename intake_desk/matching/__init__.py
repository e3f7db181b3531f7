"""Matching: ranked, explained learning routes that never break a hard rule. No Qt, no database.

- `engine.match(intake, catalog, today, top=5, candidate=None)`: the routes, best first.
- `rules.violations(route, intake, catalog, today, candidate)`: every hard rule a route breaks.
- `edits`: swap, move and drop a step, each re-checked at once.
"""

from ..domain.route import Rule, Violation
from .engine import MatchResult, match, match_result
from .rules import violations

__all__ = ["MatchResult", "Rule", "Violation", "match", "match_result", "violations"]
