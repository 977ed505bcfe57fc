// The words the scripts show, in the language of the page. The page holds
// them (<script type="application/json" id="aba-words">), made by aba from
// the theme's message files: each message is text, or a list of parts, each
// text, a variable ({"v": "n"}) or a choice by a number ({"s": "n", "k":
// {"one": …, "other": …}, "d": "other"}). A choice takes an exact number
// first, then the number's plural form in the page's language (Welsh has
// six), then the default, as Project Fluent does.
// Load it before the script that uses it: abaWords("js-compare-loading", { n: 3 }).
window.abaWords = (function () {
  var holder = document.getElementById("aba-words");
  var all = holder ? JSON.parse(holder.textContent) : {};
  var lang = document.documentElement.lang || "en";
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  function choose(part, args) {
    var value = args[part.s], keys = part.k;
    if (typeof value === "number") {
      if (Object.prototype.hasOwnProperty.call(keys, String(value))) return keys[String(value)];
      var category = rules ? rules.select(value) : value === 1 ? "one" : "other";
      if (Object.prototype.hasOwnProperty.call(keys, category)) return keys[category];
    } else if (value != null && Object.prototype.hasOwnProperty.call(keys, String(value))) return keys[String(value)];
    return keys[part.d];
  }
  function say(pattern, args) {
    if (typeof pattern === "string") return pattern;
    return pattern.map(function (part) {
      if (typeof part === "string") return part;
      if (part.v) return args[part.v] == null ? "" : String(args[part.v]);
      return say(choose(part, args), args);
    }).join("");
  }
  return function (id, args) {
    return Object.prototype.hasOwnProperty.call(all, id) ? say(all[id], args || {}) : id;
  };
})();
