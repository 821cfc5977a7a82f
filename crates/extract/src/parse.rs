//! A fast, forgiving HTML parser that builds a [`Dom`].
//!
//! It follows the parts of the WHATWG tokenizer and tree builder that decide the shape of real
//! article pages: raw-text elements (`script`, `style`, …), RCDATA (`title`, `textarea`), comments,
//! entities, void elements, implied end tags (`p`, `li`, `dd`/`dt`, table parts, headings, `a`),
//! scope rules for stray end tags, an implied `<head>`/`<body>`. It leaves out what does not change
//! which text belongs to which block (the adoption agency's re-opening of formatting elements,
//! foster parenting, quirks). Nesting is capped at [`MAX_DEPTH`]: deeper elements are kept, flattened,
//! so a hostile page cannot make any later walk expensive.
//!
//! Script contents are skipped without being copied, except JSON-LD, which metadata needs.

use memchr::{memchr, memchr2, memmem};

use crate::dom::{Attr, Dom, NodeData, NodeId, Span, Tag, name_key};

/// Elements deeper than this are attached flat to the deepest open element.
pub const MAX_DEPTH: usize = 256;

/// Parses a whole document.
pub fn parse(html: &str) -> Dom {
    let mut b = Builder::new(html.len());
    Tokenizer { src: html, pos: 0 }.run(&mut b);
    b.finish()
}

struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
}

/// What the tokenizer does with an element's content after its start tag.
enum ContentModel {
    Normal,
    /// Raw text up to the matching end tag; keep it as a text child or drop it.
    RawText {
        keep: bool,
        decode: bool,
    },
    /// Everything to the end of the input is text.
    Plaintext,
}

