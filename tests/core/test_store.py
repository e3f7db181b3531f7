"""The store interface (storage/store.py) is what each backend's modules offer, name by name and
parameter by parameter (mypy checks the types; this checks at run time and in tests of others)."""

from __future__ import annotations

import inspect
from typing import Protocol

import pytest

from intake_desk.storage import store
from intake_desk.storage.store import AREAS, POSTGRES, SQLITE, Backend, NotOnServer, store_of


def _members(protocol: type) -> list[str]:
    return [name for name, value in vars(protocol).items()
            if inspect.isfunction(value) and not name.startswith("_")]


def _protocol(area: str) -> type:
    hint = Backend.__dict__[area].__orig_class__.__args__[0]
    return hint.__origin__  # type: ignore[no-any-return]


def _check(backend: Backend, area: str) -> None:
    protocol = _protocol(area)
    module = getattr(backend, area)
    for name in _members(protocol):
        wanted = list(inspect.signature(getattr(protocol, name)).parameters)[1:]  # without self
        got = list(inspect.signature(getattr(module, name)).parameters)
        assert got == wanted, f"{module.__name__}.{name}{got} is not {protocol.__name__}.{name}{wanted}"


@pytest.mark.parametrize("area", AREAS)
def test_the_sqlite_backend_has_every_member_with_its_parameters(area: str) -> None:
    _check(SQLITE, area)


@pytest.mark.parametrize("area", AREAS)
def test_the_postgres_backend_has_every_member_it_has_a_module_for(area: str) -> None:
    pytest.importorskip("psycopg")
    try:
        POSTGRES.module(area)
    except NotOnServer:
        pytest.skip(f"{area}: no PostgreSQL module yet")
    _check(POSTGRES, area)


def test_every_protocol_is_part_of_the_store() -> None:
    protocols = {obj for obj in vars(store).values()
                 if inspect.isclass(obj) and obj is not Protocol and getattr(obj, "_is_protocol", False)}
    used = {_protocol(a) for a in AREAS}
    assert protocols == used


def test_the_store_reads_what_the_modules_read(db) -> None:  # type: ignore[no-untyped-def]
    from intake_desk.storage import candidates, catalog

    assert store_of(db) is SQLITE
    assert SQLITE.catalog.load(db) == catalog.load(db)
    assert SQLITE.search.count(db, candidates.Filter()) == 0


def test_a_missing_area_is_a_clear_refusal() -> None:
    empty = Backend("test", "intake_desk.storage.nothing_here", {"candidates": "candidates"})
    with pytest.raises(NotOnServer, match="candidates"):
        empty.module("candidates")
    with pytest.raises(NotOnServer):
        empty.module("worklist")
