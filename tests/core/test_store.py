"""The store interface (storage/store.py) is what the SQLite modules offer, name by name and
parameter by parameter (mypy checks the types; this checks at run time and in tests of others)."""

from __future__ import annotations

import inspect
from dataclasses import fields
from typing import Protocol, get_type_hints

import pytest

from intake_desk.storage import store
from intake_desk.storage.store import SQLITE, Store


def _members(protocol: type) -> list[str]:
    return [name for name, value in vars(protocol).items()
            if inspect.isfunction(value) and not name.startswith("_")]


AREAS = [f.name for f in fields(Store)]


@pytest.mark.parametrize("area", AREAS)
def test_the_sqlite_backend_has_every_member_with_its_parameters(area: str) -> None:
    protocol = get_type_hints(Store, vars(store))[area].__origin__
    module = getattr(SQLITE, area)
    for name in _members(protocol):
        wanted = list(inspect.signature(getattr(protocol, name)).parameters)[1:]  # without self
        got = list(inspect.signature(getattr(module, name)).parameters)
        assert got == wanted, f"{module.__name__}.{name}{got} is not {protocol.__name__}.{name}{wanted}"


def test_every_protocol_is_part_of_the_store() -> None:
    protocols = {obj for obj in vars(store).values()
                 if inspect.isclass(obj) and obj is not Protocol and getattr(obj, "_is_protocol", False)}
    used = {get_type_hints(Store, vars(store))[a].__origin__ for a in AREAS}
    assert protocols == used


def test_the_store_reads_what_the_modules_read(db) -> None:  # type: ignore[no-untyped-def]
    from intake_desk.storage import catalog

    assert SQLITE.catalog.load(db) == catalog.load(db)
    assert SQLITE.search.count(db, store.Filter()) == 0