impl Tokenizer<'_> {
    fn run(&mut self, b: &mut Builder) {
        let bytes = self.src.as_bytes();
        let len = bytes.len();
        while self.pos < len {
            let Some(rel) = memchr(b'<', &bytes[self.pos..]) else {
                b.text(&self.src[self.pos..], true);
                break;
            };
            let lt = self.pos + rel;
            if lt > self.pos {
                b.text(&self.src[self.pos..lt], true);
            }
            self.pos = lt;
            let next = bytes.get(lt + 1).copied().unwrap_or(0);
            match next {
                b'!' => self.markup_declaration(b),
                b'?' => self.skip_past(b'>', lt + 2),
                b'/' => self.end_tag(b),
                c if c.is_ascii_alphabetic() => self.start_tag(b),
                _ => {
                    b.text("<", false);
                    self.pos = lt + 1;
                }
            }
        }
    }

    /// Moves past the next `byte` at or after `from` (or to the end).
    fn skip_past(&mut self, byte: u8, from: usize) {
        let bytes = self.src.as_bytes();
        let from = from.min(bytes.len());
        self.pos = match memchr(byte, &bytes[from..]) {
            Some(i) => from + i + 1,
            None => bytes.len(),
        };
    }

    fn markup_declaration(&mut self, b: &mut Builder) {
        let bytes = self.src.as_bytes();
        let rest = &bytes[self.pos..];
        if rest.starts_with(b"<!--") {
            let body = self.pos + 4;
            // "<!-->" and "<!--->" are (empty) comments too.
            if bytes[body..].starts_with(b">") {
                self.pos = body + 1;
            } else if bytes[body..].starts_with(b"->") {
                self.pos = body + 2;
            } else {
                self.pos = match memmem::find(&bytes[body..], b"-->") {
                    Some(i) => body + i + 3,
                    None => bytes.len(),
                };
            }
        } else if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"<![CDATA[") {
            let body = self.pos + 9;
            let end = memmem::find(&bytes[body..], b"]]>").map_or(bytes.len(), |i| body + i);
            if b.in_foreign() {
                b.text(&self.src[body..end], false);
            }
            self.pos = (end + 3).min(bytes.len());
        } else {
            self.skip_past(b'>', self.pos + 2);
        }
    }

    /// Reads a tag name starting at `self.pos`; returns its (lowercase-insensitive) byte range.
    fn tag_name(&mut self) -> (usize, usize) {
        let bytes = self.src.as_bytes();
        let start = self.pos;
        self.pos = scan_to(bytes, self.pos, TAG_NAME_END);
        (start, self.pos)
    }

    fn end_tag(&mut self, b: &mut Builder) {
        let bytes = self.src.as_bytes();
        let after = self.pos + 2;
        match bytes.get(after) {
            Some(c) if c.is_ascii_alphabetic() => {
                self.pos = after;
                let (s, e) = self.tag_name();
                let tag = Tag::from_name(&bytes[s..e]);
                // Attributes of end tags are parsed (so quoted '>' do not end it) and dropped.
                self.attributes(None);
                b.end_tag(tag);
            }
            Some(b'>') => self.pos = after + 1,
            _ => self.skip_past(b'>', after),
        }
    }

    fn start_tag(&mut self, b: &mut Builder) {
        let bytes = self.src.as_bytes();
        self.pos += 1;
        let (s, e) = self.tag_name();
        let tag = Tag::from_name(&bytes[s..e]);
        let attrs_start = b.dom.attrs.len();
        let Some(self_closing) = self.attributes(Some(b)) else {
            // EOF inside a tag: the tag is dropped, as browsers do.
            b.dom.attrs.truncate(attrs_start);
            self.pos = bytes.len();
            return;
        };
        let model = match tag {
            Tag::Script => {
                let json = b.dom.attrs[attrs_start..]
                    .iter()
                    .any(|a| b.dom.span(a.name) == "type" && b.dom.span(a.value).to_ascii_lowercase().contains("json"));
                ContentModel::RawText { keep: json, decode: false }
            }
            Tag::Style | Tag::Xmp | Tag::Iframe | Tag::Noembed | Tag::Noframes => {
                ContentModel::RawText { keep: false, decode: false }
            }
            Tag::Title | Tag::Textarea => ContentModel::RawText { keep: true, decode: true },
            Tag::Plaintext => ContentModel::Plaintext,
            _ => ContentModel::Normal,
        };
        let opened = b.start_tag(tag, attrs_start, self_closing);
        match model {
            ContentModel::Normal => {}
            ContentModel::Plaintext => {
                b.text(&self.src[self.pos..], false);
                self.pos = bytes.len();
            }
            ContentModel::RawText { keep, decode } => {
                let end = self.find_end_tag(&bytes[s..e]);
                if keep && opened {
                    b.text(&self.src[self.pos..end], decode);
                }
                self.pos = end;
                if opened && self.pos >= bytes.len() {
                    b.end_tag(tag);
                }
            }
        }
    }

    /// Finds `</name` (any case) followed by a tag-ending byte, from `self.pos`.
    fn find_end_tag(&self, name: &[u8]) -> usize {
        let bytes = self.src.as_bytes();
        let mut at = self.pos;
        while let Some(i) = memmem::find(&bytes[at..], b"</") {
            let start = at + i;
            let name_end = start + 2 + name.len();
            if name_end <= bytes.len()
                && bytes[start + 2..name_end].eq_ignore_ascii_case(name)
                && matches!(bytes.get(name_end), None | Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>'))
            {
                return start;
            }
            at = start + 2;
        }
        bytes.len()
    }

    /// Parses attributes up to and including `>`. Returns whether the tag was self-closing, or
    /// `None` at end of input. Attributes go to the builder when one is given.
    fn attributes(&mut self, mut b: Option<&mut Builder>) -> Option<bool> {
        let bytes = self.src.as_bytes();
        let len = bytes.len();
        let mut self_closing = false;
        loop {
            self.pos = skip_space(bytes, self.pos);
            if self.pos >= len {
                return None;
            }
            match bytes[self.pos] {
                b'>' => {
                    self.pos += 1;
                    return Some(self_closing);
                }
                b'/' => {
                    self.pos += 1;
                    self_closing = bytes.get(self.pos) == Some(&b'>');
                    continue;
                }
                _ => {}
            }
            self_closing = false;
            // Name: the first character may be anything (even '='), then up to a delimiter.
            let name_start = self.pos;
            self.pos = scan_to(bytes, self.pos + 1, ATTR_NAME_END);
            let name_end = self.pos;
            self.pos = skip_space(bytes, self.pos);
            let mut value: (usize, usize) = (0, 0);
            // Whether the value may hold an entity (it holds a '&').
            let mut ampersand = false;
            if self.pos < len && bytes[self.pos] == b'=' {
                self.pos = skip_space(bytes, self.pos + 1);
                if self.pos >= len {
                    return None;
                }
                let q = bytes[self.pos];
                if q == b'"' || q == b'\'' {
                    // One search finds the closing quote, or a '&' on the way to it.
                    let vs = self.pos + 1;
                    let mut ve = memchr2(q, b'&', &bytes[vs..]).map(|i| vs + i)?;
                    if bytes[ve] == b'&' {
                        ampersand = true;
                        ve = memchr(q, &bytes[ve..]).map(|i| ve + i)?;
                    }
                    value = (vs, ve);
                    self.pos = ve + 1;
                } else {
                    let vs = self.pos;
                    self.pos = scan_to(bytes, self.pos, VALUE_END);
                    value = (vs, self.pos);
                    ampersand = memchr(b'&', &bytes[vs..self.pos]).is_some();
                }
            }
            if let Some(b) = b.as_deref_mut() {
                b.attribute(&self.src[name_start..name_end], &self.src[value.0..value.1], ampersand);
            }
        }
    }
}

