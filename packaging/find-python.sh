#!/bin/sh
# Prints the Python to bundle: the newest of 3.13 and 3.12 that runs here (on PATH, or under pyenv even
# when pyenv has not activated it), else python3 with a warning on stderr. On 3.12+ None, True and False
# are immortal (PEP 683), so PySide6 6.12.0's lost references cannot abort the bundled app.
for v in 3.13 3.12; do
  candidates="python$v"
  if command -v pyenv >/dev/null 2>&1; then
    candidates="$candidates $(ls -d "$(pyenv root)"/versions/"$v"*/bin/python"$v" 2>/dev/null | sort -V | tail -1)"
  fi
  for cand in $candidates; do
    if "$cand" -c 'import sys' >/dev/null 2>&1; then
      case "$cand" in */*) echo "$cand" ;; *) command -v "$cand" ;; esac
      exit 0
    fi
  done
done
echo "find-python: WARNING: no working python3.13 or python3.12; bundling $(python3 --version 2>&1)," \
     "where PySide6 6.12.0 can abort the app (STACK-NOTES.md)" >&2
echo python3
