//! How deep a file's flow collections (`[…]`, `{…}`) nest, found before the
//! YAML parser sees the file. The parser's scanner looks again at every open
//! flow collection for each token it reads, so a small file of many `[`
//! took time growing with the square of its size (69 s for 200 KB) before
//! the parser's own limit of 128 was reached.

/// The parser's limit: deeper than this is an error.
pub const MAX_DEPTH: usize = 128;

/// The byte offset of the `[` or `{` that opens flow collection number
/// `MAX_DEPTH + 1` inside the others, if there is one.
///
/// It errs only towards finding none: a bracket is counted only where a
/// collection may start (a value after `key: `, `- ` or `? `, or a line that
/// holds nothing else yet), or inside a collection; text in quotes, block
/// scalars (`|`, `>`), comments and plain text (on its line and the lines
/// below that go on with it) is not.
pub fn too_deep(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    // A block scalar's header was on a line indented this much: the lines
    // below indented more (or blank) are its text.
    let mut block: Option<usize> = None;
    while i < b.len() {
        let line_end = b[i..].iter().position(|&c| c == b'\n').map_or(b.len(), |n| i + n);
        if depth == 0 {
            let indent = b[i..line_end].iter().take_while(|&&c| c == b' ').count();
            let blank = b[i + indent..line_end].iter().all(|c| c.is_ascii_whitespace());
            if let Some(parent) = block {
                if blank || indent > parent {
                    i = line_end + 1;
                    continue;
                }
                block = None;
            }
            // Block context: find where this line's value starts.
            let mut j = i + indent;
            loop {
                j += b[j..line_end].iter().take_while(|&&c| c == b' ' || c == b'\t').count();
                match b.get(j).filter(|_| j < line_end) {
                    Some(b'-' | b'?') if matches!(b.get(j + 1), Some(b' ' | b'\t') | None) || j + 1 == line_end => {
                        j += 1
                    }
                    Some(b'&' | b'!') => j += b[j..line_end].iter().take_while(|&&c| c != b' ').count(),
                    Some(b'[' | b'{') => break,
                    Some(b'|' | b'>') => {
                        block = Some(indent);
                        j = line_end;
                        break;
                    }
                    Some(b'"' | b'\'') => match quoted_end(b, j) {
                        // A quoted key: its value may follow.
                        Some(end) if end < line_end => match key_colon(b, end + 1, line_end) {
                            Some(after) => j = after,
                            None => {
                                j = line_end;
                                break;
                            }
                        },
                        Some(end) => {
                            i = end + 1;
                            j = usize::MAX;
                            break;
                        }
                        None => return None,
                    },
                    Some(b'#') | None => {
                        j = line_end;
                        break;
                    }
                    Some(_) => match key_colon(b, j, line_end) {
                        Some(after) => j = after,
                        None => {
                            // Plain text: the lines below indented more
                            // go on with it.
                            block = Some(indent);
                            j = line_end;
                            break;
                        }
                    },
                }
            }
            if j == usize::MAX {
                continue;
            }
            if j >= line_end {
                i = line_end + 1;
                continue;
            }
            i = j;
        }
        // Flow context, from the `[` or `{` at `i`: every bracket outside
        // quotes and comments, until the collection closes.
        loop {
            match b.get(i)? {
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some(i);
                    }
                }
                b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                b'"' | b'\'' => i = quoted_end(b, i)?,
                b'#' if matches!(b[i - 1], b' ' | b'\t' | b'\n') => {
                    i = b[i..].iter().position(|&c| c == b'\n').map_or(b.len(), |n| i + n);
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        // What follows a closed collection on its line is not a value.
        i = b[i..].iter().position(|&c| c == b'\n').map_or(b.len(), |n| i + n + 1);
    }
    None
}

/// The offset of the quote that closes the one at `start`.
fn quoted_end(b: &[u8], start: usize) -> Option<usize> {
    let q = b[start];
    let mut k = start + 1;
    while k < b.len() {
        match b[k] {
            b'\\' if q == b'"' => k += 2,
            c if c == q => {
                if q == b'\'' && b.get(k + 1) == Some(&b'\'') {
                    k += 2;
                } else {
                    return Some(k);
                }
            }
            _ => k += 1,
        }
    }
    None
}

/// After a key's `:` (followed by a space or the end of the line) between
/// `from` and `end`, if there is one before a comment.
fn key_colon(b: &[u8], from: usize, end: usize) -> Option<usize> {
    let mut k = from;
    while k < end {
        match b[k] {
            b':' if k + 1 == end || matches!(b[k + 1], b' ' | b'\t' | b'\r') => return Some(k + 1),
            b'#' if k > from && matches!(b[k - 1], b' ' | b'\t') => return None,
            _ => k += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nest(n: usize) -> String {
        format!("{}{}", "[".repeat(n), "]".repeat(n))
    }

    #[test]
    fn flow_collections_are_counted_where_they_can_start() {
        assert_eq!(too_deep(&format!("summary: {}\n", nest(128))), None);
        assert_eq!(too_deep(&format!("summary: {}\n", nest(129))), Some(9 + 128));
        assert_eq!(too_deep(&format!("a:\n  - b: {}\n", nest(200))), Some(10 + 128));
        assert_eq!(too_deep(&format!("a: {{ b: [x, {}] }}\n", nest(200))), Some(12 + 126));
        assert_eq!(too_deep(&format!("{}\n", nest(300))), Some(128));
        // Across lines, with comments and quotes between.
        let lines = "[ # a comment ]\n".repeat(130);
        assert_eq!(too_deep(&format!("a: {lines}")), Some(3 + 128 * 16));
    }

    #[test]
    fn brackets_in_text_are_not_counted() {
        let deep = "[".repeat(300);
        for text in [
            format!("summary: |\n  {deep}\n  more\nnext: 1\n"),
            format!("summary: >-\n    {deep}\n"),
            format!("summary: \"{deep}\"\n"),
            format!("summary: '{deep}'' {deep}'\n"),
            format!("summary: text {deep}\n"),
            format!("summary: text # {deep}\n"),
            format!("\"key {deep}\": x\n"),
            format!("summary: [\"{deep}\", '{deep}']\n"),
            format!("- [a] {deep}\n"),
            format!("summary: notes, as written\n  {deep}\n  more\npointers: {{}}\n"),
            format!("- item\n  {deep}\n"),
        ] {
            assert_eq!(too_deep(&text), None, "{text}");
        }
    }
}
