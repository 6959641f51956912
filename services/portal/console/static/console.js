// BrandSentry console: live queue rows from the portal's alert stream, copy buttons. No other script than htmx.
(function () {
  "use strict";

  function announce(text) {
    var live = document.getElementById("live");
    if (live) live.textContent = text;
  }

  function rowUrl(id) {
    var query = new URLSearchParams(window.location.search);
    query.delete("cursor");
    return "/console/queue/row/" + encodeURIComponent(id) + "?" + query.toString();
  }

  function startLive() {
    var body = document.getElementById("queue-body");
    if (!body || !window.EventSource) return;
    var source = new EventSource("/console/stream");
    source.addEventListener("ready", function () {
      document.body.dataset.live = "on";
      announce("Live: new alerts appear at the top.");
    });
    source.addEventListener("alert", function (event) {
      var alert = JSON.parse(event.data);
      var tbody = document.getElementById("queue-body");
      if (!tbody || tbody.dataset.firstPage !== "yes" || document.getElementById("alert-" + alert.alert_id)) return;
      htmx.ajax("GET", rowUrl(alert.alert_id), {target: "#queue-body", swap: "afterbegin"}).then(function () {
        if (document.getElementById("alert-" + alert.alert_id)) {
          var empty = document.getElementById("queue-empty");
          if (empty) empty.remove();
          announce("New alert: " + alert.match.listing.title);
        }
      });
    });
    source.addEventListener("alert.status_changed", function (event) {
      var alert = JSON.parse(event.data);
      if (document.getElementById("alert-" + alert.alert_id)) {
        htmx.ajax("GET", rowUrl(alert.alert_id), {target: "#alert-" + alert.alert_id, swap: "outerHTML"});
      }
    });
    source.onerror = function () {
      document.body.dataset.live = "off";
      announce("Live updates interrupted; reconnecting…");
      // a stream refused for good (signed out, key revoked): go where the server sends us
      if (source.readyState === EventSource.CLOSED) window.location.reload();
    };
  }

  function copyButtons() {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var text = document.getElementById(button.dataset.copy).textContent;
        var state = document.getElementById("copy-state");
        navigator.clipboard.writeText(text).then(
          function () { if (state) state.textContent = "Copied."; },
          function () { if (state) state.textContent = "Copy refused by the browser: select the text instead."; });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    startLive();
    copyButtons();
  });
})();