/// Classes of bytes for the tokenizer's scans, looked up in [`BYTE_CLASSES`].
const SPACE: u8 = 1;
/// Ends a tag name: space, `/`, `>`.
const TAG_NAME_END: u8 = 2;
/// Ends an attribute name: space, `/`, `>`, `=`.
const ATTR_NAME_END: u8 = 4;
/// Ends an unquoted attribute value: space, `>`.
const VALUE_END: u8 = 8;

/// The class bits of every byte (HTML's spaces: tab, line feed, form feed, carriage return,
/// space).
static BYTE_CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let spaces = [b'\t', b'\n', b'\x0c', b'\r', b' '];
    let mut i = 0;
    while i < spaces.len() {
        t[spaces[i] as usize] = SPACE | TAG_NAME_END | ATTR_NAME_END | VALUE_END;
        i += 1;
    }
    t[b'/' as usize] = TAG_NAME_END | ATTR_NAME_END;
    t[b'>' as usize] = TAG_NAME_END | ATTR_NAME_END | VALUE_END;
    t[b'=' as usize] = ATTR_NAME_END;
    t
};

/// The first position at or after `from` of a byte of `class` (or the end).
#[inline]
fn scan_to(bytes: &[u8], from: usize, class: u8) -> usize {
    let from = from.min(bytes.len());
    bytes[from..].iter().position(|&b| BYTE_CLASSES[b as usize] & class != 0).map_or(bytes.len(), |i| from + i)
}

/// The first position at or after `from` that is not a space (or the end).
#[inline]
fn skip_space(bytes: &[u8], from: usize) -> usize {
    let from = from.min(bytes.len());
    bytes[from..].iter().position(|&b| BYTE_CLASSES[b as usize] & SPACE == 0).map_or(bytes.len(), |i| from + i)
}

/// Tree construction state.
struct Builder {
    dom: Dom,
    /// Open elements, innermost last.
    stack: Vec<(NodeId, Tag)>,
    /// First attribute of the tag being read, to drop duplicates.
    pending_attrs: usize,
    foreign_depth: usize,
    seen_html_tag: bool,
}

/// Elements whose start tag closes an open `<p>`.
fn closes_p(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Address
            | Tag::Article
            | Tag::Aside
            | Tag::Blockquote
            | Tag::Center
            | Tag::Details
            | Tag::Dialog
            | Tag::Dir
            | Tag::Div
            | Tag::Dl
            | Tag::Fieldset
            | Tag::Figcaption
            | Tag::Figure
            | Tag::Footer
            | Tag::Form
            | Tag::H1
            | Tag::H2
            | Tag::H3
            | Tag::H4
            | Tag::H5
            | Tag::H6
            | Tag::Header
            | Tag::Hgroup
            | Tag::Hr
            | Tag::Li
            | Tag::Dd
            | Tag::Dt
            | Tag::Listing
            | Tag::Main
            | Tag::Menu
            | Tag::Nav
            | Tag::Ol
            | Tag::P
            | Tag::Plaintext
            | Tag::Pre
            | Tag::Search
            | Tag::Section
            | Tag::Summary
            | Tag::Table
            | Tag::Ul
            | Tag::Xmp
    )
}

