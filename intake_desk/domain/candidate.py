"""The candidate: who the person is and how to reach them. Deliberately no BSN (UAVG art. 46)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

# Letters that Unicode does not decompose into a base letter plus accent, but that an advisor types
# without the accent all the same (Yılmaz -> yilmaz, Łukasz -> lukasz, Đặng -> dang).
_PLAIN = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ħ": "h"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for sorting, searching and comparing names."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


@dataclass(frozen=True, slots=True)
class PersonName:
    first_name: str
    surname: str
    tussenvoegsel: str = ""

    @property
    def display(self) -> str:
        """As spoken and printed: "Jan van der Berg"."""
        return " ".join(p for p in (self.first_name, self.tussenvoegsel, self.surname) if p)

    @property
    def formal(self) -> str:
        """As listed: "Berg, Jan van der", so "de Vries" stands under V."""
        rest = " ".join(p for p in (self.first_name, self.tussenvoegsel) if p)
        return f"{self.surname}, {rest}" if rest else self.surname

    @property
    def sort_key(self) -> str:
        # The tussenvoegsel is ignored when sorting, as in Dutch registers and phone books.
        return f"{fold(self.surname)}\x1f{fold(self.first_name)}\x1f{fold(self.tussenvoegsel)}"


@dataclass(frozen=True, slots=True)
class Contact:
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    town: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    name: PersonName
    birth_date: date | None = None
    contact: Contact = Contact()
    municipality: str = ""
    region_code: str = ""
    # Demo and training records say so on every screen and printed plan.
    sample: bool = False

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))
