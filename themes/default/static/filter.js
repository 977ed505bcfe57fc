// Filters the list of areas by nation and region. Without JavaScript the full
// list shows, grouped by nation, with links to each region's page.
(function () {
  var form = document.getElementById("area-filter");
  if (!form) return;
  var nation = document.getElementById("filter-nation");
  var region = document.getElementById("filter-region");
  var count = document.getElementById("filter-count");
  var items = Array.prototype.slice.call(document.querySelectorAll(".area-item"));
  var params = new URLSearchParams(location.search);
  nation.value = params.get("nation") || "";
  region.value = params.get("region") || "";
  function apply() {
    var shown = 0;
    items.forEach(function (li) {
      var ok = (!nation.value || li.dataset.nation === nation.value) &&
               (!region.value || li.dataset.region === region.value);
      li.hidden = !ok;
      if (ok) shown++;
    });
    document.querySelectorAll("section.nation").forEach(function (s) {
      s.hidden = !s.querySelector(".area-item:not([hidden])");
    });
    count.textContent = window.abaWords("js-filter-shown", { n: shown });
    var q = new URLSearchParams();
    if (nation.value) q.set("nation", nation.value);
    if (region.value) q.set("region", region.value);
    history.replaceState(null, "", q.toString() ? "?" + q : location.pathname);
  }
  nation.addEventListener("change", apply);
  region.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