/// Elements a search for an open element to close does not cross.
/// HTML start tags that end SVG/MathML content wherever they appear in it (the HTML standard's
/// list for "in foreign content").
fn breaks_out_of_foreign(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::B
            | Tag::Blockquote
            | Tag::Br
            | Tag::Center
            | Tag::Code
            | Tag::Dd
            | Tag::Div
            | Tag::Dl
            | Tag::Dt
            | Tag::Em
            | Tag::Embed
            | Tag::H1
            | Tag::H2
            | Tag::H3
            | Tag::H4
            | Tag::H5
            | Tag::H6
            | Tag::Hr
            | Tag::I
            | Tag::Img
            | Tag::Li
            | Tag::Listing
            | Tag::Menu
            | Tag::Nobr
            | Tag::Ol
            | Tag::P
            | Tag::Pre
            | Tag::Ruby
            | Tag::S
            | Tag::Small
            | Tag::Span
            | Tag::Strong
            | Tag::Strike
            | Tag::Sub
            | Tag::Sup
            | Tag::Table
            | Tag::Tt
            | Tag::U
            | Tag::Ul
            | Tag::Var
    )
}

fn is_scope_boundary(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Applet
            | Tag::Caption
            | Tag::Html
            | Tag::Table
            | Tag::Td
            | Tag::Th
            | Tag::Marquee
            | Tag::Object
            | Tag::Template
            | Tag::Svg
            | Tag::Math
    )
}

/// Elements that may sit in `<head>` without implying `<body>`.
fn is_head_content(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Base
            | Tag::Basefont
            | Tag::Bgsound
            | Tag::Link
            | Tag::Meta
            | Tag::Noscript
            | Tag::Script
            | Tag::Style
            | Tag::Template
            | Tag::Title
            | Tag::Noframes
    )
}

impl Builder {
    fn new(input_len: usize) -> Builder {
        let mut dom = Dom::with_capacity(input_len);
        let html = dom.create_element(Tag::Html);
        dom.append(NodeId::DOCUMENT, html);
        dom.html = html;
        Builder { dom, stack: vec![(html, Tag::Html)], pending_attrs: 0, foreign_depth: 0, seen_html_tag: false }
    }

    fn finish(self) -> Dom {
        self.dom
    }

    fn in_foreign(&self) -> bool {
        self.foreign_depth > 0
    }

    /// The stack index of the outermost open `<svg>` or `<math>`, when inside one.
    fn foreign_root(&self) -> Option<usize> {
        if self.foreign_depth == 0 {
            return None;
        }
        self.stack.iter().position(|&(_, t)| matches!(t, Tag::Svg | Tag::Math))
    }

    #[inline]
    fn current(&self) -> (NodeId, Tag) {
        // The stack always holds <html>: end tags never pop it.
        self.stack.last().copied().unwrap_or((self.dom.html, Tag::Html))
    }

    /// Adds an attribute of the tag being read (unless it repeats a name); `ampersand`: whether
    /// the value holds a '&', so that entities are to be decoded.
    fn attribute(&mut self, name: &str, value: &str, ampersand: bool) {
        let name_span = if name.bytes().any(|c| c.is_ascii_uppercase()) {
            self.dom.push_str(&name.to_ascii_lowercase())
        } else {
            self.dom.push_str(name)
        };
        let buf = self.dom.buf.as_bytes();
        let new_name = &buf[name_span.start as usize..name_span.end as usize];
        let key = name_key(new_name);
        if self.dom.attrs[self.pending_attrs..].iter().any(|a| a.is_named(buf, new_name, key)) {
            self.dom.buf.truncate(name_span.start as usize);
            return;
        }
        let value_span = if ampersand {
            let decoded = htmlize::unescape_attribute(value);
            self.dom.push_str(&decoded)
        } else {
            self.dom.push_str(value)
        };
        self.dom.attrs.push(Attr { name: name_span, value: value_span, key });
    }

