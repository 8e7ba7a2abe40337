#!/usr/bin/env bash
# Debian packages the tests use: chromium for the browser tests (Playwright's own browser download does
# not work here) and nginx for the production-front tests. Installed when missing and we may (root with
# apt-get); otherwise those tests skip with a reason.
set -u
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }
missing=()
have chromium || missing+=(chromium)
have nginx || missing+=(nginx-light)
have pg_dump || missing+=(postgresql-client)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installerer / installing Debian packages for the tests: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q "${missing[@]}" >/dev/null 2>&1; }
fi
have chromium || echo "chromium mangler / is missing: the browser tests will be skipped"
have nginx || echo "nginx mangler / is missing: the nginx front tests will be skipped"
have pg_dump || echo "pg_dump mangler / is missing: the PostgreSQL backup drill will fail"
exit 0
