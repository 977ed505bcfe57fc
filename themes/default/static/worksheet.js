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
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
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
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  function parsePeriod(s) {
    var m = /^(\d{4})(?:-(\d{2}))?$/.exec(s);
    if (!m || (m[2] && (+m[2] < 1 || +m[2] > 12))) return null;
    return { y: +m[1], m: m[2] ? +m[2] : null };
  }
  function periodLabel(s) {
    var p = parsePeriod(s);
    return p ? (p.m ? MONTHS[p.m - 1] + " " : "") + p.y : s;
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
    if (v == null) return "nothing";
    if (typeof v === "boolean") return "yes/no";
    if (typeof v === "number") return "a number";
    if (typeof v === "string") return "text";
    if (Array.isArray(v)) return "a list";
    return "a set of keys";
  }
  // A whole number as typed: the number, or what it is instead.
  function wholeNumber(text) {
    var t = String(text).trim();
    if (/^[-+]?\d+$/.test(t)) return { n: parseInt(t, 10) };
    if (/^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(t)) return { kind: "a number" };
    return { kind: "text" };
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

  function areaYaml(st) {
    var a = st.area, out = "name: " + scalar(a.name, "  ");
    var hints = {
      kind: "# kind: Metropolitan borough\n",
      region: "# region: North West      # or the nation, for Scotland, Wales and Northern Ireland\n",
      nation: "# nation: England         # England | Scotland | Wales | Northern Ireland\n",
      website: "# website: https://www.example.gov.uk\n",
      contact: "# contact: assessments@example.gov.uk   # a shared address or a web page\n",
    };
    ["kind", "region", "nation", "website", "contact"].forEach(function (k) {
      out += a[k] === "" || a[k] == null ? hints[k] : k + ": " + scalar(a[k], "  ");
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
      !blank(p.strengths) || p.evidence.some(itemHasAny) || p.next_steps.some(itemHasAny);
  }
  function itemHasAny(item) { return Object.keys(item).some(function (k) { return !blank(item[k]); }); }

  function assessmentYaml(st) {
    var out = D.header.replace("{period}", periodLabel(st.period)) + "\n";
    out += "assessed_on: " + st.assessed_on.trim() + "\n";
    out += "status: " + st.status + "\n";
    if (st.facilitator !== "") out += "facilitator: " + scalar(st.facilitator, "  ");
    if (st.framework !== "") out += "framework: " + scalar(st.framework, "  ");
    if (!blank(st.reviewed_by.name) || !blank(st.reviewed_by.on)) {
      out += "reviewed_by:\n  name: " + scalar(st.reviewed_by.name, "    ");
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
    if (!blank(st.summary)) out += "summary: " + scalar(st.summary, "  ");
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
      if (!blank(p.strengths)) out += "    strengths: " + scalar(p.strengths, "      ");
      out += keptAsOpened("stories", p.stories, "    ");
      var evidence = p.evidence.filter(itemHasAny);
      if (evidence.length) {
        out += "    evidence:\n";
        evidence.forEach(function (e) {
          if (blank(e.link) && blank(e.date)) {
            out += "      - " + scalar(e.text, "        ");
            return;
          }
          out += "      - text: " + scalar(e.text, "          ");
          if (!blank(e.link)) out += "        link: " + scalar(e.link.trim(), "          ");
          if (!blank(e.date)) out += "        date: " + e.date.trim() + "\n";
        });
      }
      var steps = p.next_steps.filter(itemHasAny);
      if (steps.length) {
        out += "    next_steps:\n";
        steps.forEach(function (s) {
          if (blank(s.owner) && blank(s.due) && blank(s.status)) {
            out += "      - " + scalar(s.action, "        ");
            return;
          }
          out += "      - action: " + scalar(s.action, "          ");
          if (!blank(s.owner)) out += "        owner: " + scalar(s.owner, "          ");
          if (!blank(s.due)) out += "        due: " + s.due.trim() + "\n";
          if (!blank(s.status)) out += "        status: " + s.status + "\n";
        });
      }
    });
    return out;
  }

  // ------------------------------------------------------------ the state
  function blankPointer() {
    return { votes: "", score: "", target: "", confidence: "", strengths: "", stories: null, evidence: [], next_steps: [] };
  }
  function blankEvidence() { return { text: "", link: "", date: "" }; }
  function blankStep() { return { action: "", owner: "", due: "", status: "" }; }
  function blankState() {
    var s = {
      version: 1,
      area: { name: "", kind: "", region: "", nation: "", website: "", contact: "" },
      folder: "", folderTouched: false,
      period: "", assessed_on: "", status: "published", facilitator: "", framework: D.framework,
      reviewed_by: { name: "", on: "" },
      participants: {}, roleOrder: [],
      summary: "", next_review: "",
      // Stories are kept as opened: the form does not edit them.
      stories: null,
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
      if (storageOk) say("This browser is not keeping your draft (its storage is off or full). Download your work before you close the page.");
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
      err(name, scope, "`" + value + "` is not " + what, n ? "did you mean `" + n + "`?" : "use one of: " + all.join("; "));
    }
    function date(name, scope, value) {
      if (!blank(value) && !parseDate(value.trim())) {
        err(name, scope, "`" + value + "` is not a real date", "write dates as YYYY-MM-DD, for example 2018-03-31");
      }
    }
    function level(name, scope, value, what) {
      if (blank(value)) return;
      var w = wholeNumber(value);
      if (w.n == null) err(name, scope, what + " should be a whole number, not " + w.kind);
      else if (SCALE.indexOf(w.n) < 0) err(name, scope, what + " " + w.n + " is not on the scale", "use one of " + SCALE.join(", "));
    }
    var a = st.area;
    if (blank(a.name)) err("area.name", "area", "area.yaml has no `name`", "type the area's name, as readers know it");
    if (a.nation) choice("area.nation", "area", a.nation, D.nations, "a nation aba knows");
    if (a.website !== "") {
      var lower = a.website.toLowerCase();
      if (!((lower.indexOf("https://") === 0 || lower.indexOf("http://") === 0) && isSafeLink(a.website))) {
        err("area.website", "area", "the website `" + a.website + "` is not a web address", "start it with https://");
      }
    }
    if (a.contact !== "" && a.contact != null) {
      var c = a.contact.trim(), lc = c.toLowerCase();
      var email = !/[ \/:]/.test(c) && /^[^@]+@[^@]+\.[^@]+$/.test(c);
      var page = lc.indexOf("https://") === 0 || lc.indexOf("http://") === 0 || lc.indexOf("mailto:") === 0;
      if (!((email || page) && isSafeLink(email ? "mailto:" + c : c))) {
        err("area.contact", "area", "the contact `" + c + "` is not an email address or a web page", "give a shared address such as assessments@example.gov.uk, or a page starting with https://");
      }
    }
    date("next_review", "assessment", st.next_review || "");
    if (blank(st.folder)) err("folder", "folder", "the area has no folder name", "lower-case letters, digits and -, such as " + (slugify(a.name) || "tally-bridge"));
    else if (!isSlug(st.folder)) {
      err("folder", "folder", "`" + st.folder + "` cannot be an area's folder name: use lower-case letters, digits and -, e.g. " + (slugify(st.folder) || "tally-bridge"));
    }
    if (blank(st.period)) err("period", "assessment", "the assessment has no period", "use a year (2026) or year and month (2026-03)");
    else if (!parsePeriod(st.period)) err("period", "assessment", "`" + st.period + "` is not a period", "use a year (2026) or year and month (2026-03)");
    if (blank(st.assessed_on)) err("assessed_on", "assessment", "this assessment has no `assessed_on` date", "the date of the workshop, such as 2026-03-31");
    else date("assessed_on", "assessment", st.assessed_on);
    if (STATUSES.indexOf(st.status) < 0) err("status", "assessment", "`" + st.status + "` is not a status", "use `published` or `draft`");
    if (!blank(st.reviewed_by.on) || !blank(st.reviewed_by.name)) {
      if (blank(st.reviewed_by.name)) err("reviewed_by.name", "assessment", "`reviewed_by` has no `name`", "who checked the scores against the evidence");
      date("reviewed_by.on", "assessment", st.reviewed_by.on);
    }
    roleOrder(st).forEach(function (key) {
      var v = st.participants[key];
      if (blank(v)) return;
      var w = wholeNumber(v);
      if (w.n == null) err("participants." + key, "assessment", "`count` should be a whole number, not " + w.kind);
      else if (w.n < 0) err("participants." + key, "assessment", "`count` cannot be negative");
    });
    D.pointers.forEach(function (meta) {
      var id = meta.id, p = st.pointers[id], at = "pointers." + id + ".";
      var bad = null;
      tokens(p.votes).some(function (t) {
        var w = wholeNumber(t);
        if (w.n == null) bad = ["the vote should be a whole number, not " + w.kind];
        else if (SCALE.indexOf(w.n) < 0) bad = ["the vote " + w.n + " is not on the scale", "use one of " + SCALE.join(", ")];
        return bad;
      });
      if (bad) err(at + "votes", "assessment", bad[0], bad[1]);
      level(at + "score", "assessment", p.score, "the score");
      level(at + "target", "assessment", p.target, "the target");
      if (!blank(p.confidence) && CONFIDENCES.indexOf(p.confidence) < 0) {
        err(at + "confidence", "assessment", "`" + p.confidence + "` is not a confidence level", "use low, medium or high");
      }
      p.evidence.forEach(function (e, i) {
        if (!itemHasAny(e)) return;
        var base = at + "evidence." + i + ".";
        if (blank(e.text)) err(base + "text", "assessment", "this evidence item has no `text`", "say what shows it");
        if (!blank(e.link) && !isSafeLink(e.link.trim())) {
          err(base + "link", "assessment", "the link `" + e.link.trim() + "` is not allowed", "links must start with https://, http://, mailto: or / (a page of this site)");
        }
        date(base + "date", "assessment", e.date);
      });
      p.next_steps.forEach(function (s, i) {
        if (!itemHasAny(s)) return;
        var base = at + "next_steps." + i + ".";
        if (blank(s.action)) err(base + "action", "assessment", "this next step has no `action`", "say what will be done");
        date(base + "due", "assessment", s.due);
        choice(base + "status", "assessment", s.status, STEP_STATUSES, "a next-step status");
      });
    });
    return out;
  }

  // What aba check would note but that does not stop a build.
  function warnings(st) {
    var out = [];
    var missing = D.pointers.filter(function (p) { return effectiveScore(st.pointers[p.id]) == null; }).map(function (p) { return p.id; });
    if (missing.length) out.push("not assessed: " + missing.join(", "));
    var counts = roleOrder(st).filter(function (k) { return !blank(st.participants[k]); });
    if (!counts.length) out.push("no participants are recorded");
    else if (!(wholeNumber(st.participants[LIVED.key]).n > 0)) out.push("no people with lived experience took part");
    if (st.framework !== "" && st.framework !== D.framework) {
      out.push("this assessment used the framework `" + st.framework + "`, but the site describes `" + D.framework + "`");
    }
    var on = parseDate(String(st.assessed_on).trim());
    if (on) {
      D.pointers.forEach(function (meta) {
        var p = st.pointers[meta.id];
        p.evidence.forEach(function (e) {
          var d = parseDate(String(e.date).trim());
          if (itemHasAny(e) && d && dateKey(plusMonths(d, D.stale_after_months)) < dateKey(on)) {
            out.push("evidence dated " + e.date.trim() + " was more than " + D.stale_after_months + " months old when this assessment was made");
          }
        });
        p.next_steps.forEach(function (s) {
          var d = parseDate(String(s.due).trim());
          var open = blank(s.status) || s.status === "planned" || s.status === "in progress";
          if (itemHasAny(s) && d && dateKey(d) < dateKey(on) && open) {
            out.push('the next step "' + s.action + '" was due on ' + s.due.trim() + " and is not done");
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
  }
  Reader.prototype.problem = function (key, message, hint) {
    this.problems.push({ where: this.file + (key ? lineOf(this.source, key) : ""), message: message, hint: hint || null });
  };
  // A mapping's keys, reporting unknown ones; null (after saying so) if it is not a mapping.
  Reader.prototype.mapping = function (v, what, known) {
    if (v == null) return {};
    if (typeof v !== "object" || Array.isArray(v)) {
      this.problem(null, what + " should be a set of `key: value` lines, not " + kindOf(v), "the keys it can have are: " + known.join(", "));
      return null;
    }
    var self = this;
    Object.keys(v).forEach(function (k) {
      if (known.indexOf(k) >= 0) return;
      var n = nearest(k, known);
      self.problem(k, "unknown key `" + k + "` in " + what, n ? "did you mean `" + n + "`?" : "the keys " + what + " can have are: " + known.join(", "));
    });
    return v;
  };
  Reader.prototype.text = function (m, key) {
    var v = m[key];
    if (v == null) return "";
    if (typeof v === "object") {
      this.problem(key, "`" + key + "` should be text, not " + kindOf(v));
      return "";
    }
    return String(v);
  };
  // A list; `single` lets one item stand without the list around it.
  Reader.prototype.list = function (v, key, what, single) {
    if (v == null) return [];
    if (single && (typeof v === "string" || (typeof v === "object" && !Array.isArray(v)))) return [v];
    if (!Array.isArray(v)) {
      this.problem(key, what + " should be a list (lines starting with `- `), not " + kindOf(v));
      return [];
    }
    return v;
  };

  function readArea(r, doc, st) {
    var m = r.mapping(doc, "area.yaml", AREA_KEYS) || {};
    AREA_KEYS.forEach(function (k) { st.area[k] = r.text(m, k); });
    st.folder = slugify(st.area.name);
    st.folderTouched = false;
  }

  function readAssessment(r, doc, st) {
    var m = r.mapping(doc, "an assessment", ASSESSMENT_KEYS) || {};
    st.assessed_on = r.text(m, "assessed_on");
    st.status = m.status == null ? "published" : r.text(m, "status");
    st.facilitator = r.text(m, "facilitator");
    st.framework = r.text(m, "framework");
    if (m.reviewed_by != null) {
      var rv = r.mapping(m.reviewed_by, "`reviewed_by`", REVIEW_KEYS) || {};
      st.reviewed_by = { name: r.text(rv, "name"), on: r.text(rv, "on") };
    }
    st.roleOrder = [];
    (m.participants == null ? [] : r.list(m.participants, "participants", "`participants`")).forEach(function (item) {
      var pm = r.mapping(item, "a participant group", PARTICIPANT_KEYS);
      if (!pm) return;
      var role = r.text(pm, "role");
      var found = ROLES.filter(function (x) { return x.name === role; })[0];
      if (!found) {
        var n = nearest(role, ROLE_NAMES);
        r.problem("role", role ? "`" + role + "` is not a participant role" : "this participant group has no `role`", n ? "did you mean `" + n + "`?" : "use one of: " + ROLE_NAMES.join("; "));
        return;
      }
      var count = pm.count == null ? "" : String(pm.count);
      if (pm.count == null) r.problem("count", "this participant group has no `count`", "type how many took part");
      if (st.roleOrder.indexOf(found.key) >= 0) {
        var before = wholeNumber(st.participants[found.key]).n, now = wholeNumber(count).n;
        r.problem("role", "`" + role + "` is listed twice: the form adds the two counts together");
        count = before != null && now != null ? String(before + now) : count;
      } else st.roleOrder.push(found.key);
      st.participants[found.key] = count;
    });
    st.summary = r.text(m, "summary");
    st.next_review = r.text(m, "next_review");
    st.stories = m.stories == null ? null : m.stories;
    if (m.pointers != null) {
      if (typeof m.pointers !== "object" || Array.isArray(m.pointers)) {
        r.problem("pointers", "`pointers` should list each pointer's id with its score under it");
      } else {
        Object.keys(m.pointers).forEach(function (id) {
          if (POINTER_IDS.indexOf(id) < 0) {
            var n = nearest(id, POINTER_IDS);
            r.problem(id, 'unknown pointer "' + id + '"', n ? 'did you mean "' + n + '"?' : "the pointer ids are: " + POINTER_IDS.join(", "));
            return;
          }
          readPointer(r, m.pointers[id], st.pointers[id]);
        });
      }
    }
  }

  function readPointer(r, v, p) {
    var m = r.mapping(v, "a pointer's assessment", POINTER_KEYS) || {};
    if (m.votes != null) {
      if (Array.isArray(m.votes)) p.votes = m.votes.map(function (x) { return x == null ? "null" : String(x); }).join(", ");
      else {
        r.problem("votes", "`votes` should be a list (lines starting with `- `), not " + kindOf(m.votes));
        p.votes = typeof m.votes === "object" ? "" : String(m.votes);
      }
    }
    ["score", "target", "confidence", "strengths"].forEach(function (k) { p[k] = r.text(m, k); });
    p.stories = m.stories == null ? null : m.stories;
    p.evidence = r.list(m.evidence, "evidence", "`evidence`", true).map(function (item) {
      if (typeof item !== "object" || item === null) return { text: item == null ? "" : String(item), link: "", date: "" };
      var em = r.mapping(item, "an evidence item", EVIDENCE_KEYS) || {};
      return { text: r.text(em, "text"), link: r.text(em, "link"), date: r.text(em, "date") };
    });
    p.next_steps = r.list(m.next_steps, "next_steps", "`next_steps`", true).map(function (item) {
      if (typeof item !== "object" || item === null) return { action: item == null ? "" : String(item), owner: "", due: "", status: "" };
      var sm = r.mapping(item, "a next step", STEP_KEYS) || {};
      return { action: r.text(sm, "action"), owner: r.text(sm, "owner"), due: r.text(sm, "due"), status: r.text(sm, "status") };
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
        hint: "the form shows what could be read before this line",
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
      say("Files cannot be opened: the YAML reader (js-yaml.min.js) did not load with this page.");
      return;
    }
    Promise.all(list.map(function (f) {
      return f.arrayBuffer().then(function (buf) { return { name: f.name, bytes: new Uint8Array(buf) }; });
    })).then(function (files) {
      var next = clone(state);
      next.readProblems = [];
      var opened = [], area = null, assessment = null;
      files.forEach(function (f) {
        var text = new TextDecoder("utf-8").decode(f.bytes);
        var r = new Reader(f.name, text);
        var doc = parseYaml(r, text);
        var isArea = /^area\.ya?ml$/i.test(f.name) ||
          (doc && typeof doc === "object" && !Array.isArray(doc) && "name" in doc && !("assessed_on" in doc) && !("pointers" in doc));
        if (isArea) {
          if (area) r.problem(null, "only one area.yaml can be opened at a time; this one was left out");
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
          r.problem(null, "only one assessment can be opened at a time; this one was left out");
        } else {
          assessment = f;
          var fresh2 = blankState();
          var stem = f.name.replace(/\.ya?ml$/i, "");
          fresh2.period = parsePeriod(stem) ? stem : "";
          if (!parsePeriod(stem)) {
            r.problem(null, "`" + stem + "` is not a period", "name assessment files by year (2018.yaml) or year and month (2018-03.yaml); type the period in the form");
          }
          readAssessment(r, doc, fresh2);
          ["period", "assessed_on", "status", "facilitator", "framework", "reviewed_by", "participants", "roleOrder", "summary", "next_review", "stories", "pointers"].forEach(function (k) {
            next[k] = fresh2[k];
          });
          next.last = null;
          next.base.period = { folder: next.folder, period: next.period, hash: hash(f.bytes) };
          opened.push(f.name);
        }
        next.readProblems = next.readProblems.concat(r.problems);
      });
      if (area && next.base.period) next.base.period.folder = next.folder;
      replaceState(next, "Opened " + (opened.join(" and ") || "nothing") + ".");
    }).catch(function (e) {
      say("The files could not be read: " + (e && e.message ? e.message : e));
    });
  }

  // ------------------------------------------------------------ start from a published assessment
  function startFrom(slug, period) {
    var area = D.areas.filter(function (a) { return a.slug === slug; })[0];
    if (!area) return;
    if (location.protocol === "file:" || !window.fetch) {
      say("This page was opened from a folder on your computer, and browsers do not let such a page read the site's data files. Open the worksheet on the published site, or with aba serve, to start from a published assessment; or use Open with the files themselves.");
      return;
    }
    var url = D.assessment_json_url.replace("SLUG", encodeURIComponent(slug)).replace("PERIOD", encodeURIComponent(period));
    say("Reading " + area.name + "'s assessment for " + periodLabel(period) + "…");
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
      replaceState(next, "Started from " + area.name + "'s assessment for " + periodLabel(json.period) + ": last time's next steps are filled in, for you to update their status.");
    }).catch(function () {
      say("The published assessment could not be read (" + url + "). Check that the site is up to date, or use Open with the files.");
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
    var undo = el("button", { type: "button", class: "ws-secondary ws-inline", text: "Bring back the form as it was" });
    undo.addEventListener("click", function () {
      state = before;
      before = null;
      touched = {};
      store();
      render();
      say("The form is back as it was.");
      statusEl.focus();
    });
    var problems = state.readProblems.length;
    say(message + (problems ? " " + plural(problems, "part") + " could not be read: see the list at the top." : ""), undo);
    var errs = refresh();
    if (errs.length || problems) focusSummary();
    else statusEl.focus();
  }

  function setValue(control, value) {
    value = value == null ? "" : String(value);
    if (control.tagName === "SELECT" && value !== "" && !Array.prototype.some.call(control.options, function (o) { return o.value === value; })) {
      control.appendChild(el("option", { value: value, text: value + " (not allowed)" }));
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
    fs.appendChild(el("legend", { class: "ws-label", text: "Status" }));
    fs.appendChild(el("p", { id: "ws-status-hint", class: "ws-hint", text: "Published assessments are shown on the site. A draft is left out until it is agreed." }));
    var error = el("p", { id: "ws-status-error", class: "ws-error", hidden: true });
    fs.appendChild(error);
    var labels = {
      published: "Published: show it on the site",
      draft: "Draft: leave it out for now (aba build --drafts and aba serve --drafts show it)",
    };
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
      var fs = el("fieldset", { class: "ws-item" }, [el("legend", { text: "Evidence " + (i + 1) })]);
      fs.appendChild(field({ name: at + "text", label: "What shows it", kind: "textarea", rows: 2 }));
      var row = el("div", { class: "ws-row" });
      row.appendChild(field({ name: at + "link", label: "Link (optional)", hint: "https://…", spellcheck: "false" }));
      row.appendChild(field({ name: at + "date", label: "Date (optional)", hint: "YYYY-MM-DD", width: 10, cls: "ws-narrow" }));
      fs.appendChild(row);
      fs.appendChild(removeButton("Remove evidence " + (i + 1), " for pointer " + meta.number, function () {
        p.evidence.splice(i, 1);
        store();
        evidenceList(id, holder);
        refresh();
        say("Evidence " + (i + 1) + " of pointer " + meta.number + " removed.");
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
      var fs = el("fieldset", { class: "ws-item" }, [el("legend", { text: "Next step " + (i + 1) })]);
      fs.appendChild(field({ name: at + "action", label: "What will be done", kind: "textarea", rows: 2 }));
      var row = el("div", { class: "ws-row" });
      row.appendChild(field({ name: at + "owner", label: "Who will do it (optional)" }));
      row.appendChild(field({ name: at + "due", label: "Due (optional)", hint: "YYYY-MM-DD", width: 10, cls: "ws-narrow" }));
      row.appendChild(field({
        name: at + "status", label: "Status (optional)", kind: "select", cls: "ws-narrow",
        options: [["", "Not given"]].concat(STEP_STATUSES.map(function (x) { return [x, cap(x)]; })),
      }));
      fs.appendChild(row);
      fs.appendChild(removeButton("Remove next step " + (i + 1), " for pointer " + meta.number, function () {
        p.next_steps.splice(i, 1);
        store();
        stepList(id, holder);
        refresh();
        say("Next step " + (i + 1) + " of pointer " + meta.number + " removed.");
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
    guide.appendChild(el("summary", { text: "Questions, and what each level looks like" }));
    guide.appendChild(el("p", { text: meta.summary }));
    if (meta.questions.length) {
      guide.appendChild(el("h4", { text: "Talk about" }));
      guide.appendChild(el("ul", {}, meta.questions.map(function (q) { return el("li", { text: q }); })));
    }
    guide.appendChild(el("h4", { text: "The levels" }));
    guide.appendChild(el("dl", { class: "ws-levels" }, [].concat.apply([], meta.levels.map(function (l) {
      return [el("dt", { text: l.value + " " + l.label }), el("dd", { text: l.text })];
    }))));
    var body = el("div", { class: "ws-pointer-fields" });
    var last = state.last && state.last.pointers[id];
    if (last && (last.score != null || last.target != null)) {
      var bits = [];
      if (last.score != null) bits.push("scored " + last.score + " (" + LABEL[last.score] + ")");
      if (last.target != null) bits.push("aimed for " + last.target + " (" + LABEL[last.target] + ")");
      body.appendChild(el("p", { class: "ws-last", text: "Last time (" + state.last.label + "): " + bits.join("; ") + "." }));
    }
    body.appendChild(field({
      name: at + "votes", label: "Votes", live: true, inputmode: "numeric", width: 20,
      hint: "One number from " + SCALE[0] + " to " + SCALE[SCALE.length - 1] + " for each person or table, such as 2 3 3 1 or 2, 3, 3, 1.",
    }));
    var row = el("div", { class: "ws-row" });
    row.appendChild(field({ name: at + "score", label: "Agreed score (optional)", kind: "select", options: scaleOptions("The middle vote"), hint: "Only if the group agreed a score directly." }));
    row.appendChild(field({ name: at + "target", label: "Target (optional)", kind: "select", options: scaleOptions("No target"), hint: "The level to reach by the next assessment." }));
    row.appendChild(field({
      name: at + "confidence", label: "Confidence (optional)", kind: "select", hint: "How strong the evidence is.",
      options: [["", "Not given"]].concat(CONFIDENCES.map(function (c) { return [c, cap(c)]; })),
    }));
    body.appendChild(row);
    body.appendChild(field({ name: at + "strengths", label: "Strengths to build on", kind: "textarea", rows: 4, hint: "What the area already has and does well here. You can use Markdown: **bold**, and lists with lines starting with -." }));
    body.appendChild(el("h4", { text: "Evidence" }));
    var ev = el("div", { class: "ws-list" });
    evidenceList(id, ev);
    body.appendChild(ev);
    var addEv = el("button", { type: "button", class: "ws-secondary", id: fid("add-evidence-" + id) }, ["Add evidence", el("span", { class: "visually-hidden", text: " for pointer " + meta.number })]);
    addEv.addEventListener("click", function () {
      state.pointers[id].evidence.push(blankEvidence());
      store();
      evidenceList(id, ev);
      fields[at + "evidence." + (state.pointers[id].evidence.length - 1) + ".text"].control.focus();
    });
    body.appendChild(addEv);
    body.appendChild(el("h4", { text: "Next steps" }));
    var steps = el("div", { class: "ws-list" });
    stepList(id, steps);
    body.appendChild(steps);
    var addStep = el("button", { type: "button", class: "ws-secondary", id: fid("add-step-" + id) }, ["Add a next step", el("span", { class: "visually-hidden", text: " for pointer " + meta.number })]);
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
      parts.push(plural(votes.length, "vote") + ". The middle vote is " + med + " (" + LABEL[med] + ").");
      if (isDivided(votes)) parts.push(" ", el("strong", { text: "The group was divided" }), ": the votes spread across three or more levels.");
      if (score != null) parts.push(" The group agreed a score of " + score + " (" + LABEL[score] + ") directly: that is the score shown.");
    } else if (score != null) {
      parts.push("Score: " + score + " (" + LABEL[score] + ").");
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
      el("p", {}, [el("strong", { text: "Nothing is lost: " }), "everything you type is kept in this browser, on this computer, as you type it. Closing the page, a reload or a crash loses nothing; it stays until you press Start again. Nothing is sent anywhere" + (SERVE ? " until you press Save to the site." : ".")]),
      el("p", {}, ["The form fills in the two files the site is made from. At the end, download them (or, when you preview the site with ", el("code", { text: "aba serve" }), ", save them straight into it). Prefer paper? Print the ", el("a", { href: D.kit_url, text: "workshop kit" }), "."]),
    ]);
    summary = el("div", { class: "ws-error-summary", id: "ws-error-summary", tabindex: "-1", "aria-labelledby": "ws-error-summary-h", hidden: true }, [
      el("h2", { id: "ws-error-summary-h", class: "ws-error-summary-title", text: "There is a problem" }),
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
      el("h3", { text: "Open files from your computer" }),
      el("label", { for: "ws-open", class: "ws-label", text: "An assessment (such as 2025.yaml), its area.yaml, or both" }),
      el("p", { id: "ws-open-hint", class: "ws-hint", text: "To carry on with an assessment, or to change one. The form shows what it holds; anything it cannot read is listed at the top." }),
      openInput,
    ]);
    var startBox = el("div", { class: "ws-start-box" }, [el("h3", { text: "Start from a published assessment" })]);
    var published = D.areas.filter(function (a) { return a.periods.length; });
    if (published.length) {
      startBox.appendChild(el("p", { class: "ws-hint", text: "For an area's next assessment: brings across the area and last time's next steps, to update their status, and shows last time's scores and targets beside each pointer." }));
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
      var go = el("button", { type: "button", text: "Start from it" });
      go.addEventListener("click", function () { startFrom(areaSel.value, periodSel.value); });
      startBox.appendChild(el("div", { class: "ws-row" }, [
        el("div", { class: "ws-field" }, [el("label", { for: "ws-from-area", class: "ws-label", text: "Area" }), areaSel]),
        el("div", { class: "ws-field ws-narrow" }, [el("label", { for: "ws-from-period", class: "ws-label", text: "Assessment" }), periodSel]),
      ]));
      startBox.appendChild(go);
    } else startBox.appendChild(el("p", { text: "This site has no published assessments yet." }));
    var againBox = el("div", { class: "ws-start-box" }, [el("h3", { text: "Start again" })]);
    var again = el("button", { type: "button", class: "ws-secondary", id: "ws-again", text: "Start again" });
    var confirmBox = el("div", { class: "ws-confirm", id: "ws-confirm", hidden: true, role: "group", "aria-labelledby": "ws-confirm-h" }, [
      el("p", { id: "ws-confirm-h", tabindex: "-1" }, [el("strong", { text: "Empty the whole form?" }), " This clears every field and the draft kept in this browser. Files you downloaded or saved are not touched."]),
    ]);
    var yes = el("button", { type: "button", class: "ws-warning", text: "Yes, empty the form" });
    var no = el("button", { type: "button", class: "ws-secondary", text: "No, keep it" });
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
      say("The form is empty again.");
      statusEl.focus();
    });
    againBox.appendChild(el("p", { class: "ws-hint", text: "Empties the form, after asking." }));
    againBox.appendChild(again);
    againBox.appendChild(confirmBox);
    var start = section("ws-start-h", "Start", [el("div", { class: "ws-start" }, [openBox, startBox, againBox])]);

    form = el("form", { id: "ws-form", novalidate: true, autocomplete: "off" });
    form.addEventListener("submit", function (e) { e.preventDefault(); });

    var regions = el("datalist", { id: "ws-regions" }, D.regions.map(function (r) { return el("option", { value: r }); }));
    form.appendChild(section("ws-area-h", "The area", [
      el("p", { class: "ws-hint", text: "Written to area.yaml, once for each area. For an area already on the site, leave it as it is." }),
      field({ name: "area.name", label: "Name of the area", hint: "As readers know it, such as Tally Bridge.", width: 30 }),
      field({ name: "folder", label: "Folder name", hint: "The area's folder in assessments/, and its web address. Lower-case letters, digits and -; made from the name unless you change it.", width: 20, spellcheck: "false" }),
      field({ name: "area.kind", label: "Kind of area (optional)", hint: "Such as Metropolitan borough, or County council.", width: 30 }),
      field({ name: "area.region", label: "Region (optional)", hint: "Such as North West; for Scotland, Wales and Northern Ireland, the nation.", width: 20, list: "ws-regions" }),
      regions,
      field({ name: "area.nation", label: "Nation (optional)", kind: "select", options: [["", "Not given"]].concat(D.nations.map(function (n) { return [n, n]; })) }),
      field({ name: "area.website", label: "Website (optional)", hint: "Starting https://", width: 30, spellcheck: "false" }),
      field({ name: "area.contact", label: "Contact (optional)", hint: "Where readers can ask about the assessments: a shared email address or a web page, not a person's own address.", width: 30, spellcheck: "false" }),
    ]));

    var people = el("fieldset", { class: "ws-field ws-people", "aria-describedby": "ws-people-hint" }, [
      el("legend", { class: "ws-label", text: "Who took part" }),
      el("p", { id: "ws-people-hint", class: "ws-hint", text: "How many people from each group took part. Leave a group empty if nobody from it came. Who took part is part of the evidence." }),
    ]);
    var grid = el("div", { class: "ws-people-grid" });
    roleOrder(state).forEach(function (key) {
      var r = ROLES.filter(function (x) { return x.key === key; })[0];
      grid.appendChild(field({ name: "participants." + key, label: cap(r.name), inputmode: "numeric", width: 5 }));
    });
    people.appendChild(grid);
    form.appendChild(section("ws-assessment-h", "The assessment", [
      el("p", { class: "ws-hint", text: "Written to the assessment's own file, named after its period, such as 2026.yaml." }),
      field({ name: "period", label: "Period", hint: "The year of the assessment (2026), or the year and month (2026-03). It names the file.", width: 10, inputmode: "numeric" }),
      field({ name: "assessed_on", label: "Date of the workshop", hint: "YYYY-MM-DD, for example 2026-03-31.", width: 10 }),
      statusRadios(),
      field({ name: "facilitator", label: "Who ran it (optional)", hint: "A person or a team.", width: 30 }),
      field({ name: "framework", label: "Framework (optional)", hint: "The version of the pointers used. This site describes: " + D.framework + ".", width: 30 }),
      field({ name: "reviewed_by.name", label: "Peer reviewed by (optional)", hint: "Another area or a partner who checked the scores against the evidence.", width: 30 }),
      field({ name: "reviewed_by.on", label: "Date of the peer review (optional)", hint: "YYYY-MM-DD.", width: 10 }),
      people,
      field({ name: "summary", label: "Summary (optional)", kind: "textarea", rows: 5, hint: "A few sentences for readers about this assessment. You can use Markdown: **bold**, and lists with lines starting with -." }),
      field({ name: "next_review", label: "Next review (optional)", hint: "When the area means to look at its scores again: YYYY-MM-DD.", width: 10 }),
    ]));

    var jump = el("nav", { class: "ws-jump", "aria-label": "The ten pointers" }, [
      el("ul", {}, D.pointers.map(function (p) { return el("li", {}, [el("a", { href: "#ws-p-" + p.id, text: p.number + ". " + p.title })]); })),
    ]);
    form.appendChild(section("ws-pointers-h", "The pointers", [
      el("p", { class: "ws-hint", text: "For each pointer: the votes (or a score the group agreed), a target, and what the group said. Leave out a pointer you did not assess." }),
      jump,
    ].concat(D.pointers.filter(function (p) { return state.pointers[p.id]; }).map(pointerSection))));

    warnList = el("ul", { class: "ws-warnings" });
    finishNote = el("p");
    saveResult = el("div", { class: "ws-save-result", id: "ws-save-result", role: "status" });
    var dlAssessment = el("button", { type: "button", id: "ws-download-assessment", text: "Download assessment" });
    var dlArea = el("button", { type: "button", id: "ws-download-area", text: "Download area" });
    dlAssessment.addEventListener("click", function () { download("assessment"); });
    dlArea.addEventListener("click", function () { download("area"); });
    var buttons = el("div", { class: "ws-buttons" }, [dlAssessment, dlArea]);
    if (SERVE) {
      var saveBtn = el("button", { type: "button", id: "ws-save", class: "ws-save", text: "Save to the site" });
      saveBtn.addEventListener("click", saveToSite);
      buttons.appendChild(saveBtn);
    }
    form.appendChild(section("ws-finish-h", SERVE ? "Save or download" : "Download", [
      finishNote,
      el("div", { class: "ws-notes" }, [el("h3", { text: "aba check will also note (these do not stop the site being built)" }), warnList]),
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
    var t = e.target;
    if (!t.name || !fields[t.name] && t.type !== "radio") return;
    if (t.type === "radio" && !t.checked) return;
    setPath(state, t.name, t.value);
    if (t.name === "area.name" && !state.folderTouched) {
      state.folder = slugify(t.value);
      setValue(fields.folder.control, state.folder);
    }
    if (t.name === "folder") state.folderTouched = true;
    store();
    var m = /^pointers\.([^.]+)\.(votes|score)$/.exec(t.name);
    if (m) pointerLive(m[1]);
    if (fields[t.name] && !fields[t.name].error.hidden) refresh();
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
    problemsBox.appendChild(el("h2", { class: "notice-title", text: "What could not be read from the files" }));
    problemsBox.appendChild(el("p", { text: "The form holds everything else. These parts are left out of it, and of the files it writes; add them again in the form if they are needed." }));
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
        f.error.appendChild(el("span", { class: "visually-hidden", text: "Error: " }));
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
    if (pointer) parts.push("Pointer " + pointer.querySelector(".num-badge").textContent);
    if (item) parts.push(item.querySelector("legend").textContent);
    var label = f.wrap.querySelector(".ws-label");
    if (label) parts.push(label.textContent.replace(/ \(optional\)$/, ""));
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
    var folder = isSlug(state.folder) ? state.folder : "FOLDER";
    var period = parsePeriod(state.period) ? state.period : "PERIOD";
    finishNote.textContent = "";
    finishNote.appendChild(words(
      "Download both files and put them in the site's folder as `assessments/" + folder + "/area.yaml` and `assessments/" + folder + "/" + period + ".yaml` (an area already on the site keeps its area.yaml). Then `aba check` checks them and `aba build` makes the pages." +
      (SERVE ? " Or save them straight into the site you are previewing." : "")));
    warnList.textContent = "";
    var w = warnings(state);
    warnList.parentNode.hidden = !w.length;
    w.forEach(function (t) { warnList.appendChild(el("li", {}, [words(t)])); });
    var name = parsePeriod(state.period) ? state.period + ".yaml" : "PERIOD.yaml";
    document.getElementById("ws-download-assessment").textContent = "Download assessment (" + name + ")";
    document.getElementById("ws-download-area").textContent = "Download area (area.yaml)";
  }

  function download(kind) {
    showAll = true;
    var errs = refresh().filter(function (e) { return e.scope === kind; });
    if (errs.length) {
      say("Nothing was downloaded: first put right the " + plural(errs.length, "problem") + " listed at the top.");
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
    var folder = isSlug(state.folder) ? state.folder : "FOLDER";
    say("Downloaded " + name + ". Put it in the site's folder as `assessments/" + folder + "/" + name + "`, then run `aba check`.");
  }

  function saveToSite() {
    showAll = true;
    var errs = refresh();
    if (errs.length) {
      say("Nothing was saved: first put right the " + plural(errs.length, "problem") + " listed at the top.");
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
    saveResult.appendChild(el("p", { text: "Saving…" }));
    fetch(SERVE.save, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Aba-Secret": SERVE.secret },
      body: JSON.stringify({ files: files }),
    }).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; });
    }).then(function (res) {
      showSaved(res.status, res.body, folder, areaText);
    }).catch(function () {
      showSaved(0, { error: "aba serve did not answer: is it still running?" }, folder, areaText);
    });
  }

  function showSaved(status, body, folder, areaText) {
    saveResult.textContent = "";
    if (status !== 200) {
      saveResult.appendChild(el("h3", { class: "ws-bad", text: "Not saved" }));
      saveResult.appendChild(el("p", {}, [words(cap(body.error || "the save was refused") + ".")]));
      var offer = el("div", { class: "ws-buttons" });
      var a1 = el("button", { type: "button", text: "Download assessment instead" });
      var a2 = el("button", { type: "button", class: "ws-secondary", text: "Download area instead" });
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
    saveResult.appendChild(el("h3", { text: "Saved" }));
    saveResult.appendChild(el("p", {}, [
      words("Saved " + body.saved.map(function (s) { return "`" + s.path + "`"; }).join(" and ") + ". The preview is being rebuilt: "),
      el("a", { href: D.area_url.replace("SLUG", folder), text: "see the area's page" }),
      state.status === "draft" ? " (a draft shows only when aba serve runs with --drafts)." : ".",
    ]));
    saveResult.appendChild(el("p", {}, [words("`aba check` found " + body.summary + " in the whole site" + (body.diagnostics && body.diagnostics.length ? "; the errors, and this area's warnings:" : "."))]));
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
  if (kept) say("Your draft from before is back, as you left it.");
  if (!yaml) say("The YAML reader (js-yaml.min.js) did not load, so files cannot be opened here; everything else works.");
})();
