//! Telegram's length limits: a message's text is at most 4,096 characters and a photo's or
//! document's caption at most 1,024, counted in UTF-16 code units as Telegram counts them (an
//! emoji is often two). A longer text is sent as several messages split at line ends, so that
//! nothing is refused or cut off: a long plan, an agenda with many points of staff's own, an
//! overview in a language with long words. Pure.

pub const TEXT_MAX: usize = 4096;
pub const CAPTION_MAX: usize = 1024;

/// The length as Telegram counts it.
pub fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

/// `text` in pieces of at most `max` units: whole lines where they fit, a line longer than
/// `max` split at its last space within the limit (or anywhere, between characters, if it has
/// none). Joining the pieces with line breaks gives the text back (apart from the break or
/// space a piece ends at).
pub fn chunks(text: &str, max: usize) -> Vec<String> {
    let max = max.max(2);
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in text.split('\n') {
        let sep = usize::from(!current.is_empty());
        if units(&current) + sep + units(line) <= max {
            if sep == 1 {
                current.push('\n');
            }
            current.push_str(line);
            continue;
        }
        if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        let mut rest = line;
        while units(rest) > max {
            let (piece, tail) = split_line(rest, max);
            out.push(piece.to_string());
            rest = tail;
        }
        current.push_str(rest);
    }
    if !current.is_empty() || out.is_empty() {
        out.push(current);
    }
    out
}

/// The longest head of `line` within `max` units, ending before a space if there is one, and
/// the rest (without that space).
fn split_line(line: &str, max: usize) -> (&str, &str) {
    let mut end = 0;
    let mut used = 0;
    let mut last_space = None;
    for (i, c) in line.char_indices() {
        let w = c.len_utf16();
        if used + w > max {
            break;
        }
        if c == ' ' && i > 0 {
            last_space = Some(i);
        }
        used += w;
        end = i + c.len_utf8();
    }
    // Both cut points are character boundaries found by `char_indices` above (a space is one
    // byte), so the fallbacks are never taken.
    match last_space {
        Some(space) => {
            let (head, rest) = line.split_at_checked(space).unwrap_or((line, ""));
            (head, rest.strip_prefix(' ').unwrap_or(rest))
        }
        None => line.split_at_checked(end).unwrap_or((line, "")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_within_the_limit_is_one_piece_as_it_is() {
        for text in ["", "Hallo", "één\ntwee\n\ndrie", &"x".repeat(TEXT_MAX)] {
            assert_eq!(chunks(text, TEXT_MAX), vec![text.to_string()]);
        }
    }

    #[test]
    fn long_texts_are_split_at_line_ends_and_nothing_is_lost() {
        let line = "• UTR-7 – Amal · ⚠️ 2 afspraken te laat · aanpak 2";
        let text = vec![line; 200].join("\n");
        let pieces = chunks(&text, TEXT_MAX);
        assert!(pieces.len() > 1);
        for p in &pieces {
            assert!(units(p) <= TEXT_MAX, "{}", units(p));
            assert!(p.lines().all(|l| l == line), "a line was cut");
        }
        assert_eq!(pieces.join("\n"), text);
    }

    #[test]
    fn emoji_count_as_telegram_counts_them() {
        // 🗓 is two UTF-16 units: 600 of them are 1,200 units, more than a caption holds.
        let text = "🗓".repeat(600);
        assert_eq!(units(&text), 1200);
        let pieces = chunks(&text, CAPTION_MAX);
        assert_eq!(pieces.len(), 2);
        assert!(pieces.iter().all(|p| units(p) <= CAPTION_MAX));
        assert_eq!(pieces.concat(), text);
    }

    #[test]
    fn a_line_longer_than_the_limit_is_split_at_a_space_or_between_characters() {
        let words = "ሰላም ".repeat(30);
        let words = words.trim_end();
        let pieces = chunks(words, 20);
        assert!(pieces.iter().all(|p| units(p) <= 20 && !p.starts_with(' ')));
        assert_eq!(pieces.join(" "), words);
        let solid = "ب".repeat(45);
        let pieces = chunks(&solid, 20);
        assert_eq!(
            pieces.iter().map(|p| units(p)).collect::<Vec<_>>(),
            [20, 20, 5]
        );
        assert_eq!(pieces.concat(), solid);
    }
}
