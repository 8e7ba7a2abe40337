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
# ALTCHA's widget without bundled workers or inline styles (its "external" build, for a strict CSP), the
# PBKDF2 worker it runs the proof of work in, and its Danish and English texts; all classic scripts.
cp node_modules/altcha/dist/external/altcha.umd.min.cjs "$out/altcha/altcha.js"
cp node_modules/altcha/dist/external/altcha.css node_modules/altcha/dist/workers/pbkdf2.js node_modules/altcha/LICENSE.txt "$out/altcha/"
cp node_modules/altcha/dist/i18n/da.umd.cjs "$out/altcha/da.js"
cp node_modules/altcha/dist/i18n/en.umd.cjs "$out/altcha/en.js"
echo "front end: $(du -sh "$out" | cut -f1) copied to pejling/dashboard/static/vendor"