    /// Makes sure content has a `<body>` to go in, leaving `<head>` if it is open.
    fn ensure_body(&mut self) {
        if self.current().1 == Tag::Head {
            self.stack.pop();
        }
        if !self.dom.body.is_some() && self.stack.len() == 1 {
            let body = self.dom.create_element(Tag::Body);
            self.dom.append(self.dom.html, body);
            self.dom.body = body;
            self.stack.push((body, Tag::Body));
        }
    }

    fn text(&mut self, s: &str, decode: bool) {
        let (parent, parent_tag) = self.current();
        if matches!(parent_tag, Tag::Html | Tag::Head) && s.bytes().all(|c| c.is_ascii_whitespace()) {
            return;
        }
        let parent = if matches!(parent_tag, Tag::Html | Tag::Head) && !self.dom.body.is_some() {
            self.ensure_body();
            self.current().0
        } else {
            parent
        };
        let before = self.dom.buf.len() as u32;
        if decode && memchr(b'&', s.as_bytes()).is_some() {
            let decoded = htmlize::unescape(s);
            self.dom.buf.push_str(&decoded);
        } else {
            self.dom.buf.push_str(s);
        }
        let end = self.dom.buf.len() as u32;
        let last = self.dom.node(parent).last_child;
        if last.is_some()
            && let NodeData::Text(span) = &mut self.dom.nodes[last.index()].data
            && span.end == before
        {
            span.end = end;
            return;
        }
        let id = self.dom.push_node(NodeData::Text(Span { start: before, end }));
        self.dom.append(parent, id);
    }

    /// Position in the stack of the innermost open `tag`, not crossing scope boundaries (nor
    /// `extra` boundaries).
    fn in_scope(&self, tag: Tag, extra: &[Tag]) -> Option<usize> {
        for (i, &(_, t)) in self.stack.iter().enumerate().rev() {
            if t == tag {
                return Some(i);
            }
            if is_scope_boundary(t) || extra.contains(&t) {
                return None;
            }
        }
        None
    }

    /// Like [`Builder::in_scope`] for table parts: only `<table>` and `<html>` bound the search.
    fn in_table_scope(&self, tag: Tag) -> Option<usize> {
        for (i, &(_, t)) in self.stack.iter().enumerate().rev() {
            if t == tag {
                return Some(i);
            }
            if matches!(t, Tag::Html | Tag::Table | Tag::Template) {
                return None;
            }
        }
        None
    }

    fn close_in_table(&mut self, tag: Tag) {
        if let Some(i) = self.in_table_scope(tag) {
            self.pop_to(i);
        }
    }

    fn pop_to(&mut self, index: usize) {
        // Never pop <html> (index 0).
        let index = index.max(1);
        while self.stack.len() > index {
            if let Some((_, t)) = self.stack.pop()
                && matches!(t, Tag::Svg | Tag::Math)
            {
                self.foreign_depth = self.foreign_depth.saturating_sub(1);
            }
        }
    }

    fn close_if_open(&mut self, tag: Tag, extra: &[Tag]) {
        if let Some(i) = self.in_scope(tag, extra) {
            self.pop_to(i);
        }
    }

