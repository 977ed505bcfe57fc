//! A pointer's easy-read version: its own page, and the same ideas in the
//! printable workshop kit.

use serde::Serialize;

use super::routes::Address;
use super::{Context, Made, Renderer};
use crate::model::Pointer;

/// One idea, with the address of its picture.
#[derive(Serialize)]
pub(super) struct Idea<'a> {
    text: &'a str,
    picture: String,
}

/// A pointer's ideas, as a page or the kit shows them.
pub(super) fn ideas<'a>(r: &Renderer<'a>, p: &'a Pointer) -> Vec<Idea<'a>> {
    let picture = |name: &str| r.url(&format!("static/{}{name}.svg", crate::theme::PICTURES));
    p.easy_read.iter().map(|i| Idea { text: &i.text, picture: picture(&i.picture) }).collect()
}

/// The address of a pointer's easy-read page, if it has one.
pub(super) fn url(r: &Renderer, p: &Pointer) -> Option<String> {
    (!p.easy_read.is_empty()).then(|| format!("{}easy-read/", r.pointer_url(&p.id)))
}

pub(super) fn addresses(r: &Renderer) -> Vec<Address> {
    let pointers = r.site.pointers_in(r.lang).iter().enumerate();
    pointers
        .filter(|(_, p)| !p.easy_read.is_empty())
        .map(|(i, p)| Address::item(format!("pointers/{}/easy-read/index.html", p.id), i))
        .collect()
}

#[derive(Serialize)]
struct EasyRead<'a> {
    number: u8,
    /// How many pointers there are.
    count: usize,
    title: &'a str,
    /// The default language's code, when the title is the default's for want of a translation.
    title_untranslated: Option<&'a str>,
    /// The default language's code, when the ideas are the default's.
    untranslated: Option<&'a str>,
    /// The pointer's own page.
    pointer_url: String,
    ideas: Vec<Idea<'a>>,
    prev: Option<Link<'a>>,
    next: Option<Link<'a>>,
}

#[derive(Serialize)]
struct Link<'a> {
    number: u8,
    title: &'a str,
    url: String,
}

pub(super) fn page<'a>(r: &Renderer<'a>, a: &Address) -> Made<'a> {
    let pointers = r.site.pointers_in(r.lang);
    let p = &pointers[a.item];
    // The nearest pointers before and after that have an easy-read version.
    let link = |p: &'a Pointer| Some(Link { number: p.number, title: &p.title, url: url(r, p)? });
    Context::page(EasyRead {
        number: p.number,
        count: pointers.len(),
        title: &p.title,
        title_untranslated: r.untranslated(p.fallback),
        untranslated: r.untranslated(p.fallback || p.easy_read_fallback),
        pointer_url: r.pointer_url(&p.id),
        ideas: ideas(r, p),
        prev: pointers[..a.item].iter().rev().find_map(link),
        next: pointers[a.item + 1..].iter().find_map(link),
    })
}
