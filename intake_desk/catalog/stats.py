"""`catalog stats`: counts per kind, region and level, as deterministic text (same catalog, same text)."""

from __future__ import annotations

from sqlite_utils import Database


def catalog_stats(db: Database) -> str:
    def rows(sql: str) -> list[tuple[str, int]]:
        return [(str(r[0]), int(r[1])) for r in db.execute(sql).fetchall()]

    items = int(db.execute("SELECT count(*) FROM catalog_items").fetchone()[0])
    offerings = int(db.execute("SELECT count(*) FROM offerings").fetchone()[0])
    sample = int(db.execute("SELECT count(*) FROM catalog_items WHERE sample").fetchone()[0])
    lines = [f"Artikelen: {items}" + (f" (waarvan {sample} voorbeeld)" if sample else ""),
             f"Aanbod: {offerings}", "", "Artikelen per soort:"]
    lines += [f"  {k:<24} {n:>6}" for k, n in rows(
        "SELECT kind, count(*) FROM catalog_items GROUP BY kind ORDER BY kind")]
    lines += ["", "Aanbod per soort:"]
    lines += [f"  {k:<24} {n:>6}" for k, n in rows(
        "SELECT i.kind, count(*) FROM offerings o JOIN catalog_items i ON i.code = o.item_code"
        " GROUP BY i.kind ORDER BY i.kind")]
    lines += ["", "Aanbod per niveau:"]
    lines += [f"  {'niveau ' + k if k != '-' else 'zonder niveau':<24} {n:>6}" for k, n in rows(
        "SELECT coalesce(i.level, '-'), count(*) FROM offerings o"
        " JOIN catalog_items i ON i.code = o.item_code GROUP BY 1 ORDER BY 1")]
    lines += ["", "Aanbod per leerweg:"]
    lines += [f"  {k:<24} {n:>6}" for k, n in rows(
        "SELECT leerweg, count(*) FROM offerings GROUP BY leerweg ORDER BY leerweg")]
    lines += ["", "Aanbod per arbeidsmarktregio:"]
    lines += [f"  {k:<36} {n:>6}" for k, n in rows(
        "SELECT coalesce(r.name, o.region_code), count(*) FROM offerings o"
        " LEFT JOIN regions r ON r.code = o.region_code GROUP BY 1 ORDER BY 1")]
    demand = int(db.execute("SELECT count(*) FROM demand").fetchone()[0])
    regions = int(db.execute("SELECT count(DISTINCT region_code) FROM demand").fetchone()[0])
    funding = int(db.execute("SELECT count(*) FROM funding_schemes").fetchone()[0])
    lines += ["", f"Vraagcijfers: {demand} in {regions} regio's", f"Financieringsregelingen: {funding}"]
    return "\n".join(lines) + "\n"
