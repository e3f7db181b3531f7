#!/usr/bin/env bash
# Installs (as root) or names (otherwise) the Debian/Ubuntu packages Intake Desk needs outside Python.
#   system-deps.sh venv         python3-venv, when `python3 -m venv` cannot work
#   system-deps.sh test         what Qt needs offscreen, plus poppler-utils for the PDF tests; as root also
#                               the virtual X server (xvfb, xauth, xdotool, the xcb libraries) for the
#                               acceptance test on a real X display, which is skipped without them,
#                               and Debian's postgresql (server + unaccent) for tests/postgres (issue #19),
#                               skipped without it (the tests start a throw-away server of their own,
#                               on a socket in a temporary folder; Debian's "main" cluster is not used)
#   system-deps.sh run          the offscreen set plus the xcb libraries for a real X display
#   system-deps.sh screenshots  the same plus xvfb and xauth
#   system-deps.sh xvfb         the xcb libraries, xvfb, xauth and xdotool (`xvfb-run make run`, key events)
# A package is "missing" when dpkg does not list it as installed; on a machine without dpkg we only warn.
set -eu
mode=${1:-test}
offscreen="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core poppler-utils"
display="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
xserver="$display xvfb xauth xdotool"
optional=""  # installed when we can; without them only the tests that need them are skipped
case "$mode" in
  venv) wanted="python3-venv" ;;
  test) wanted="$offscreen"; optional="$xserver postgresql" ;;
  run) wanted="$offscreen $display" ;;
  screenshots) wanted="$offscreen $display xvfb xauth" ;;
  xvfb) wanted="$offscreen $xserver" ;;
  *) echo "usage: $0 venv|test|run|screenshots|xvfb" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: no dpkg here; install the equivalents of: $wanted" >&2; exit 0; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
missing=""
for pkg in $wanted; do
  if [ "$pkg" = python3-venv ]; then
    python3 -c 'import ensurepip' 2>/dev/null && continue
    pkg="python3-venv"; ver=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    installed "python${ver}-venv" || missing="$missing python${ver}-venv"
    continue
  fi
  installed "$pkg" || missing="$missing $pkg"
done
extra=""
for pkg in $optional; do
  installed "$pkg" || extra="$extra $pkg"
done
[ -z "$missing$extra" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing$missing$extra"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends $missing $extra >/dev/null 2>&1 || {
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing $extra
  } || [ -z "$missing" ]  # an optional package that will not install only skips its tests
elif [ -n "$missing" ]; then
  echo "system-deps: missing system packages. Run once:" >&2
  echo "  sudo apt-get install -y$missing" >&2
  exit 1
else
  echo "system-deps: optional (tests on a virtual X display or PostgreSQL are skipped without them):" >&2
  echo "  sudo apt-get install -y$extra" >&2
fi
