// Enhancements only: every page works without this file.
(function () {
  "use strict";

  // Close banners in place instead of reloading the page, then put focus somewhere sensible.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains("wf-dismiss") || !window.fetch) {
      return;
    }
    event.preventDefault();
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", redirect: "manual" })
      .then(function () {
        var banner = form.closest("[data-dismissible]");
        if (banner) { banner.remove(); }
        var main = document.getElementById("main");
        if (main) { main.focus(); }
      })
      .catch(function () { form.submit(); });
  });

  // An error summary takes focus when the page loads, so screen-reader users hear it first.
  var summary = document.querySelector(".wf-error-summary");
  if (summary) { summary.focus(); }

  // A self-check result's advice takes focus, so it is the first thing read after submitting.
  var result = document.getElementById("result-title");
  if (result && !summary) { result.focus(); }

  // Trial finder: offer "use my location" where the browser can give it; the typed field stays the way in.
  var near = document.getElementById("trial-near");
  if (near && navigator.geolocation) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "wf-button wf-button--secondary";
    button.textContent = near.getAttribute("data-locate") || "Use my location";
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        // Rounded to about 10 km, the size of a postal area: the search goes in the address bar
        // and in history, and a trial site's distance does not need a home's position.
        near.value = position.coords.latitude.toFixed(1) + "," + position.coords.longitude.toFixed(1);
        near.focus();
      });
    });
    near.insertAdjacentElement("afterend", button);
  }

  // Search boxes: suggest page titles and drug names as the person types, through the
  // browser's own accessible list (a datalist). Without this script the box works the same.
  Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), function (input, index) {
    if (!window.fetch) { return; }
    var list = document.createElement("datalist");
    list.id = "wf-suggestions-" + index;
    input.setAttribute("list", list.id);
    input.insertAdjacentElement("afterend", list);
    var timer = 0;
    var last = "";
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2 || text === last) { return; }
      timer = window.setTimeout(function () {
        last = text;
        fetch("/api/suggest?lang=" + encodeURIComponent(input.getAttribute("data-suggest")) + "&q=" + encodeURIComponent(text))
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (suggestions) {
            list.textContent = "";
            suggestions.forEach(function (suggestion) {
              var option = document.createElement("option");
              option.value = suggestion.text;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 150);
    });
  });

  // Some browsers scroll to a skip-link target without moving keyboard focus to it.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.wf-skip-link") : null;
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView();
    }
  });
})();
