#!/usr/bin/env bash
# The browser tests use Debian's chromium (Playwright's own browser download does not work here).
# Install it when missing and we may (root with apt-get); otherwise the browser tests skip with a reason.
set -u
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installerer / installing Debian's chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }
fi
command -v chromium >/dev/null 2>&1 || echo "chromium mangler / is missing: the browser tests will be skipped"
exit 0
