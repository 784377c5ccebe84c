// Keeps the import page's progress bar current while an import runs, and
// reloads the page when the run moves on (to show its report).
(function () {
  "use strict";
  var box = document.querySelector("[data-import-progress]");
  if (!box || !window.fetch) return;
  var working = ["checking", "queued", "running"];
  var status = box.getAttribute("data-status");
  if (working.indexOf(status) === -1) return;
  var bar = box.querySelector("progress");
  var count = box.querySelector("[data-import-count]");
  var label = box.querySelector("[data-import-label]");
  function poll() {
    fetch(box.getAttribute("data-import-progress"), { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (data.status !== status) { window.location.reload(); return; }
        bar.max = data.total || 1;
        bar.value = data.done;
        bar.textContent = data.done + " of " + data.total;
        count.textContent = data.done + " of " + data.total;
        label.textContent = data.label;
        window.setTimeout(poll, 1500);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
