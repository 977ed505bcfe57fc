// The search page (/search/): finds the areas that wrote about something,
// in their summaries, strengths, evidence, next steps and stories.
//
// What the areas wrote is in a few script files beside the page (search/A.js,
// one per first letter of the areas' addresses), loaded with <script src> the
// first time the reader searches: a page opened from a folder on disk may not
// fetch() files, but it may load scripts. Each calls abaSearch([...areas]),
// and MiniSearch (static/minisearch.js, MIT licence) indexes the text. Every
// word shown comes from the page's data, made from the theme's message files.
// Without JavaScript, the page says where else to look.
(function () {
  "use strict";
  var dataEl = document.getElementById("search-data");
  var form = document.getElementById("search-form");
  if (!dataEl || !form || typeof MiniSearch === "undefined") return;
  var data = JSON.parse(dataEl.textContent);
  var words = data.words;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var PAGE = 20;
  var plural = new Intl.PluralRules(data.lang);
  // The tokens of MiniSearch's default tokenizer, and what separates them.
  var SEPARATOR = /([\n\r\p{Z}\p{P}]+)/u;

  // Letters without their accents, in lower case: "Ŵyr" finds "wyr".
  function norm(term) {
    return term.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // The count of results in the page's language: the message made for the
  // number from 0 to 10 with the same plural form as `n`.
  function count(n) {
    var form = plural.select(n);
    for (var k = 0; k < words.count.length; k++) {
      if (plural.select(k) === form) return words.count[k].replace(String(k), String(n));
    }
    return words.count[words.count.length - 1].replace(String(words.count.length - 1), String(n));
  }

  var texts = [];
  var index = null;
  var loading = null;

  // Called by each part: its areas, each with its texts.
  window.abaSearch = function (areas) {
    areas.forEach(function (area) {
      area.texts.forEach(function (t) {
        texts.push({ id: texts.length, area: area, period: area.periods[t[0]], pointer: t[1], kind: t[2], text: t[3] });
      });
    });
  };

  // Loads every part once; calls `done` when all are in (or one failed).
  function load(done) {
    if (index) return done(true);
    if (loading) return loading.push(done);
    loading = [done];
    status.textContent = words.loading;
    var left = data.parts.length, failed = false;
    function finish() {
      if (--left > 0) return;
      if (!failed) {
        index = new MiniSearch({ fields: ["text"], processTerm: norm });
        index.addAll(texts);
      }
      var waiting = loading;
      loading = failed ? null : [];
      waiting.forEach(function (f) { f(!failed); });
    }
    if (!left) { left = 1; finish(); return; }
    data.parts.forEach(function (part) {
      var s = document.createElement("script");
      s.src = part;
      s.onload = finish;
      s.onerror = function () { failed = true; finish(); };
      document.head.appendChild(s);
    });
  }

  // The address of an assessment's page, at the part the text is in.
  function link(t) {
    var anchor = t.pointer >= 0 ? data.pointers[t.pointer][0] : (t.kind === 1 ? "stories-h" : "summary-h");
    // A page opened from a folder: a folder's address names its index.html.
    var file = location.protocol === "file:" ? "index.html" : "";
    return "../areas/" + t.area.slug + "/" + t.period + "/" + file + "#" + anchor;
  }

  // The sentences of `text` that hold a matched word, each matched word marked.
  function sentences(text, matched) {
    var out = document.createDocumentFragment();
    var parts = text.match(/[^.!?]+(?:[.!?]+["'”’)]*\s*|$)/g) || [text];
    var shown = 0;
    parts.forEach(function (sentence) {
      var pieces = sentence.trim().split(SEPARATOR);
      if (!pieces.some(function (p, i) { return i % 2 === 0 && matched[norm(p)]; })) return;
      if (shown++) out.appendChild(document.createTextNode(" … "));
      pieces.forEach(function (p, i) {
        if (i % 2 === 0 && matched[norm(p)]) {
          var m = document.createElement("mark");
          m.textContent = p;
          out.appendChild(m);
        } else {
          out.appendChild(document.createTextNode(p));
        }
      });
    });
    if (!shown) out.appendChild(document.createTextNode(text));
    return out;
  }

  function item(r) {
    var t = texts[r.id];
    var matched = {};
    r.terms.forEach(function (term) { matched[term] = true; });
    var li = document.createElement("li");
    li.className = "search-result";
    var h = document.createElement("h2");
    var a = document.createElement("a");
    a.href = link(t);
    a.textContent = words.result.replace("{area}", t.area.name).replace("{period}", data.periods[t.period] || t.period);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement("p");
    meta.className = "meta";
    var kind = data.kinds[t.kind];
    meta.textContent = t.pointer >= 0
      ? data.pointers[t.pointer][1] + ". " + data.pointers[t.pointer][2] + " · " + kind
      : kind;
    li.appendChild(meta);
    var p = document.createElement("p");
    p.appendChild(sentences(t.text, matched));
    li.appendChild(p);
    return li;
  }

  var results = [];
  var shown = 0;

  function showMore(focus) {
    var first = null;
    results.slice(shown, shown + PAGE).forEach(function (r) {
      var li = item(r);
      first = first || li;
      list.appendChild(li);
    });
    shown = Math.min(results.length, shown + PAGE);
    more.hidden = shown >= results.length;
    if (focus && first) first.querySelector("a").focus();
  }

  function search(query) {
    query = query.trim();
    try {
      history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
    } catch (e) { /* some browsers refuse it for a page opened from a folder */ }
    if (!query) {
      results = [];
      list.textContent = "";
      more.hidden = true;
      status.textContent = "";
      return;
    }
    load(function (ok) {
      if (!ok) { status.textContent = words.failed; return; }
      if (input.value.trim() !== query) return;
      results = index.search(query, {
        prefix: function (term) { return term.length > 2; },
        combineWith: "AND"
      });
      // Newest first; within a period, the closest match first.
      results.sort(function (a, b) {
        var pa = texts[a.id].period, pb = texts[b.id].period;
        return pa < pb ? 1 : pa > pb ? -1 : b.score - a.score;
      });
      list.textContent = "";
      shown = 0;
      showMore(false);
      status.textContent = results.length ? count(results.length) : words.none.replace("{query}", query);
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 300);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  more.addEventListener("click", function () { showMore(true); });

  document.getElementById("search-nojs").hidden = true;
  form.hidden = false;
  var q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    search(q);
  }
})();
