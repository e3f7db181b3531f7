"""Each desk on a shared server writes as its own installation, the same one in every session."""

from __future__ import annotations

import uuid

from intake_desk.app.opening import desk_installation_id


def test_the_same_desk_and_server_give_the_same_id() -> None:
    where = "postgresql://balie1@db.example.nl:5432/intake"
    assert desk_installation_id(where) == desk_installation_id(where)
    assert uuid.UUID(desk_installation_id(where)).version == 5


def test_another_role_or_server_is_another_installation() -> None:
    ids = {desk_installation_id(w) for w in (
        "postgresql://balie1@db.example.nl:5432/intake",
        "postgresql://balie2@db.example.nl:5432/intake",
        "postgresql://balie1@db.example.nl:5432/intake_test",
        "postgresql://balie1@db2.example.nl:5432/intake")}
    assert len(ids) == 4


def test_another_computer_is_another_installation(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pathlib

    where = "postgresql://balie1@db.example.nl:5432/intake"
    first = desk_installation_id(where)
    real = pathlib.Path.read_text

    def other_machine(self: pathlib.Path, *args: object, **kwargs: object) -> str:
        if str(self) == "/etc/machine-id":
            return "0123456789abcdef0123456789abcdef\n"
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pathlib.Path, "read_text", other_machine)
    assert desk_installation_id(where) != first
