"""One door to SQL: outside `intake_desk/storage/` no code runs SQL or names a table.

ARCHITECTURE.md's invariant, checked on the source: calls of `execute`, `executemany`,
`executescript`, `query` and sqlite-utils' `table(...)`/`db[...]`, and string constants that read as
SQL, are allowed only in storage (and in the files of ALLOWED, each with why, until its SQL moves).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("intake_desk", "ui")
DOOR = ROOT / "intake_desk" / "storage"

# Files whose SQL is still on its way into storage/, each with why: shrink this, never grow it.
# (Empty since issue 14.2: catalog/, plans/document.py and cli/admin.py moved theirs.)
ALLOWED: dict[str, str] = {}

CALLS = {"execute", "executemany", "executescript", "query", "table"}
SQL = re.compile(r"\b(SELECT\b.+\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                 r"CREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER)|DROP\s+TABLE|PRAGMA\s+\w+)\b", re.S)


def raw_sql(source: str) -> list[tuple[int, str]]:
    """(line, what) for each place in `source` that talks SQL."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in CALLS:
            found.append((node.lineno, f".{node.func.attr}("))
        elif (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
              and node.value.id == "db" and isinstance(node.slice, ast.Constant)):
            found.append((node.lineno, f"db[{node.slice.value!r}]"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append((node.lineno, f"SQL text {node.value[:40]!r}"))
    return sorted(found)


def _files() -> list[Path]:
    return sorted(p for d in SCANNED for p in (ROOT / d).rglob("*.py")
                  if DOOR not in p.parents and "__pycache__" not in p.parts)


def test_no_sql_outside_storage() -> None:
    offenders = [f"{path.relative_to(ROOT)}:{line}: {what}"
                 for path in _files() if str(path.relative_to(ROOT)) not in ALLOWED
                 for line, what in raw_sql(path.read_text(encoding="utf-8"))]
    assert not offenders, "SQL outside intake_desk/storage/:\n" + "\n".join(offenders)


def test_the_allow_list_only_holds_files_that_still_need_it() -> None:
    done = [name for name in ALLOWED if not (ROOT / name).exists()
            or not raw_sql((ROOT / name).read_text(encoding="utf-8"))]
    assert not done, f"no SQL left in {done}: take them off ALLOWED"


@pytest.mark.parametrize("source", [
    "rows = db.execute('SELECT 1')",
    "db.conn.executemany(sql, rows)",
    "db.executescript(script)",
    "db.query('select 1')",
    "db.table('offerings').insert_all(rows)",
    "db['candidates'].count",
    "SQL = 'SELECT code FROM regions'",
    "SQL = '''UPDATE candidates\\n   SET status = ?'''",
    "SQL = 'DELETE FROM drafts WHERE id = ?'",
])
def test_the_check_finds_sql(source: str) -> None:
    assert raw_sql(source)


@pytest.mark.parametrize("source", [
    "dialog.exec()",
    "plan = select(routes)",
    "text = 'Selecteer een route uit de lijst'",
    "msg = 'Update available'",
    "data = options['table']",
])
def test_the_check_leaves_other_code_alone(source: str) -> None:
    assert not raw_sql(source)


def test_storage_itself_is_seen_as_sql() -> None:
    """The check is not blind: the door's own modules are full of what it looks for."""
    assert raw_sql((DOOR / "catalog.py").read_text(encoding="utf-8"))
    assert raw_sql((DOOR / "catalog_reads.py").read_text(encoding="utf-8"))
