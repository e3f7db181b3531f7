#!/bin/sh
# Root only: the .deb on a FRESH Debian 12, not on this build machine (whose extra libraries could hide a
# missing Depends). debootstrap makes a minimal bookworm in a temporary folder; in it, apt installs the
# newest OUT_DIR/intake-desk_*.deb with its Depends only (no Recommends), plus python3 and binutils for
# the smoke test; the smoke test then runs offscreen on /opt/intake-desk (library links, window,
# database, plans), then, after xvfb and xauth, starts the menu entry's Exec on a virtual X display;
# finally apt removes the package and a database made before must still be there.
# Needs network access to deb.debian.org (or MIRROR=...); ~2-3 minutes and ~700 MB of temporary disk.
# Usage: sh packaging/deb/check-fresh-debian.sh dist
set -eu
out=${1:-dist}
mirror=${MIRROR:-http://deb.debian.org/debian}
here=$(cd "$(dirname "$0")" && pwd)
[ "$(id -u)" = 0 ] || { echo "check-fresh-debian: run as root" >&2; exit 1; }
deb=$(ls -t "$out"/intake-desk_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "check-fresh-debian: no $out/intake-desk_*.deb; run make deb" >&2; exit 1; }
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
root=$(mktemp -d /tmp/intake-desk-fresh-XXXXXX)
cleanup() {
  umount -R "$root/dev" 2>/dev/null || true
  umount "$root/proc" 2>/dev/null || true
  if mount | grep -q "$root"; then echo "check-fresh-debian: $root still mounted; not removed" >&2
  else rm -rf "$root"; fi
}
trap cleanup EXIT INT TERM
echo "check-fresh-debian: debootstrap bookworm into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/root/check"
cp "$deb" "$here/../smoke_test.py" "$root/root/check/"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
chroot "$root" sh -eu -c '
  export DEBIAN_FRONTEND=noninteractive
  cd /root/check
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3 binutils >/dev/null
  apt-get install -y -qq --no-install-recommends ./intake-desk_*.deb >/dev/null
  python3 smoke_test.py --xvfb no /opt/intake-desk
  apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
  exec_cmd=$(sed -n "s/^Exec=//p" /usr/share/applications/intake-desk.desktop | cut -d" " -f1)
  echo "the menu entry runs $exec_cmd = $(command -v "$exec_cmd")"
  python3 smoke_test.py --xvfb yes --gui-only "$(command -v "$exec_cmd")"
  mkdir -p /home/adviseur
  HOME=/home/adviseur intake-desk init >/dev/null
  apt-get remove -y -qq intake-desk >/dev/null
  test ! -e /usr/bin/intake-desk && test ! -e /opt/intake-desk
  test -s /home/adviseur/.local/share/IntakeDesk/intake-desk.sqlite
  echo "removed with apt; the advisor database is still there"
'
echo "check-fresh-debian: passed"
