//! Charts as inline SVG. Each has a text alternative; the page beside it
//! always carries the same data as a table, so the picture is never the only
//! way to read it.

use std::fmt::Write;

use super::markdown::escape;

/// One outline on a radar chart: a value per axis (`None`: not assessed).
pub struct Series<'a> {
    pub name: &'a str,
    pub values: Vec<Option<u8>>,
    /// CSS class: `score`, `target`, `s1`…`s4` (comparison).
    pub class: &'a str,
}

/// A radar ("spider") chart of scores per pointer, rings at each scale value.
/// The rings, spokes and labels are the same on every page of a site: they
/// are drawn once, and each chart adds only its outlines.
pub struct Radar {
    n: usize,
    max: u8,
    frame: String,
}

impl Radar {
    /// `axes` are the short labels (pointer numbers).
    pub fn new(axes: &[String], max: u8) -> Radar {
        let n = axes.len().max(3);
        let mut frame = String::with_capacity(4096);
        let point = |i: f64, v: f64| point_at(n, i, v);
        for ring in 1..=max {
            let f = f64::from(ring) / f64::from(max.max(1));
            let pts: Vec<String> = (0..n).map(|i| fmt_pt(point(i as f64, f))).collect();
            let _ = write!(frame, r#"<polygon class="ring" points="{}"/>"#, pts.join(" "));
        }
        for (i, label) in axes.iter().enumerate() {
            let (x, y) = point(i as f64, 1.0);
            let _ = write!(frame, r#"<line class="spoke" x1="{CX}" y1="{CY}" x2="{}" y2="{}"/>"#, D1(x), D1(y));
            let (lx, ly) = point(i as f64, 1.13);
            let _ = write!(
                frame,
                r#"<text class="axis" x="{}" y="{}" text-anchor="middle">{}</text>"#,
                D1(lx),
                D1(ly + 5.0),
                escape(label)
            );
        }
        for ring in 1..=max {
            // Between the first two spokes, clear of the dots on them.
            let (x, y) = point(0.5, f64::from(ring) / f64::from(max.max(1)));
            let (x, y) = (D1(x), D1(y + 4.0));
            let _ = write!(frame, r#"<text class="ring-label" x="{x}" y="{y}" text-anchor="middle">{ring}</text>"#);
        }
        Radar { n, max, frame }
    }

    /// One chart; `titles` are the pointers' full names, for the text alternative.
    /// `not_assessed` is the text alternative's word for a missing value.
    pub fn draw(&self, id: &str, title: &str, not_assessed: &str, titles: &[String], series: &[Series]) -> String {
        let (n, max) = (self.n, self.max);
        let point = |i: usize, v: f64| point_at(n, i as f64, v);
        let mut desc = String::new();
        for s in series {
            let _ = write!(desc, "{}: ", s.name);
            let parts: Vec<String> = titles
                .iter()
                .zip(&s.values)
                .map(|(t, v)| match v {
                    Some(v) => format!("{t} {v}"),
                    None => format!("{t} {not_assessed}"),
                })
                .collect();
            desc.push_str(&parts.join("; "));
            desc.push_str(". ");
        }
        let mut svg = String::with_capacity(self.frame.len() + 2048);
        let _ = write!(
            svg,
            r#"<svg class="radar" viewBox="0 0 320 320" width="320" height="320" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
            escape(title),
            escape(desc.trim_end())
        );
        svg.push_str(&self.frame);
        for s in series {
            let pts: Vec<String> = s
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| fmt_pt(point(i, f64::from(v.unwrap_or(0)) / f64::from(max.max(1)))))
                .collect();
            let _ = write!(svg, r#"<polygon class="series {}" points="{}"/>"#, s.class, pts.join(" "));
            for (i, v) in s.values.iter().enumerate() {
                if let Some(v) = v {
                    let (x, y) = point(i, f64::from(*v) / f64::from(max.max(1)));
                    let _ = write!(svg, r#"<circle class="dot {}" cx="{}" cy="{}" r="3.5"/>"#, s.class, D1(x), D1(y));
                }
            }
        }
        svg.push_str("</svg>");
        svg
    }
}

const CX: f64 = 160.0;
const CY: f64 = 160.0;

/// The point at fraction `v` of the radius along spoke `i` of `n`.
fn point_at(n: usize, i: f64, v: f64) -> (f64, f64) {
    let r = 120.0;
    let angle = std::f64::consts::TAU * i / n as f64 - std::f64::consts::FRAC_PI_2;
    (CX + r * v * angle.cos(), CY + r * v * angle.sin())
}

fn fmt_pt((x, y): (f64, f64)) -> String {
    format!("{},{}", D1(x), D1(y))
}

/// A coordinate to one decimal place. Written from whole tenths: the float
/// formatter behind `{:.1}` was 8% of a large network's build.
struct D1(f64);

impl std::fmt::Display for D1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        let mut t = tenths.unsigned_abs();
        let mut buf = [0u8; 24];
        let mut i = buf.len() - 2;
        buf[i + 1] = b'0' + (t % 10) as u8;
        buf[i] = b'.';
        t /= 10;
        loop {
            i -= 1;
            buf[i] = b'0' + (t % 10) as u8;
            t /= 10;
            if t == 0 {
                break;
            }
        }
        if tenths < 0 {
            i -= 1;
            buf[i] = b'-';
        }
        f.write_str(std::str::from_utf8(&buf[i..]).unwrap_or("0.0"))
    }
}

/// A small line of one pointer's scores over the periods, for a table row.
/// Decorative: the row holds the numbers.
pub fn sparkline(values: &[Option<u8>], max: u8) -> String {
    let w = 120.0_f64;
    let h = 32.0_f64;
    let step = if values.len() > 1 { (w - 8.0) / (values.len() - 1) as f64 } else { 0.0 };
    let y = |v: u8| h - 4.0 - (h - 8.0) * f64::from(v) / f64::from(max.max(1));
    let mut svg = format!(
        r#"<svg class="spark" viewBox="0 0 {w} {h}" width="{w}" height="{h}" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg"><line class="base" x1="4" y1="{}" x2="{}" y2="{}"/>"#,
        D1(y(0)),
        D1(w - 4.0),
        D1(y(0))
    );
    let pts: Vec<String> = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| format!("{},{}", D1(4.0 + step * i as f64), D1(y(v)))))
        .collect();
    if pts.len() > 1 {
        let _ = write!(svg, r#"<polyline points="{}"/>"#, pts.join(" "));
    }
    for p in &pts {
        let (x, yy) = p.split_once(',').unwrap_or(("0", "0"));
        let _ = write!(svg, r#"<circle cx="{x}" cy="{yy}" r="3"/>"#);
    }
    svg.push_str("</svg>");
    svg
}

/// One stacked bar per year: how many areas were at each level. Colours
/// follow the level classes; the table beside the chart has the numbers.
pub fn stacked_years(title: &str, years: &[(u16, Vec<(u8, usize)>)]) -> String {
    let row_h = 26.0_f64;
    let (left, width) = (48.0_f64, 400.0_f64);
    let height = row_h * years.len() as f64 + 8.0;
    let most = years.iter().map(|(_, c)| c.iter().map(|(_, n)| n).sum::<usize>()).max().unwrap_or(0).max(1);
    let mut svg = format!(
        r#"<svg class="stacked" viewBox="0 0 {w} {height}" width="{w}" height="{height}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        escape(title),
        w = left + width + 8.0
    );
    for (row, (year, counts)) in years.iter().enumerate() {
        let y = 4.0 + row_h * row as f64;
        let _ = write!(svg, r#"<text class="year" x="0" y="{}">{year}</text>"#, D1(y + 17.0));
        let mut x = left;
        for (value, n) in counts {
            if *n == 0 {
                continue;
            }
            let w = width * *n as f64 / most as f64;
            let _ = write!(
                svg,
                r#"<rect class="level-{value}" x="{}" y="{}" width="{}" height="{}"/>"#,
                D1(x),
                D1(y),
                D1(w),
                D1(row_h - 6.0)
            );
            if w >= 18.0 {
                let _ = write!(
                    svg,
                    r#"<text class="count level-{value}" x="{}" y="{}" text-anchor="middle">{n}</text>"#,
                    D1(x + w / 2.0),
                    D1(y + 15.0)
                );
            }
            x += w;
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radar_has_a_text_alternative_and_escapes_names() {
        let svg = Radar::new(&["1".into(), "2".into(), "3".into()], 4).draw(
            "r",
            "Scores for A&B",
            "not assessed",
            &["One".into(), "Two".into(), "Three".into()],
            &[Series { name: "Score <2024>", values: vec![Some(3), None, Some(1)], class: "score" }],
        );
        assert!(svg.contains("<title id=\"r-t\">Scores for A&amp;B</title>"));
        assert!(svg.contains("Score &lt;2024&gt;: One 3; Two not assessed; Three 1."));
        assert_eq!(svg.matches("class=\"dot score\"").count(), 2);
    }

    #[test]
    fn coordinates_are_written_to_one_decimal_place() {
        for (v, text) in
            [(0.0, "0.0"), (12.34, "12.3"), (12.36, "12.4"), (-3.06, "-3.1"), (280.0, "280.0"), (0.04, "0.0")]
        {
            assert_eq!(D1(v).to_string(), text);
        }
    }
}
