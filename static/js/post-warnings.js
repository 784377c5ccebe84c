/*
 * The post editor, after a save refused because the body uses a warning the
 * post lacks: each "Add it to the post's warnings" button adds that warning,
 * at the body's intensity, to the post's warnings in the form (through the
 * panel's own "Add a warning"), ready for the editor to save or publish
 * again. The buttons stay hidden without JavaScript, where the message
 * still says what to add.
 */
(function () {
  "use strict";

  function addWarning(button) {
    var total = document.getElementById("id_warnings-TOTAL_FORMS");
    var add = document.getElementById("id_warnings-ADD");
    if (!total || !add) {
      return;
    }
    add.click();
    var index = Number(total.value) - 1;
    var warning = document.getElementById("id_warnings-" + index + "-warning");
    var intensity = document.getElementById("id_warnings-" + index + "-intensity");
    if (!warning || !intensity) {
      return;
    }
    warning.value = button.dataset.addPostWarning;
    intensity.value = button.dataset.intensity;
    [warning, intensity].forEach(function (field) {
      field.dispatchEvent(new Event("change", { bubbles: true }));
    });
    var done = document.createElement("span");
    done.textContent = "Added to the post’s warnings.";
    button.replaceWith(done);
    warning.focus();
  }

  function init() {
    document.querySelectorAll("[data-add-post-warning]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { addWarning(button); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
