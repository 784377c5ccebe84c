/*
 * Reading preferences: how each reader wants to be warned, kept in this
 * browser's local storage and applied here, so every reader gets the same
 * cached HTML. Without this script every warning gate stays closed.
 *
 * Stored value (anything else is ignored and the defaults apply):
 *   {"v": 1, "warnings": {"<slug>": "warn" | "hide" | "show"},
 *    "imagesOnRequest": true | false, "saved": [{"url": "/…/", "title": "…"}]}
 */
(function () {
  "use strict";

  var KEY = "commonroom.readingPreferences";
  var MODES = ["warn", "hide", "show"];
  var SLUG = /^[a-z0-9-]{1,80}$/;
  var MAX_SAVED = 50;
  var LANDING_MARGIN = 16;

  function defaults() {
    return { v: 1, warnings: {}, imagesOnRequest: true, saved: [] };
  }

  function isLocalPath(url) {
    return typeof url === "string" && url.length < 500 && /^\/(?!\/)[^\s\\]*$/.test(url);
  }

  // Keeps only well-formed entries, so a corrupted or hostile stored value
  // can change nothing but the reader's own choices.
  function clean(raw) {
    var prefs = defaults();
    if (!raw || typeof raw !== "object") return prefs;
    if (raw.warnings && typeof raw.warnings === "object") {
      Object.keys(raw.warnings).forEach(function (slug) {
        var mode = raw.warnings[slug];
        if (SLUG.test(slug) && MODES.indexOf(mode) !== -1) prefs.warnings[slug] = mode;
      });
    }
    if (raw.imagesOnRequest === false) prefs.imagesOnRequest = false;
    if (Array.isArray(raw.saved)) {
      raw.saved.slice(0, MAX_SAVED).forEach(function (item) {
        if (item && isLocalPath(item.url) && typeof item.title === "string") {
          prefs.saved.push({ url: item.url, title: item.title.slice(0, 300) });
        }
      });
    }
    return prefs;
  }

  function load() {
    try {
      return clean(JSON.parse(window.localStorage.getItem(KEY)));
    } catch (error) {
      return defaults();
    }
  }

  function store(prefs) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(prefs));
      return true;
    } catch (error) {
      return false;
    }
  }

  function slugsOf(element) {
    return (element.getAttribute("data-warnings") || "").split(" ").filter(Boolean);
  }

  function modeFor(prefs, slug) {
    return Object.prototype.hasOwnProperty.call(prefs.warnings, slug) ? prefs.warnings[slug] : "warn";
  }

  function allShown(prefs, slugs) {
    return slugs.length > 0 && slugs.every(function (slug) { return modeFor(prefs, slug) === "show"; });
  }

  function anyHidden(prefs, slugs) {
    return slugs.some(function (slug) { return modeFor(prefs, slug) === "hide"; });
  }

  // Gates open by themselves only for topics the reader asked not to be
  // warned about; images also wait when the reader wants them on request.
  function applyGates(prefs) {
    document.querySelectorAll("details.warning-gate").forEach(function (gate) {
      var isImage = gate.getAttribute("data-gate") === "image";
      if (allShown(prefs, slugsOf(gate)) && !(isImage && prefs.imagesOnRequest)) {
        gate.open = true;
      }
    });
  }

  // Opening the post lands the reader at its start (the title, with the
  // content just below), not wherever the browser would scroll a focused
  // container to. Section and image gates need nothing: their content
  // follows the control the reader just used.
  function landAtStart() {
    var title = document.getElementById("post-title");
    if (!title) return;
    title.setAttribute("tabindex", "-1");
    title.focus({ preventScroll: true });
    var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var top = title.getBoundingClientRect().top + window.scrollY - LANDING_MARGIN;
    window.scrollTo({ top: Math.max(0, top), behavior: still ? "auto" : "smooth" });
  }

  function revealHeroes(prefs) {
    document.querySelectorAll("[data-warnings] template[data-hero]").forEach(function (template) {
      var card = template.closest("[data-warnings]");
      if (allShown(prefs, slugsOf(card)) && !prefs.imagesOnRequest) {
        var placeholder = card.querySelector("[data-hero-placeholder]");
        if (placeholder) placeholder.replaceWith(template.content.cloneNode(true));
      }
    });
  }

  function hideCards(prefs) {
    document.querySelectorAll("[data-filterable]").forEach(function (list) {
      var hidden = Array.prototype.filter.call(list.children, function (item) {
        return item.hasAttribute("data-warnings") && anyHidden(prefs, slugsOf(item));
      });
      if (!hidden.length) return;
      hidden.forEach(function (item) { item.hidden = true; });
      var line = document.createElement("p");
      line.className = "hidden-by-preferences";
      var text = document.createElement("span");
      text.textContent = hidden.length + (hidden.length === 1 ? " post" : " posts") +
        " hidden by your reading preferences";
      var show = document.createElement("button");
      show.type = "button";
      show.textContent = "Show " + (hidden.length === 1 ? "it" : "them");
      show.addEventListener("click", function () {
        hidden.forEach(function (item) { item.hidden = false; });
        line.remove();
        var first = hidden[0].querySelector("a");
        if (first) first.focus();
      });
      line.append(text, " — ", show);
      list.parentNode.insertBefore(line, list);
    });
  }

  function setUpNotice(prefs) {
    var notice = document.querySelector("[data-warning-notice]");
    if (!notice) return;
    var gate = document.getElementById("post-gate");
    var readOn = gate && gate.querySelector("summary");
    if (readOn) {
      // Only the reader's own click or key opens and lands; a gate opened by
      // their preferences as the page loads leaves them where they are.
      readOn.addEventListener("click", function () {
        if (!gate.open) gate.addEventListener("toggle", landAtStart, { once: true });
      });
    }
    var notNow = document.querySelector("[data-not-now]");
    var status = document.querySelector("[data-not-now-status]");
    if (!notNow) return;
    notNow.hidden = false;
    notNow.addEventListener("click", function () {
      var url = notice.getAttribute("data-post-url");
      var title = notice.getAttribute("data-post-title") || url;
      var current = load();
      if (isLocalPath(url)) {
        current.saved = current.saved.filter(function (item) { return item.url !== url; });
        current.saved.unshift({ url: url, title: title });
        current.saved = current.saved.slice(0, MAX_SAVED);
      }
      status.textContent = store(current)
        ? "Saved for later. You’ll find it on your reading preferences page."
        : "This browser won’t let us save it. You could bookmark the page instead.";
    });
  }

  function setUpPreferencesPage(prefs) {
    var form = document.querySelector("[data-preferences-form]");
    if (!form) return;
    var status = document.querySelector("[data-preferences-status]");

    function render(current) {
      form.querySelectorAll("fieldset[data-warning]").forEach(function (fieldset) {
        var mode = modeFor(current, fieldset.getAttribute("data-warning"));
        fieldset.querySelectorAll("input[type=radio]").forEach(function (input) {
          input.checked = input.value === mode;
        });
      });
      form.querySelector("[name=images-on-request]").checked = current.imagesOnRequest;
      var list = document.querySelector("[data-saved-list]");
      var empty = document.querySelector("[data-saved-empty]");
      list.textContent = "";
      current.saved.forEach(function (item, index) {
        var entry = document.createElement("li");
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.title;
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "link-button";
        remove.textContent = "Remove";
        remove.setAttribute("aria-label", "Remove “" + item.title + "” from saved for later");
        remove.addEventListener("click", function () {
          var latest = load();
          latest.saved.splice(index, 1);
          store(latest);
          render(latest);
          status.textContent = "Removed from saved for later.";
        });
        entry.append(link, " ", remove);
        list.appendChild(entry);
      });
      empty.hidden = current.saved.length > 0;
    }

    form.addEventListener("change", function () {
      var current = load();
      form.querySelectorAll("fieldset[data-warning]").forEach(function (fieldset) {
        var slug = fieldset.getAttribute("data-warning");
        var checked = fieldset.querySelector("input[type=radio]:checked");
        if (!checked || checked.value === "warn") delete current.warnings[slug];
        else current.warnings[slug] = checked.value;
      });
      current.imagesOnRequest = form.querySelector("[name=images-on-request]").checked;
      status.textContent = store(current)
        ? "Saved in this browser."
        : "This browser won’t let us save preferences (private browsing may block it).";
    });

    document.querySelector("[data-clear-preferences]").addEventListener("click", function () {
      try { window.localStorage.removeItem(KEY); } catch (error) { /* nothing stored */ }
      render(defaults());
      status.textContent = "Cleared. You’ll see every warning again.";
    });

    render(prefs);
    document.querySelector("[data-preferences-controls]").hidden = false;
    document.querySelector("[data-preferences-without-js]").hidden = true;
  }

  var prefs = load();
  applyGates(prefs);
  revealHeroes(prefs);
  hideCards(prefs);
  setUpNotice(prefs);
  setUpPreferencesPage(prefs);
})();
