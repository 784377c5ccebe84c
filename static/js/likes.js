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
    var counter = form.querySelector(".like__count");
    counter.firstElementChild.textContent = String(count);
    counter.lastChild.textContent = plural(count);
  }

  // The fields a plain form POST would send: the button names the comment.
  function fields(button, action) {
    var pairs = [["action", action]];
    if (button.name) pairs.push([button.name, button.value]);
    return pairs;
  }

  function submitPlainly(form, pairs) {
    pairs.forEach(function (pair) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = pair[0];
      input.value = pair[1];
      form.appendChild(input);
    });
    form.submit();
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
        var key = form.querySelector(".like__button").value || "post";
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
      // The page says nothing of this browser's likes, so the form always
      // likes; pressed means this browser already does, so this unlikes.
      var pairs = fields(button, button.getAttribute("aria-pressed") === "true" ? "unlike" : "like");
      var body = new FormData(form);
      pairs.forEach(function (pair) { body.append(pair[0], pair[1]); });
      fetch(form.getAttribute("action"), {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (result) { show(form, result.liked, result.count); })
        .catch(function () { submitPlainly(form, pairs); })
        .finally(function () { button.disabled = false; button.focus(); });
    });
  });
})();
