"""The bundled sample catalog (resources/sample/catalog.json), written by build_sample.py.

Real: the 35 arbeidsmarktregio's (CBS 2026), the schools and their locations (KiesMBO), the current crebo
codes with titles, levels, dossiers and domeinen (DUO/SBB). Invented: which school offers what, dates,
prices and demand figures. Every record in it has sample=True, so screens and printed plans can say
"voorbeeldgegevens".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..domain import Catalog, CatalogItem, DemandRating, FundingScheme, Offering, Region
from ..domain.codec import from_json
from ..paths import resource

SAMPLE_FILE = resource("sample", "catalog.json")
LABEL = "voorbeeld: echte scholen en crebo's, verzonnen aanbod"


def load_sample(path: Path = SAMPLE_FILE) -> Catalog:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    items = [from_json(CatalogItem, d, f"$.items[{n}]") for n, d in enumerate(data["items"])]
    return Catalog(
        items={i.code: i for i in items},
        offerings=tuple(
            from_json(Offering, d, f"$.offerings[{n}]") for n, d in enumerate(data["offerings"])
        ),
        regions=tuple(from_json(Region, d, f"$.regions[{n}]") for n, d in enumerate(data["regions"])),
        demand=tuple(
            from_json(DemandRating, d, f"$.demand[{n}]") for n, d in enumerate(data["demand"])
        ),
        funding=tuple(
            from_json(FundingScheme, d, f"$.funding[{n}]") for n, d in enumerate(data["funding"])
        ),
    )
