// The workshop screen (an area page opened at #present): the arrow keys move
// from one pointer to the next. Without JavaScript the screens follow one
// another down the page; the large type comes from CSS alone.
(function () {
  var slides = Array.prototype.slice.call(document.querySelectorAll(".pointer-result"));
  if (!slides.length) return;
  function presenting() { return location.hash === "#present"; }
  function current() {
    var line = window.innerHeight / 3, best = -1;
    slides.forEach(function (s, i) { if (s.getBoundingClientRect().top <= line) best = i; });
    return best;
  }
  function go(i) {
    var s = slides[Math.max(0, Math.min(slides.length - 1, i))];
    s.scrollIntoView({ block: "start" });
    s.setAttribute("tabindex", "-1");
    s.focus({ preventScroll: true });
  }
  document.addEventListener("keydown", function (e) {
    if (!presenting() || e.altKey || e.ctrlKey || e.metaKey) return;
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") return;
    if (e.key === "ArrowRight" || e.key === "ArrowDown" || e.key === "PageDown") { e.preventDefault(); go(current() + 1); }
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp" || e.key === "PageUp") { e.preventDefault(); go(current() - 1); }
    else if (e.key === "Home") { e.preventDefault(); window.scrollTo(0, 0); }
    else if (e.key === "End") { e.preventDefault(); go(slides.length - 1); }
  });
})();
