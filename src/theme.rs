//! The theme: templates and static files, built in and overridable per file.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::embedded;
use crate::load::Sources;
use crate::messages::{self, Messages};

const BUILT_IN: &str = "themes/default/";

pub struct Theme {
    pub tera: tera::Tera,
    /// The words on pages, in each of the site's languages (the default first).
    pub messages: Arc<Vec<Messages>>,
    /// A hash of every template: a page's fingerprint starts from it.
    pub fingerprint: u64,
    /// Template name to the file it came from, for diagnostics.
    files: BTreeMap<String, String>,
    statics: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// The built-in theme with the site's own files laid over it. Templates are parsed once.
    pub fn load(sources: &Sources, languages: &[String], diags: &mut Diagnostics) -> Option<Theme> {
        let find =
            |path: &str| embedded::FILES.iter().find(|(p, _)| *p == path).map(|(_, b)| String::from_utf8_lossy(b));
        let english = format!("{BUILT_IN}i18n/en.ftl");
        // Every language has every message of the built-in English file, and
        // every message the site's own file for its default language adds (a
        // file may also hold messages of its own that the others use).
        let mut all = messages::ids(&find(&english).unwrap_or_default());
        let default = languages.first().map(|l| format!("{}.ftl", messages::primary(l)));
        for (name, _, text) in &sources.messages {
            if Some(name) == default.as_ref() {
                all.extend(messages::ids(text).into_iter().filter(|id| !all.contains(id)).collect::<Vec<_>>());
            }
        }
        let mut loaded = Vec::new();
        for language in languages {
            let name = format!("{}.ftl", messages::primary(language));
            let built_in = format!("{BUILT_IN}i18n/{name}");
            let own = sources.messages.iter().find(|(n, _, _)| *n == name);
            let text = match find(&built_in) {
                Some(text) => text,
                None => {
                    // No words of aba's own in this language: what the site's
                    // file does not give is in English, on pages marked as
                    // being in this language.
                    let given = own.map_or(0, |(_, _, text)| {
                        messages::ids(text).iter().filter(|id| all.contains(id)).collect::<BTreeSet<_>>().len()
                    });
                    if given < all.len() {
                        let what = match given {
                            0 => "there is no message file".to_owned(),
                            n => format!("the message file gives {n} of the {} messages", all.len()),
                        };
                        diags.push(
                            Diagnostic::warning(
                                format!("{BUILT_IN}i18n/{name}"),
                                Pos::UNKNOWN,
                                format!(
                                    "aba has no words of its own in `{language}`, and {what}: its pages show the \
                                     others in English"
                                ),
                            )
                            .with_hint(format!(
                                "copy {BUILT_IN}i18n/en.ftl (aba init writes it) to {BUILT_IN}i18n/{name} and \
                                 translate every message"
                            )),
                        );
                    }
                    find(&english).unwrap_or_default()
                }
            };
            loaded.push(Messages::load(
                language,
                messages::Source { file: &built_in, text: &text },
                own.map(|(_, file, text)| messages::Source { file, text }),
                &all,
                diags,
            ));
        }
        let messages: Option<Vec<Messages>> = loaded.into_iter().collect();
        let messages = messages.filter(|all| messages::check_scripts(languages, all, diags));
        let mut templates: BTreeMap<String, (String, String)> = BTreeMap::new();
        let mut statics = BTreeMap::new();
        for (path, bytes) in embedded::FILES {
            let Some(rest) = path.strip_prefix(BUILT_IN) else {
                continue;
            };
            if let Some(name) = rest.strip_prefix("templates/") {
                let text = String::from_utf8_lossy(bytes).into_owned();
                templates.insert(name.to_owned(), ((*path).to_owned(), text));
            } else if let Some(name) = rest.strip_prefix("static/") {
                statics.insert(name.to_owned(), bytes.to_vec());
            }
        }
        for (name, file, text) in &sources.templates {
            templates.insert(name.clone(), (file.clone(), text.clone()));
        }
        for (name, bytes) in &sources.statics {
            statics.insert(name.clone(), bytes.clone());
        }
        let files: BTreeMap<String, String> = templates.iter().map(|(n, (f, _))| (n.clone(), f.clone())).collect();
        let fingerprint = {
            use std::hash::{Hash, Hasher};
            let mut h = std::hash::DefaultHasher::new();
            templates.iter().for_each(|(name, (_, text))| (name, text).hash(&mut h));
            // Templates show messages (`t(…)`): a changed message file changes the pages.
            sources.messages.iter().for_each(|(name, _, text)| (name, text).hash(&mut h));
            h.finish()
        };
        // Parse each template alone first, so every broken one is reported.
        let mut ok = true;
        for (name, (_, text)) in &templates {
            let mut single = tera::Tera::new();
            single.register_function("t", |_: tera::Kwargs, _: &tera::State| tera::Value::from(""));
            single.register_function("script_words", |_: tera::Kwargs, _: &tera::State| tera::Value::from(""));
            if let Err(e) = single.add_raw_template(name, text)
                && !matches!(e.kind(), tera::ErrorKind::MissingParent { .. })
            {
                diags.push(template_error(&files, name, &e));
                ok = false;
            }
        }
        let mut tera = tera::Tera::new();
        let messages = Arc::new(messages.filter(|_| ok)?);
        register_words(&mut tera, languages, &messages, &all);
        if ok && let Err(e) = tera.add_raw_templates(templates.iter().map(|(n, (_, t))| (n.as_str(), t.as_str()))) {
            diags.push(template_error(&files, "", &e));
            ok = false;
        }
        if !ok {
            return None;
        }
        Some(Theme { tera, messages, fingerprint, files, statics })
    }

