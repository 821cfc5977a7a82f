// Progressive enhancement of the like button: the form works without this script
// (POST, then 303 back to the page); with it, the count updates in place.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-test=like-form]");
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.fetch) return;
      event.preventDefault();
      var button = form.querySelector("button");
      var status = form.querySelector("[data-like-status]");
      var count = document.querySelector("[data-test=likes]");
      if (button) button.disabled = true;
      fetch(form.action, { method: "POST", headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          if (response.status === 429) throw new Error("Too many likes; please wait a minute.");
          if (!response.ok) throw new Error("The like could not be saved.");
          return response.json();
        })
        .then(function (data) {
          if (count && typeof data.likes === "number") count.textContent = String(data.likes);
          if (button) button.setAttribute("aria-pressed", "true");
          if (status) status.textContent = "Liked. " + data.likes + (data.likes === 1 ? " like." : " likes.");
        })
        .catch(function (error) {
          if (status) status.textContent = error.message;
        })
        .then(function () {
          if (button) button.disabled = false;
        });
    });
  });
})();
