//! Checked areas kept between `serve`'s rebuilds.

use super::*;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{AreaSource, Source};

/// Checked areas kept between rebuilds (`serve`): an area whose files are
/// the very same parsed files as last time (the parse cache hands back the
/// same ones for files that did not change), under the same settings and
/// pointers, is not checked again.
#[derive(Default)]
pub struct Memo {
    inner: std::sync::Mutex<MemoInner>,
}

#[derive(Default)]
struct MemoInner {
    /// The settings, pointers (in each language) and other versions of the
    /// framework the areas were checked and drawn against: an area's
    /// `revision` stands for all of them.
    against: Option<(Config, Vec<Vec<Pointer>>, Vec<Version>)>,
    areas: std::collections::HashMap<String, Checked>,
}

struct Checked {
    /// The parsed files it was checked from, kept so that "the same file"
    /// can be told by address.
    source: AreaSource,
    area: Option<Area>,
    diags: Vec<Diagnostic>,
}

/// Whether two reads of an area folder gave the very same parsed files.
fn same_files(a: &AreaSource, b: &AreaSource) -> bool {
    let same = |x: &Option<std::sync::Arc<Source>>, y: &Option<std::sync::Arc<Source>>| match (x, y) {
        (Some(x), Some(y)) => std::sync::Arc::ptr_eq(x, y),
        (None, None) => true,
        _ => false,
    };
    a.area_exists == b.area_exists
        && same(&a.area, &b.area)
        && a.periods.len() == b.periods.len()
        && a.periods.iter().zip(&b.periods).all(|((s, x), (t, y))| s == t && same(x, y))
}

impl Memo {
    fn lock(&self) -> std::sync::MutexGuard<'_, MemoInner> {
        self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Forgets every area if the settings, the pointers, in any language, or
    /// the other versions of the framework changed.
    pub(super) fn against(&self, config: &Config, pointers: Vec<Vec<Pointer>>, versions: &[Version]) {
        let mut inner = self.lock();
        if inner.against.as_ref().is_none_or(|(c, p, v)| c != config || *p != pointers || v != versions) {
            inner.areas.clear();
            inner.against = Some((config.clone(), pointers, versions.to_vec()));
        }
    }

    pub(super) fn area(
        &self,
        src: &AreaSource,
        diags: &mut Diagnostics,
        check: impl FnOnce(&mut Diagnostics) -> Option<Area>,
    ) -> Option<Area> {
        if let Some(c) = self.lock().areas.get(&src.dir_file).filter(|c| same_files(&c.source, src)) {
            diags.extend(c.diags.iter().cloned());
            return c.area.clone();
        }
        let mut local = Diagnostics::default();
        let area = check(&mut local);
        let found = local.sorted();
        diags.extend(found.iter().cloned());
        let checked = Checked { source: src.clone(), area: area.clone(), diags: found };
        self.lock().areas.insert(src.dir_file.clone(), checked);
        area
    }
}
