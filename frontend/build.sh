#!/usr/bin/env bash
# Install the pinned front-end packages and copy their dist files into Pejling's static files (no CDN).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
out=../pejling/dashboard/static/vendor
rm -rf "$out" && mkdir -p "$out/dkfds" "$out/vega" "$out/axe" "$out/altcha"
cp -r node_modules/dkfds/dist/css node_modules/dkfds/dist/fonts node_modules/dkfds/dist/img node_modules/dkfds/dist/js "$out/dkfds/"
cp node_modules/dkfds/dist/LICENSE.md "$out/dkfds/"
cp node_modules/vega/build/vega.min.js node_modules/vega-lite/build/vega-lite.min.js \
   node_modules/vega-embed/build/vega-embed.min.js "$out/vega/"
# Vega's expression interpreter, so that charts run under a Content-Security-Policy without 'unsafe-eval'.
# It is published only as an ES module importing vega-util; vega.min.js carries vega-util, so the module
# becomes a plain script that takes its three imports from the global `vega` and adds
# `vega.expressionInterpreter` to it.
{
  echo "/* vega-interpreter $(node -p "require('./node_modules/vega-interpreter/package.json').version") (BSD-3-Clause), as a plain script */"
  echo "(function (vega) {"
  sed -e "s/^import { ascending, isString, DisallowedObjectProperties } from 'vega-util';$/const { ascending, isString, DisallowedObjectProperties } = vega;/" \
      -e "s/^export { expression as expressionInterpreter };$/vega.expressionInterpreter = expression;/" -e "/sourceMappingURL/d" \
      node_modules/vega-interpreter/build/vega-interpreter.js
  echo "})(window.vega);"
} > "$out/vega/vega-interpreter.js"
grep -q "^import\|^export" "$out/vega/vega-interpreter.js" && { echo "vega-interpreter: unexpected imports" >&2; exit 1; }
cp node_modules/vega/LICENSE "$out/vega/LICENSE-vega" 2>/dev/null || true
cp node_modules/axe-core/axe.min.js node_modules/axe-core/LICENSE "$out/axe/"
# ALTCHA's widget as an ES module without bundled workers or injected styles (its "external" build, for a strict
# CSP: its styles come from altcha.css), the PBKDF2 worker it runs the proof of work in, and its Danish and
# English texts. None imports anything; the page loads them as modules, in order.
cp node_modules/altcha/dist/external/altcha.min.js "$out/altcha/altcha.js"
cp node_modules/altcha/dist/external/altcha.css node_modules/altcha/dist/workers/pbkdf2.js node_modules/altcha/LICENSE.txt "$out/altcha/"
cp node_modules/altcha/dist/i18n/da.js node_modules/altcha/dist/i18n/en.js "$out/altcha/"
grep -q "^import\|^export\|createElement(\"style\")" "$out"/altcha/*.js && { echo "altcha: unexpected imports or injected styles" >&2; exit 1; }
echo "front end: $(du -sh "$out" | cut -f1) copied to pejling/dashboard/static/vendor"
