//! HTML written as text, for every part that one function writes both on the host (into the
//! prerendered page) and in the browser (into a place's `innerHTML`): the check, the diary's
//! pages, and the care cards, citations and charts they share with the guide. Text and attribute
//! values are escaped here, so callers pass plain words.
//!
//! ```text
//! m.open("p").attr("class", "hint").text(hint).close("p");
//! ```

/// What `write` writes, as a Yew node, for the pages Yew writes on the host that show the same
/// parts.
pub fn yew_html(write: impl FnOnce(&mut Markup)) -> yew::Html {
    let mut m = Markup::new();
    write(&mut m);
    yew::Html::from_html_unchecked(yew::AttrValue::from(m.into_string()))
}

/// A piece of HTML being written.
#[derive(Default)]
pub struct Markup {
    html: String,
}

impl Markup {
    pub fn new() -> Markup {
        Markup::default()
    }

    /// Writes `<tag>`; [`Markup::attr`] right after it adds attributes inside the tag.
    pub fn open(&mut self, tag: &str) -> &mut Markup {
        self.html.push('<');
        self.html.push_str(tag);
        self.html.push('>');
        self
    }

    /// Adds ` name="value"` to the element just opened.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Markup {
        debug_assert!(self.html.ends_with('>'), "attr() right after open()");
        self.html.pop();
        self.html.push(' ');
        self.html.push_str(name);
        self.html.push_str("=\"");
        escape_into(&mut self.html, value);
        self.html.push_str("\">");
        self
    }

    /// Adds the attribute only when `on` (for `checked`, `hidden`, an optional id…).
    pub fn attr_if(&mut self, on: bool, name: &str, value: &str) -> &mut Markup {
        if on {
            self.attr(name, value);
        }
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape_into(&mut self.html, text);
        self
    }

    /// HTML another [`Markup`] wrote.
    pub fn push(&mut self, html: &str) -> &mut Markup {
        self.html.push_str(html);
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Markup {
        self.html.push_str("</");
        self.html.push_str(tag);
        self.html.push('>');
        self
    }

    /// `<tag class="class">text</tag>` (no class attribute when `class` is empty).
    pub fn el(&mut self, tag: &str, class: &str, text: &str) -> &mut Markup {
        self.open(tag).attr_if(!class.is_empty(), "class", class);
        self.text(text).close(tag)
    }

    pub fn into_string(self) -> String {
        self.html
    }
}

/// Writes `text` with `&`, `<`, `>` and `"` escaped: safe in text and in a quoted attribute.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_elements_with_escaped_text_and_attributes() {
        let mut m = Markup::new();
        m.open("p")
            .attr("class", "a\"b")
            .attr_if(false, "hidden", "");
        m.text("1 < 2 & 3").el("strong", "", "x").close("p");
        assert_eq!(
            m.into_string(),
            "<p class=\"a&quot;b\">1 &lt; 2 &amp; 3<strong>x</strong></p>"
        );
    }
}
