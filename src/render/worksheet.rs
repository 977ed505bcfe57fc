//! The worksheet page, `/worksheet/`: a form in the browser that writes an
//! area's `area.yaml` and an assessment's `PERIOD.yaml`. Everything the form
//! needs is embedded in the page, so that it also works from a folder on disk.

use serde::Serialize;

use crate::check::slugify;
use crate::messages::Messages;
use crate::model::*;

/// The levels of confidence a file can give.
const CONFIDENCES: [Confidence; 3] = [Confidence::Low, Confidence::Medium, Confidence::High];

/// The page's context.
#[derive(Serialize)]
pub(crate) struct WorksheetPage {
    pub page_title: String,
    pub description: String,
    /// The printable workshop kit.
    pub kit_url: String,
    /// The open data page, which describes the files.
    pub data_page_url: String,
    pub schema_url: String,
    /// `WorksheetData` as JSON, safe to put inside a `<script>` element.
    pub data: String,
}

/// What `worksheet.js` reads.
#[derive(Serialize)]
struct WorksheetData<'a> {
    /// The JSON Schema of an assessment file, as the build writes it: the
    /// form takes its keys and allowed values from it.
    schema: String,
    /// The comments that open an assessment file, as `aba new` writes them,
    /// in the page's language, with `{period}` for the period's name.
    header: String,
    /// The page's language, as `languages` names it (`cy`), and the site's
    /// languages: a text written in each (`summary: { en-GB: …, cy: … }`)
    /// is shown in the page's and written back in all.
    lang: &'a str,
    languages: &'a [String],
    framework: &'a str,
    /// The names of the site's other versions of the framework: a file on
    /// one of them is not opened into the form, which has the site's pointers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    versions: Vec<&'a str>,
    stale_after_months: u32,
    scale: Vec<LevelView<'a>>,
    pointers: Vec<PointerView<'a>>,
    /// Participant roles: the key names the form field, the name is what the file holds.
    roles: Vec<RoleView<'a>>,
    /// The values the file holds, and their labels in the page's language.
    step_statuses: Vec<&'static str>,
    step_status_labels: Vec<&'a str>,
    nations: Vec<&'static str>,
    nation_labels: Vec<&'a str>,
    confidences: Vec<&'static str>,
    confidence_labels: Vec<&'a str>,
    /// The site's areas and their published periods, to start from.
    areas: Vec<AreaView<'a>>,
    /// Regions already used, offered as suggestions.
    regions: Vec<&'a str>,
    /// `data/areas/SLUG/PERIOD.json` with SLUG and PERIOD to fill in.
    assessment_json_url: String,
    /// An area's page, with SLUG to fill in.
    area_url: String,
    kit_url: String,
}

#[derive(Serialize)]
struct LevelView<'a> {
    value: Score,
    label: &'a str,
}

#[derive(Serialize)]
struct PointerView<'a> {
    id: &'a str,
    number: u8,
    title: &'a str,
    summary: &'a str,
    questions: &'a [String],
    levels: Vec<LevelText<'a>>,
}

#[derive(Serialize)]
struct LevelText<'a> {
    value: Score,
    label: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct RoleView<'a> {
    key: String,
    name: &'a str,
    /// Its name in the page's language.
    label: String,
    /// People with lived experience: the form warns when none took part.
    lived: bool,
}

#[derive(Serialize)]
struct AreaView<'a> {
    slug: &'a str,
    name: &'a str,
    kind: Option<&'a str>,
    region: Option<&'a str>,
    nation: Option<&'static str>,
    website: Option<&'a str>,
    /// Newest first.
    periods: Vec<PeriodView>,
}

#[derive(Serialize)]
struct PeriodView {
    value: String,
    label: String,
}

