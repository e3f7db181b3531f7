"""`catalog stats`: counts per kind, region and level, as deterministic text (same catalog, same text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..storage.store import store_of

if TYPE_CHECKING:
    from ..storage.store import Handle


def catalog_stats(db: Handle) -> str:
    c = store_of(db).catalog_browser.catalog_counts(db)
    lines = [f"Artikelen: {c.items}" + (f" (waarvan {c.sample_items} voorbeeld)" if c.sample_items else ""),
             f"Aanbod: {c.offerings}", "", "Artikelen per soort:"]
    lines += [f"  {k:<24} {n:>6}" for k, n in c.items_per_kind]
    lines += ["", "Aanbod per soort:"]
    lines += [f"  {k:<24} {n:>6}" for k, n in c.offerings_per_kind]
    lines += ["", "Aanbod per niveau:"]
    lines += [f"  {'niveau ' + k if k != '-' else 'zonder niveau':<24} {n:>6}"
              for k, n in c.offerings_per_level]
    lines += ["", "Aanbod per leerweg:"]
    lines += [f"  {k:<24} {n:>6}" for k, n in c.offerings_per_leerweg]
    lines += ["", "Aanbod per arbeidsmarktregio:"]
    lines += [f"  {k:<36} {n:>6}" for k, n in c.offerings_per_region]
    lines += ["", f"Vraagcijfers: {c.demand} in {c.demand_regions} regio's",
              f"Financieringsregelingen: {c.funding}"]
    return "\n".join(lines) + "\n"
