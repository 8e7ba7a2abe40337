// Renders every Vega-Lite spec on the page (the only JavaScript Pejling needs besides DKFDS).
document.querySelectorAll("[data-vega-spec]").forEach(function (element) {
  var spec = JSON.parse(document.getElementById(element.dataset.vegaSpec).textContent);
  vegaEmbed(element, spec, { actions: false,
                             renderer: "svg" }).catch(function () { element.hidden = true; });
});
