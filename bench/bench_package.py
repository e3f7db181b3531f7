"""The bundled app (`make package`: dist/intake-desk, or INTAKE_DESK_BUNDLE) beside the venv's
`intake-desk`, started the same way in the same run: time from launching the process to the window's
first painted frame (offscreen), on a first start (an empty home: the database and the theme's files are
created) and on a later start (the same home again). Interleaved rounds, medians, the ratio (goal: the
bundle <= 1.2x the venv), and the bundle's size on disk.

The window reports its first frame through INTAKE_DESK_SMOKE (ui/app.py `report_start`, the hook the
smoke test uses) and exits once it is ready. Skipped when no bundle has been built.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bundle_path() -> Path:
    return Path(os.environ.get("INTAKE_DESK_BUNDLE", ROOT / "dist" / "intake-desk"))


def size_on_disk(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def first_frame(command: list[str], home: Path) -> float:
    """Seconds from launch to the first painted frame, for a start with `home` as the home folder."""
    report = home / "report.txt"
    report.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "INTAKE_DESK_"))}
    # Plain on purpose: a first start with a passphrase spends ~0.4 s on its KDF before the window,
    # which this figure (the bundle's start) is not about; `python -m bench encryption` measures that.
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", INTAKE_DESK_SMOKE=str(report),
               INTAKE_DESK_PLAIN="1")
    started = time.time()
    subprocess.run(command, env=env, cwd=home, check=True, capture_output=True, timeout=300)
    lines = dict(line.split(" ", 1) for line in report.read_text(encoding="utf-8").splitlines())
    return float(lines["shown"]) - started


def main(rounds: int = int(os.environ.get("BENCH_ROUNDS", "5"))) -> None:
    bundle = bundle_path()
    program = bundle / ("intake-desk.exe" if sys.platform == "win32" else "intake-desk")
    if not program.exists():
        print(f"skipped: no bundle at {bundle} (run `make package`, or set INTAKE_DESK_BUNDLE)")
        return
    venv = Path(sys.executable).parent / "intake-desk"
    starts = {"venv": [str(venv)], "bundle": [str(program)]}
    times: dict[tuple[str, str], list[float]] = {(w, k): [] for w in starts for k in ("first", "later")}
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(rounds + 1):  # round 0 warms the disk cache and the venv's bytecode
            for which, command in starts.items():
                home = Path(tmp) / f"{which}-{n}"
                home.mkdir()
                first = first_frame(command, home)
                later = first_frame(command, home)
                if n:
                    times[(which, "first")].append(first)
                    times[(which, "later")].append(later)
    for kind, label in (("first", "first start (empty home)"), ("later", "later start")):
        venv_ms = statistics.median(times[("venv", kind)]) * 1000
        bundle_ms = statistics.median(times[("bundle", kind)]) * 1000
        print(f"window shown, {label:25s} venv median {venv_ms:6.0f} ms   bundle median {bundle_ms:6.0f} ms"
              f"   ratio {bundle_ms / venv_ms:4.2f}x")
    size = size_on_disk(bundle)
    print(f"bundle {bundle}: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB) on disk, "
          f"{sum(1 for _ in bundle.rglob('*'))} files")
    debs = sorted((bundle.parent).glob("intake-desk_*.deb"))
    if debs:
        print(f"{debs[-1].name}: {debs[-1].stat().st_size / 2**20:.1f} MiB")
    print("goal (#18): the bundle's first window <= 1.2x the venv's; the Linux bundle < 160 MB")
