"""A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014): wall time in
milliseconds plus a counter, so stamps follow real time where the clocks agree and still grow on a
laptop whose clock is hours behind the desk's. Pure: the caller passes the wall time in.

A stamp is shown and stored as fixed-width text (`0001764512345678-0003`), so text order is clock
order and SQLite can compare stamps without parsing them.
"""

from __future__ import annotations

from dataclasses import dataclass

# A peer's stamp further ahead of our wall clock than this is kept on its write (it still decides
# which value is shown meanwhile), but our own clock does not jump to it: one laptop set to 2099
# must not drag every later stamp of the desk along. Laptops hours apart stay well inside it.
MAX_AHEAD_MS = 7 * 24 * 3600 * 1000


@dataclass(frozen=True, slots=True, order=True)
class Hlc:
    wall_ms: int
    logical: int = 0

    def encode(self) -> str:
        return f"{self.wall_ms:016d}-{self.logical:04d}"

    @staticmethod
    def parse(text: str) -> Hlc:
        """The stamp written by `encode`; ValueError for anything else."""
        wall, sep, logical = text.partition("-")
        if not sep or len(wall) != 16 or not wall.isdigit() or not logical.isdigit():
            raise ValueError(f"not a clock stamp: {text!r}")
        return Hlc(int(wall), int(logical))


ZERO = Hlc(0, 0)


def tick(last: Hlc, wall_ms: int) -> Hlc:
    """The stamp of a local write: later than every stamp seen so far, and at least the wall time."""
    if wall_ms > last.wall_ms:
        return Hlc(wall_ms, 0)
    return Hlc(last.wall_ms, last.logical + 1)


def receive(last: Hlc, remote: Hlc, wall_ms: int) -> Hlc:
    """Our clock after reading a peer's stamps (the highest of a bundle): never behind what we have
    seen, so a write made after an import is stamped after everything it could have seen."""
    if remote.wall_ms > wall_ms + MAX_AHEAD_MS:
        return last
    return max(last, remote)
