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

  // Trial finder: offer "use my location" where the browser can give it; the typed field stays the way in.
  var near = document.getElementById("trial-near");
  if (near && navigator.geolocation) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "wf-button wf-button--secondary";
    button.textContent = near.getAttribute("data-locate") || "Use my location";
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        near.value = position.coords.latitude.toFixed(3) + "," + position.coords.longitude.toFixed(3);
        near.focus();
      });
    });
    near.insertAdjacentElement("afterend", button);
  }

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
