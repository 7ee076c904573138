//! Sources: one article's text, its id and what its front matter says.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{Error, ErrorKind};
use crate::span::Span;

/// One article (or summary, or any text) to check.
///
/// The text is kept exactly as read, front matter included, so every span
/// crosscheck reports slices this text. Facts are only taken from the body,
/// the part after the front matter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    id: String,
    path: Option<String>,
    text: String,
    body: Span,
    meta: Meta,
}

/// What a source's front matter (or its caller) says about it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Meta {
    /// The headline, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publisher, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Where the article was published, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The publication date, when given. Relative dates ("last month",
    /// "Tuesday") resolve against it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
}

impl Source {
    /// A source whose whole text is the body: no front matter is looked for.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::Source;
    /// let s = Source::new("a", "The order takes effect in 45 days.");
    /// assert_eq!(s.id(), "a");
    /// assert_eq!(s.body(), "The order takes effect in 45 days.");
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Source {
        let text = text.into();
        let body = Span::new(0, text.len());
        Source {
            id: id.into(),
            path: None,
            text,
            body,
            meta: Meta::default(),
        }
    }

    /// A source whose text may begin with a front-matter block: a `---`
    /// line, `key: value` lines (`title`, `published` as YYYY-MM-DD,
    /// `outlet`, `url`), and a closing `---` line.
    ///
    /// # Errors
    ///
    /// An error of kind [`ErrorKind::FrontMatter`], naming the 1-based line,
    /// when the block has an unknown key, a line that is not `key: value`, a
    /// date that is not YYYY-MM-DD, a repeated key, or no closing `---`.
    ///
    /// # Example
    ///
    /// ```
    /// use crosscheck::Source;
    /// let text = "---\ntitle: Ban\npublished: 2021-01-06\n---\nEight apps.";
    /// let s = Source::parse("a", text).unwrap();
    /// assert_eq!(s.meta().title.as_deref(), Some("Ban"));
    /// assert_eq!(s.body(), "Eight apps.");
    /// ```
    pub fn parse(id: impl Into<String>, text: impl Into<String>) -> Result<Source, Error> {
        let text = text.into();
        let (meta, body) = parse_front_matter(&text)?;
        Ok(Source {
            id: id.into(),
            path: None,
            text,
            body,
            meta,
        })
    }

    /// Sets the metadata, replacing what the front matter said.
    pub fn with_meta(mut self, meta: Meta) -> Source {
        self.meta = meta;
        self
    }

    /// Sets the publication date.
    pub fn with_published(mut self, date: NaiveDate) -> Source {
        self.meta.published = Some(date);
        self
    }

    /// Sets the title.
    pub fn with_title(mut self, title: impl Into<String>) -> Source {
        self.meta.title = Some(title.into());
        self
    }

    /// Records the path the source was read from, as reports should show it.
    pub fn with_path(mut self, path: impl Into<String>) -> Source {
        self.path = Some(path.into());
        self
    }

    /// The path the source was read from, when it was read from a file.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The source id (for files, the file stem).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The whole text, exactly as given, front matter included.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where the body lies in [`Source::text`].
    pub fn body_span(&self) -> Span {
        self.body
    }

    /// The body: the text after the front matter.
    pub fn body(&self) -> &str {
        self.body.slice(&self.text)
    }

    /// The metadata.
    pub fn meta(&self) -> &Meta {
        &self.meta
    }
}

/// Splits a leading front-matter block off `text`: its metadata, and the span
/// of the body that follows it.
fn parse_front_matter(text: &str) -> Result<(Meta, Span), Error> {
    let mut meta = Meta::default();
    let mut lines = LineIter {
        text,
        pos: 0,
        number: 0,
    };
    let Some((first, _)) = lines.next() else {
        return Ok((meta, Span::new(0, text.len())));
    };
    // A leading byte-order mark is tolerated before the opening fence.
    if first.trim_start_matches('\u{feff}').trim_end() != "---" {
        return Ok((meta, Span::new(0, text.len())));
    }
    let mut seen: Vec<&str> = Vec::new();
    while let Some((line, number)) = lines.next() {
        let trimmed = line.trim_end();
        if trimmed == "---" {
            return Ok((meta, Span::new(lines.pos, text.len())));
        }
        if trimmed.trim().is_empty() {
            continue;
        }
        let fail = |why: String| Err(Error::new(ErrorKind::FrontMatter, why).with_line(number));
        let Some((key, value)) = trimmed.split_once(':') else {
            return fail(format!(
                "front matter line is not `key: value`: {:?}",
                trimmed
            ));
        };
        let key = key.trim();
        let value = value.trim().trim_matches('"').to_string();
        if seen.contains(&key) {
            return fail(format!("front matter key `{key}` is given twice"));
        }
        match key {
            "title" => meta.title = Some(value),
            "outlet" => meta.outlet = Some(value),
            "url" => meta.url = Some(value),
            "published" => match NaiveDate::parse_from_str(&value, "%Y-%m-%d") {
                Ok(d) if value.len() == 10 => meta.published = Some(d),
                _ => return fail(format!("`published` is not a YYYY-MM-DD date: {value:?}")),
            },
            other => {
                return fail(format!(
                    "unknown front matter key `{other}` (expected title, published, outlet or url)"
                ));
            }
        }
        seen.push(key);
    }
    Err(Error::new(
        ErrorKind::FrontMatter,
        "front matter opened with `---` on line 1 is never closed",
    )
    .with_line(1))
}

/// Lines of a text with their 1-based numbers; `pos` is the byte after the
/// last line returned.
struct LineIter<'t> {
    text: &'t str,
    pos: usize,
    number: usize,
}

impl<'t> Iterator for LineIter<'t> {
    type Item = (&'t str, usize);

    fn next(&mut self) -> Option<(&'t str, usize)> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let (line, advance) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        self.number += 1;
        Some((line.strip_suffix('\r').unwrap_or(line), self.number))
    }
}
