/*
 * The series editor's parts: once a part has a post, its announcement
 * (title, planned date, summary, warnings) is hidden, since readers see the
 * post's own once it is published. A part showing an error keeps its
 * announcement in view, so the editor can act on what the error names.
 * Without JavaScript every field stays visible and the form works the same.
 */
(function () {
  "use strict";

  function update(select) {
    var part = select.closest("[data-inline-panel-child]");
    var announcement = part && part.querySelector(".part-announcement");
    if (!announcement) {
      return;
    }
    var hasErrors = part.querySelector(".error-message") !== null;
    announcement.hidden = select.value !== "" && !hasErrors;
  }

  function updateAll() {
    document.querySelectorAll("select[data-part-post]").forEach(update);
  }

  document.addEventListener("change", function (event) {
    if (event.target.matches("select[data-part-post]")) {
      update(event.target);
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", updateAll);
  } else {
    updateAll();
  }
})();