/// `relative`: the page is written for a copy opened from a folder
/// (`build --relative`), where addresses are relative to the page and a
/// folder's address names its `index.html`.
/// `period` names a period as the site's pages do (from the theme's messages).
/// `folder` is the folder of the page's language (`""`, or `"cy/"`): the
/// pages it links to are in it, the data files are not.
pub(crate) fn context<'a>(
    site: &'a Site,
    all_words: &'a [Messages],
    period: &dyn Fn(&Period) -> String,
    relative: bool,
    folder: &str,
) -> WorksheetPage {
    let up = if folder.is_empty() { "" } else { "../" };
    let (base, files, index) = match relative {
        true => ("../".to_owned(), format!("../{up}"), "index.html"),
        false => (format!("{}{folder}", site.config.base_url), site.config.base_url.clone(), ""),
    };
    let scale = &site.config.scale;
    let languages = &site.config.languages;
    let usual = site.config.has_usual_scale();
    let lang = (0..languages.len()).find(|&l| super::routes::language_folder(languages, l) == folder).unwrap_or(0);
    let words = &all_words[lang];
    let pointers = site
        .pointers_in(lang)
        .iter()
        .map(|p| PointerView {
            id: &p.id.0,
            number: p.number,
            title: &p.title,
            summary: &p.summary,
            questions: &p.questions,
            levels: scale
                .iter()
                .filter_map(|l| {
                    let label = super::level_label(site, usual, words, l.value);
                    Some(LevelText { value: l.value, label, text: p.levels.get(&l.value)?.trim() })
                })
                .collect(),
        })
        .collect();
    let areas = site
        .areas
        .iter()
        .map(|a| AreaView {
            slug: &a.slug.0,
            name: a.name.text_in(lang),
            kind: a.kind.as_ref().map(|k| k.text_in(lang)),
            region: a.region.as_deref(),
            nation: a.nation.map(Nation::key),
            website: a.website.as_deref(),
            periods: a
                .assessments
                .iter()
                .rev()
                .map(|x| PeriodView { value: x.period.to_string(), label: period(&x.period) })
                .collect(),
        })
        .collect();
    let mut regions: Vec<&str> = site.areas.iter().filter_map(|a| a.region.as_deref()).collect();
    regions.sort_unstable();
    regions.dedup();
    let kit_url = format!("{base}workshop/{index}");
    let data = WorksheetData {
        schema: super::data::assessment_schema(site),
        header: crate::cmd::new::header(site, &crate::cmd::new::Words { all: all_words, lang }, "{period}"),
        lang: &languages[lang],
        languages,
        framework: &site.config.framework,
        versions: site.versions.iter().map(|v| v.name.as_str()).collect(),
        stale_after_months: site.config.stale_after_months,
        scale: scale
            .iter()
            .map(|l| LevelView { value: l.value, label: super::level_label(site, usual, words, l.value) })
            .collect(),
        pointers,
        roles: (site.config.roles.iter())
            .map(|r| RoleView { key: slugify(&r.key), name: &r.key, label: words.role(r), lived: r.lived_experience })
            .collect(),
        step_statuses: StepStatus::ALL.iter().map(|s| s.key()).collect(),
        step_status_labels: StepStatus::ALL.iter().map(|s| words.status(*s)).collect(),
        nations: Nation::ALL.iter().map(|n| n.key()).collect(),
        nation_labels: Nation::ALL.iter().map(|n| words.nation(*n)).collect(),
        confidences: CONFIDENCES.map(Confidence::key).to_vec(),
        confidence_labels: CONFIDENCES.iter().map(|c| words.confidence(*c)).collect(),
        areas,
        regions,
        assessment_json_url: format!("{files}data/areas/SLUG/PERIOD.json"),
        area_url: format!("{base}areas/SLUG/{index}"),
        kit_url: kit_url.clone(),
    };
    let json = serde_json::to_string(&data).expect("the worksheet's data serializes");
    WorksheetPage {
        page_title: words.text("ws-title"),
        description: words.text("ws-description"),
        kit_url,
        data_page_url: format!("{base}data/{index}"),
        schema_url: format!("{files}data/assessment.schema.json"),
        // Inside <script>, only `</script` or `<!--` could end the element early.
        data: json.replace('<', "\\u003c"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        let mut diags = crate::diagnostic::Diagnostics::default();
        let sources =
            crate::load::Sources { pointers: crate::load::built_in_pointers(&mut diags), ..Default::default() };
        crate::check::check(&sources, false, &mut diags)
    }

    fn theme(site: &Site) -> crate::theme::Theme {
        let mut diags = crate::diagnostic::Diagnostics::default();
        let sources = crate::load::Sources::default();
        crate::theme::Theme::load(&sources, &site.config.languages, &mut diags).unwrap()
    }

    #[test]
    fn the_embedded_data_cannot_end_its_script_element() {
        let mut site = site();
        site.config.framework = "</script><script>alert(1)</script>".into();
        let page = context(&site, &theme(&site).messages, &Period::label, false, "");
        assert!(!page.data.contains('<'));
        let back: serde_json::Value = serde_json::from_str(&page.data).unwrap();
        assert_eq!(back["framework"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn the_form_gets_the_schema_the_build_writes_and_every_pointer() {
        let site = site();
        let page = context(&site, &theme(&site).messages, &Period::label, false, "");
        let data: serde_json::Value = serde_json::from_str(&page.data).unwrap();
        assert_eq!(data["schema"].as_str().unwrap(), super::super::data::assessment_schema(&site));
        assert_eq!(data["pointers"].as_array().unwrap().len(), site.pointers.len());
        assert_eq!(data["roles"][0]["key"], "people-with-lived-experience");
        assert_eq!(data["lang"], "en");
    }
}