    /// Opens an element. Returns whether it was pushed on the stack of open elements (so its
    /// content goes inside it).
    fn start_tag(&mut self, tag: Tag, attrs_start: usize, self_closing: bool) -> bool {
        let attrs_len = (self.dom.attrs.len() - attrs_start).min(u16::MAX as usize) as u16;
        self.pending_attrs = self.dom.attrs.len();
        match tag {
            Tag::Html => {
                if !self.seen_html_tag {
                    self.seen_html_tag = true;
                    let html = self.dom.html;
                    self.dom.nodes[html.index()].data =
                        NodeData::Element { tag: Tag::Html, attrs_start: attrs_start as u32, attrs_len };
                }
                return false;
            }
            Tag::Head => {
                if !self.dom.head.is_some() && !self.dom.body.is_some() && self.stack.len() == 1 {
                    let head = self.element(tag, attrs_start, attrs_len);
                    self.dom.append(self.dom.html, head);
                    self.dom.head = head;
                    self.stack.push((head, Tag::Head));
                }
                return false;
            }
            Tag::Body => {
                if self.current().1 == Tag::Head {
                    self.stack.pop();
                }
                if !self.dom.body.is_some() {
                    let body = self.element(tag, attrs_start, attrs_len);
                    self.dom.append(self.dom.html, body);
                    self.dom.body = body;
                    self.stack.truncate(1);
                    self.stack.push((body, Tag::Body));
                }
                return false;
            }
            _ => {}
        }
        let (_, cur_tag) = self.current();
        if (cur_tag == Tag::Head && !is_head_content(tag) || cur_tag == Tag::Html && !self.dom.body.is_some())
            && !(cur_tag == Tag::Html && is_head_content(tag))
        {
            self.ensure_body();
        }
        if breaks_out_of_foreign(tag)
            && let Some(root) = self.foreign_root()
        {
            self.pop_to(root);
        }
        if self.foreign_depth == 0 {
            self.implied_end_tags(tag);
        }
        let id = self.element(tag, attrs_start, attrs_len);
        let parent = self.current().0;
        self.dom.append(parent, id);
        let foreign = self.foreign_depth > 0 || matches!(tag, Tag::Svg | Tag::Math);
        let push = !(tag.is_void() || self_closing && foreign) && self.stack.len() < MAX_DEPTH;
        if push {
            if matches!(tag, Tag::Svg | Tag::Math) {
                self.foreign_depth += 1;
            }
            self.stack.push((id, tag));
        }
        push
    }

    fn element(&mut self, tag: Tag, attrs_start: usize, attrs_len: u16) -> NodeId {
        self.dom.push_node(NodeData::Element { tag, attrs_start: attrs_start as u32, attrs_len })
    }

    fn implied_end_tags(&mut self, tag: Tag) {
        const LIST: &[Tag] = &[Tag::Ul, Tag::Ol, Tag::Menu, Tag::Dir];
        match tag {
            Tag::Li => {
                self.close_if_open(Tag::Li, LIST);
            }
            Tag::Dd | Tag::Dt => {
                self.close_if_open(Tag::Dd, &[Tag::Dl]);
                self.close_if_open(Tag::Dt, &[Tag::Dl]);
            }
            Tag::Tr => {
                self.close_in_table(Tag::Tr);
            }
            Tag::Td | Tag::Th => {
                if let Some(tr) = self.in_table_scope(Tag::Tr) {
                    self.pop_to(tr + 1);
                }
            }
            Tag::Tbody | Tag::Thead | Tag::Tfoot => {
                for t in [Tag::Tr, Tag::Tbody, Tag::Thead, Tag::Tfoot] {
                    self.close_in_table(t);
                }
            }
            Tag::Caption | Tag::Colgroup => {
                for t in [Tag::Tr, Tag::Tbody, Tag::Thead, Tag::Tfoot] {
                    self.close_in_table(t);
                }
            }
            Tag::A => self.close_if_open(Tag::A, &[]),
            Tag::Option if self.current().1 == Tag::Option => {
                self.stack.pop();
            }
            Tag::Optgroup => {
                if self.current().1 == Tag::Option {
                    self.stack.pop();
                }
                if self.current().1 == Tag::Optgroup {
                    self.stack.pop();
                }
            }
            Tag::Button => self.close_if_open(Tag::Button, &[]),
            _ => {}
        }
        if closes_p(tag) {
            self.close_if_open(Tag::P, &[Tag::Button]);
        }
        if tag.is_heading() && self.current().1.is_heading() {
            self.stack.pop();
        }
    }

