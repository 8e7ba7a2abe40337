// Renders every Vega-Lite spec on the page (the only JavaScript Pejling needs besides DKFDS).
// Expressions run in Vega's interpreter (ast: true) and vega-embed adds no <style> element, so the charts
// work under Pejling's Content-Security-Policy (no 'unsafe-eval', no inline styles).
document.querySelectorAll("[data-vega-spec]").forEach(function (element) {
  var spec = JSON.parse(document.getElementById(element.dataset.vegaSpec).textContent);
  vegaEmbed(element, spec, { actions: false,
                             renderer: "svg",
                             ast: true,
                             expr: vega.expressionInterpreter,
                             defaultStyle: false,
                             tooltip: { disableDefaultStyle: true } }).catch(function () { element.hidden = true; });
});
