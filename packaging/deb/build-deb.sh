#!/bin/sh
# Builds OUT_DIR/intake-desk_<version>_<arch>.deb from a PyInstaller bundle with dpkg-deb only:
#   /opt/intake-desk/            the bundle
#   /usr/bin/intake-desk         a symlink to it (the app, and the command line with a subcommand)
#   /usr/share/applications/intake-desk.desktop       the menu entry (English and Dutch)
#   /usr/share/metainfo/nl.intakedesk.IntakeDesk.metainfo.xml   AppStream (software centres)
#   /usr/share/icons/hicolor/<n>x<n>/apps/intake-desk.png + scalable/apps/intake-desk.svg
# Depends is read from the bundle (deb_depends.py: the system libraries it links, the newest glibc it
# asks for). No maintainer scripts: Debian's icon-cache and desktop-database triggers run by themselves.
# Usage: sh packaging/deb/build-deb.sh dist/intake-desk dist
set -eu
bundle=${1:?usage: build-deb.sh BUNDLE_DIR [OUT_DIR]}
out=${2:-dist}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/pyproject.toml" | head -1)
arch=$(dpkg --print-architecture)
name="intake-desk_${version}_${arch}"
stage="$root/build/deb/$name"
icons="$root/build/icons"

[ -x "$bundle/intake-desk" ] || { echo "build-deb: $bundle/intake-desk not found; run make package" >&2; exit 1; }
if [ ! -d "$icons/hicolor" ]; then  # made by the spec; made here when the bundle came from elsewhere
  "$root/build/pkg-venv/bin/python" "$root/packaging/make_icons.py" "$icons" >/dev/null
fi

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/metainfo" "$stage/usr/share/doc/intake-desk" "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$stage/opt/intake-desk"
ln -s /opt/intake-desk/intake-desk "$stage/usr/bin/intake-desk"
install -m 644 "$root/packaging/intake-desk.desktop" "$stage/usr/share/applications/intake-desk.desktop"
install -m 644 "$here/nl.intakedesk.IntakeDesk.metainfo.xml" "$stage/usr/share/metainfo/"
for dir in "$icons"/hicolor/*x*; do
  size=$(basename "$dir")
  install -D -m 644 "$dir/apps/intake-desk.png" "$stage/usr/share/icons/hicolor/$size/apps/intake-desk.png"
done
install -m 644 "$root/resources/icons/intake-desk.svg" "$stage/usr/share/icons/hicolor/scalable/apps/"
install -m 644 "$here/copyright" "$stage/usr/share/doc/intake-desk/copyright"
# The files are owned by root and readable by all, whatever the umask of the build.
chmod -R u+rwX,go+rX,go-w "$stage"

depends=$(python3 "$here/deb_depends.py" "$stage/opt/intake-desk")
size=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: intake-desk
Version: $version
Architecture: $arch
Maintainer: Intake Desk <intake-desk@voorbeeld.nl>
Installed-Size: $size
Depends: $depends
Recommends: libcups2, xdg-desktop-portal
Section: education
Priority: optional
Description: intakes, learning routes and printed plans for mbo intake advisors
 Intake Desk is a desktop application for intake advisors at Dutch mbo schools,
 Leerwerkloketten and Regionale Mobiliteitsteams: record the intake, get
 matched learning routes from the school's catalog and print a personal plan.
 Everything stays on this computer, in one SQLite file in the user's data
 folder (~/.local/share/IntakeDesk); removing the package leaves it there.
 .
 Without libcups2 no printers are listed and plans are saved as PDF.
CONTROL
mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out/$name.deb" >/dev/null
rm -rf "$stage"
echo "$out/$name.deb: $(du -h "$out/$name.deb" | cut -f1), installed $(($size / 1024)) MiB; Depends: $depends"
