/* The ALTCHA widget's proof of work runs in our own PBKDF2 worker (the widget's "external" build bundles none). */
(function () {
  var script = document.currentScript;
  var worker = script && script.getAttribute("data-worker");
  if (!worker || !window.$altcha) { return; }
  ["PBKDF2/SHA-256", "PBKDF2/SHA-384", "PBKDF2/SHA-512"].forEach(function (name) {
    window.$altcha.algorithms.set(name, function () { return new Worker(worker); });
  });
})();
