"""What the PostgreSQL store decides without a server: the URL rules, the query text, the protocols."""

from __future__ import annotations

import inspect
import re

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.storage import store
from intake_desk.storage.postgres import candidates as pq
from intake_desk.storage.postgres import connection
from intake_desk.storage.postgres import store as pg_store


@pytest.mark.parametrize("url", ["postgresql://desk1:geheim@db.example.nl/intake",
                                 "host=db.example.nl user=desk1 password=geheim dbname=intake"])
def test_a_url_with_a_password_is_refused_without_repeating_it(url: str) -> None:
    with pytest.raises(connection.PasswordInUrl) as info:
        connection.connect(url)
    assert "geheim" not in str(info.value) and "geheim" not in info.value.text_en
    assert ".pgpass" in str(info.value) and "PGPASSFILE" in info.value.text_en


def test_tls_settings_come_from_the_url_untouched() -> None:
    parts = connection.url_parts("postgresql://desk1@db.example.nl/intake?sslmode=verify-full"
                                 "&sslrootcert=/etc/intake/ca.pem")
    assert parts["sslmode"] == "verify-full" and parts["sslrootcert"] == "/etc/intake/ca.pem"


@pytest.mark.parametrize(("text", "query"), [
    ("mül", "'mul':*"),
    ("Öz", "'oz':*"),
    ("Yılmaz", "'yilmaz':*"),
    ("van der", "'van':* & 'der':*"),
    ("schmidt-m", "'schmidt' <-> 'm':*"),
    ("'s-Hertogenbosch", "'s' <-> 'hertogenbosch':*"),
    ("jan -", "'jan':*"),
    ("", ""),
    ("-", ""),
])
def test_the_query_is_fts5s_reading_of_the_text(text: str, query: str) -> None:
    assert pq.ts_query(text) == query


@pytest.mark.parametrize("text", ["'; DROP TABLE candidates; --", "a & !b | c", "x:* <-> y", "\\'", "(",
                                  "NOT x", 'a"b', "a*", "\u0000"])
def test_no_typed_sign_reaches_the_query_as_an_operator(text: str) -> None:
    q = pq.ts_query(text)
    for word in re.split(r" & | <-> ", q) if q else []:
        assert re.fullmatch(r"'[^\W_]+'(:\*)?", word), (text, q)


@pytest.mark.parametrize(("protocol", "module"), [
    (store.CandidateStore, pg_store.CANDIDATES), (store.SearchStore, pg_store.SEARCH),
    (store.SettingsStore, pg_store.SETTINGS), (store.DraftStore, pg_store.DRAFTS),
])
def test_every_member_has_the_protocols_parameters(protocol: type, module: object) -> None:
    for name, member in vars(protocol).items():
        if not inspect.isfunction(member) or name.startswith("_"):
            continue
        wanted = list(inspect.signature(member).parameters)[1:]
        assert list(inspect.signature(getattr(module, name)).parameters) == wanted, name
