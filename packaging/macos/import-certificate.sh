#!/bin/sh
# macOS release job, before the build: put the "Developer ID Application" certificate into a temporary
# keychain so PyInstaller can sign every binary with it (intake-desk.spec reads MACOS_SIGNING_IDENTITY).
# Secrets (GitHub repository secrets; none are in the repository):
#   MACOS_CERTIFICATE      base64 of the certificate with its private key (.p12)
#   MACOS_CERTIFICATE_PWD  the .p12's password
# Does nothing when they are absent: the build is then signed ad hoc. NOT TESTED HERE (Linux machines).
set -eu
if [ -z "${MACOS_CERTIFICATE:-}" ] || [ -z "${MACOS_CERTIFICATE_PWD:-}" ]; then
  echo "import-certificate: no MACOS_CERTIFICATE secret; the app will be signed ad hoc" >&2
  exit 0
fi
tmp=${RUNNER_TEMP:-$(mktemp -d)}
keychain="$tmp/intake-desk-signing.keychain-db"
keypass=$(openssl rand -hex 16)
printf '%s' "$MACOS_CERTIFICATE" | base64 --decode > "$tmp/certificate.p12"
security create-keychain -p "$keypass" "$keychain"
security set-keychain-settings -lut 3600 "$keychain"
security unlock-keychain -p "$keypass" "$keychain"
security import "$tmp/certificate.p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PWD" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$keypass" "$keychain" >/dev/null
# keep the login keychain in the search list, ours first
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
rm -f "$tmp/certificate.p12"
echo "import-certificate: certificate in $keychain"
