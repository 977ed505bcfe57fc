//! Rules across areas: what no one area's files can show.

use std::collections::BTreeMap;

use super::reader::quoted;
use super::slugify;
use crate::diagnostic::{Diagnostic, Diagnostics, location};
use crate::model::{Area, Nation};

pub(super) fn check_network(areas: &[Area], diags: &mut Diagnostics) {
    regions_named_like_nations(areas, diags);
    regions_sharing_a_page(areas, diags);
    areas_with_one_name(areas, diags);
}

/// A region named like a nation shares the nation's page (`/regions/wales/`):
/// right for an area in that nation, wrong for any other.
fn regions_named_like_nations(areas: &[Area], diags: &mut Diagnostics) {
    for a in areas {
        let Some(region) = &a.region else { continue };
        let slug = slugify(region);
        let Some(named) = Nation::ALL.into_iter().find(|n| n.id() == slug) else { continue };
        if a.nation == Some(named) {
            continue;
        }
        let message = match a.nation {
            Some(own) => format!(
                "the region {} is the name of a nation, and this area's nation is {}",
                quoted(region),
                own.key()
            ),
            None => format!("the region {} is the name of a nation, and this area gives no `nation`", quoted(region)),
        };
        let hint = format!(
            "its page would be the page of {}: for an area in {0}, write `nation: {0}`; otherwise give the region the area is in",
            named.key()
        );
        diags.push(Diagnostic::error(&a.written.file, a.written.region, message).with_hint(hint));
    }
}

/// Two spellings of a region with one web address ("Môn" and "Mon") would
/// share one page under the first spelling: each other spelling is an error
/// where it is written, naming the first and where that is.
fn regions_sharing_a_page(areas: &[Area], diags: &mut Diagnostics) {
    let mut first: BTreeMap<String, &Area> = BTreeMap::new();
    for a in areas {
        let Some(region) = &a.region else { continue };
        let slug = slugify(region);
        if slug.is_empty() || a.nation.is_some_and(|n| n.id() == slug) {
            continue;
        }
        let other = *first.entry(slug.clone()).or_insert(a);
        let spelling = other.region.as_deref().unwrap_or_default();
        if spelling == region {
            continue;
        }
        diags.push(
            Diagnostic::error(
                &a.written.file,
                a.written.region,
                format!(
                    "the region {} has the same web address, /regions/{slug}/, as the region {} in {}, so the two would share one page",
                    quoted(region),
                    quoted(spelling),
                    location(&other.written.file, other.written.region)
                ),
            )
            .with_hint("write the region the same way in every area.yaml, letter for letter"),
        );
    }
}

/// Two areas of one name cannot be told apart on any page that lists them.
fn areas_with_one_name(areas: &[Area], diags: &mut Diagnostics) {
    let mut first: BTreeMap<String, &Area> = BTreeMap::new();
    for a in areas {
        let key = a.name.trim().to_lowercase();
        let other = *first.entry(key).or_insert(a);
        if std::ptr::eq(other, a) {
            continue;
        }
        diags.push(
            Diagnostic::warning(
                &a.written.file,
                a.written.name,
                format!(
                    "another area has the name {} too, in {}",
                    quoted(&other.name),
                    location(&other.written.file, other.written.name)
                ),
            )
            .with_hint(
                "readers cannot tell the two apart: give each area its own name, such as the council's full name",
            ),
        );
    }
}
