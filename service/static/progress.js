/* Live progress for a running check: polls the job's status endpoint and, when the
   job ends, fetches this page once and swaps its main content in (no reload loop). */
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) return;
  var statusUrl = box.getAttribute("data-status-url");
  var stageNames = {
    fetch: "Fetching the article", extract: "Finding the figures",
    verify: "Checking against reference data", store: "Saving the report"
  };
  var delay = 500;

  function show(job) {
    var stage = document.getElementById("stage");
    var bar = document.getElementById("progress");
    var pct = document.getElementById("pct");
    var words = job.status === "queued" ? "Waiting for a worker" : (stageNames[job.stage] || "Working");
    if (stage && stage.textContent !== words) stage.textContent = words;
    var p = Math.max(0, Math.min(1, Number(job.progress) || 0));
    if (bar) { bar.value = p; bar.textContent = Math.round(p * 100) + "%"; }
    if (pct) pct.textContent = String(Math.round(p * 100));
  }

  function swapIn() {
    fetch(window.location.href, { headers: { Accept: "text/html" }, cache: "no-store" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("main");
        if (!fresh) throw new Error("no main");
        document.getElementById("main").innerHTML = fresh.innerHTML;
        document.title = doc.title;
        if (window.factcheckCards) window.factcheckCards.init();
        var h1 = document.querySelector("#main h1");
        if (h1) { h1.setAttribute("tabindex", "-1"); h1.focus(); }
      })
      .catch(function () { window.location.reload(); });
  }

  function poll() {
    fetch(statusUrl, { headers: { Accept: "application/json" }, cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        show(job);
        if (job.status === "succeeded" || job.status === "failed") { swapIn(); return; }
        delay = Math.min(delay * 1.3, 2000);
        window.setTimeout(poll, delay);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }

  window.setTimeout(poll, 300);
})();
