/* The ALTCHA widget's proof of work runs in our own PBKDF2 worker (the widget's "external" build bundles none).
   Loaded as a module after the widget's, so $altcha exists; the worker sits beside the widget in static/vendor. */
const worker = new URL("../vendor/altcha/pbkdf2.js", import.meta.url).href;
for (const name of ["PBKDF2/SHA-256", "PBKDF2/SHA-384", "PBKDF2/SHA-512"]) {
  globalThis.$altcha.algorithms.set(name, () => new Worker(worker));
}
