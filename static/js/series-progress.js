/*
 * Series progress, kept in this browser only. A post that is part of a
 * series notes its id when opened; the series page, which every reader gets
 * the same from the cache ("Start with part 1"), offers to continue after
 * the furthest part this browser has opened. Nothing is sent anywhere.
 *
 * Stored value (anything else is ignored): {"v": 1, "opened": [<post id>, …]}
 */
(function () {
  "use strict";

  var KEY = "commonroom.seriesProgress";
  var MAX_OPENED = 500;
  var ID = /^[0-9]{1,12}$/;

  function load() {
    try {
      var raw = JSON.parse(window.localStorage.getItem(KEY));
      if (raw && raw.v === 1 && Array.isArray(raw.opened)) {
        return raw.opened.filter(function (id) { return ID.test(String(id)); }).map(String);
      }
    } catch (error) {
      // No storage (private mode, blocked) or a corrupted value: start afresh.
    }
    return [];
  }

  function save(opened) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify({ v: 1, opened: opened.slice(-MAX_OPENED) }));
    } catch (error) {
      // Storage full or blocked: the series page keeps offering part 1.
    }
  }

  function noteOpened(banner) {
    var id = banner.getAttribute("data-series-read");
    if (!ID.test(id || "")) return;
    var opened = load().filter(function (other) { return other !== id; });
    opened.push(id);
    save(opened);
  }

  function offerToContinue(start) {
    var link = start.querySelector("[data-series-start-link]");
    var parts = Array.prototype.slice.call(document.querySelectorAll("[data-series-part]"));
    var opened = load();
    var furthest = -1;
    parts.forEach(function (part, index) {
      if (opened.indexOf(part.getAttribute("data-series-part")) !== -1) furthest = index;
    });
    if (!link || furthest === -1) return;
    var next = parts[furthest + 1];
    if (next) {
      link.textContent = "Continue with part " + next.getAttribute("data-position");
      link.setAttribute("href", next.getAttribute("data-url"));
    } else {
      link.textContent = "Read again from part " + parts[0].getAttribute("data-position");
    }
  }

  var banner = document.querySelector("[data-series-read]");
  if (banner) noteOpened(banner);
  var start = document.querySelector("[data-series-start]");
  if (start) offerToContinue(start);
})();
