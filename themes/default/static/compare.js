// The compare picker: choose two to four areas and see them side by side.
// Without JavaScript the page shows every area's latest scores in one table.
// A comparison can be shared: its address carries ?areas=slug,slug@2021
// (an area with @period shows that assessment, otherwise its latest).
(function () {
  var t = window.abaWords;
  var script = document.currentScript;
  // `base`: where the pages of the page's language start (/cy/); `root`:
  // where the site starts, with the data files every language shares.
  var scoresUrl = script.dataset.scores, base = script.dataset.base, root = script.dataset.root || base;
  // The top of the site's scale (4 with the default one; a site may set its own).
  var max = Number(script.dataset.max) || 4;
  // The site's own version of the framework, the one the network compares on.
  var framework = script.dataset.framework || "";
  // A copy opened from a folder cannot fetch: the page holds the data, and
  // a folder's address must name its index.html.
  var holder = document.getElementById("compare-data");
  var embedded = holder ? JSON.parse(holder.textContent) : null;
  var index = script.dataset.index || "";
  // The data's words (titles, strengths, evidence, next steps) are in the
  // site's default language, and on a site in more than one also in each
  // language they are written in (`KEY_by_language`): `said` gives a text in
  // the page's language where there is one, or else marked with its own.
  var textLang = script.dataset.textLang ? { lang: script.dataset.textLang } : {};
  var pageLang = document.documentElement.lang;
  function said(obj, key) {
    var by = obj[key + "_by_language"], written = by ? Object.keys(by) : [];
    if (by && by[pageLang] != null) return { text: by[pageLang], attrs: {} };
    if (!written.length) return { text: obj[key], attrs: textLang };
    return { text: by[written[0]], attrs: { lang: written[0] } };
  }
  function saying(tag, obj, key) { var s = said(obj, key); return el(tag, s.attrs, s.text); }
  var picker = document.getElementById("picker");
  var form = document.getElementById("compare-form");
  var status = document.getElementById("compare-status");
  var result = document.getElementById("compare-result");
  if (!picker || !(window.fetch || embedded)) return;
  picker.hidden = false;
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=areas]"));
  var rows = null;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }
  function periodSelect(slug) { return form.querySelector('select.period[data-area="' + slug + '"]'); }
  function chosen() {
    return boxes.filter(function (b) { return b.checked; }).map(function (b) {
      var sel = periodSelect(b.value);
      return sel && sel.value ? b.value + "@" + sel.value : b.value;
    });
  }
  function load() {
    if (rows) return Promise.resolve(rows);
    if (embedded) { rows = embedded.scores; return Promise.resolve(rows); }
    return fetch(scoresUrl).then(function (r) { return r.json(); }).then(function (d) { rows = d; return d; });
  }
  // An area's rows for one period ("slug@period"), or for its latest, in pointer order.
  function rowsFor(data, choice) {
    var parts = choice.split("@"), slug = parts[0];
    // Like with like: only assessments on the site's own framework, not an
    // older version's other pointers.
    var mine = data.filter(function (r) { return r.area === slug && (!framework || !r.framework || r.framework === framework); });
    var periods = mine.map(function (r) { return r.period; }).sort();
    var p = parts[1] && periods.indexOf(parts[1]) >= 0 ? parts[1] : periods[periods.length - 1];
    return mine.filter(function (r) { return r.period === p; }).sort(function (a, b) { return a.pointer_number - b.pointer_number; });
  }
  var NS = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) { var e = document.createElementNS(NS, tag); for (var k in attrs) e.setAttribute(k, attrs[k]); return e; }
  function radar(series, labels) {
    var n = labels.length, cx = 160, cy = 160, r = 120;
    var svg = svgEl("svg", { viewBox: "0 0 320 320", width: "320", height: "320", "class": "radar", role: "img", "aria-label": t("js-compare-radar", { areas: series.map(function (s) { return s.name; }).join(t("js-compare-list-separator")) }) });
    function pt(i, v) { var a = 2 * Math.PI * i / n - Math.PI / 2; return [cx + r * v * Math.cos(a), cy + r * v * Math.sin(a)]; }
    for (var ring = 1; ring <= max; ring++) {
      var pts = []; for (var i = 0; i < n; i++) pts.push(pt(i, ring / max).map(function (x) { return x.toFixed(1); }).join(","));
      svg.appendChild(svgEl("polygon", { "class": "ring", points: pts.join(" ") }));
    }
    for (var j = 0; j < n; j++) {
      var e = pt(j, 1), l = pt(j, 1.13);
      svg.appendChild(svgEl("line", { "class": "spoke", x1: cx, y1: cy, x2: e[0].toFixed(1), y2: e[1].toFixed(1) }));
      var axis = svgEl("text", { "class": "axis", x: l[0].toFixed(1), y: (l[1] + 5).toFixed(1), "text-anchor": "middle" }); axis.textContent = labels[j]; svg.appendChild(axis);
    }
    series.forEach(function (s, k) {
      var pts = s.values.map(function (v, i) { return pt(i, (v || 0) / max).map(function (x) { return x.toFixed(1); }).join(","); });
      svg.appendChild(svgEl("polygon", { "class": "series s" + k, points: pts.join(" ") }));
    });
    return svg;
  }
  var LINE = [t("js-compare-line-1"), t("js-compare-line-2"), t("js-compare-line-3"), t("js-compare-line-4")];

  var shown = "";
  function show(slugs, push) {
    if (slugs.length < 2 || slugs.length > 4) { status.textContent = t("js-compare-choose"); return; }
    status.textContent = t("js-compare-loading");
    load().then(function (data) {
      // What is shown is what was found: an address may name an area or a
      // period the site does not have (a typo, an area since renamed).
      var sets = [], unknown = [], latest = [];
      slugs.forEach(function (s) {
        var rows = rowsFor(data, s), period = s.split("@")[1];
        if (!rows.length) { unknown.push(s.split("@")[0]); return; }
        if (period && rows[0].period !== period) latest.push(t("js-compare-no-period", { area: said(rows[0], "area_name").text, period: period, latest: rows[0].period }));
        sets.push(rows);
      });
      var notes = (unknown.length ? " " + t("js-compare-unknown", { names: unknown.join(t("js-compare-list-separator")), n: unknown.length }) : "") + (latest.length ? " " + latest.join(" ") : "");
      if (sets.length < 2) {
        result.textContent = "";
        status.textContent = t("js-compare-choose") + notes;
        return;
      }
      return Promise.all(sets.map(function (s) {
        if (embedded) return Promise.resolve(embedded.assessments[s[0].area + "/" + s[0].period]);
        return fetch(root + "data/areas/" + s[0].area + "/" + s[0].period + ".json").then(function (r) { return r.json(); });
      })).then(function (whole) {
        render(sets, whole, push);
        status.textContent = t("js-compare-showing", { n: sets.length }) + notes;
        shown = slugs.join(",");
        if (push) history.pushState(null, "", "?areas=" + shown);
      });
    }).catch(function () { status.textContent = t("js-compare-failed"); });
  }

  function render(sets, whole, moveFocus) {
    result.textContent = "";
    function named(s) { return t("js-compare-area-period", { area: said(s[0], "area_name").text, period: s[0].period }); }
    var h = el("h2", { id: "comparison", tabindex: "-1" }, t("js-compare-heading", { areas: sets.map(named).join(t("js-compare-list-separator")) }));
    result.appendChild(h);
    var series = sets.map(function (s) { return { name: named(s), values: s.map(function (r) { return r.score; }) }; });
    var fig = el("figure");
    fig.appendChild(radar(series, sets[0].map(function (r) { return String(r.pointer_number); })));
    var cap = el("figcaption");
    var keys = series.map(function (s, k) { return t("js-compare-key", { area: s.name, line: LINE[k] }); });
    cap.textContent = t("js-compare-figure", { keys: keys.join(t("js-compare-key-separator")) });
    fig.appendChild(cap);
    result.appendChild(fig);

    var wrap = el("div", { "class": "table-scroll", role: "region", "aria-label": t("js-compare-table"), tabindex: "0" });
    var table = el("table", { "class": "compare-table" });
    table.appendChild(el("caption", {}, t("js-compare-caption")));
    var head = el("tr"); head.appendChild(el("th", { scope: "col" }, t("js-compare-pointer")));
    sets.forEach(function (s) {
      var th = el("th", { scope: "col" }); var a = el("a", { href: base + "areas/" + s[0].area + "/" + s[0].period + "/" + index }, said(s[0], "area_name").text);
      th.appendChild(a); th.appendChild(document.createTextNode(" " + t("js-compare-in-brackets", { text: s[0].period }))); head.appendChild(th);
    });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    var tbody = el("tbody");
    sets[0].forEach(function (row, i) {
      var tr = el("tr"); var title = el("th", { scope: "row" }, row.pointer_number + ". ");
      title.appendChild(saying("span", whole[0].pointers[i] || {}, "title")); tr.appendChild(title);
      whole.forEach(function (w) {
        var p = w.pointers[i] || {}; var td = el("td");
        td.appendChild(el("p", {}, p.score == null ? t("js-compare-not-assessed") : p.target != null ? t("js-compare-score-target", { score: p.score, target: p.target }) : t("js-compare-score", { score: p.score })));
        if (p.strengths) td.appendChild(saying("p", p, "strengths"));
        if (p.evidence && p.evidence.length) {
          var ul = el("ul"); p.evidence.forEach(function (e) { ul.appendChild(saying("li", e, "text")); }); td.appendChild(el("p", { "class": "meta" }, t("js-compare-evidence"))); td.appendChild(ul);
        }
        if (p.next_steps && p.next_steps.length) {
          var ns = el("ul"); p.next_steps.forEach(function (s) { var li = el("li"); li.appendChild(saying("span", s, "action"));
            if (s.status) li.appendChild(document.createTextNode(" " + t("js-compare-in-brackets", { text: t("status-" + s.status.replace(/ /g, "-")) })));
            ns.appendChild(li); }); td.appendChild(el("p", { "class": "meta" }, t("js-compare-next-steps"))); td.appendChild(ns);
        }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody); wrap.appendChild(table); result.appendChild(wrap);
    if (moveFocus) h.focus();
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); show(chosen(), true); });
  function fromUrl() {
    var q = new URLSearchParams(location.search).get("areas");
    // In-page links (the skip link) also fire popstate: only a new choice redraws.
    if ((q || "") === shown) return;
    var slugs = q ? q.split(",").filter(Boolean).slice(0, 4) : [];
    var wanted = {};
    slugs.forEach(function (s) { var p = s.split("@"); wanted[p[0]] = p[1] || ""; });
    boxes.forEach(function (b) {
      b.checked = Object.prototype.hasOwnProperty.call(wanted, b.value);
      var sel = periodSelect(b.value);
      if (sel) sel.value = wanted[b.value] || "";
    });
    if (slugs.length >= 2) show(slugs, false); else { result.textContent = ""; }
  }
  window.addEventListener("popstate", fromUrl);
  fromUrl();
})();
