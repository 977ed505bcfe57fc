// The search page (/search/): finds the areas that wrote about something,
// in their summaries, strengths, evidence, next steps and stories.
//
// What the areas wrote is in script files beside the page, one per year
// (search/2025.js), loaded with <script src> once the reader comes to the
// search box: a page opened from a folder on disk may not fetch() files, but
// it may load scripts. Each calls abaSearch([...assessments]); MiniSearch
// (static/minisearch.js, MIT licence) indexes each year as it comes, newest
// first, so the newest results show while older years load. Every word
// shown comes from the page's data, made from the theme's message files.
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
  var progress = document.getElementById("search-progress");
  var PAGE = 20;
  // The tokens of MiniSearch's default tokenizer, and what separates them.
  var SEPARATOR = /([\n\r\p{Z}\p{P}]+)/u;

  // Letters without their accents, in lower case: "Ŵyr" finds "wyr".
  function norm(term) {
    return term.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // The count of results, in the plural form of the page's language (words.js).
  function count(n) {
    if (typeof abaWords !== "undefined") return abaWords("js-search-count", { n: n });
    // A search.html copied into a site's theme before words.js was on it:
    // the page's data still has the counts up to 10.
    var k = Math.min(n, words.count.length - 1);
    return words.count[k].replace(String(k), String(n));
  }

  // The parts, newest year first; each gets its texts and index once loaded.
  var parts = data.parts.map(function (file) { return { file: file, texts: null, index: null }; });
  var loaded = 0;
  var failed = false;
  var started = false;
  // What the reader is searching for, and its results from the parts loaded so far.
  var current = null;

  // Called by the part being loaded: its assessments, each with its texts.
  var arriving = null;
  window.abaSearch = function (assessments) { arriving = assessments; };

  // Loads the parts one after another, newest first, and searches each as it comes.
  function loadNext() {
    if (loaded >= parts.length) return;
    var part = parts[loaded];
    var s = document.createElement("script");
    s.src = part.file;
    s.onload = function () {
      var texts = [];
      (arriving || []).forEach(function (a) {
        a.texts.forEach(function (t) {
          texts.push({ id: texts.length, area: a, pointer: t[0], kind: t[1], text: t[2], lang: t[3] });
        });
      });
      arriving = null;
      part.texts = texts;
      part.index = new MiniSearch({ fields: ["text"], processTerm: norm });
      part.index.addAll(texts);
      loaded++;
      if (current) { find(current, part); report(); }
      // Let the page answer the reader before the next part.
      setTimeout(loadNext, 0);
    };
    s.onerror = function () { failed = true; report(); };
    document.head.appendChild(s);
  }

  function start() {
    if (started) return;
    started = true;
    loadNext();
  }

  // The address of an assessment's page, at the part the text is in.
  function link(t) {
    var anchor = t.pointer >= 0 ? data.pointers[t.pointer][0] : (t.kind === 1 ? "stories-h" : "summary-h");
    // A page opened from a folder: a folder's address names its index.html.
    var file = location.protocol === "file:" ? "index.html" : "";
    return "../areas/" + t.area.slug + "/" + t.area.period + "/" + file + "#" + anchor;
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
    var t = r.t;
    var matched = {};
    r.terms.forEach(function (term) { matched[term] = true; });
    var li = document.createElement("li");
    li.className = "search-result";
    var h = document.createElement("h2");
    var a = document.createElement("a");
    a.href = link(t);
    a.textContent = words.result.replace("{area}", t.area.name).replace("{period}", data.periods[t.area.period] || t.area.period);
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
    // A text not written in the page's language is marked as the language it is in.
    if (t.lang) p.lang = t.lang;
    p.appendChild(sentences(t.text, matched));
    li.appendChild(p);
    return li;
  }

  // Adds the results of one part to the current search, newest first (a
  // part is older than every part before it); within a period, the closest
  // match first.
  function find(c, part) {
    var found = part.index.search(c.query, {
      prefix: function (term) { return term.length > 2; },
      combineWith: "AND"
    });
    found.sort(function (a, b) {
      var pa = part.texts[a.id].area.period, pb = part.texts[b.id].area.period;
      return pa < pb ? 1 : pa > pb ? -1 : b.score - a.score;
    });
    found.forEach(function (r) { c.results.push({ t: part.texts[r.id], terms: r.terms }); });
    // Fill the first page as results come in.
    if (c.shown < PAGE) show(c, PAGE - c.shown, false);
    more.hidden = c.shown >= c.results.length;
  }

  // Shows up to `n` more results of `c`.
  function show(c, n, focus) {
    var first = null;
    c.results.slice(c.shown, c.shown + n).forEach(function (r) {
      var li = item(r);
      first = first || li;
      list.appendChild(li);
    });
    c.shown = Math.min(c.results.length, c.shown + n);
    more.hidden = c.shown >= c.results.length;
    if (focus && first) first.querySelector("a").focus();
  }

  // The status line: said once the search is done, so that a screen reader
  // hears one sentence, not one per part.
  function report() {
    if (failed) { status.textContent = words.failed; progress.hidden = true; return; }
    if (!current) return;
    var done = loaded >= parts.length;
    progress.hidden = done || !current.results.length;
    if (!done) {
      // The results so far show, with a quiet note that older ones are coming.
      status.textContent = current.results.length ? "" : words.loading;
      return;
    }
    status.textContent = current.results.length
      ? count(current.results.length)
      : words.none.replace("{query}", current.query);
  }

  function search(query) {
    query = query.trim();
    try {
      history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
    } catch (e) { /* some browsers refuse it for a page opened from a folder */ }
    list.textContent = "";
    more.hidden = true;
    if (!query) {
      current = null;
      status.textContent = "";
      progress.hidden = true;
      return;
    }
    current = { query: query, results: [], shown: 0 };
    start();
    parts.slice(0, loaded).forEach(function (part) { find(current, part); });
    report();
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
  more.addEventListener("click", function () { if (current) show(current, PAGE, true); });
  // Loading starts when the reader comes to the box, so the text is on its way while they type.
  input.addEventListener("focus", start);

  document.getElementById("search-nojs").hidden = true;
  form.hidden = false;
  var q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    search(q);
  }
})();
