#!/bin/sh
# Root only, on a Debian/Ubuntu machine: installs the newest OUT_DIR/intake-desk_*.deb with apt, checks
# what it put where, starts the installed app the way the applications menu does (the desktop entry's
# Exec, found on PATH) with an empty home, offscreen and on a virtual X display (xvfb-run), prints a plan
# with its command line (packaging/smoke_test.py), then removes the package again and checks that
# nothing of it is left (user data in home folders is never touched by apt).
# Usage: sh packaging/deb/check-deb.sh dist
set -eu
out=${1:-dist}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ "$(id -u)" = 0 ] || { echo "check-deb: run as root (apt install/remove)" >&2; exit 1; }
deb=$(ls -t "$out"/intake-desk_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "check-deb: no $out/intake-desk_*.deb; run make deb" >&2; exit 1; }
case "$deb" in /*) ;; *) deb="$PWD/$deb" ;; esac
sh "$root/packaging/system-deps.sh" xvfb

echo "check-deb: apt install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
status=0
for f in /usr/bin/intake-desk /opt/intake-desk/intake-desk /usr/share/applications/intake-desk.desktop \
         /usr/share/metainfo/nl.intakedesk.IntakeDesk.metainfo.xml \
         /usr/share/icons/hicolor/48x48/apps/intake-desk.png /usr/share/icons/hicolor/scalable/apps/intake-desk.svg; do
  [ -e "$f" ] || { echo "check-deb: $f missing" >&2; status=1; }
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/intake-desk.desktop | grep -v "more than one main category" || true
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net /usr/share/metainfo/nl.intakedesk.IntakeDesk.metainfo.xml >/dev/null \
    || { echo "check-deb: AppStream metadata does not validate" >&2; status=1; }
fi
exec_cmd=$(sed -n 's/^Exec=//p' /usr/share/applications/intake-desk.desktop | head -1 | cut -d' ' -f1)
exec_path=$(command -v "$exec_cmd" || true)
echo "check-deb: the menu entry runs '$exec_cmd' = $exec_path"
if [ -z "$exec_path" ]; then
  echo "check-deb: '$exec_cmd' is not on PATH" >&2; status=1
else
  python3 "$root/packaging/smoke_test.py" --xvfb yes "$exec_path" || status=1
fi

echo "check-deb: apt remove intake-desk"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq intake-desk >/dev/null
for f in /usr/bin/intake-desk /opt/intake-desk /usr/share/applications/intake-desk.desktop; do
  [ ! -e "$f" ] || { echo "check-deb: $f left after apt remove" >&2; status=1; }
done
[ "$status" = 0 ] && echo "check-deb: passed" || echo "check-deb: FAILED" >&2
exit "$status"
