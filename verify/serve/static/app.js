// verify serve: re-check the draft as the editor types (debounced), without reloading the page.
// The server renders the report fragment (every article character escaped); this script only
// swaps it in. Without JavaScript the form posts to / and the same page comes back.
"use strict";
(function () {
  const form = document.getElementById("draft");
  const text = document.getElementById("text");
  const report = document.getElementById("report");
  const status = document.getElementById("status");
  const WAIT_MS = 400;
  let timer = null;
  let latest = 0;

  async function check() {
    const asked = ++latest;
    status.textContent = "checking…";
    const body = {
      text: text.value,
      format: document.getElementById("format").value,
      date: document.getElementById("date").value || null,
      html: true,
    };
    try {
      const answer = await fetch("/api/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
        credentials: "same-origin",
      });
      const data = await answer.json();
      if (asked !== latest) return; // a newer check is on its way
      if (!answer.ok) {
        status.textContent = data.error || "the check failed";
        return;
      }
      report.innerHTML = data.html; // escaped by the server's HTML report
      const found = data.reports[0].findings.length;
      status.textContent = found === 1 ? "1 finding" : found + " findings";
    } catch (error) {
      if (asked === latest) status.textContent = "the server did not answer";
    }
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, WAIT_MS);
  }

  text.addEventListener("input", later);
  document.getElementById("date").addEventListener("change", later);
  document.getElementById("format").addEventListener("change", later);
  form.addEventListener("submit", function (event) {
    const file = form.querySelector("input[type=file]");
    const url = form.querySelector("input[type=url]");
    if ((file && file.files.length) || (url && url.value)) return; // uploads and URLs use the form post
    event.preventDefault();
    clearTimeout(timer);
    check();
  });
})();
