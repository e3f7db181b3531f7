"""Does the app we built start? `make package` and every release job run this on what they built.

    python packaging/smoke_test.py dist/intake-desk           # a PyInstaller onedir folder
    python packaging/smoke_test.py "dist/Intake Desk.app"     # macOS
    python packaging/smoke_test.py /usr/bin/intake-desk       # an installed app (the .deb)
    options: --xvfb auto|yes|no (Linux: also start on a virtual X display; auto = when xvfb-run exists)
             --gui-only / --cli-only

First (Linux, a bundle folder): every library a bundled file links is bundled or installed. Then each
check starts the app the way an advisor's computer would, with an empty home folder:
1. the window: the app is started without arguments, offscreen, with INTAKE_DESK_SMOKE=FILE; it writes
   to FILE when its first frame was painted, when it was ready and which database it used, then exits
   (ui/app.py `report_start`). The database must have been created in the empty home, with the sample
   catalog (`catalog stats` through the bundled command line) and pass `check`;
2. the same on a virtual X display (xvfb-run), which needs the xcb libraries a desktop has;
3. the command line: the README's worked example (demo database, a plan saved, the advisor set, the plan
   printed as PDF), then the day batch on four plans, which starts worker processes from the frozen
   executable (multiprocessing.freeze_support in packaging/launcher.py; a spawn pool on Windows).
Standard library only: it runs with any Python 3.9+ on the build machines. Exit code 0 when all passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OPTIONAL_SYSTEM_LIBS = ("libwayland-", "libcups.so")
SMOKE_PASSPHRASE = "rookproef met een lange zin"
TIMEOUT = 180  # seconds per start; a first start on a slow CI machine builds the theme and the database


class Failed(Exception):
    pass


def executables(target: Path) -> tuple[list[str], list[str]]:
    """(GUI command, CLI command) for a bundle folder, a macOS .app or an installed executable."""
    if target.is_file():
        return [str(target)], [str(target)]
    if target.suffix == ".app":
        exe = target / "Contents" / "MacOS" / "intake-desk"
        return [str(exe)], [str(exe)]
    if sys.platform == "win32":
        # A windowed .exe has no stdout; the command line has its own console twin (intake-desk.spec).
        return [str(target / "intake-desk.exe")], [str(target / "intake-desk-cli.exe")]
    return [str(target / "intake-desk")], [str(target / "intake-desk")]


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a user who never started the app: an empty home, nothing of ours set."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "INTAKE_DESK_", "QT_", "PYTHON")) and k != "DISPLAY"}
    roaming, local = str(home / "AppData" / "Roaming"), str(home / "AppData" / "Local")
    # Windows: platformdirs asks the shell for known folders; its WIN_PD_OVERRIDE_* variables win.
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=roaming, LOCALAPPDATA=local,
               WIN_PD_OVERRIDE_APPDATA=roaming, WIN_PD_OVERRIDE_LOCAL_APPDATA=local, TMPDIR=str(home / "tmp"))
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    # A new database is encrypted by default; the first start would ask the passphrase in a dialog.
    # The variable answers it (and unlocks every later command), so nothing waits for a person, and
    # the bundle proves it carries SQLCipher (issue 15).
    env["INTAKE_DESK_PASSPHRASE"] = SMOKE_PASSPHRASE
    return env


def run(cmd: list[str], env: dict[str, str], cwd: Path, what: str) -> str:
    try:
        done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT,
                              encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired as exc:  # its output stays bytes even with text=True
        err = exc.stderr.decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else exc.stderr or ""
        raise Failed(f"{what}: no answer after {TIMEOUT} s\n{err}") from None
    if done.returncode != 0:
        raise Failed(f"{what}: exit code {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def check_links(bundle: Path) -> None:
    """Linux: every library a bundled file links is in the bundle or on this machine (`ldconfig -p`).

    A library left out by the spec that a kept module still links (QtUiTools -> QtOpenGL) would only
    show when that module is imported; this names it before anything starts. Needs objdump."""
    if not sys.platform.startswith("linux") or not bundle.is_dir() or not shutil.which("objdump"):
        return
    carried = {p.name for p in bundle.rglob("*")}
    system = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    known = {line.split(" (", 1)[0].strip() for line in system.splitlines()[1:]}
    missing: dict[str, str] = {}
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0] == "NEEDED" and parts[1] not in carried | known:
                missing.setdefault(parts[1], str(path.relative_to(bundle)))
    # A Wayland session brings its own client libraries, without one Qt never loads these plugins; the
    # print plugin uses the system's CUPS (recommended, not required: without it plans are saved as PDF).
    optional = {name: user for name, user in missing.items() if name.startswith(OPTIONAL_SYSTEM_LIBS)}
    missing = {name: user for name, user in missing.items() if name not in optional}
    if missing:
        raise Failed("libraries linked but neither bundled nor installed: " + ", ".join(
            f"{name} (by {user})" for name, user in sorted(missing.items())))
    print("  every bundled library finds the libraries it links"
          + (f" (not installed here, optional: {', '.join(sorted(optional))})" if optional else ""))


def start_window(gui: list[str], home: Path, *, xvfb: bool) -> float:
    """Start the app with an empty home; returns seconds from launch to the first frame."""
    env = clean_env(home)
    report = home / "smoke-report.txt"
    env["INTAKE_DESK_SMOKE"] = str(report)
    if xvfb:
        cmd = ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1366x768x24", *gui]
        where = "virtual X display"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
        cmd, where = gui, "offscreen"
    started = time.time()
    run(cmd, env, home, f"the app ({where})")
    lines = dict(line.split(" ", 1) for line in report.read_text(encoding="utf-8").splitlines()
                 if " " in line) if report.exists() else {}
    for key in ("shown", "ready", "database"):
        if key not in lines:
            raise Failed(f"the app ({where}) exited without reporting '{key}' (report: {lines})")
    database = Path(lines["database"])
    if not database.is_file():
        raise Failed(f"the app ({where}) did not create its database {database}")
    if not Path(f"{database}.keys").is_file() or database.read_bytes()[:16] == b"SQLite format 3\x00":
        raise Failed(f"the app ({where}) made a plain database; a new one must be encrypted")
    if home.resolve() not in database.resolve().parents:
        message = f"the database {database} is not in the empty home {home}"
        if sys.platform != "win32":  # an older platformdirs on Windows may ignore WIN_PD_OVERRIDE_*
            raise Failed(message)
        print(f"  note: {message} (Windows known folder)")
    shown = float(lines["shown"]) - started
    print(f"  window shown ({where}) after {shown:.2f} s, ready after "
          f"{float(lines['ready']) - started:.2f} s; database {database}")
    return shown


def check_database(cli: list[str], home: Path, database: Path) -> None:
    env = clean_env(home)
    stats = run([*cli, "--db", str(database), "catalog", "stats"], env, home, "catalog stats")
    counts = [int(word) for line in stats.splitlines()[:2] for word in line.replace(":", " ").split()
              if word.isdigit()]
    if not counts or counts[0] == 0:
        raise Failed(f"the new database has no sample catalog:\n{stats}")
    run([*cli, "--db", str(database), "check"], env, home, "check")
    print(f"  database has the sample catalog ({stats.splitlines()[0].strip()}) and passes check")


def print_plans(cli: list[str], home: Path) -> None:
    """The README's worked example, then four plans of one intake day through the worker pool."""
    env = clean_env(home)
    db = ["--db", str(home / "demo.db")]

    def cli_run(*args: str, stdin: str | None = None) -> str:
        if stdin is None:
            return run([*cli, *db, *args], env, home, " ".join(args[:2]))
        done = subprocess.run([*cli, *db, *args], env=env, cwd=home, input=stdin, capture_output=True,
                              text=True, timeout=TIMEOUT, encoding="utf-8")
        if done.returncode != 0:
            raise Failed(f"{' '.join(args[:2])}: exit code {done.returncode}\n{done.stderr}")
        return done.stdout

    cli_run("init", "--demo", "20")
    found = cli_run("candidate", "search", "verzorgende").split()
    if not found:
        raise Failed("candidate search found no demo candidate")
    cid = found[0]
    cli_run("plan-save", cid, "--route", "1")
    cli_run("settings", "advisor_name=Smoke Test", "advisor_email=smoke@voorbeeld.nl")
    out = home / "plan.pdf"
    cli_run("plan", cid, "--out", str(out))
    data = out.read_bytes() if out.exists() else b""
    if not data.startswith(b"%PDF") or len(data) < 2000:
        raise Failed(f"plan.pdf is not a PDF ({len(data)} bytes)")
    print(f"  the command line printed a plan: {out.name}, {len(data):,} bytes")

    # Four candidates with an intake on one day: `plans` renders them on two worker processes.
    record = json.loads(cli_run("candidate", "show", cid, "--json"))
    day = record["intake"]["date"]
    ids = [cid]
    for first in ("Anouk", "Bram", "Chaima"):
        copy = {k: v for k, v in record.items() if k in ("format", "candidate", "intake")}
        copy["candidate"] = dict(copy["candidate"], name=dict(copy["candidate"]["name"], first_name=first))
        copy["candidate"]["contact"] = dict(copy["candidate"]["contact"],
                                            email=f"{first.lower()}@voorbeeld.nl")
        new = cli_run("candidate", "add", "--json", "-", stdin=json.dumps(copy)).split()
        if not new:
            raise Failed("candidate add printed no id")
        ids.append(new[-1])
        cli_run("plan-save", new[-1], "--route", "1")
    folder = home / "day"
    cli_run("plans", "--date", day, "--out", str(folder))
    pdfs = sorted(folder.glob("*.pdf"))
    if len(pdfs) < len(ids) or not all(p.read_bytes().startswith(b"%PDF") for p in pdfs):
        raise Failed(f"plans --date {day}: {len(pdfs)} PDFs for {len(ids)} candidates")
    print(f"  the day batch printed {len(pdfs)} plans on worker processes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("target", type=Path, help="bundle folder, .app or installed executable")
    parser.add_argument("--xvfb", choices=("auto", "yes", "no"), default="auto")
    parser.add_argument("--gui-only", action="store_true")
    parser.add_argument("--cli-only", action="store_true")
    args = parser.parse_args(argv)
    gui, cli = executables(args.target.absolute())
    if not Path(gui[0]).exists():
        print(f"smoke test: {gui[0]} not found", file=sys.stderr)
        return 1
    use_xvfb = sys.platform.startswith("linux") and args.xvfb != "no" and (
        args.xvfb == "yes" or shutil.which("xvfb-run") is not None)
    if args.xvfb == "yes" and not shutil.which("xvfb-run"):
        print("smoke test: --xvfb yes, but xvfb-run is not installed", file=sys.stderr)
        return 1
    print(f"smoke test of {args.target}")
    try:
        check_links(args.target.absolute())
        with tempfile.TemporaryDirectory(prefix="intake-desk-smoke-") as tmp:
            if not args.cli_only:
                home = Path(tmp) / "home-offscreen"
                home.mkdir()
                start_window(gui, home, xvfb=False)
                report = (home / "smoke-report.txt").read_text(encoding="utf-8")
                database = Path(next(line.split(" ", 1)[1] for line in report.splitlines()
                                     if line.startswith("database ")))
                check_database(cli, home, database)
                if use_xvfb:
                    home = Path(tmp) / "home-xvfb"
                    home.mkdir()
                    start_window(gui, home, xvfb=True)
                elif sys.platform.startswith("linux"):
                    print("  skipped: the start on a virtual X display (no xvfb-run)")
            if not args.gui_only:
                home = Path(tmp) / "home-cli"
                home.mkdir()
                print_plans(cli, home)
    except Failed as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
