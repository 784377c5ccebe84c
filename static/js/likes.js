// Likes, progressively enhanced. The page is the same for every reader, so
// this asks which items this browser likes, shows them as pressed, and sends
// likes and unlikes without leaving the page. Without it the forms still work.
// The same answer brings a fresh stamp for the comment form (cached pages
// carry none); without it, the server asks the commenter to confirm.
(function () {
  "use strict";
  var section = document.querySelector("[data-like-state]");
  if (!section || !window.fetch) return;

  function plural(count) {
    return count === 1 ? " like" : " likes";
  }

  function show(form, liked, count) {
    var button = form.querySelector(".like__button");
    button.setAttribute("aria-pressed", liked ? "true" : "false");
    form.querySelector("[data-like-verb]").textContent = liked ? "Liked" : "Like";
    form.querySelector("input[name=action]").value = liked ? "unlike" : "like";
    var counter = form.querySelector(".like__count");
    counter.firstElementChild.textContent = String(count);
    counter.lastChild.textContent = plural(count);
  }

  var forms = document.querySelectorAll("form[data-like]");

  fetch(section.getAttribute("data-like-state"), { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (state) {
      if (!state) return;
      document.querySelectorAll("form.comment-form input[name=stamp]").forEach(function (input) {
        input.value = state.stamp;
      });
      forms.forEach(function (form) {
        var key = form.querySelector(".like__button").getAttribute("data-like-key");
        var count = key === "post" ? state.post : state.comments[key] || 0;
        show(form, state.liked.indexOf(key) !== -1, count);
      });
    })
    .catch(function () { /* the server-rendered counts stay */ });

  forms.forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = form.querySelector(".like__button");
      button.disabled = true;
      // Not form.action: the form has an input named "action".
      fetch(form.getAttribute("action"), {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (result) { show(form, result.liked, result.count); })
        .catch(function () { form.submit(); })
        .finally(function () { button.disabled = false; button.focus(); });
    });
  });
})();
