// Workshop screen: arrow keys move from one pointer to the next. Without
// JavaScript the screens simply follow one another down the page.
(function () {
  var slides = Array.prototype.slice.call(document.querySelectorAll(".slide"));
  if (!slides.length) return;
  function current() {
    var mid = window.innerHeight / 3, best = 0;
    slides.forEach(function (s, i) { if (s.getBoundingClientRect().top <= mid) best = i; });
    return best;
  }
  function go(i) {
    var s = slides[Math.max(0, Math.min(slides.length - 1, i))];
    s.scrollIntoView({ block: "start" });
    if (s.id) history.replaceState(null, "", "#" + s.id);
    s.focus({ preventScroll: true });
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var tag = (e.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") return;
    if (e.key === "ArrowRight" || e.key === "ArrowDown" || e.key === "PageDown" || e.key === " ") { e.preventDefault(); go(current() + 1); }
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp" || e.key === "PageUp") { e.preventDefault(); go(current() - 1); }
    else if (e.key === "Home") { e.preventDefault(); go(0); }
    else if (e.key === "End") { e.preventDefault(); go(slides.length - 1); }
  });
})();
