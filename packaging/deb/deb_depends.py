"""The Depends line of the .deb, read from the bundle itself: what its ELF files link that it does not
carry, mapped to the Debian packages that provide it on the build machine, and the newest glibc symbol
version anything in it asks for.

    python3 packaging/deb/deb_depends.py BUNDLE_DIR [--report]

--report prints each system library with the files that need it, and the glibc version per file (the
figures in packaging/README.md). Needs objdump (binutils), ldconfig and dpkg.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

# Always wanted although no ELF file names them: fontconfig's configuration (the bundled libfontconfig
# reads /etc/fonts) and the font the interface asks for (ui/theme.py: DejaVu Sans).
EXTRA = ["fontconfig-config", "fonts-dejavu-core"]
# Linked by an optional plugin only and named under Recommends in build-deb.sh instead: the print
# plugin's libcups (bundle_files.LEFT_TO_THE_SYSTEM; without it plans are saved as PDF).
RECOMMENDED = ("libcups.so",)
# Libraries that must never be listed as bundled-but-missing: the dynamic loader itself.
LOADER = re.compile(r"^ld-linux.*\.so|^linux-vdso")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_and_glibc(path: Path) -> tuple[list[str], tuple[int, ...]]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
    needed = re.findall(r"^\s*NEEDED\s+(\S+)", out, flags=re.M)
    versions = [tuple(int(x) for x in v.split(".")) for v in re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", out)]
    return needed, max(versions, default=(0,))


def system_paths() -> dict[str, str]:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    paths: dict[str, str] = {}
    for m in re.finditer(r"^\s*(\S+) \((libc6,(?:x86-64|AArch64)[^)]*)\) => (\S+)", out, flags=re.M):
        paths.setdefault(m.group(1), m.group(3))
    return paths


def package_of(path: str) -> str:
    real = subprocess.run(["readlink", "-f", path], capture_output=True, text=True).stdout.strip()
    for candidate in (path, real):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
        # /lib is a symlink to /usr/lib on merged-/usr systems; dpkg knows one of the two names
        alt = candidate.replace("/usr/lib/", "/lib/", 1) if candidate.startswith("/usr/lib/") \
            else candidate.replace("/lib/", "/usr/lib/", 1)
        done = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    raise SystemExit(f"deb_depends: no Debian package owns {path}")


def analyse(bundle: Path) -> tuple[dict[str, list[str]], tuple[int, ...], dict[str, tuple[int, ...]]]:
    files = elf_files(bundle)
    carried = {p.name for p in bundle.rglob("*")}
    wanted: dict[str, list[str]] = defaultdict(list)
    glibc_by_file: dict[str, tuple[int, ...]] = {}
    for path in files:
        needed, glibc = needed_and_glibc(path)
        glibc_by_file[str(path.relative_to(bundle))] = glibc
        for name in needed:
            if name not in carried and not LOADER.match(name):
                wanted[name].append(str(path.relative_to(bundle)))
    return dict(wanted), max(glibc_by_file.values(), default=(0,)), glibc_by_file


def depends(bundle: Path) -> str:
    wanted, glibc, _ = analyse(bundle)
    paths = system_paths()
    packages = set(EXTRA)
    for name in wanted:
        if name.startswith(RECOMMENDED):
            continue
        if name not in paths:
            raise SystemExit(f"deb_depends: {name} is needed by the bundle but not installed here")
        packages.add(package_of(paths[name]))
    libc = "libc6"
    packages.discard(libc)
    version = ".".join(str(x) for x in glibc)
    return ", ".join([f"{libc} (>= {version})", *sorted(packages)])


def main(argv: list[str]) -> int:
    bundle = Path(argv[0])
    if "--report" in argv:
        wanted, glibc, by_file = analyse(bundle)
        paths = system_paths()
        for name, users in sorted(wanted.items()):
            owner = package_of(paths[name]) if name in paths else "NOT INSTALLED"
            print(f"{name:28s} {owner:24s} needed by {len(users)} file(s), e.g. {users[0]}")
        top = sorted(by_file.items(), key=lambda kv: kv[1], reverse=True)[:5]
        print("glibc: " + ".".join(map(str, glibc)) + "; highest: "
              + ", ".join(f"{f} ({'.'.join(map(str, v))})" for f, v in top))
        return 0
    print(depends(bundle))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
