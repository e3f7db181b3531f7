"""The validation report of an import: every problem with file, row, column, value and a Dutch message."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Issue:
    file: str
    row: int  # row in the file (header = 1); 0 for the file as a whole
    column: str
    value: str
    message: str
    error: bool = True  # False: a warning that does not stop the import

    def __str__(self) -> str:
        where = f"{self.file}" + (f", rij {self.row}" if self.row else "")
        where += f", kolom '{self.column}'" if self.column else ""
        shown = self.value if len(self.value) <= 40 else self.value[:37] + "..."
        value = f" (waarde: {shown!r})" if self.value else ""
        kind = "fout" if self.error else "let op"
        return f"{where}: {kind}: {self.message}{value}"


@dataclass(slots=True)
class ImportReport:
    file: str
    issues: list[Issue] = field(default_factory=list)
    rows: int = 0
    rows_skipped: int = 0
    items_new: int = 0
    items_changed: int = 0
    items_same: int = 0
    offerings_new: int = 0
    offerings_changed: int = 0
    offerings_same: int = 0
    other_written: int = 0  # regions, demand and funding rows from a JSON catalog or demand file
    written: bool = False

    def add(self, row: int, column: str, value: object, message: str, error: bool = True) -> None:
        self.issues.append(Issue(self.file, row, column, "" if value is None else str(value),
                                 message, error))

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.error]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def bad_rows(self) -> set[int]:
        return {i.row for i in self.issues if i.error}

    def summary(self) -> str:
        lines = [f"{self.file}: {self.rows} rijen gelezen."]
        if self.errors:
            lines.append(f"{len(self.errors)} fout(en) in {len(self.bad_rows)} rij(en).")
        if self.warnings:
            lines.append(f"{len(self.warnings)} waarschuwing(en).")
        if self.errors and not self.written:
            lines.append("Er is niets geïmporteerd. Verbeter de rijen hieronder en probeer het "
                         "opnieuw, of importeer alleen de goede rijen.")
            return "\n".join(lines)
        verb = "Geschreven" if self.written else "Te schrijven"
        lines.append(
            f"{verb}: artikelen {self.items_new} nieuw, {self.items_changed} gewijzigd, "
            f"{self.items_same} ongewijzigd; aanbod {self.offerings_new} nieuw, "
            f"{self.offerings_changed} gewijzigd, {self.offerings_same} ongewijzigd."
        )
        if self.other_written:
            lines.append(f"Overige regels (regio's, vraag, financiering): {self.other_written}.")
        if self.rows_skipped:
            lines.append(f"Overgeslagen (ongeldige rijen): {self.rows_skipped}.")
        return "\n".join(lines)

    def text(self, limit: int = 200) -> str:
        lines = [self.summary()]
        for issue in self.issues[:limit]:
            lines.append(f"  {issue}")
        if len(self.issues) > limit:
            lines.append(f"  ... en nog {len(self.issues) - limit} meldingen")
        return "\n".join(lines)