    pub fn statics(&self) -> impl Iterator<Item = (&String, &Vec<u8>)> {
        self.statics.iter()
    }

    /// A template error as a diagnostic naming the template's file and line.
    pub fn render_error(&self, template: &str, e: &tera::Error) -> Diagnostic {
        template_error(&self.files, template, e)
    }
}

/// Where the theme keeps the pictures of the easy-read pages, one SVG each.
pub const PICTURES: &str = "easy-read/";

/// The names of the easy-read pictures (`map` for `static/easy-read/map.svg`):
/// the built-in theme's, and any the site's own theme adds.
pub fn pictures(sources: &Sources) -> Vec<String> {
    let built_in = embedded::FILES.iter().filter_map(|(p, _)| p.strip_prefix(BUILT_IN)?.strip_prefix("static/"));
    let own = sources.statics.iter().map(|(name, _)| name.as_str());
    let mut names: Vec<String> = built_in
        .chain(own)
        .filter_map(|name| name.strip_prefix(PICTURES)?.strip_suffix(".svg"))
        .filter(|name| !name.contains('/'))
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The templates' words: `{{ t(id="nav-home") }}`, or with arguments
/// `{{ t(id="area-count", n=areas | length) }}` (a number picks the plural
/// form), in the language of the page (the variable `lang`). The message's
/// own text is the theme's, as a template's is, and goes in as it is; the
/// arguments are escaped like any value.
fn register_words(tera: &mut tera::Tera, languages: &[String], messages: &Arc<Vec<Messages>>, ids: &[String]) {
    let languages = languages.to_vec();
    let none = fluent_bundle::FluentArgs::new();
    let plain = messages
        .iter()
        .map(|words| {
            let text = |id: &String| words.format_args(id, &none).map(|t| (id.clone(), tera::Value::safe_string(&t)));
            ids.iter().filter_map(text).collect()
        })
        .collect();
    let formatted = messages.iter().map(|_| Default::default()).collect();
    tera.register_function("t", WordsFn { languages: languages.clone(), messages: messages.clone(), plain, formatted });
    tera.register_function("script_words", ScriptWordsFn { languages, messages: messages.clone() });
}

/// The words of the theme's scripts, for the page's language: `{{
/// script_words(prefix="js-compare-") }}` inside `<script
/// type="application/json" id="aba-words">`, which `static/words.js` reads.
struct ScriptWordsFn {
    languages: Vec<String>,
    messages: Arc<Vec<Messages>>,
}

impl tera::Function<tera::TeraResult<tera::Value>> for ScriptWordsFn {
    fn call(&self, kwargs: tera::Kwargs, state: &tera::State) -> tera::TeraResult<tera::Value> {
        let prefix = kwargs.must_get::<&str>("prefix")?;
        let lang: Option<String> = state.get::<String>("lang")?;
        let i = lang.and_then(|l| self.languages.iter().position(|x| *x == l)).unwrap_or(0);
        Ok(tera::Value::safe_string(&self.messages[i].for_script(prefix)))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

struct WordsFn {
    languages: Vec<String>,
    messages: Arc<Vec<Messages>>,
    /// Each language's messages as a call with no arguments shows them, made
    /// once: a page shows hundreds of them.
    plain: Vec<foldhash::HashMap<String, tera::Value>>,
    /// Each language's messages with arguments as they were formatted, by
    /// the id and arguments (`call` makes the key): the same words with the same arguments come on many
    /// pages (a level's label, a confidence, a date), and formatting them
    /// was a third of this function's time.
    formatted: Vec<std::sync::Mutex<foldhash::HashMap<Vec<u8>, tera::Value>>>,
}

/// Kept at most, per language, before `WordsFn::formatted` starts again.
const FORMATTED_AT_MOST: usize = 50_000;

impl tera::Function<tera::TeraResult<tera::Value>> for WordsFn {
    fn call(&self, kwargs: tera::Kwargs, state: &tera::State) -> tera::TeraResult<tera::Value> {
        let id: &str = kwargs.must_get::<&str>("id")?;
        // A site in one language has no `lang` on its pages: looking it up
        // (through every variable, for each of a page's hundreds of calls)
        // was a seventh of the time this function took.
        let i = match self.languages.len() {
            1 => 0,
            _ => {
                let lang: Option<String> = state.get::<String>("lang")?;
                lang.and_then(|l| self.languages.iter().position(|x| *x == l)).unwrap_or(0)
            }
        };
        if kwargs.iter().nth(1).is_none()
            && let Some(text) = self.plain[i].get(id)
        {
            return Ok(text.clone());
        }
        let words = &self.messages[i];
        // The key: the id, then each argument's name and kind, and its value
        // as it goes to Fluent (a text's length first, so that no value can
        // pass for the end of one and the start of another).
        let mut key = Vec::with_capacity(id.len() + 32);
        key.extend_from_slice(id.as_bytes());
        for (name, value) in kwargs.iter() {
            let name =
                name.as_str().map_or_else(|| std::borrow::Cow::Owned(name.to_string()), std::borrow::Cow::Borrowed);
            if name == "id" {
                continue;
            }
            key.push(0);
            key.extend_from_slice(name.as_bytes());
            key.push(0);
            if let Some(n) = value.as_i128() {
                key.push(b'i');
                key.extend_from_slice(&(n as i64).to_le_bytes());
            } else if let Some(f) = value.as_f64() {
                key.push(b'f');
                key.extend_from_slice(&f.to_bits().to_le_bytes());
            } else if value.is_undefined() || value.is_none() {
                key.push(b'n');
            } else {
                let text = state.escape_if_needed(value)?;
                key.push(b's');
                key.extend_from_slice(&text.len().to_le_bytes());
                key.extend_from_slice(text.as_bytes());
            }
        }
        let lock = || self.formatted[i].lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(text) = lock().get(&key) {
            return Ok(text.clone());
        }
        let mut args = fluent_bundle::FluentArgs::new();
        for (key, value) in kwargs.iter() {
            let key = key.to_string();
            if key == "id" {
                continue;
            }
            let v = if let Some(n) = value.as_i128() {
                fluent_bundle::FluentValue::from(n as i64)
            } else if let Some(f) = value.as_f64() {
                fluent_bundle::FluentValue::from(f)
            } else if value.is_undefined() || value.is_none() {
                fluent_bundle::FluentValue::from("")
            } else {
                fluent_bundle::FluentValue::from(state.escape_if_needed(value)?)
            };
            args.set(key, v);
        }
        match words.format_args(id, &args) {
            Some(text) => {
                let text = tera::Value::safe_string(&text);
                let mut kept = lock();
                if kept.len() >= FORMATTED_AT_MOST {
                    kept.clear();
                }
                kept.insert(key, text.clone());
                Ok(text)
            }
            None => Err(tera::Error::message(format!(
                "there is no message `{id}` for the language `{}`: add it to i18n/{}.ftl",
                self.languages[i],
                messages::primary(&self.languages[i])
            ))),
        }
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// A template error as a diagnostic naming the template's file (from `files`) and line.
fn template_error(files: &BTreeMap<String, String>, template: &str, e: &tera::Error) -> Diagnostic {
    {
        let (name, pos, message) = match e.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
                let name = if r.filename().is_empty() { template } else { r.filename() };
                (name.to_owned(), Pos::new(r.span().start_line, r.span().start_col + 1), r.message().to_owned())
            }
            // Errors between templates name the one they are about.
            tera::ErrorKind::MissingParent { current: name, .. }
            | tera::ErrorKind::CircularExtend { tpl: name, .. }
            | tera::ErrorKind::CircularInclude { tpl: name, .. }
                if template.is_empty() =>
            {
                (name.clone(), Pos::UNKNOWN, e.kind().to_string())
            }
            other => (template.to_owned(), Pos::UNKNOWN, other.to_string()),
        };
        if name.is_empty() {
            return Diagnostic::error(
                format!("{BUILT_IN}templates/"),
                pos,
                format!("the theme's templates: {message}"),
            )
            .with_hint("fix the templates named, or delete them to use the built-in ones");
        }
        let file = files.get(&name).cloned().unwrap_or_else(|| format!("{BUILT_IN}templates/{name}"));
        Diagnostic::error(file, pos, format!("template `{name}`: {message}"))
            .with_hint("fix the template, or delete it to use the built-in one")
    }
}
