// My symptom record: keeps self-check results in this browser only (localStorage), as the FHIR
// QuestionnaireResponses the self-check offers as files. Nothing is sent anywhere to keep them.
// To show the record, the kept results are posted to the record page like an upload; the server
// draws the page and keeps nothing. Without this script, the record page takes uploaded files.
(function () {
  "use strict";

  var KEY = "wayfinder.symptom-record.v1";

  function storage() {
    try {
      var probe = KEY + ".probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null; // private mode or storage turned off: the page stays as it is without script
    }
  }

  function load(store) {
    try {
      var list = JSON.parse(store.getItem(KEY) || "[]");
      return Array.isArray(list) ? list.filter(function (r) { return r && typeof r.authored === "string"; }) : [];
    } catch (e) {
      return [];
    }
  }

  var store = storage();
  if (!store) { return; }

  // The self-check result: "Keep this result on this device", off until the person ticks it.
  var source = document.getElementById("self-check-response");
  var keep = document.getElementById("keep-result");
  if (source && keep) {
    var response = JSON.parse(source.textContent);
    var box = document.getElementById("keep-result-box");
    var status = document.getElementById("keep-result-status");
    box.checked = load(store).some(function (r) { return r.authored === response.authored; });
    keep.hidden = false;
    box.addEventListener("change", function () {
      var list = load(store).filter(function (r) { return r.authored !== response.authored; });
      if (box.checked) { list.push(response); }
      try {
        store.setItem(KEY, JSON.stringify(list));
        status.textContent = keep.getAttribute(box.checked ? "data-kept" : "data-not-kept");
      } catch (e) {
        box.checked = false;
        status.textContent = keep.getAttribute("data-not-kept");
      }
    });
  }

  // The record page: show the kept results, drawn by the server from this one request.
  var device = document.getElementById("device-record");
  if (device && window.fetch && window.FormData && window.Blob && window.DOMParser) {
    var message = device.querySelector("[data-message]");
    var kept = load(store);
    device.hidden = false;
    if (kept.length === 0) {
      message.textContent = device.getAttribute("data-none");
    } else {
      message.textContent = device.getAttribute("data-loading");
      var form = new FormData();
      kept.forEach(function (r) {
        var name = "esas-r-" + r.authored.slice(0, 16).replace(/[^0-9T]/g, "-") + ".json";
        form.append("files", new Blob([JSON.stringify(r)], { type: "application/fhir+json" }), name);
      });
      form.append("source", "device");
      fetch(window.location.pathname, { method: "POST", body: form, credentials: "same-origin", cache: "no-store" })
        .then(function (answer) { return answer.text(); })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, "text/html");
          var main = page.getElementById("main");
          if (!main || !page.getElementById("record")) { throw new Error("no record"); }
          document.getElementById("main").innerHTML = main.innerHTML;
          var heading = document.getElementById("record-results");
          if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
        })
        .catch(function () { message.textContent = device.getAttribute("data-failed"); });
    }
  }

  // "Delete my record": everything at once.
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("[data-delete-record]") : null;
    if (!button) { return; }
    store.removeItem(KEY);
    var record = document.getElementById("record");
    if (record) { record.remove(); }
    var done = document.getElementById("record-status");
    if (done) {
      done.textContent = button.getAttribute("data-deleted");
      done.focus();
    }
  });
})();
