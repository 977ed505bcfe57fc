// The worksheet: a form that writes an area's area.yaml and an assessment's
// PERIOD.yaml, so that nobody has to type YAML or open a terminal.
//
// - Works from the published site and from a folder on disk: no modules, and
//   everything it needs (the pointers, the scale, the JSON Schema the build
//   writes) is embedded in the page. Only "Start from a published assessment"
//   fetches a data file, and it says so plainly when it cannot.
// - The form's structure (keys, allowed values) comes from that schema, and
//   its checks use the same words as `aba check`.
// - The draft is kept in this browser (localStorage) as it is typed.
// - Under `aba serve`, "Save to the site" writes the files into the site.
(function () {
  "use strict";
  var dataEl = document.getElementById("worksheet-data");
  var app = document.getElementById("worksheet-app");
  var nojs = document.getElementById("worksheet-nojs");
  if (!dataEl || !app || !window.JSON || !document.querySelector || !Array.prototype.forEach) return;
  var D = JSON.parse(dataEl.textContent);
  var SCHEMA = JSON.parse(D.schema);
  var yaml = window.jsyaml || null;
  var t = window.abaWords;

  // ------------------------------------------------------------ the schema
  var P = SCHEMA.properties;
  var ASSESSMENT_KEYS = Object.keys(P);
  var POINTER_IDS = D.pointers.map(function (p) { return p.id; }).filter(function (id) { return P.pointers.properties[id]; });
  var PS = P.pointers.properties[POINTER_IDS[0]];
  var POINTER_KEYS = Object.keys(PS.properties);
  // An enum without the null that stands for "left empty".
  function values(e) { return e.filter(function (v) { return v !== null; }); }
  // The object form of a list's items: named in $defs, or written in place.
  function itemObject(prop, def) {
    if (SCHEMA.$defs && SCHEMA.$defs[def]) return SCHEMA.$defs[def];
    var list = prop.oneOf.filter(function (o) { return o.items; })[0];
    return list.items.oneOf.filter(function (o) { return o.properties; })[0];
  }
  var SCALE = values(PS.properties.score.enum);
  var CONFIDENCES = values(PS.properties.confidence.enum);
  var EVIDENCE_ITEM = itemObject(PS.properties.evidence, "evidence");
  var STEP_ITEM = itemObject(PS.properties.next_steps, "next_step");
  var EVIDENCE_KEYS = Object.keys(EVIDENCE_ITEM.properties);
  var STEP_KEYS = Object.keys(STEP_ITEM.properties);
  var STEP_STATUSES = values(STEP_ITEM.properties.status.enum);
  var STATUSES = values(P.status.enum);
  var REVIEW_KEYS = Object.keys(P.reviewed_by.properties);
  var PARTICIPANT_KEYS = Object.keys(P.participants.items.properties);
  var ROLE_NAMES = values(P.participants.items.properties.role.enum);
  var ROLES = D.roles.filter(function (r) { return ROLE_NAMES.indexOf(r.name) >= 0; });
  var AREA_KEYS = ["name", "kind", "region", "nation", "website", "contact"];
  var LIVED = ROLES.filter(function (r) { return r.lived; })[0] || ROLES[0];
  // The label of a value the file holds (`in progress`), in the page's language.
  function labelOf(value, all, labels) { var i = all.indexOf(value); return i >= 0 ? labels[i] : value; }
  var LABEL = {};
  D.scale.forEach(function (l) { LABEL[l.value] = l.label; });
  var POINTER = {};
  D.pointers.forEach(function (p) { POINTER[p.id] = p; });
  var SERVE = window.abaServe && window.abaServe.secret ? window.abaServe : null;
  if (window.abaServe) window.abaServe.stay = true; // this page keeps what is typed: it does not reload itself
  var STORE = "aba-worksheet:" + location.pathname.replace(/index\.html$/, "");

  // ------------------------------------------------------------ small helpers
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) return;
      if (k === "text") e.textContent = v;
      else if (k === "class") e.className = v;
      else e.setAttribute(k, v === true ? "" : v);
    });
    (children || []).forEach(function (c) {
      if (c != null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }
  // A message in aba check's words: `key` shows as code.
  function words(text) {
    var span = el("span");
    String(text).split("`").forEach(function (part, i) {
      if (!part) return;
      span.appendChild(i % 2 ? el("code", { text: part }) : document.createTextNode(part));
    });
    return span;
  }
  function fid(name) { return "ws-" + name.replace(/[^A-Za-z0-9_-]/g, "-"); }
  function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
  function clone(x) { return JSON.parse(JSON.stringify(x)); }
  function getPath(obj, name) {
    return name.split(".").reduce(function (o, k) { return o == null ? undefined : o[k]; }, obj);
  }
  function setPath(obj, name, value) {
    var keys = name.split("."), o = obj;
    for (var i = 0; i < keys.length - 1; i++) o = o[keys[i]];
    o[keys[keys.length - 1]] = value;
  }
  function blank(s) { return s == null || String(s).trim() === ""; }
  // Whether a text has words in any language (see `text`).
  function hasText(obj, key) {
    var kept = obj.langs && obj.langs[key];
    return !blank(obj[key]) || !!kept && Object.keys(kept).some(function (l) { return l !== D.lang && !blank(kept[l]); });
  }

  // As check::slugify: lower-case letters and digits, one dash between words.
  function slugify(s) {
    var out = "";
    Array.from(String(s).toLowerCase()).forEach(function (c) {
      if (/^[a-z0-9]$/.test(c)) out += c;
      else if (out && out.slice(-1) !== "-") out += "-";
    });
    return out.replace(/-+$/, "");
  }
  function isSlug(s) { return /^[a-z0-9-]+$/.test(s) && s[0] !== "-" && s.slice(-1) !== "-"; }

  // As diagnostic::nearest: the closest word, if near enough to be a typo.
  function distance(a, b) {
    a = Array.from(a); b = Array.from(b);
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 0; i < a.length; i++) {
      var cur = [i + 1];
      for (j = 0; j < b.length; j++) {
        cur.push(Math.min(prev[j] + (a[i] === b[j] ? 0 : 1), prev[j + 1] + 1, cur[j] + 1));
      }
      prev = cur;
    }
    return prev[b.length];
  }
  function nearest(word, candidates) {
    var best = null, bd = Infinity;
    candidates.forEach(function (c) {
      var d = distance(word, c);
      if (d < bd) { bd = d; best = c; }
    });
    if (best === null) return null;
    var limit = Math.max(Math.floor(Math.max(Array.from(word).length, Array.from(best).length) / 3), 2);
    return bd <= limit ? best : null;
  }

  // As model::Date::parse: YYYY-MM-DD, and the day must exist.
  function daysIn(y, m) {
    if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].indexOf(m) >= 0 ? 30 : 31;
  }
  function parseDate(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return null;
    var y = +m[1], mo = +m[2], d = +m[3];
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
    return { y: y, m: mo, d: d };
  }
  function dateKey(d) { return d.y * 10000 + d.m * 100 + d.d; }
  function plusMonths(d, months) {
    var total = d.m - 1 + months, y = d.y + Math.floor(total / 12), m = (total % 12) + 1;
    return { y: y, m: m, d: Math.min(d.d, daysIn(y, m)) };
  }
  function parsePeriod(s) {
    var m = /^(\d{4})(?:-(\d{2}))?$/.exec(s);
    if (!m || (m[2] && (+m[2] < 1 || +m[2] > 12))) return null;
    return { y: +m[1], m: m[2] ? +m[2] : null };
  }
  function periodLabel(s) {
    var p = parsePeriod(s);
    return p ? (p.m ? t("period-month", { month: t("month-" + p.m), year: String(p.y) }) : String(p.y)) : s;
  }
  // As check::is_safe_link.
  function isSafeLink(link) {
    var lower = link.toLowerCase();
    if (/[\u0000-\u001f\u007f-\u009f ]/.test(link)) return false;
    return (lower.indexOf("https://") === 0 && lower.length > 8) ||
      (lower.indexOf("http://") === 0 && lower.length > 7) ||
      (lower.indexOf("mailto:") === 0 && lower.length > 7) ||
      (link[0] === "/" && link[1] !== "/");
  }
  function kindOf(v) {
    if (v == null) return t("js-worksheet-kind-nothing");
    if (typeof v === "boolean") return t("js-worksheet-kind-yes-no");
    if (typeof v === "number") return t("js-worksheet-kind-number");
    if (typeof v === "string") return t("js-worksheet-kind-text");
    if (Array.isArray(v)) return t("js-worksheet-kind-list");
    return t("js-worksheet-kind-keys");
  }
  // A whole number as typed: the number, or what it is instead.
  function wholeNumber(text) {
    var typed = String(text).trim();
    if (/^[-+]?\d+$/.test(typed)) return { n: parseInt(typed, 10) };
    if (/^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(typed)) return { kind: kindOf(0) };
    return { kind: kindOf("") };
  }
  function tokens(text) { return String(text || "").split(/[\s,]+/).filter(Boolean); }
  // The votes, if every one is a value of the scale.
  function validVotes(text) {
    var out = [];
    var ok = tokens(text).every(function (t) {
      var w = wholeNumber(t);
      if (w.n == null || SCALE.indexOf(w.n) < 0) return false;
      out.push(w.n);
      return true;
    });
    return ok ? out : null;
  }
  // As score::median_lower and score::is_divided.
  function medianLower(votes) {
    var v = votes.slice().sort(function (a, b) { return a - b; });
    return v[(v.length - 1) >> 1];
  }
  function isDivided(votes) { return Math.max.apply(null, votes) - Math.min.apply(null, votes) >= 2; }
  function scoreValue(text) {
    var w = wholeNumber(text);
    return !blank(text) && w.n != null && SCALE.indexOf(w.n) >= 0 ? w.n : null;
  }
  function effectiveScore(p) {
    var s = scoreValue(p.score);
    if (s != null) return s;
    var v = validVotes(p.votes);
    return v && v.length ? medianLower(v) : null;
  }

  // FNV-1a, 64 bits, over the bytes (as save.rs computes it).
  function hash(bytes) {
    if (typeof BigInt !== "function") return null;
    var h = BigInt("0xcbf29ce484222325"), prime = BigInt("0x100000001b3"), mask = BigInt("0xffffffffffffffff");
    for (var i = 0; i < bytes.length; i++) {
      h = ((h ^ BigInt(bytes[i])) * prime) & mask;
    }
    return ("0000000000000000" + h.toString(16)).slice(-16);
  }
  function utf8(text) { return new TextEncoder().encode(text); }

  // ------------------------------------------------------------ YAML out
  // Strings are written plain when both YAML readers (aba's and the editors')
  // would read them back as the same text; otherwise quoted, or as a block.
  var SPECIAL_WORDS = /^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<)$/;
  var UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
  function needsQuotes(s) {
    if (s === "" || s !== s.trim() || /[\n\r\t]/.test(s) || UNPRINTABLE.test(s)) return true;
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return true;
    if (/: |:$| #/.test(s)) return true;
    if (SPECIAL_WORDS.test(s)) return true;
    // Anything that starts like a number and has only number-like characters.
    if (/^[-+]?\.?[0-9]/.test(s) && /^[-+0-9a-fA-FxXoObB_.:eE]+$/.test(s)) return true;
    if (/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(s)) return true;
    return false;
  }
  function quoted(s) {
    var out = '"';
    for (var i = 0; i < s.length; i++) {
      var c = s[i], code = s.charCodeAt(i);
      if (c === '"') out += '\\"';
      else if (c === "\\") out += "\\\\";
      else if (c === "\n") out += "\\n";
      else if (c === "\t") out += "\\t";
      else if (c === "\r") out += "\\r";
      else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) {
        out += "\\u" + ("000" + code.toString(16)).slice(-4);
      } else out += c;
    }
    return out + '"';
  }
  function blockable(s) {
    if (s.indexOf("\n") < 0 || /\r/.test(s) || UNPRINTABLE.test(s)) return false;
    var lines = s.split("\n");
    var first = lines.filter(function (l) { return l !== ""; })[0];
    if (!first || /^[ \t]/.test(first)) return false;
    return lines.every(function (l) { return l === "" || l.trim() !== ""; });
  }
  // What follows `key: ` (or `- `), to the end of the line or block; `indent`
  // is the indentation of a block's lines.
  function scalar(s, indent) {
    s = String(s);
    if (blockable(s)) {
      var chomp = /\n$/.test(s) ? (/\n\n$/.test(s) ? "+" : "") : "-";
      var body = chomp === "-" ? s : s.slice(0, -1);
      return "|" + chomp + "\n" + body.split("\n").map(function (l) { return l === "" ? "" : indent + l; }).join("\n") + "\n";
    }
    return (needsQuotes(s) ? quoted(s) : s) + "\n";
  }

  // A comment of one or more lines, in the page's language.
  function comment(text, indent) {
    return text.split("\n").map(function (l) { return indent + "# " + l; }).join("\n") + "\n";
  }
  // What follows `key: ` for a text of the form: written as it is, or, when
  // the file it came from had it in each language (`{ en-GB: …, cy: … }`),
  // in each again, with the page's language as the form now has it.
  function text(obj, key, indent) {
    var kept = obj.langs && obj.langs[key];
    if (!kept) return scalar(obj[key], indent);
    var all = clone(kept);
    all[D.lang] = obj[key];
    var out = "\n";
    D.languages.forEach(function (l) {
      if (!blank(all[l])) out += indent + l + ": " + scalar(all[l], indent + "  ");
    });
    Object.keys(all).forEach(function (l) {
      if (D.languages.indexOf(l) < 0 && !blank(all[l])) out += indent + l + ": " + scalar(all[l], indent + "  ");
    });
    return out;
  }
  function areaYaml(st) {
    var a = st.area, out = "name: " + text(a, "name", "  ");
    var hints = {
      kind: t("js-worksheet-yaml-kind"),
      region: t("js-worksheet-yaml-region"),
      nation: t("js-worksheet-yaml-nation"),
      website: t("js-worksheet-yaml-website"),
      contact: t("js-worksheet-yaml-contact"),
    };
    ["kind", "region", "nation", "website", "contact"].forEach(function (k) {
      out += a[k] === "" || a[k] == null ? comment(k + ": " + hints[k], "") : k + ": " + text(a, k, "  ");
    });
    return out;
  }

  // A value the form does not edit (stories), written back as it was opened.
  function keptAsOpened(key, value, indent) {
    if (value == null || !yaml || !yaml.dump) return "";
    var text = yaml.dump({ [key]: value }, { lineWidth: -1 });
    return text.replace(/\n$/, "").split("\n").map(function (l) { return indent + l; }).join("\n") + "\n";
  }

  function pointerHasAny(p) {
    return p.stories != null || tokens(p.votes).length > 0 || !blank(p.score) || !blank(p.target) || !blank(p.confidence) ||
      hasText(p, "strengths") || p.evidence.some(itemHasAny) || p.next_steps.some(itemHasAny);
  }
  function itemHasAny(item) { return Object.keys(item).some(function (k) { return k === "langs" ? hasAnyKept(item) : !blank(item[k]); }); }
  function hasAnyKept(obj) { return Object.keys(obj.langs || {}).some(function (k) { return hasText(obj, k); }); }

  function assessmentYaml(st) {
    var out = D.header.replace("{period}", periodLabel(st.period)) + "\n";
    out += "assessed_on: " + st.assessed_on.trim() + "\n";
    out += "status: " + st.status + "\n";
    if (hasText(st, "facilitator")) out += "facilitator: " + text(st, "facilitator", "  ");
    if (st.framework !== "") out += "framework: " + scalar(st.framework, "  ");
    if (hasText(st.reviewed_by, "name") || !blank(st.reviewed_by.on)) {
      out += "reviewed_by:\n  name: " + text(st.reviewed_by, "name", "    ");
      if (!blank(st.reviewed_by.on)) out += "  on: " + st.reviewed_by.on.trim() + "\n";
    }
    var roles = roleOrder(st).filter(function (key) { return !blank(st.participants[key]); });
    if (roles.length) {
      out += "participants:\n";
      roles.forEach(function (key) {
        var name = ROLES.filter(function (r) { return r.key === key; })[0].name;
        out += "  - { role: " + name + ", count: " + wholeNumber(st.participants[key]).n + " }\n";
      });
    }
    if (hasText(st, "summary")) out += "summary: " + text(st, "summary", "  ");
    out += keptAsOpened("stories", st.stories, "");
    if (!blank(st.next_review)) out += "next_review: " + st.next_review.trim() + "\n";
    var ids = D.pointers.map(function (p) { return p.id; }).filter(function (id) { return pointerHasAny(st.pointers[id]); });
    if (ids.length) out += "pointers:\n";
    ids.forEach(function (id) {
      var p = st.pointers[id], meta = POINTER[id];
      out += "\n  # " + meta.number + ". " + meta.title + "\n  " + id + ":\n";
      var votes = validVotes(p.votes) || [];
      if (votes.length) out += "    votes: [" + votes.join(", ") + "]\n";
      if (!blank(p.score)) out += "    score: " + wholeNumber(p.score).n + "\n";
      if (!blank(p.target)) out += "    target: " + wholeNumber(p.target).n + "\n";
      if (!blank(p.confidence)) out += "    confidence: " + p.confidence + "\n";
      if (hasText(p, "strengths")) out += "    strengths: " + text(p, "strengths", "      ");
      out += keptAsOpened("stories", p.stories, "    ");
      var evidence = p.evidence.filter(itemHasAny);
      if (evidence.length) {
        out += "    evidence:\n";
        evidence.forEach(function (e) {
          if (blank(e.link) && blank(e.date) && !(e.langs && e.langs.text)) {
            out += "      - " + scalar(e.text, "        ");
            return;
          }
          out += "      - text: " + text(e, "text", "          ");
          if (!blank(e.link)) out += "        link: " + scalar(e.link.trim(), "          ");
          if (!blank(e.date)) out += "        date: " + e.date.trim() + "\n";
        });
      }
      var steps = p.next_steps.filter(itemHasAny);
      if (steps.length) {
        out += "    next_steps:\n";
        steps.forEach(function (s) {
          if (blank(s.owner) && blank(s.due) && blank(s.status) && !(s.langs && s.langs.action)) {
            out += "      - " + scalar(s.action, "        ");
            return;
          }
          out += "      - action: " + text(s, "action", "          ");
          if (!blank(s.owner)) out += "        owner: " + text(s, "owner", "          ");
          if (!blank(s.due)) out += "        due: " + s.due.trim() + "\n";
          if (!blank(s.status)) out += "        status: " + s.status + "\n";
        });
      }
    });
    return out;
  }

  // ------------------------------------------------------------ the state
  function blankPointer() {
    return { votes: "", score: "", target: "", confidence: "", strengths: "", stories: null, evidence: [], next_steps: [], langs: null };
  }
  function blankEvidence() { return { text: "", link: "", date: "" }; }
  function blankStep() { return { action: "", owner: "", due: "", status: "" }; }
  function blankState() {
    var s = {
      version: 1,
      area: { name: "", kind: "", region: "", nation: "", website: "", contact: "", langs: null },
      folder: "", folderTouched: false,
      period: "", assessed_on: "", status: "published", facilitator: "", framework: D.framework,
      reviewed_by: { name: "", on: "", langs: null },
      participants: {}, roleOrder: [],
      summary: "", next_review: "",
      // Stories are kept as opened: the form does not edit them.
      stories: null,
      // A text the opened file wrote in each language ({ "en-GB": …, cy: … })
      // is kept here by its key (in `st`, `st.area`, a pointer, an item):
      // the form shows the page's language and writes all back (see `text`).
      langs: null,
      pointers: {},
      // What the page opened, to tell when a file changed on disk since (serve).
      base: { area: null, period: null },
      areaStart: null, areaFolder: null,
      // Last time's scores and targets, when started from a published assessment.
      last: null,
      // What could not be read from opened files.
      readProblems: [],
    };
    POINTER_IDS.forEach(function (id) { s.pointers[id] = blankPointer(); });
    ROLES.forEach(function (r) { s.participants[r.key] = ""; });
    return s;
  }
  // A stored draft, laid over a blank form (so a draft from an older page still fits).
  function revive(saved) {
    var s = blankState();
    if (!saved || saved.version !== 1) return s;
    Object.keys(s).forEach(function (k) {
      if (k === "pointers" || k === "participants" || k === "area" || k === "reviewed_by" || k === "base") return;
      if (saved[k] !== undefined) s[k] = saved[k];
    });
    ["area", "reviewed_by", "participants", "base"].forEach(function (k) {
      Object.keys(s[k]).forEach(function (j) { if (saved[k] && saved[k][j] != null) s[k][j] = saved[k][j]; });
    });
    POINTER_IDS.forEach(function (id) {
      var p = saved.pointers && saved.pointers[id];
      if (!p) return;
      Object.keys(s.pointers[id]).forEach(function (k) { if (p[k] != null) s.pointers[id][k] = p[k]; });
    });
    return s;
  }
  function roleOrder(st) {
    var order = (st.roleOrder || []).filter(function (k) { return st.participants[k] !== undefined; });
    ROLES.forEach(function (r) { if (order.indexOf(r.key) < 0) order.push(r.key); });
    return order;
  }

  var storageOk = true;
  function store() {
    try {
      localStorage.setItem(STORE, JSON.stringify(state));
      storageOk = true;
    } catch (e) {
      if (storageOk) say(t("js-worksheet-not-kept"));
      storageOk = false;
    }
  }
  function restore() {
    try {
      var text = localStorage.getItem(STORE);
      return text ? revive(JSON.parse(text)) : null;
    } catch (e) {
      storageOk = false;
      return null;
    }
  }

  // ------------------------------------------------------------ checks
  // Every mistake, in the order of the form, in aba check's words.
  function validate(st) {
    var out = [];
    function err(name, scope, message, hint) { out.push({ name: name, scope: scope, message: message, hint: hint || null }); }
    function choice(name, scope, value, all, what) {
      if (blank(value) || all.indexOf(value) >= 0) return;
      var n = nearest(value, all);
      err(name, scope, t("js-worksheet-not-one-of", { value: value, what: what }), n ? t("js-worksheet-did-you-mean", { word: n }) : t("js-worksheet-use-one-of", { words: all.join("; ") }));
    }
    function date(name, scope, value) {
      if (!blank(value) && !parseDate(value.trim())) {
        err(name, scope, t("js-worksheet-not-a-date", { value: value }), t("js-worksheet-not-a-date-hint"));
      }
    }
    function level(name, scope, value, what) {
      if (blank(value)) return;
      var w = wholeNumber(value);
      if (w.n == null) err(name, scope, t("js-worksheet-not-whole", { what: what, kind: w.kind }));
      else if (SCALE.indexOf(w.n) < 0) err(name, scope, t("js-worksheet-off-scale", { what: what, value: w.n }), t("js-worksheet-use-scale", { values: SCALE.join(", ") }));
    }
    var a = st.area;
    if (!hasText(a, "name")) err("area.name", "area", t("js-worksheet-no-name"), t("js-worksheet-no-name-hint"));
    if (a.nation) choice("area.nation", "area", a.nation, D.nations, t("js-worksheet-a-nation"));
    if (a.website !== "") {
      var lower = a.website.toLowerCase();
      if (!((lower.indexOf("https://") === 0 || lower.indexOf("http://") === 0) && isSafeLink(a.website))) {
        err("area.website", "area", t("js-worksheet-bad-website", { value: a.website }), t("js-worksheet-bad-website-hint"));
      }
    }
    if (a.contact !== "" && a.contact != null) {
      var c = a.contact.trim(), lc = c.toLowerCase();
      var email = !/[ \/:]/.test(c) && /^[^@]+@[^@]+\.[^@]+$/.test(c);
      var page = lc.indexOf("https://") === 0 || lc.indexOf("http://") === 0 || lc.indexOf("mailto:") === 0;
      if (!((email || page) && isSafeLink(email ? "mailto:" + c : c))) {
        err("area.contact", "area", t("js-worksheet-bad-contact", { value: c }), t("js-worksheet-bad-contact-hint"));
      }
    }
    date("next_review", "assessment", st.next_review || "");
    if (blank(st.folder)) err("folder", "folder", t("js-worksheet-no-folder"), t("js-worksheet-no-folder-hint", { example: slugify(a.name) || "tally-bridge" }));
    else if (!isSlug(st.folder)) {
      err("folder", "folder", t("js-worksheet-bad-folder", { value: st.folder, example: slugify(st.folder) || "tally-bridge" }));
    }
    if (blank(st.period)) err("period", "assessment", t("js-worksheet-no-period"), t("js-worksheet-period-hint"));
    else if (!parsePeriod(st.period)) err("period", "assessment", t("js-worksheet-bad-period", { value: st.period }), t("js-worksheet-period-hint"));
    if (blank(st.assessed_on)) err("assessed_on", "assessment", t("js-worksheet-no-date"), t("js-worksheet-no-date-hint"));
    else date("assessed_on", "assessment", st.assessed_on);
    if (STATUSES.indexOf(st.status) < 0) err("status", "assessment", t("js-worksheet-bad-status", { value: st.status }), t("js-worksheet-bad-status-hint"));
    if (!blank(st.reviewed_by.on) || hasText(st.reviewed_by, "name")) {
      if (!hasText(st.reviewed_by, "name")) err("reviewed_by.name", "assessment", t("js-worksheet-no-reviewer"), t("js-worksheet-no-reviewer-hint"));
      date("reviewed_by.on", "assessment", st.reviewed_by.on);
    }
    roleOrder(st).forEach(function (key) {
      var v = st.participants[key];
      if (blank(v)) return;
      var w = wholeNumber(v);
      if (w.n == null) err("participants." + key, "assessment", t("js-worksheet-not-whole", { what: "`count`", kind: w.kind }));
      else if (w.n < 0) err("participants." + key, "assessment", t("js-worksheet-negative-count"));
    });
    D.pointers.forEach(function (meta) {
      var id = meta.id, p = st.pointers[id], at = "pointers." + id + ".";
      var bad = null;
      tokens(p.votes).some(function (t) {
        var w = wholeNumber(t);
        if (w.n == null) bad = [t("js-worksheet-not-whole", { what: t("js-worksheet-the-vote"), kind: w.kind })];
        else if (SCALE.indexOf(w.n) < 0) bad = [t("js-worksheet-off-scale", { what: t("js-worksheet-the-vote"), value: w.n }), t("js-worksheet-use-scale", { values: SCALE.join(", ") })];
        return bad;
      });
      if (bad) err(at + "votes", "assessment", bad[0], bad[1]);
      level(at + "score", "assessment", p.score, t("js-worksheet-the-score"));
      level(at + "target", "assessment", p.target, t("js-worksheet-the-target"));
      if (!blank(p.confidence) && CONFIDENCES.indexOf(p.confidence) < 0) {
        err(at + "confidence", "assessment", t("js-worksheet-bad-confidence", { value: p.confidence }), t("js-worksheet-bad-confidence-hint"));
      }
      p.evidence.forEach(function (e, i) {
        if (!itemHasAny(e)) return;
        var base = at + "evidence." + i + ".";
        if (!hasText(e, "text")) err(base + "text", "assessment", t("js-worksheet-no-evidence-text"), t("js-worksheet-no-evidence-text-hint"));
        if (!blank(e.link) && !isSafeLink(e.link.trim())) {
          err(base + "link", "assessment", t("js-worksheet-bad-link", { value: e.link.trim() }), t("js-worksheet-bad-link-hint"));
        }
        date(base + "date", "assessment", e.date);
      });
      p.next_steps.forEach(function (s, i) {
        if (!itemHasAny(s)) return;
        var base = at + "next_steps." + i + ".";
        if (!hasText(s, "action")) err(base + "action", "assessment", t("js-worksheet-no-action"), t("js-worksheet-no-action-hint"));
        date(base + "due", "assessment", s.due);
        choice(base + "status", "assessment", s.status, STEP_STATUSES, t("js-worksheet-a-step-status"));
      });
    });
    return out;
  }

  // What aba check would note but that does not stop a build.
  function warnings(st) {
    var out = [];
    var missing = D.pointers.filter(function (p) { return effectiveScore(st.pointers[p.id]) == null; }).map(function (p) { return p.id; });
    if (missing.length) out.push(t("js-worksheet-warn-not-assessed", { pointers: missing.join(", ") }));
    var counts = roleOrder(st).filter(function (k) { return !blank(st.participants[k]); });
    if (!counts.length) out.push(t("js-worksheet-warn-no-participants"));
    else if (!(wholeNumber(st.participants[LIVED.key]).n > 0)) out.push(t("js-worksheet-warn-no-lived"));
    if (st.framework !== "" && st.framework !== D.framework) {
      out.push(t("js-worksheet-warn-framework", { used: st.framework, site: D.framework }));
    }
    var on = parseDate(String(st.assessed_on).trim());
    if (on) {
      D.pointers.forEach(function (meta) {
        var p = st.pointers[meta.id];
        p.evidence.forEach(function (e) {
          var d = parseDate(String(e.date).trim());
          if (itemHasAny(e) && d && dateKey(plusMonths(d, D.stale_after_months)) < dateKey(on)) {
            out.push(t("js-worksheet-warn-old-evidence", { date: e.date.trim(), months: D.stale_after_months }));
          }
        });
        p.next_steps.forEach(function (s) {
          var d = parseDate(String(s.due).trim());
          var open = blank(s.status) || s.status === "planned" || s.status === "in progress";
          if (itemHasAny(s) && d && dateKey(d) < dateKey(on) && open) {
            out.push(t("js-worksheet-warn-overdue", { action: s.action, due: s.due.trim() }));
          }
        });
      });
    }
    return out;
  }

  // ------------------------------------------------------------ reading files
  function lineOf(text, key) {
    if (!text) return "";
    var lines = text.split(/\r?\n/);
    var re = new RegExp("^(\\s*(?:-\\s+)?)(?:\"|')?" + key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "(?:\"|')?\\s*:");
    for (var i = 0; i < lines.length; i++) {
      var m = re.exec(lines[i]);
      if (m) return ":" + (i + 1) + ":" + (m[1].length + 1);
    }
    return "";
  }
  function Reader(file, text) {
    this.file = file;
    this.source = text;
    this.problems = [];
    // Texts written in each language, kept as they are.
    this.kept = 0;
  }
  Reader.prototype.problem = function (key, message, hint) {
    this.problems.push({ where: this.file + (key ? lineOf(this.source, key) : ""), message: message, hint: hint || null });
  };
  // A mapping's keys, reporting unknown ones; null (after saying so) if it is not a mapping.
  Reader.prototype.mapping = function (v, what, known) {
    if (v == null) return {};
    if (typeof v !== "object" || Array.isArray(v)) {
      this.problem(null, t("js-worksheet-not-mapping", { what: what, kind: kindOf(v) }), t("js-worksheet-keys-are", { keys: known.join(", ") }));
      return null;
    }
    var self = this;
    Object.keys(v).forEach(function (k) {
      if (known.indexOf(k) >= 0) return;
      var n = nearest(k, known);
      self.problem(k, t("js-worksheet-unknown-key", { key: k, what: what }), n ? t("js-worksheet-did-you-mean", { word: n }) : t("js-worksheet-keys-are", { keys: known.join(", ") }));
    });
    return v;
  };
  // A text; with `into`, a text in each language is kept in `into.langs`
  // and its words in the page's language returned.
  Reader.prototype.text = function (m, key, into) {
    var v = m[key];
    if (v == null) return "";
    if (into && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length && Object.keys(v).every(function (l) {
      return D.languages.some(function (x) { return x.toLowerCase() === l.toLowerCase(); }) && (v[l] == null || typeof v[l] !== "object");
    })) {
      var kept = {};
      Object.keys(v).forEach(function (l) {
        var name = D.languages.filter(function (x) { return x.toLowerCase() === l.toLowerCase(); })[0];
        kept[name] = v[l] == null ? "" : String(v[l]);
      });
      into.langs = into.langs || {};
      into.langs[key] = kept;
      this.kept++;
      return kept[D.lang] || "";
    }
    if (typeof v === "object") {
      this.problem(key, t("js-worksheet-not-text", { key: key, kind: kindOf(v) }));
      return "";
    }
    return String(v);
  };
  // A list; `single` lets one item stand without the list around it.
  Reader.prototype.list = function (v, key, what, single) {
    if (v == null) return [];
    if (single && (typeof v === "string" || (typeof v === "object" && !Array.isArray(v)))) return [v];
    if (!Array.isArray(v)) {
      this.problem(key, t("js-worksheet-not-list", { what: what, kind: kindOf(v) }));
      return [];
    }
    return v;
  };

  function readArea(r, doc, st) {
    var m = r.mapping(doc, "area.yaml", AREA_KEYS) || {};
    AREA_KEYS.forEach(function (k) { st.area[k] = r.text(m, k, k === "name" || k === "kind" ? st.area : null); });
    st.folder = slugify(st.area.name);
    st.folderTouched = false;
  }

  function readAssessment(r, doc, st) {
    var m = r.mapping(doc, t("js-worksheet-what-assessment"), ASSESSMENT_KEYS) || {};
    st.assessed_on = r.text(m, "assessed_on");
    st.status = m.status == null ? "published" : r.text(m, "status");
    st.facilitator = r.text(m, "facilitator", st);
    st.framework = r.text(m, "framework");
    // The form holds the site's own pointers: an assessment on another
    // version of the framework is edited in its file.
    var otherVersion = (D.versions || []).indexOf(String(st.framework).trim()) >= 0;
    if (otherVersion) r.problem("framework", t("js-worksheet-other-version", { version: st.framework, framework: D.framework }));
    if (m.reviewed_by != null) {
      var rv = r.mapping(m.reviewed_by, "`reviewed_by`", REVIEW_KEYS) || {};
      st.reviewed_by = { name: "", on: r.text(rv, "on"), langs: null };
      st.reviewed_by.name = r.text(rv, "name", st.reviewed_by);
    }
    st.roleOrder = [];
    (m.participants == null ? [] : r.list(m.participants, "participants", "`participants`")).forEach(function (item) {
      var pm = r.mapping(item, t("js-worksheet-what-participants"), PARTICIPANT_KEYS);
      if (!pm) return;
      var role = r.text(pm, "role");
      var found = ROLES.filter(function (x) { return x.name === role; })[0];
      if (!found) {
        var n = nearest(role, ROLE_NAMES);
        r.problem("role", role ? t("js-worksheet-not-one-of", { value: role, what: t("js-worksheet-a-role") }) : t("js-worksheet-no-role"), n ? t("js-worksheet-did-you-mean", { word: n }) : t("js-worksheet-use-one-of", { words: ROLE_NAMES.join("; ") }));
        return;
      }
      var count = pm.count == null ? "" : String(pm.count);
      if (pm.count == null) r.problem("count", t("js-worksheet-no-count"), t("js-worksheet-no-count-hint"));
      if (st.roleOrder.indexOf(found.key) >= 0) {
        var before = wholeNumber(st.participants[found.key]).n, now = wholeNumber(count).n;
        r.problem("role", t("js-worksheet-role-twice", { role: role }));
        count = before != null && now != null ? String(before + now) : count;
      } else st.roleOrder.push(found.key);
      st.participants[found.key] = count;
    });
    st.summary = r.text(m, "summary", st);
    st.next_review = r.text(m, "next_review");
    st.stories = m.stories == null ? null : m.stories;
    if (m.pointers != null && !otherVersion) {
      if (typeof m.pointers !== "object" || Array.isArray(m.pointers)) {
        r.problem("pointers", t("js-worksheet-bad-pointers"));
      } else {
        Object.keys(m.pointers).forEach(function (id) {
          if (POINTER_IDS.indexOf(id) < 0) {
            var n = nearest(id, POINTER_IDS);
            r.problem(id, t("js-worksheet-unknown-pointer", { id: id }), n ? t("js-worksheet-did-you-mean-pointer", { id: n }) : t("js-worksheet-pointer-ids", { ids: POINTER_IDS.join(", ") }));
            return;
          }
          readPointer(r, m.pointers[id], st.pointers[id]);
        });
      }
    }
  }

  function readPointer(r, v, p) {
    var m = r.mapping(v, t("js-worksheet-what-pointer"), POINTER_KEYS) || {};
    if (m.votes != null) {
      if (Array.isArray(m.votes)) p.votes = m.votes.map(function (x) { return x == null ? "null" : String(x); }).join(", ");
      else {
        r.problem("votes", t("js-worksheet-not-list", { what: "`votes`", kind: kindOf(m.votes) }));
        p.votes = typeof m.votes === "object" ? "" : String(m.votes);
      }
    }
    ["score", "target", "confidence", "strengths"].forEach(function (k) { p[k] = r.text(m, k, k === "strengths" ? p : null); });
    p.stories = m.stories == null ? null : m.stories;
    p.evidence = r.list(m.evidence, "evidence", "`evidence`", true).map(function (item) {
      if (typeof item !== "object" || item === null) return { text: item == null ? "" : String(item), link: "", date: "" };
      var em = r.mapping(item, t("js-worksheet-what-evidence"), EVIDENCE_KEYS) || {};
      var e = { text: "", link: r.text(em, "link"), date: r.text(em, "date"), langs: null };
      e.text = r.text(em, "text", e);
      return e;
    });
    p.next_steps = r.list(m.next_steps, "next_steps", "`next_steps`", true).map(function (item) {
      if (typeof item !== "object" || item === null) return { action: item == null ? "" : String(item), owner: "", due: "", status: "" };
      var sm = r.mapping(item, t("js-worksheet-what-step"), STEP_KEYS) || {};
      var s = { action: "", owner: "", due: r.text(sm, "due"), status: r.text(sm, "status"), langs: null };
      s.action = r.text(sm, "action", s);
      s.owner = r.text(sm, "owner", s);
      return s;
    });
  }

  // YAML text to a value; a file with a mistake is read up to the line before it.
  function parseYaml(r, text) {
    try {
      return yaml.load(text);
    } catch (e) {
      var mark = e.mark || {};
      r.problems.push({
        where: r.file + (mark.line != null ? ":" + (mark.line + 1) + ":" + (mark.column + 1) : ""),
        message: e.reason || String(e.message || e),
        hint: t("js-worksheet-read-before"),
      });
      if (mark.line > 0) {
        try {
          return yaml.load(text.split("\n").slice(0, mark.line).join("\n"));
        } catch (e2) {
          return null;
        }
      }
      return null;
    }
  }

  function openFiles(list) {
    if (!yaml) {
      say(t("js-worksheet-no-yaml-open"));
      return;
    }
    Promise.all(list.map(function (f) {
      return f.arrayBuffer().then(function (buf) { return { name: f.name, bytes: new Uint8Array(buf) }; });
    })).then(function (files) {
      var next = clone(state);
      next.readProblems = [];
      var opened = [], area = null, assessment = null, kept = 0;
      files.forEach(function (f) {
        var text = new TextDecoder("utf-8").decode(f.bytes);
        var r = new Reader(f.name, text);
        var doc = parseYaml(r, text);
        var isArea = /^area\.ya?ml$/i.test(f.name) ||
          (doc && typeof doc === "object" && !Array.isArray(doc) && "name" in doc && !("assessed_on" in doc) && !("pointers" in doc));
        if (isArea) {
          if (area) r.problem(null, t("js-worksheet-one-area"));
          else {
            area = f;
            var fresh = blankState();
            readArea(r, doc, fresh);
            next.area = fresh.area;
            next.folder = fresh.folder;
            next.folderTouched = false;
            next.base.area = { folder: next.folder, hash: hash(f.bytes) };
            next.areaStart = areaYaml(next);
            next.areaFolder = next.folder;
            opened.push(f.name);
          }
        } else if (assessment) {
          r.problem(null, t("js-worksheet-one-assessment"));
        } else {
          assessment = f;
          var fresh2 = blankState();
          var stem = f.name.replace(/\.ya?ml$/i, "");
          fresh2.period = parsePeriod(stem) ? stem : "";
          if (!parsePeriod(stem)) {
            r.problem(null, t("js-worksheet-bad-period", { value: stem }), t("js-worksheet-file-period-hint"));
          }
          readAssessment(r, doc, fresh2);
          ["period", "assessed_on", "status", "facilitator", "framework", "reviewed_by", "participants", "roleOrder", "summary", "next_review", "stories", "pointers", "langs"].forEach(function (k) {
            next[k] = fresh2[k];
          });
          next.last = null;
          next.base.period = { folder: next.folder, period: next.period, hash: hash(f.bytes) };
          opened.push(f.name);
        }
        next.readProblems = next.readProblems.concat(r.problems);
        kept += r.kept;
      });
      if (area && next.base.period) next.base.period.folder = next.folder;
      var message = opened.length ? t("js-worksheet-opened", { files: opened.join(t("js-worksheet-and")) }) : t("js-worksheet-opened-nothing");
      if (kept) message += " " + t("js-worksheet-opened-kept", { n: kept });
      replaceState(next, message);
    }).catch(function (e) {
      say(t("js-worksheet-read-failed", { why: e && e.message ? e.message : String(e) }));
    });
  }

  // ------------------------------------------------------------ start from a published assessment
  function startFrom(slug, period) {
    var area = D.areas.filter(function (a) { return a.slug === slug; })[0];
    if (!area) return;
    if (location.protocol === "file:" || !window.fetch) {
      say(t("js-worksheet-from-folder"));
      return;
    }
    var url = D.assessment_json_url.replace("SLUG", encodeURIComponent(slug)).replace("PERIOD", encodeURIComponent(period));
    say(t("js-worksheet-reading", { area: area.name, period: periodLabel(period) }));
    fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (json) {
      var next = blankState();
      AREA_KEYS.forEach(function (k) { next.area[k] = area[k] == null ? "" : String(area[k]); });
      next.folder = slug;
      next.folderTouched = true;
      next.areaStart = areaYaml(next);
      next.areaFolder = slug;
      next.facilitator = json.facilitator || "";
      next.status = state.status;
      next.last = { period: json.period, label: periodLabel(json.period), pointers: {} };
      (json.pointers || []).forEach(function (p) {
        if (!next.pointers[p.pointer]) return;
        next.last.pointers[p.pointer] = { score: p.score, target: p.target };
        next.pointers[p.pointer].next_steps = (p.next_steps || []).map(function (s) {
          return { action: s.action || "", owner: s.owner || "", due: s.due || "", status: s.status || "" };
        });
      });
      replaceState(next, t("js-worksheet-started", { area: area.name, period: periodLabel(json.period) }));
    }).catch(function () {
      say(t("js-worksheet-start-failed", { url: url }));
    });
  }

  // ------------------------------------------------------------ the page
  var kept = restore();
  var state = kept || blankState();
  var before = null; // the form as it was before the last open or start
  var touched = {};
  var showAll = state.readProblems.length > 0;
  var fields = {};
  var form, summary, summaryList, problemsBox, statusEl, warnList, finishNote, saveResult;

  function say(text, action) {
    if (!statusEl) return;
    statusEl.textContent = "";
    statusEl.appendChild(words(text));
    if (action) {
      statusEl.appendChild(document.createTextNode(" "));
      statusEl.appendChild(action);
    }
  }

  function replaceState(next, message) {
    before = clone(state);
    state = next;
    touched = {};
    showAll = true;
    store();
    render();
    var undo = el("button", { type: "button", class: "ws-secondary ws-inline", text: t("js-worksheet-undo") });
    undo.addEventListener("click", function () {
      state = before;
      before = null;
      touched = {};
      store();
      render();
      say(t("js-worksheet-undone"));
      statusEl.focus();
    });
    var problems = state.readProblems.length;
    say(message + (problems ? " " + t("js-worksheet-parts-unread", { n: problems }) : ""), undo);
    var errs = refresh();
    if (errs.length || problems) focusSummary();
    else statusEl.focus();
  }

  function setValue(control, value) {
    value = value == null ? "" : String(value);
    if (control.tagName === "SELECT" && value !== "" && !Array.prototype.some.call(control.options, function (o) { return o.value === value; })) {
      control.appendChild(el("option", { value: value, text: t("js-worksheet-not-allowed", { value: value }) }));
    }
    control.value = value;
  }

  function field(o) {
    var id = fid(o.name);
    var wrap = el("div", { class: "ws-field" + (o.cls ? " " + o.cls : "") });
    wrap.appendChild(el("label", { for: id, class: "ws-label", text: o.label }));
    var described = [];
    if (o.hint) {
      wrap.appendChild(el("p", { id: id + "-hint", class: "ws-hint" }, [words(o.hint)]));
      described.push(id + "-hint");
    }
    var error = el("p", { id: id + "-error", class: "ws-error", hidden: true });
    wrap.appendChild(error);
    var c;
    if (o.kind === "textarea") c = el("textarea", { rows: o.rows || 4, spellcheck: "true" });
    else if (o.kind === "select") {
      c = el("select");
      o.options.forEach(function (op) { c.appendChild(el("option", { value: op[0], text: op[1] })); });
    } else c = el("input", { type: "text", inputmode: o.inputmode || null, autocomplete: "off", spellcheck: o.spellcheck || null, list: o.list || null });
    c.id = id;
    c.name = o.name;
    c.className = "ws-control" + (o.width ? " ws-w" + o.width : "");
    if (o.live) {
      var live = el("p", { id: id + "-live", class: "ws-live", "aria-live": "polite" });
      described.push(id + "-live");
      wrap.appendChild(c);
      wrap.appendChild(live);
    } else wrap.appendChild(c);
    c.setAttribute("data-describedby", described.join(" "));
    if (described.length) c.setAttribute("aria-describedby", described.join(" "));
    fields[o.name] = { wrap: wrap, control: c, error: error };
    setValue(c, getPath(state, o.name));
    return wrap;
  }

  function scaleOptions(none) {
    return [["", none]].concat(SCALE.map(function (v) { return [String(v), v + " " + (LABEL[v] || "")]; }));
  }

  function statusRadios() {
    var fs = el("fieldset", { class: "ws-field ws-radios", "aria-describedby": "ws-status-hint", "data-describedby": "ws-status-hint" });
    fs.appendChild(el("legend", { class: "ws-label", text: t("js-worksheet-status") }));
    fs.appendChild(el("p", { id: "ws-status-hint", class: "ws-hint", text: t("js-worksheet-status-hint") }));
    var error = el("p", { id: "ws-status-error", class: "ws-error", hidden: true });
    fs.appendChild(error);
    var labels = { published: t("js-worksheet-published"), draft: t("js-worksheet-draft") };
    var first = null;
    STATUSES.forEach(function (s) {
      var id = "ws-status-" + s;
      var input = el("input", { type: "radio", name: "status", id: id, value: s });
      input.checked = state.status === s;
      first = first || input;
      fs.appendChild(el("div", { class: "ws-radio" }, [input, el("label", { for: id, text: labels[s] || s })]));
    });
    fields.status = { wrap: fs, control: first, error: error };
    return fs;
  }

  function section(id, title, children) {
    return el("section", { class: "ws-section", "aria-labelledby": id }, [el("h2", { id: id, text: title })].concat(children));
  }

  function removeButton(text, hidden, onClick) {
    var b = el("button", { type: "button", class: "ws-secondary" }, [text, el("span", { class: "visually-hidden", text: hidden })]);
    b.addEventListener("click", onClick);
    return b;
  }

  function evidenceList(id, holder) {
    var meta = POINTER[id], p = state.pointers[id];
    holder.textContent = "";
    Object.keys(fields).forEach(function (k) { if (k.indexOf("pointers." + id + ".evidence.") === 0) delete fields[k]; });
    p.evidence.forEach(function (e, i) {
      var at = "pointers." + id + ".evidence." + i + ".";
      var fs = el("fieldset", { class: "ws-item" }, [el("legend", { text: t("js-worksheet-evidence-n", { n: i + 1 }) })]);
      fs.appendChild(field({ name: at + "text", label: t("js-worksheet-evidence-text"), kind: "textarea", rows: 2 }));
      var row = el("div", { class: "ws-row" });
      row.appendChild(field({ name: at + "link", label: t("js-worksheet-evidence-link"), hint: "https://…", spellcheck: "false" }));
      row.appendChild(field({ name: at + "date", label: t("js-worksheet-evidence-date"), hint: t("js-worksheet-date-format"), width: 10, cls: "ws-narrow" }));
      fs.appendChild(row);
      fs.appendChild(removeButton(t("js-worksheet-remove-evidence", { n: i + 1 }), " " + t("js-worksheet-for-pointer", { n: meta.number }), function () {
        p.evidence.splice(i, 1);
        store();
        evidenceList(id, holder);
        refresh();
        say(t("js-worksheet-evidence-removed", { n: i + 1, pointer: meta.number }));
        document.getElementById(fid("add-evidence-" + id)).focus();
      }));
      holder.appendChild(fs);
    });
  }

  function stepList(id, holder) {
    var meta = POINTER[id], p = state.pointers[id];
    holder.textContent = "";
    Object.keys(fields).forEach(function (k) { if (k.indexOf("pointers." + id + ".next_steps.") === 0) delete fields[k]; });
    p.next_steps.forEach(function (s, i) {
      var at = "pointers." + id + ".next_steps." + i + ".";
      var fs = el("fieldset", { class: "ws-item" }, [el("legend", { text: t("js-worksheet-step-n", { n: i + 1 }) })]);
      fs.appendChild(field({ name: at + "action", label: t("js-worksheet-step-action"), kind: "textarea", rows: 2 }));
      var row = el("div", { class: "ws-row" });
      row.appendChild(field({ name: at + "owner", label: t("js-worksheet-step-owner") }));
      row.appendChild(field({ name: at + "due", label: t("js-worksheet-step-due"), hint: t("js-worksheet-date-format"), width: 10, cls: "ws-narrow" }));
      row.appendChild(field({
        name: at + "status", label: t("js-worksheet-step-status"), kind: "select", cls: "ws-narrow",
        options: [["", t("js-worksheet-not-given")]].concat(STEP_STATUSES.map(function (x) { return [x, cap(labelOf(x, D.step_statuses, D.step_status_labels))]; })),
      }));
      fs.appendChild(row);
      fs.appendChild(removeButton(t("js-worksheet-remove-step", { n: i + 1 }), " " + t("js-worksheet-for-pointer", { n: meta.number }), function () {
        p.next_steps.splice(i, 1);
        store();
        stepList(id, holder);
        refresh();
        say(t("js-worksheet-step-removed", { n: i + 1, pointer: meta.number }));
        document.getElementById(fid("add-step-" + id)).focus();
      }));
      holder.appendChild(fs);
    });
  }

  function pointerSection(meta) {
    var id = meta.id, at = "pointers." + id + ".";
    var sec = el("section", { class: "ws-pointer", id: "ws-p-" + id, "aria-labelledby": "ws-p-" + id + "-h" });
    sec.appendChild(el("h3", { id: "ws-p-" + id + "-h" }, [el("span", { class: "num-badge", text: String(meta.number) }), " " + meta.title]));
    var grid = el("div", { class: "ws-pointer-grid" });
    var guide = el("details", { class: "ws-guide" });
    if (window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) guide.open = true;
    guide.appendChild(el("summary", { text: t("js-worksheet-guide") }));
    guide.appendChild(el("p", { text: meta.summary }));
    if (meta.questions.length) {
      guide.appendChild(el("h4", { text: t("js-worksheet-talk-about") }));
      guide.appendChild(el("ul", {}, meta.questions.map(function (q) { return el("li", { text: q }); })));
    }
    guide.appendChild(el("h4", { text: t("js-worksheet-the-levels") }));
    guide.appendChild(el("dl", { class: "ws-levels" }, [].concat.apply([], meta.levels.map(function (l) {
      return [el("dt", { text: l.value + " " + l.label }), el("dd", { text: l.text })];
    }))));
    var body = el("div", { class: "ws-pointer-fields" });
    var last = state.last && state.last.pointers[id];
    if (last && (last.score != null || last.target != null)) {
      var bits = [];
      if (last.score != null) bits.push(t("js-worksheet-last-scored", { score: last.score, label: LABEL[last.score] }));
      if (last.target != null) bits.push(t("js-worksheet-last-aimed", { target: last.target, label: LABEL[last.target] }));
      body.appendChild(el("p", { class: "ws-last", text: t("js-worksheet-last-time", { period: periodLabel(state.last.period), what: bits.join("; ") }) }));
    }
    body.appendChild(field({
      name: at + "votes", label: t("js-worksheet-votes"), live: true, inputmode: "numeric", width: 20,
      hint: t("js-worksheet-votes-hint", { low: SCALE[0], high: SCALE[SCALE.length - 1] }),
    }));
    var row = el("div", { class: "ws-row" });
    row.appendChild(field({ name: at + "score", label: t("js-worksheet-score"), kind: "select", options: scaleOptions(t("js-worksheet-score-none")), hint: t("js-worksheet-score-hint") }));
    row.appendChild(field({ name: at + "target", label: t("js-worksheet-target"), kind: "select", options: scaleOptions(t("js-worksheet-target-none")), hint: t("js-worksheet-target-hint") }));
    row.appendChild(field({
      name: at + "confidence", label: t("js-worksheet-confidence"), kind: "select", hint: t("js-worksheet-confidence-hint"),
      options: [["", t("js-worksheet-not-given")]].concat(CONFIDENCES.map(function (c) { return [c, cap(labelOf(c, D.confidences, D.confidence_labels))]; })),
    }));
    body.appendChild(row);
    body.appendChild(field({ name: at + "strengths", label: t("js-worksheet-strengths"), kind: "textarea", rows: 4, hint: t("js-worksheet-strengths-hint") }));
    body.appendChild(el("h4", { text: t("js-worksheet-evidence") }));
    var ev = el("div", { class: "ws-list" });
    evidenceList(id, ev);
    body.appendChild(ev);
    var addEv = el("button", { type: "button", class: "ws-secondary", id: fid("add-evidence-" + id) }, [t("js-worksheet-add-evidence"), el("span", { class: "visually-hidden", text: " " + t("js-worksheet-for-pointer", { n: meta.number }) })]);
    addEv.addEventListener("click", function () {
      state.pointers[id].evidence.push(blankEvidence());
      store();
      evidenceList(id, ev);
      fields[at + "evidence." + (state.pointers[id].evidence.length - 1) + ".text"].control.focus();
    });
    body.appendChild(addEv);
    body.appendChild(el("h4", { text: t("js-worksheet-next-steps") }));
    var steps = el("div", { class: "ws-list" });
    stepList(id, steps);
    body.appendChild(steps);
    var addStep = el("button", { type: "button", class: "ws-secondary", id: fid("add-step-" + id) }, [t("js-worksheet-add-step"), el("span", { class: "visually-hidden", text: " " + t("js-worksheet-for-pointer", { n: meta.number }) })]);
    addStep.addEventListener("click", function () {
      state.pointers[id].next_steps.push(blankStep());
      store();
      stepList(id, steps);
      fields[at + "next_steps." + (state.pointers[id].next_steps.length - 1) + ".action"].control.focus();
    });
    body.appendChild(addStep);
    grid.appendChild(guide);
    grid.appendChild(body);
    sec.appendChild(grid);
    return sec;
  }

  // The middle vote and its level, as the build works them out.
  function pointerLive(id) {
    var live = document.getElementById(fid("pointers." + id + ".votes") + "-live");
    if (!live) return;
    var p = state.pointers[id], votes = validVotes(p.votes), score = scoreValue(p.score), parts = [];
    if (votes && votes.length) {
      var med = medianLower(votes);
      parts.push(t("js-worksheet-live-votes", { n: votes.length, middle: med, label: LABEL[med] }));
      if (isDivided(votes)) parts.push(" ", el("strong", { text: t("js-worksheet-live-divided") }), t("js-worksheet-live-divided-why"));
      if (score != null) parts.push(" " + t("js-worksheet-live-agreed", { score: score, label: LABEL[score] }));
    } else if (score != null) {
      parts.push(t("js-worksheet-live-score", { score: score, label: LABEL[score] }));
    }
    var text = parts.map(function (x) { return typeof x === "string" ? x : x.textContent; }).join("");
    if (live.textContent === text) return;
    live.textContent = "";
    parts.forEach(function (x) { live.appendChild(typeof x === "string" ? document.createTextNode(x) : x); });
  }

  function render() {
    fields = {};
    app.textContent = "";
    var intro = el("div", { class: "ws-intro" }, [
      el("p", {}, [el("strong", { text: t("js-worksheet-intro-kept") }), " ", t(SERVE ? "js-worksheet-intro-kept-more-serve" : "js-worksheet-intro-kept-more")]),
      el("p", {}, [words(t("js-worksheet-intro-files")), " ", el("a", { href: D.kit_url, text: t("js-worksheet-intro-paper") })]),
    ]);
    summary = el("div", { class: "ws-error-summary", id: "ws-error-summary", tabindex: "-1", "aria-labelledby": "ws-error-summary-h", hidden: true }, [
      el("h2", { id: "ws-error-summary-h", class: "ws-error-summary-title", text: t("js-worksheet-problem") }),
    ]);
    summaryList = el("ul", { class: "ws-error-summary-list" });
    summary.appendChild(summaryList);
    problemsBox = el("div", { class: "notice ws-problems", id: "ws-problems", hidden: true });
    statusEl = el("p", { class: "ws-status", id: "ws-status", role: "status", tabindex: "-1" });

    // Start: open files, a published assessment, or start again.
    var openInput = el("input", { type: "file", id: "ws-open", multiple: true, accept: ".yaml,.yml,text/yaml,application/yaml", "aria-describedby": "ws-open-hint" });
    openInput.addEventListener("change", function () {
      var list = Array.prototype.slice.call(openInput.files || []);
      if (list.length) openFiles(list);
      openInput.value = "";
    });
    var openBox = el("div", { class: "ws-start-box" }, [
      el("h3", { text: t("js-worksheet-open") }),
      el("label", { for: "ws-open", class: "ws-label", text: t("js-worksheet-open-label") }),
      el("p", { id: "ws-open-hint", class: "ws-hint", text: t("js-worksheet-open-hint") }),
      openInput,
    ]);
    var startBox = el("div", { class: "ws-start-box" }, [el("h3", { text: t("js-worksheet-from") })]);
    var published = D.areas.filter(function (a) { return a.periods.length; });
    if (published.length) {
      startBox.appendChild(el("p", { class: "ws-hint", text: t("js-worksheet-from-hint") }));
      var areaSel = el("select", { id: "ws-from-area", class: "ws-control" }, published.map(function (a) { return el("option", { value: a.slug, text: a.name }); }));
      var periodSel = el("select", { id: "ws-from-period", class: "ws-control" });
      var fillPeriods = function () {
        var a = published.filter(function (x) { return x.slug === areaSel.value; })[0];
        periodSel.textContent = "";
        a.periods.forEach(function (p) { periodSel.appendChild(el("option", { value: p.value, text: p.label })); });
      };
      areaSel.addEventListener("change", fillPeriods);
      // Linked from an area's page (?area=SLUG): that area is chosen, its latest assessment first.
      var asked = /[?&]area=([a-z0-9-]+)/.exec(location.search);
      if (asked && published.some(function (a) { return a.slug === asked[1]; })) areaSel.value = asked[1];
      fillPeriods();
      var go = el("button", { type: "button", text: t("js-worksheet-from-button") });
      go.addEventListener("click", function () { startFrom(areaSel.value, periodSel.value); });
      startBox.appendChild(el("div", { class: "ws-row" }, [
        el("div", { class: "ws-field" }, [el("label", { for: "ws-from-area", class: "ws-label", text: t("js-worksheet-from-area") }), areaSel]),
        el("div", { class: "ws-field ws-narrow" }, [el("label", { for: "ws-from-period", class: "ws-label", text: t("js-worksheet-from-period") }), periodSel]),
      ]));
      startBox.appendChild(go);
    } else startBox.appendChild(el("p", { text: t("js-worksheet-from-none") }));
    var againBox = el("div", { class: "ws-start-box" }, [el("h3", { text: t("js-worksheet-again") })]);
    var again = el("button", { type: "button", class: "ws-secondary", id: "ws-again", text: t("js-worksheet-again") });
    var confirmBox = el("div", { class: "ws-confirm", id: "ws-confirm", hidden: true, role: "group", "aria-labelledby": "ws-confirm-h" }, [
      el("p", { id: "ws-confirm-h", tabindex: "-1" }, [el("strong", { text: t("js-worksheet-again-ask") }), " " + t("js-worksheet-again-why")]),
    ]);
    var yes = el("button", { type: "button", class: "ws-warning", text: t("js-worksheet-again-yes") });
    var no = el("button", { type: "button", class: "ws-secondary", text: t("js-worksheet-again-no") });
    confirmBox.appendChild(el("div", { class: "ws-buttons" }, [yes, no]));
    again.addEventListener("click", function () {
      confirmBox.hidden = false;
      document.getElementById("ws-confirm-h").focus();
    });
    no.addEventListener("click", function () {
      confirmBox.hidden = true;
      again.focus();
    });
    yes.addEventListener("click", function () {
      before = clone(state);
      state = blankState();
      touched = {};
      showAll = false;
      try { localStorage.removeItem(STORE); } catch (e) { /* nothing kept */ }
      render();
      say(t("js-worksheet-emptied"));
      statusEl.focus();
    });
    againBox.appendChild(el("p", { class: "ws-hint", text: t("js-worksheet-again-hint") }));
    againBox.appendChild(again);
    againBox.appendChild(confirmBox);
    var start = section("ws-start-h", t("js-worksheet-start"), [el("div", { class: "ws-start" }, [openBox, startBox, againBox])]);

    form = el("form", { id: "ws-form", novalidate: true, autocomplete: "off" });
    form.addEventListener("submit", function (e) { e.preventDefault(); });

    var regions = el("datalist", { id: "ws-regions" }, D.regions.map(function (r) { return el("option", { value: r }); }));
    form.appendChild(section("ws-area-h", t("js-worksheet-area"), [
      el("p", { class: "ws-hint", text: t("js-worksheet-area-hint") }),
      field({ name: "area.name", label: t("js-worksheet-area-name"), hint: t("js-worksheet-area-name-hint"), width: 30 }),
      field({ name: "folder", label: t("js-worksheet-folder"), hint: t("js-worksheet-folder-hint"), width: 20, spellcheck: "false" }),
      field({ name: "area.kind", label: t("js-worksheet-kind"), hint: t("js-worksheet-kind-hint"), width: 30 }),
      field({ name: "area.region", label: t("js-worksheet-region"), hint: t("js-worksheet-region-hint"), width: 20, list: "ws-regions" }),
      regions,
      field({ name: "area.nation", label: t("js-worksheet-nation"), kind: "select", options: [["", t("js-worksheet-not-given")]].concat(D.nations.map(function (n, i) { return [n, D.nation_labels[i]]; })) }),
      field({ name: "area.website", label: t("js-worksheet-website"), hint: t("js-worksheet-website-hint"), width: 30, spellcheck: "false" }),
      field({ name: "area.contact", label: t("js-worksheet-contact"), hint: t("js-worksheet-contact-hint"), width: 30, spellcheck: "false" }),
    ]));

    var people = el("fieldset", { class: "ws-field ws-people", "aria-describedby": "ws-people-hint" }, [
      el("legend", { class: "ws-label", text: t("js-worksheet-people") }),
      el("p", { id: "ws-people-hint", class: "ws-hint", text: t("js-worksheet-people-hint") }),
    ]);
    var grid = el("div", { class: "ws-people-grid" });
    roleOrder(state).forEach(function (key) {
      var r = ROLES.filter(function (x) { return x.key === key; })[0];
      grid.appendChild(field({ name: "participants." + key, label: cap(r.label), inputmode: "numeric", width: 5 }));
    });
    people.appendChild(grid);
    form.appendChild(section("ws-assessment-h", t("js-worksheet-assessment"), [
      el("p", { class: "ws-hint", text: t("js-worksheet-assessment-hint") }),
      field({ name: "period", label: t("js-worksheet-period"), hint: t("js-worksheet-period-field-hint"), width: 10, inputmode: "numeric" }),
      field({ name: "assessed_on", label: t("js-worksheet-assessed-on"), hint: t("js-worksheet-assessed-on-hint"), width: 10 }),
      statusRadios(),
      field({ name: "facilitator", label: t("js-worksheet-facilitator"), hint: t("js-worksheet-facilitator-hint"), width: 30 }),
      field({ name: "framework", label: t("js-worksheet-framework"), hint: t("js-worksheet-framework-hint", { framework: D.framework }), width: 30 }),
      field({ name: "reviewed_by.name", label: t("js-worksheet-reviewer"), hint: t("js-worksheet-reviewer-hint"), width: 30 }),
      field({ name: "reviewed_by.on", label: t("js-worksheet-reviewed-on"), hint: t("js-worksheet-date-format"), width: 10 }),
      people,
      field({ name: "summary", label: t("js-worksheet-summary"), kind: "textarea", rows: 5, hint: t("js-worksheet-summary-hint") }),
      field({ name: "next_review", label: t("js-worksheet-next-review"), hint: t("js-worksheet-next-review-hint"), width: 10 }),
    ]));

    var jump = el("nav", { class: "ws-jump", "aria-label": t("js-worksheet-jump") }, [
      el("ul", {}, D.pointers.map(function (p) { return el("li", {}, [el("a", { href: "#ws-p-" + p.id, text: p.number + ". " + p.title })]); })),
    ]);
    form.appendChild(section("ws-pointers-h", t("js-worksheet-pointers"), [
      el("p", { class: "ws-hint", text: t("js-worksheet-pointers-hint") }),
      jump,
    ].concat(D.pointers.filter(function (p) { return state.pointers[p.id]; }).map(pointerSection))));

    warnList = el("ul", { class: "ws-warnings" });
    finishNote = el("p");
    saveResult = el("div", { class: "ws-save-result", id: "ws-save-result", role: "status" });
    var dlAssessment = el("button", { type: "button", id: "ws-download-assessment" });
    var dlArea = el("button", { type: "button", id: "ws-download-area" });
    dlAssessment.addEventListener("click", function () { download("assessment"); });
    dlArea.addEventListener("click", function () { download("area"); });
    var buttons = el("div", { class: "ws-buttons" }, [dlAssessment, dlArea]);
    if (SERVE) {
      var saveBtn = el("button", { type: "button", id: "ws-save", class: "ws-save", text: t("js-worksheet-save") });
      saveBtn.addEventListener("click", saveToSite);
      buttons.appendChild(saveBtn);
    }
    form.appendChild(section("ws-finish-h", t(SERVE ? "js-worksheet-finish-serve" : "js-worksheet-finish"), [
      finishNote,
      el("div", { class: "ws-notes" }, [el("h3", { text: t("js-worksheet-notes") }), warnList]),
      buttons,
      saveResult,
    ]));

    app.appendChild(intro);
    app.appendChild(summary);
    app.appendChild(problemsBox);
    app.appendChild(start);
    app.appendChild(statusEl);
    app.appendChild(form);

    form.addEventListener("input", onInput);
    form.addEventListener("change", onChange);
    D.pointers.forEach(function (p) { pointerLive(p.id); });
    renderProblems();
    refresh();
  }

  function onInput(e) {
    var target = e.target;
    if (!target.name || !fields[target.name] && target.type !== "radio") return;
    if (target.type === "radio" && !target.checked) return;
    setPath(state, target.name, target.value);
    if (target.name === "area.name" && !state.folderTouched) {
      state.folder = slugify(target.value);
      setValue(fields.folder.control, state.folder);
    }
    if (target.name === "folder") state.folderTouched = true;
    store();
    var m = /^pointers\.([^.]+)\.(votes|score)$/.exec(target.name);
    if (m) pointerLive(m[1]);
    if (fields[target.name] && !fields[target.name].error.hidden) refresh();
    else updateFinish();
  }
  function onChange(e) {
    onInput(e);
    if (e.target.name) touched[e.target.name] = true;
    refresh();
  }

  function renderProblems() {
    var list = state.readProblems;
    problemsBox.textContent = "";
    problemsBox.hidden = !list.length;
    if (!list.length) return;
    problemsBox.appendChild(el("h2", { class: "notice-title", text: t("js-worksheet-unread") }));
    problemsBox.appendChild(el("p", { text: t("js-worksheet-unread-hint") }));
    problemsBox.appendChild(el("ul", {}, list.map(function (p) {
      return el("li", {}, [el("code", { text: p.where }), ": ", words(p.message + (p.hint ? "; " + p.hint : ""))]);
    })));
  }

  // Shows the mistakes next to their fields and in the summary; returns them all.
  function refresh() {
    var errs = validate(state);
    var shown = {};
    errs.forEach(function (e) {
      if ((showAll || touched[e.name]) && !shown[e.name]) shown[e.name] = e;
    });
    Object.keys(fields).forEach(function (name) {
      var f = fields[name], e = shown[name], c = f.control;
      var controls = f.wrap.tagName === "FIELDSET" ? [f.wrap] : [c];
      f.error.textContent = "";
      f.error.hidden = !e;
      f.wrap.classList.toggle("ws-field-error", !!e);
      Array.prototype.forEach.call(controls, function (x) {
        var described = (x.getAttribute("data-describedby") || "").split(" ").filter(Boolean);
        var group = x.tagName === "FIELDSET";
        if (e) {
          described.unshift(f.error.id);
          if (!group) x.setAttribute("aria-invalid", "true");
        } else x.removeAttribute("aria-invalid");
        if (described.length) x.setAttribute("aria-describedby", described.join(" "));
        else x.removeAttribute("aria-describedby");
      });
      if (e) {
        f.error.appendChild(el("span", { class: "visually-hidden", text: t("js-worksheet-error") + " " }));
        f.error.appendChild(words(e.message + (e.hint ? "; " + e.hint : "")));
      }
    });
    summaryList.textContent = "";
    var names = Object.keys(shown);
    errs.filter(function (e) { return shown[e.name] === e; }).forEach(function (e) {
      var f = fields[e.name];
      var a = el("a", { href: "#" + (f ? f.control.id : fid(e.name)) }, [where(f), words(e.message)]);
      a.addEventListener("click", function (ev) {
        if (!f) return;
        ev.preventDefault();
        var d = f.wrap.closest("details");
        if (d) d.open = true;
        f.control.focus();
        f.wrap.scrollIntoView({ block: "center" });
      });
      summaryList.appendChild(el("li", {}, [a]));
    });
    summary.hidden = !names.length;
    updateFinish();
    return errs;
  }

  // Which field a summary line is about: "Pointer 1, Evidence 2, Date: ".
  function where(f) {
    if (!f) return "";
    var parts = [];
    var pointer = f.wrap.closest(".ws-pointer"), item = f.wrap.closest(".ws-item");
    if (pointer) parts.push(t("js-worksheet-where-pointer", { n: pointer.querySelector(".num-badge").textContent }));
    if (item) parts.push(item.querySelector("legend").textContent);
    var label = f.wrap.querySelector(".ws-label");
    if (label) parts.push(label.textContent.replace(t("js-worksheet-optional"), ""));
    return parts.join(", ") + ": ";
  }

  function focusSummary() {
    if (!summary.hidden) {
      summary.focus();
      summary.scrollIntoView({ block: "start" });
    } else if (!problemsBox.hidden) {
      problemsBox.setAttribute("tabindex", "-1");
      problemsBox.focus();
    }
  }

  function updateFinish() {
    var folder = isSlug(state.folder) ? state.folder : t("js-worksheet-folder-placeholder");
    var period = parsePeriod(state.period) ? state.period : t("js-worksheet-period-placeholder");
    finishNote.textContent = "";
    finishNote.appendChild(words(t(SERVE ? "js-worksheet-finish-note-serve" : "js-worksheet-finish-note", { folder: folder, period: period })));
    warnList.textContent = "";
    var w = warnings(state);
    warnList.parentNode.hidden = !w.length;
    w.forEach(function (t) { warnList.appendChild(el("li", {}, [words(t)])); });
    document.getElementById("ws-download-assessment").textContent = t("js-worksheet-download-assessment", { file: period + ".yaml" });
    document.getElementById("ws-download-area").textContent = t("js-worksheet-download-area");
  }

  function download(kind) {
    showAll = true;
    var errs = refresh().filter(function (e) { return e.scope === kind; });
    if (errs.length) {
      say(t("js-worksheet-not-downloaded", { n: errs.length }));
      focusSummary();
      return;
    }
    var text = kind === "area" ? areaYaml(state) : assessmentYaml(state);
    var name = kind === "area" ? "area.yaml" : state.period + ".yaml";
    var url = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
    var a = el("a", { href: url, download: name, hidden: true });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    var folder = isSlug(state.folder) ? state.folder : t("js-worksheet-folder-placeholder");
    say(t("js-worksheet-downloaded", { file: name, folder: folder }));
  }

  function saveToSite() {
    showAll = true;
    var errs = refresh();
    if (errs.length) {
      say(t("js-worksheet-not-saved", { n: errs.length }));
      focusSummary();
      return;
    }
    var folder = state.folder, dir = "assessments/" + folder + "/";
    var files = [];
    var areaText = areaYaml(state);
    var periodBase = state.base.period && state.base.period.folder === folder && state.base.period.period === state.period ? state.base.period.hash : null;
    files.push({ path: dir + state.period + ".yaml", text: assessmentYaml(state), base: periodBase });
    if (state.areaStart === null || areaText !== state.areaStart || state.areaFolder !== folder) {
      var areaBase = state.base.area && state.base.area.folder === folder ? state.base.area.hash : null;
      files.push({ path: dir + "area.yaml", text: areaText, base: areaBase });
    }
    saveResult.textContent = "";
    saveResult.appendChild(el("p", { text: t("js-worksheet-saving") }));
    fetch(SERVE.save, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Aba-Secret": SERVE.secret },
      body: JSON.stringify({ files: files }),
    }).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; });
    }).then(function (res) {
      showSaved(res.status, res.body, folder, areaText);
    }).catch(function () {
      showSaved(0, { error: t("js-worksheet-serve-gone") }, folder, areaText);
    });
  }

  function showSaved(status, body, folder, areaText) {
    saveResult.textContent = "";
    if (status !== 200) {
      saveResult.appendChild(el("h3", { class: "ws-bad", text: t("js-worksheet-not-saved-title") }));
      saveResult.appendChild(el("p", {}, [words(cap(body.error || t("js-worksheet-refused")) + ".")]));
      var offer = el("div", { class: "ws-buttons" });
      var a1 = el("button", { type: "button", text: t("js-worksheet-download-assessment-instead") });
      var a2 = el("button", { type: "button", class: "ws-secondary", text: t("js-worksheet-download-area-instead") });
      a1.addEventListener("click", function () { download("assessment"); });
      a2.addEventListener("click", function () { download("area"); });
      offer.appendChild(a1);
      offer.appendChild(a2);
      saveResult.appendChild(offer);
      return;
    }
    (body.saved || []).forEach(function (s) {
      if (/\/area\.yaml$/.test(s.path)) {
        state.base.area = { folder: folder, hash: s.hash };
        state.areaStart = areaText;
        state.areaFolder = folder;
      } else state.base.period = { folder: folder, period: state.period, hash: s.hash };
    });
    store();
    saveResult.appendChild(el("h3", { text: t("js-worksheet-saved-title") }));
    saveResult.appendChild(el("p", {}, [
      words(t("js-worksheet-saved", { files: body.saved.map(function (s) { return "`" + s.path + "`"; }).join(t("js-worksheet-and")) })), " ",
      el("a", { href: D.area_url.replace("SLUG", folder), text: t("js-worksheet-saved-see") }),
      state.status === "draft" ? " " + t("js-worksheet-saved-draft") : ".",
    ]));
    saveResult.appendChild(el("p", {}, [words(t(body.diagnostics && body.diagnostics.length ? "js-worksheet-saved-check-list" : "js-worksheet-saved-check", { summary: body.summary }))]));
    if (body.diagnostics && body.diagnostics.length) {
      saveResult.appendChild(el("ul", { class: "ws-diagnostics" }, body.diagnostics.map(function (d) {
        return el("li", { class: d.severity === "error" ? "ws-bad" : "" }, [el("code", { text: d.text })]);
      })));
    }
  }

  // ------------------------------------------------------------ go
  if (nojs) nojs.hidden = true;
  app.hidden = false;
  render();
  if (kept) say(t("js-worksheet-draft-back"));
  if (!yaml) say(t("js-worksheet-no-yaml"));
})();
