/* Claim cards in a panel. Without this script the cards are a list below the
   article and each highlight links to its card by #anchor; with it, selecting a
   highlight (click, Enter or Space) opens the card beside the text, Escape or the
   Close button closes it and focus returns to the highlight. */
(function () {
  "use strict";
  var lastMark = null;

  function panel() { return document.getElementById("panel"); }

  function open(mark) {
    var p = panel();
    var card = document.getElementById("claim-" + mark.getAttribute("data-claim"));
    if (!p || !card) return false;
    var copy = card.cloneNode(true);
    copy.removeAttribute("tabindex");
    [copy].concat(Array.prototype.slice.call(copy.querySelectorAll("[id]"))).forEach(function (el) {
      el.removeAttribute("id");
    });
    copy.removeAttribute("aria-labelledby");
    var body = p.querySelector(".panel-body");
    body.innerHTML = "";
    var list = document.createElement("ul");
    list.className = "card-list";
    list.appendChild(copy);
    body.appendChild(list);
    var heading = copy.querySelector("h3");
    if (heading) { heading.setAttribute("tabindex", "-1"); }
    p.hidden = false;
    p.setAttribute("aria-label", "Claim " + mark.getAttribute("data-claim"));
    document.body.classList.add("panel-open");
    if (lastMark) lastMark.classList.remove("active");
    lastMark = mark;
    mark.classList.add("active");
    (heading || p).focus({ preventScroll: true });
    // As a bottom sheet the panel covers the lower part of the screen: keep the
    // selected figure visible above it.
    if (window.matchMedia("(max-width: 899.98px)").matches) {
      var top = mark.getBoundingClientRect().top;
      window.scrollBy(0, top - 24);
    }
    return true;
  }

  function close() {
    var p = panel();
    if (!p || p.hidden) return;
    p.hidden = true;
    document.body.classList.remove("panel-open");
    if (lastMark) { lastMark.classList.remove("active"); lastMark.focus(); }
  }

  function init(root) {
    root = root || document;
    var p = panel();
    if (!p || p.getAttribute("data-ready")) return;
    p.setAttribute("data-ready", "1");
    root.querySelectorAll("a.hl").forEach(function (mark) {
      mark.setAttribute("aria-controls", "panel");
      mark.addEventListener("click", function (ev) {
        if (open(mark)) ev.preventDefault();
      });
      mark.addEventListener("keydown", function (ev) {
        if (ev.key === " " || ev.key === "Spacebar") {
          ev.preventDefault();
          open(mark);
        }
      });
    });
    p.querySelector(".panel-close").addEventListener("click", close);
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") close();
    });
  }

  window.factcheckCards = { init: init, close: close };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { init(); });
  } else {
    init();
  }
})();
