"""The stepping stones of a route, as data for the plan: what the candidate gains on the way, and what
can come after.

- **On the way**: every step before the last that gives a diploma (Entree before Helpende), an
  mbo-certificaat or a praktijkverklaring, and every Dutch course, with the level it brings
  the learner to. Each has the date it is reached (the step's end).
- **Next**: a certificate or praktijkverklaring is a part of a qualification, so its diploma comes
  next. A route that stops short of the goal (Helpende in a region without Verzorgende-IG) has the
  goal's own qualification next. A route that reaches the goal has the next level in the same line
  next: the same kwalificatiedossier first, else a known ladder (bridges.STEPPING_LINES), the one
  that fits the goal best;
  and the level after that, so the plan shows the known ladder (Helpende -> Verzorgende-IG ->
  Mbo-Verpleegkundige). At most MAX_NEXT.
"""

from __future__ import annotations

from ..domain import Catalog, CatalogItem, CredentialKind, Intake, ItemKind, Route
from ..domain.route import SteppingStone, StoneKind
from .bridges import bridge_in_line
from .facts import index, language_gain
from .goals import Relation, profile

MAX_NEXT = 2
_EARNED = (CredentialKind.DIPLOMA, CredentialKind.CERTIFICAAT, CredentialKind.PRAKTIJKVERKLARING)


def stepping_stones(route: Route, intake: Intake, catalog: Catalog,
                    region: str = "") -> tuple[SteppingStone, ...]:
    """The route's stepping stones; `region` (the candidate's) breaks ties by job prospects there."""
    if not route.steps:
        return ()
    stones: list[SteppingStone] = []
    for s in route.steps[:-1]:
        item = catalog.item(s.item_code)
        gain = language_gain(item) if item is not None else None
        if gain is not None:
            stones.append(SteppingStone(StoneKind.ON_THE_WAY, s.title, s.credential, s.item_code,
                                        reached=s.end, dutch=gain))
        elif s.credential in _EARNED:
            stones.append(SteppingStone(StoneKind.ON_THE_WAY, s.title, s.credential, s.item_code,
                                        s.level, _crebo(item), reached=s.end))
    stones.sort(key=lambda st: st.reached or route.steps[-1].end)  # in the order they are reached
    last = route.steps[-1]
    # next steps are diplomas; the ones this route already gives are not next
    done = {_crebo(catalog.item(s.item_code)) for s in route.steps if s.credential is CredentialKind.DIPLOMA}
    stones += [_next(q) for q in _after(catalog.item(last.item_code), last.credential, intake, catalog,
                                        done, region)]
    return tuple(stones)


def _crebo(item: CatalogItem | None) -> str:
    if item is None:
        return ""
    if item.part_of:
        return item.part_of
    return item.code if item.kind is ItemKind.QUALIFICATION else ""


def _next(q: CatalogItem) -> SteppingStone:
    return SteppingStone(StoneKind.NEXT, q.title, CredentialKind.DIPLOMA, q.code, q.level, q.code)


def _after(item: CatalogItem | None, credential: CredentialKind, intake: Intake, catalog: Catalog,
           done: set[str], region: str) -> list[CatalogItem]:
    if item is None:
        return []
    expired = index(catalog).expired  # an old code is no next step (facts.expired_codes)
    quals = {c: i for c, i in catalog.items.items()
             if i.kind is ItemKind.QUALIFICATION and c not in expired}
    base = quals.get(_crebo(item))
    out: list[CatalogItem] = []
    if base is not None and (credential is not CredentialKind.DIPLOMA or base.code != item.code):
        out.append(base)  # a certificate or praktijkverklaring: its diploma is next
    idx = index(catalog)
    for goal in intake.goals:
        p = profile(idx, goal)
        if p.relations.get(item.code) in (Relation.LINE, Relation.MODULE):
            out += [quals[c] for c in sorted(p.home) if c in quals]  # short of the goal: the goal next
    ladder = base
    while ladder is not None and len(out) < MAX_NEXT + 1:
        ladder = _level_up(ladder, quals, intake, catalog, region)
        if ladder is not None:
            out.append(ladder)
    seen: set[str] = set()
    unique = []
    for q in out:
        if q.code not in seen and q.code not in done:
            seen.add(q.code)
            unique.append(q)
    return unique[:MAX_NEXT]


def _level_up(q: CatalogItem, quals: dict[str, CatalogItem], intake: Intake, catalog: Catalog,
              region: str) -> CatalogItem | None:
    """The qualification one level up in the same line: same dossier first, else a known ladder; then
    the one that fits the candidate's goals best, then the best job prospects in their region."""
    if q.level is None:
        return None
    # the same dossier or a known ladder (bridges.STEPPING_LINES); the DUO domein is too broad
    # (Pedagogisch medewerker is no next step after Helpende)
    up = [i for i in quals.values() if i.level == q.level + 1 and bridge_in_line(q, i)]
    if not up:
        return None
    idx = index(catalog)
    fits = [profile(idx, g).fits for g in intake.goals]
    rating = {d.crebo: d.rating for d in catalog.demand if d.region_code == region and d.crebo}
    words = set(q.occupations)
    return min(up, key=lambda i: (not (q.dossier_code and i.dossier_code == q.dossier_code),
                                  -max((f.get(i.code, 0.0) for f in fits), default=0.0),
                                  -rating.get(i.code, 0), -len(words & set(i.occupations)), i.code))
