#!/bin/sh
# macOS: pack "dist/Intake Desk.app" (made by `pyinstaller packaging/intake-desk.spec`, which already
# signed every binary: with MACOS_SIGNING_IDENTITY and the hardened runtime when set, else ad hoc) into
# dist/IntakeDesk-<version>-<arch>.dmg, then sign and notarise the .dmg when the secrets are present:
#   MACOS_SIGNING_IDENTITY   e.g. "Developer ID Application: Naam Organisatie (TEAMID1234)"
#   APPLE_ID, APPLE_APP_PASSWORD (an app-specific password), APPLE_TEAM_ID   for notarytool
# Without them the .dmg is neither signed nor notarised, and Gatekeeper asks the user to allow the app
# once (Control-click > Open). NOT TESTED HERE: these machines are Linux; the release workflow runs this
# on GitHub's macOS runners.   Usage: sh packaging/macos/package-app.sh [dist]
set -eu
dist=${1:-dist}
app="$dist/Intake Desk.app"
here=$(cd "$(dirname "$0")" && pwd)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$here/../../pyproject.toml" | head -1)
dmg="$dist/IntakeDesk-$version-$(uname -m).dmg"
[ -d "$app" ] || { echo "package-app: $app not found; build it first" >&2; exit 1; }
codesign --verify --deep --strict --verbose=2 "$app"

# The disk image: the app beside a link to /Applications (drag to install).
stage=$(mktemp -d)
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Intake Desk" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
rm -rf "$stage"

identity=${MACOS_SIGNING_IDENTITY:-}
if [ -n "$identity" ]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
  if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --password "$APPLE_APP_PASSWORD" \
      --team-id "$APPLE_TEAM_ID" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
  else
    echo "package-app: signed but not notarised (APPLE_ID, APPLE_APP_PASSWORD, APPLE_TEAM_ID absent)" >&2
  fi
else
  echo "package-app: no MACOS_SIGNING_IDENTITY; the .dmg is not signed or notarised" >&2
fi
echo "$dmg"
