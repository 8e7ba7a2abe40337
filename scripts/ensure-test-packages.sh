#!/usr/bin/env bash
# Debian packages the tests use: chromium for the browser tests (Playwright's own browser download does
# not work here), nginx for the production-front tests, and Pango, HarfBuzz' subsetter and the DejaVu fonts
# that WeasyPrint draws the byrådsrapport's PDF with. Installed when missing and we may (root with apt-get);
# otherwise the browser and nginx tests skip with a reason.
set -u
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }
missing=()
have chromium || missing+=(chromium)
have nginx || missing+=(nginx-light)
have pg_dump || missing+=(postgresql-client)
lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
lib libpango-1.0.so.0 || missing+=(libpango-1.0-0)
lib libpangoft2-1.0.so.0 || missing+=(libpangoft2-1.0-0)
lib libharfbuzz-subset.so.0 || missing+=(libharfbuzz-subset0)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installerer / installing Debian packages for the tests: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q "${missing[@]}" >/dev/null 2>&1; }
fi
have chromium || echo "chromium mangler / is missing: the browser tests will be skipped"
have nginx || echo "nginx mangler / is missing: the nginx front tests will be skipped"
have pg_dump || echo "pg_dump mangler / is missing: the PostgreSQL backup drill will fail"
lib libpango-1.0.so.0 || echo "Pango mangler / is missing: the report tests will fail (WeasyPrint needs it)"
exit 0