    fn end_tag(&mut self, tag: Tag) {
        // An end tag for an HTML element open outside SVG/MathML leaves the foreign content, as
        // browsers do: an unclosed <svg> ends with the <div> around it, not with the page.
        if let Some(root) = self.foreign_root()
            && !matches!(tag, Tag::Svg | Tag::Math | Tag::Other)
            && self.stack[..root].iter().any(|&(_, t)| t == tag)
        {
            self.pop_to(root);
        }
        match tag {
            Tag::Html | Tag::Body => return,
            Tag::Head => {
                if self.current().1 == Tag::Head {
                    self.stack.pop();
                }
                return;
            }
            Tag::Br => {
                self.start_tag(Tag::Br, self.dom.attrs.len(), false);
                return;
            }
            Tag::Other => {
                // Unknown elements are not told apart by name: the innermost open one closes.
                if let Some(i) = self.in_scope(Tag::Other, &[]) {
                    self.pop_to(i);
                }
                return;
            }
            _ => {}
        }
        if matches!(tag, Tag::Table | Tag::Tr | Tag::Td | Tag::Th | Tag::Tbody | Tag::Thead | Tag::Tfoot | Tag::Caption)
        {
            self.close_in_table(tag);
            return;
        }
        let extra: &[Tag] = match tag {
            Tag::Li => &[Tag::Ul, Tag::Ol],
            Tag::Dd | Tag::Dt => &[Tag::Dl],
            Tag::P => &[Tag::Button],
            _ => &[],
        };
        if let Some(i) = self.in_scope(tag, extra) {
            self.pop_to(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serialises a tree compactly: `tag(children)` and `"text"`.
    fn shape(dom: &Dom, id: NodeId) -> String {
        let mut out = String::new();
        for c in dom.children(id) {
            if let Some(t) = dom.text(c) {
                out.push_str(&format!("{t:?}"));
            } else if let Some(tag) = dom.tag(c) {
                let name = if tag == Tag::Other { "?" } else { tag.name() };
                out.push_str(name);
                let inner = shape(dom, c);
                if !inner.is_empty() {
                    out.push('(');
                    out.push_str(&inner);
                    out.push(')');
                }
            }
            out.push(' ');
        }
        out.trim_end().to_string()
    }

    fn body(html: &str) -> String {
        let dom = parse(html);
        assert!(dom.body.is_some(), "no body for {html}");
        shape(&dom, dom.body)
    }

    /// Issue 9 (bodies lost): an unclosed <svg> (an icon in a share bar) must not swallow the
    /// rest of the page.
    #[test]
    fn issue_9_html_leaves_an_unclosed_svg() {
        assert_eq!(body("<div><a><svg class=i><use href='#x'/></div><p>after</p>"), r#"div(a(svg(?))) p("after")"#);
        assert_eq!(body("<svg><path/><span>text</span></svg>"), r#"svg(?) span("text")"#);
        assert_eq!(body("<svg><a><path/></a><title>t</title></svg><p>x</p>"), r#"svg(a(?) title("t")) p("x")"#);
    }

    #[test]
    fn implied_paragraph_ends() {
        assert_eq!(body("<p>one<p>two<div>three</div>"), r#"p("one") p("two") div("three")"#);
    }

    #[test]
    fn list_items_close_each_other() {
        assert_eq!(body("<ul><li>a<li>b<ul><li>c</ul><li>d</ul>"), r#"ul(li("a") li("b" ul(li("c"))) li("d"))"#);
    }

    #[test]
    fn table_cells_and_rows() {
        assert_eq!(
            body("<table><tr><td>a<td>b<tr><td>c</table>after"),
            r#"table(tr(td("a") td("b")) tr(td("c"))) "after""#
        );
    }

    #[test]
    fn stray_end_tag_inside_cell_is_ignored() {
        assert_eq!(body("<div><table><tr><td>x</div>y</td></tr></table>z</div>"), r#"div(table(tr(td("xy"))) "z")"#);
    }

    #[test]
    fn entities_in_text_and_attributes() {
        let dom = parse(r#"<p title="a &amp; b &quot;c&quot;">caf&eacute; &lt;3 &#x263A; &copy</p>"#);
        let p = dom.element_children(dom.body).next().unwrap();
        assert_eq!(dom.attr(p, "title"), Some(r#"a & b "c""#));
        assert_eq!(dom.text_content(p), "café <3 ☺ ©");
    }

    #[test]
    fn script_and_style_content_is_not_text() {
        assert_eq!(
            body("<p>a<script>if (a < b) { x = '</p>' }</script>b<style>p{}</style></p>"),
            r#"p("a" script "b" style)"#
        );
    }

    #[test]
    fn json_ld_script_keeps_its_text() {
        let dom = parse(r#"<head><script type="application/ld+json">{"a": "<b>"}</script></head>"#);
        let script = dom.element_children(dom.head).next().unwrap();
        assert_eq!(dom.text_content(script), r#"{"a": "<b>"}"#);
    }

    #[test]
    fn comments_doctype_and_cdata_are_dropped() {
        assert_eq!(body("<!DOCTYPE html><!-- x <p>no</p> --><p>yes<!---->!</p><![CDATA[z]]>"), r#"p("yes!")"#);
    }

    #[test]
    fn title_is_rcdata() {
        let dom = parse("<title>A <b> &amp; B</title><p>x");
        let title = dom.descendants(NodeId::DOCUMENT).find(|&n| dom.is(n, Tag::Title)).unwrap();
        assert_eq!(dom.text_content(title), "A <b> & B");
    }

    #[test]
    fn head_and_body_are_implied() {
        let dom = parse("<meta charset=utf-8><title>t</title><p>hello");
        assert!(dom.head.is_some() || dom.html.is_some());
        assert_eq!(shape(&dom, dom.body), r#"p("hello")"#);
    }

    #[test]
    fn uppercase_tags_and_attributes() {
        let dom = parse("<HTML LANG=tr><BODY><P CLASS=Lead>Merhaba</P></BODY></HTML>");
        assert_eq!(dom.attr(dom.html, "lang"), Some("tr"));
        let p = dom.element_children(dom.body).next().unwrap();
        assert_eq!(dom.attr(p, "class"), Some("Lead"));
    }

    #[test]
    fn duplicate_attributes_keep_the_first() {
        let dom = parse(r#"<p id=a id=b class='x' CLASS="y">t</p>"#);
        let p = dom.element_children(dom.body).next().unwrap();
        assert_eq!(dom.attrs(p).collect::<Vec<_>>(), vec![("id", "a"), ("class", "x")]);
    }

    #[test]
    fn void_and_self_closing() {
        assert_eq!(body("<p>a<br/>b<img src=x>c<div/>d</div>"), r#"p("a" br "b" img "c") div("d")"#);
        assert_eq!(body("<svg><path d='M0'/><circle/></svg>x"), r#"svg(? ?) "x""#);
    }

    #[test]
    fn truncated_input_does_not_lose_earlier_content() {
        assert_eq!(body("<p>complete</p><p>cut <a href=\"x"), r#"p("complete") p("cut ")"#);
        assert_eq!(body("<p>open comment<!-- never closed"), r#"p("open comment")"#);
        assert_eq!(body("<p>x</p><script>never closed"), r#"p("x") script"#);
    }

    #[test]
    fn deep_nesting_is_flattened_not_recursed() {
        let depth = 100_000;
        let html = "<div>".repeat(depth) + "deep" + &"</div>".repeat(depth);
        let dom = parse(&html);
        let max_depth = dom.descendants(NodeId::DOCUMENT).map(|n| dom.ancestors(n).count()).max().unwrap();
        assert!(max_depth <= MAX_DEPTH + 2, "depth {max_depth}");
        assert!(dom.text_content(dom.body).contains("deep"));
    }

    #[test]
    fn lone_less_than_is_text() {
        assert_eq!(body("<p>a < b <3 c</p>"), r#"p("a < b <3 c")"#);
    }

    #[test]
    fn headings_close_headings() {
        assert_eq!(body("<h1>a<h2>b</h2>c"), r#"h1("a") h2("b") "c""#);
    }

    #[test]
    fn nested_anchor_closes_the_outer() {
        assert_eq!(body("<a href=1>one<a href=2>two</a>"), r#"a("one") a("two")"#);
    }
}
