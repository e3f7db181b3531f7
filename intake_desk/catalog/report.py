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
        return self.text()

    @property
    def message_en(self) -> str:
        """The message in English (report_texts), or the Dutch one where the table lacks it."""
        from .report_texts import english

        return english(self.message) or self.message

    def text(self, language: str = "nl") -> str:
        """The issue as one line: file, row, column, what is wrong and the value; "en" in English."""
        en = language == "en"
        where = f"{self.file}" + (f", {'row' if en else 'rij'} {self.row}" if self.row else "")
        where += f", {'column' if en else 'kolom'} '{self.column}'" if self.column else ""
        shown = self.value if len(self.value) <= 40 else self.value[:37] + "..."
        value = f" ({'value' if en else 'waarde'}: {shown!r})" if self.value else ""
        kind = ("error" if self.error else "note") if en else ("fout" if self.error else "let op")
        return f"{where}: {kind}: {self.message_en if en else self.message}{value}"


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

    def summary(self, language: str = "nl") -> str:
        if language == "en":
            return self._summary_en()
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

    def _summary_en(self) -> str:
        lines = [f"{self.file}: {self.rows} rows read."]
        if self.errors:
            lines.append(f"{len(self.errors)} error(s) in {len(self.bad_rows)} row(s).")
        if self.warnings:
            lines.append(f"{len(self.warnings)} warning(s).")
        if self.errors and not self.written:
            lines.append("Nothing was imported. Correct the rows below and try again, or import "
                         "only the good rows.")
            return "\n".join(lines)
        verb = "Written" if self.written else "To write"
        lines.append(
            f"{verb}: items {self.items_new} new, {self.items_changed} changed, "
            f"{self.items_same} unchanged; offerings {self.offerings_new} new, "
            f"{self.offerings_changed} changed, {self.offerings_same} unchanged."
        )
        if self.other_written:
            lines.append(f"Other lines (regions, demand, funding): {self.other_written}.")
        if self.rows_skipped:
            lines.append(f"Skipped (invalid rows): {self.rows_skipped}.")
        return "\n".join(lines)

    def text(self, limit: int = 200, language: str = "nl") -> str:
        """The summary and the first `limit` issues, in Dutch or ("en") English."""
        lines = [self.summary(language)]
        for issue in self.issues[:limit]:
            lines.append(f"  {issue.text(language)}")
        if len(self.issues) > limit:
            more = len(self.issues) - limit
            lines.append(f"  ... and {more} more" if language == "en" else f"  ... en nog {more} meldingen")
        return "\n".join(lines)
