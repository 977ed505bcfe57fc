//! The theme: templates and static files, built in and overridable per file.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::embedded;
use crate::load::Sources;
use crate::messages::{self, Messages};

const BUILT_IN: &str = "themes/default/";

pub struct Theme {
    pub tera: tera::Tera,
    /// The words the code puts on pages, in the site's language; templates
    /// ask for them with `t(id="…", name=value…)`.
    pub messages: Arc<Messages>,
    /// A hash of every template: a page's fingerprint starts from it.
    pub fingerprint: u64,
    /// Template name to the file it came from, for diagnostics.
    files: BTreeMap<String, String>,
    statics: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// The built-in theme with the site's own files laid over it. Templates are parsed once.
    pub fn load(sources: &Sources, language: &str, diags: &mut Diagnostics) -> Option<Theme> {
        let name = format!("{}.ftl", messages::primary(language));
        let built_in = format!("{BUILT_IN}i18n/{name}");
        let english = format!("{BUILT_IN}i18n/en.ftl");
        let find =
            |path: &str| embedded::FILES.iter().find(|(p, _)| *p == path).map(|(_, b)| String::from_utf8_lossy(b));
        let text = find(&built_in).or_else(|| find(&english)).unwrap_or_default();
        let own = sources.messages.iter().find(|(n, _, _)| *n == name);
        let messages: Option<Arc<Messages>> = Messages::load(
            language,
            messages::Source { file: &built_in, text: &text },
            own.map(|(_, file, text)| messages::Source { file, text }),
            diags,
        )
        .map(Arc::new);
        // Templates ask for messages with `t(…)`; the engine must know it before it reads them.
        let with_t = |tera: &mut tera::Tera| {
            let words = messages.clone();
            tera.register_function("t", move |kwargs: tera::Kwargs, _: &tera::State| match &words {
                Some(w) => message(w, &kwargs),
                None => Err(tera::Error::message("the theme's messages could not be read")),
            });
        };
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
            // Templates show messages (`t(…)`): a changed message changes the pages.
            (&text, own.map(|(_, _, t)| t)).hash(&mut h);
            h.finish()
        };
        // Parse each template alone first, so every broken one is reported.
        let mut ok = true;
        for (name, (_, text)) in &templates {
            let mut single = tera::Tera::new();
            with_t(&mut single);
            if let Err(e) = single.add_raw_template(name, text)
                && !matches!(e.kind(), tera::ErrorKind::MissingParent { .. })
            {
                diags.push(template_error(&files, name, &e));
                ok = false;
            }
        }
        let mut tera = tera::Tera::new();
        with_t(&mut tera);
        if ok && let Err(e) = tera.add_raw_templates(templates.iter().map(|(n, (_, t))| (n.as_str(), t.as_str()))) {
            diags.push(template_error(&files, "", &e));
            ok = false;
        }
        let messages = messages.filter(|_| ok)?;
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

/// The template function `t`: the message `id` of the theme's message file,
/// given the other arguments.
fn message(words: &Messages, kwargs: &tera::Kwargs) -> tera::TeraResult<String> {
    use fluent_bundle::FluentValue;
    let id: &str = kwargs.must_get("id")?;
    let mut args: Vec<(&str, FluentValue)> = Vec::new();
    for (key, value) in kwargs.iter() {
        let Some(name) = key.as_str().filter(|k| *k != "id") else { continue };
        let v = if let Some(n) = value.as_i64() {
            FluentValue::from(n)
        } else if let Some(n) = value.as_f64() {
            FluentValue::from(n)
        } else if let Some(s) = value.as_str() {
            FluentValue::from(s.to_owned())
        } else {
            FluentValue::from(value.to_string())
        };
        args.push((name, v));
    }
    words
        .for_template(id, &args)
        .ok_or_else(|| tera::Error::message(format!("there is no message `{id}` in the theme's message file (i18n/)")))
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
