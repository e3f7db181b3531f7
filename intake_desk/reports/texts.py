"""The fixed words of the figures report, Dutch (B1) and English."""

from __future__ import annotations

from ..app.figures import HIDDEN, SMALL, SUPPRESSED, Figures

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Regionale cijfers", "Regional figures"),
    "period": ("Periode", "Period"),
    "region": ("Regio", "Region"),
    "made": ("Gemaakt op", "Made on"),
    "key": ("Kerncijfers", "Key figures"),
    "count": ("Aantal", "Count"),
    "total": ("Totaal", "Total"),
    "series": ("Onderdeel", "Part"),
    "median": ("Mediaan dagen van intake tot start", "Median days from intake to start"),
    "sample": ("VOORBEELD: deze cijfers komen uit voorbeeldgegevens, niet van echte kandidaten.",
               "SAMPLE (voorbeeld): these figures come from sample data, not real candidates."),
    "small": (f"Alleen aantallen, geen namen. Een aantal van 1 tot {SMALL} staat er als "
              f"\"{SUPPRESSED}\"; \"{HIDDEN}\" is een aantal dat verborgen is zodat een \"{SUPPRESSED}\" "
              "niet uit het totaal terug te rekenen is.",
              f"Counts only, no names. A count of 1 to {SMALL - 1} is shown as \"{SUPPRESSED}\"; "
              f"\"{HIDDEN}\" is a count hidden so that a \"{SUPPRESSED}\" cannot be worked out from "
              "the total."),
    "empty": ("Geen gegevens in deze periode.", "No data in this period."),
    "page": ("pagina", "page"),
}


def word(key: str, lang: str) -> str:
    nl, en = _WORDS[key]
    return en if lang == "en" else nl


def heading(figures: Figures, lang: str) -> list[tuple[str, str]]:
    """The lines above the figures, as (label, value)."""
    period = figures.period_text_en if lang == "en" else figures.period_text
    return [
        (word("period", lang), period),
        (word("region", lang), figures.region_text(lang)),
        (word("made", lang), f"{figures.made_on:%d-%m-%Y}"),
    ]
