//! A compact arena DOM made for extraction.
//!
//! Every node lives in one `Vec`, linked by `u32` indices (parent, first/last child, siblings), and
//! every string (text, attribute names and values) lives in one shared `String` buffer addressed
//! by [`Span`]s. A page of a few hundred kilobytes becomes a handful of allocations, and no
//! traversal here recurses, so a page nested 100,000 deep costs no stack.

use std::fmt;

/// Index of a node in its [`Dom`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub(crate) u32);

impl NodeId {
    /// "No node": the parent of the root, the sibling of a last child.
    pub const NONE: NodeId = NodeId(u32::MAX);
    /// The document node.
    pub const DOCUMENT: NodeId = NodeId(0);

    /// Whether this is a real node.
    #[inline]
    pub fn is_some(self) -> bool {
        self.0 != u32::MAX
    }

    /// Position in the arena.
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Debug for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_some() { write!(f, "#{}", self.0) } else { f.write_str("#none") }
    }
}

/// A byte range in the DOM's string buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

macro_rules! tags {
    ($($variant:ident $name:literal),* $(,)?) => {
        /// An HTML element name. Names the extractor never distinguishes are [`Tag::Other`].
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[allow(missing_docs)]
        pub enum Tag { $($variant,)* Other }

        #[allow(non_upper_case_globals)]
        mod keys {
            $(pub const $variant: u128 = super::pack($name.as_bytes());)*
        }

        /// Keys of the names of up to 8 bytes, packed by [`pack8`]; a longer name gets a key no
        /// name can have (a 0xFF byte is never UTF-8), distinct per tag.
        #[allow(non_upper_case_globals)]
        mod short_keys {
            $(pub const $variant: u64 = if $name.len() <= 8 {
                super::pack8($name.as_bytes())
            } else {
                0xFF00_0000_0000_0000 | super::Tag::$variant as u64
            };)*
        }

        impl Tag {
            /// The tag for a name already lowercased, packed by [`pack`].
            fn from_key(key: u128) -> Tag {
                match key {
                    $(keys::$variant => Tag::$variant,)*
                    _ => Tag::Other,
                }
            }

            /// The tag for a name of up to 8 bytes, packed by [`pack8`].
            fn from_short_key(key: u64) -> Tag {
                match key {
                    $(short_keys::$variant => Tag::$variant,)*
                    _ => Tag::Other,
                }
            }

            /// The lowercase name (empty for [`Tag::Other`]).
            pub fn name(self) -> &'static str {
                match self {
                    $(Tag::$variant => $name,)*
                    Tag::Other => "",
                }
            }
        }
    };
}

/// Packs up to 8 bytes, lowercased, into an integer: the lookup of most names, cheaper than
/// [`pack`]'s.
const fn pack8(name: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < name.len() && i < 8 {
        key |= (name[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    key
}

/// Packs up to 16 ASCII bytes into an integer so tag lookup is one `match` on integers.
const fn pack(name: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < name.len() && i < 16 {
        key |= (name[i].to_ascii_lowercase() as u128) << (8 * i);
        i += 1;
    }
    key
}

tags! {
    A "a", Abbr "abbr", Address "address", Applet "applet", Area "area", Article "article", Aside "aside",
    Audio "audio", B "b", Base "base", Basefont "basefont", Bdi "bdi", Bdo "bdo", Bgsound "bgsound",
    Big "big", Blockquote "blockquote", Body "body", Br "br", Button "button", Canvas "canvas",
    Caption "caption", Center "center", Cite "cite", Code "code", Col "col", Colgroup "colgroup",
    Data "data", Datalist "datalist", Dd "dd", Del "del", Details "details", Dfn "dfn", Dialog "dialog",
    Dir "dir", Div "div", Dl "dl", Dt "dt", Em "em", Embed "embed", Fieldset "fieldset",
    Figcaption "figcaption", Figure "figure", Font "font", Footer "footer", Form "form", Frame "frame",
    Frameset "frameset", H1 "h1", H2 "h2", H3 "h3", H4 "h4", H5 "h5", H6 "h6", Head "head",
    Header "header", Hgroup "hgroup", Hr "hr", Html "html", I "i", Iframe "iframe", Image "image",
    Img "img", Input "input", Ins "ins", Kbd "kbd", Keygen "keygen", Label "label", Legend "legend",
    Li "li", Link "link", Listing "listing", Main "main", Map "map", Mark "mark", Marquee "marquee",
    Math "math", Menu "menu", Meta "meta", Meter "meter", Nav "nav", Nobr "nobr", Noembed "noembed",
    Noframes "noframes", Noscript "noscript", Object "object", Ol "ol", Optgroup "optgroup",
    Option "option", Output "output", P "p", Param "param", Picture "picture", Plaintext "plaintext",
    Pre "pre", Progress "progress", Q "q", Rp "rp", Rt "rt", Ruby "ruby", S "s", Samp "samp",
    Script "script", Search "search", Section "section", Select "select", Slot "slot", Small "small",
    Source "source", Span "span", Strike "strike", Strong "strong", Style "style", Sub "sub",
    Summary "summary", Sup "sup", Svg "svg", Table "table", Tbody "tbody", Td "td", Template "template",
    Textarea "textarea", Tfoot "tfoot", Th "th", Thead "thead", Time "time", Title "title", Tr "tr",
    Track "track", Tt "tt", U "u", Ul "ul", Var "var", Video "video", Wbr "wbr", Xmp "xmp",
}

impl Tag {
    /// Looks up an element name in any case.
    pub fn from_name(name: &[u8]) -> Tag {
        match name.len() {
            0..=8 => Tag::from_short_key(pack8(name)),
            9..=16 => Tag::from_key(pack(name)),
            _ => Tag::Other,
        }
    }

    /// Elements that never have children.
    pub fn is_void(self) -> bool {
        matches!(
            self,
            Tag::Area
                | Tag::Base
                | Tag::Basefont
                | Tag::Bgsound
                | Tag::Br
                | Tag::Col
                | Tag::Embed
                | Tag::Hr
                | Tag::Image
                | Tag::Img
                | Tag::Input
                | Tag::Keygen
                | Tag::Link
                | Tag::Meta
                | Tag::Param
                | Tag::Source
                | Tag::Track
                | Tag::Wbr
                | Tag::Frame
        )
    }

    /// Headings h1–h6.
    pub fn is_heading(self) -> bool {
        matches!(self, Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6)
    }

    /// Elements that start a new block of text when rendered.
    pub fn is_block(self) -> bool {
        matches!(
            self,
            Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Body
                | Tag::Caption
                | Tag::Center
                | Tag::Dd
                | Tag::Details
                | Tag::Dialog
                | Tag::Dir
                | Tag::Div
                | Tag::Dl
                | Tag::Dt
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
                | Tag::Html
                | Tag::Legend
                | Tag::Li
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
                | Tag::Tbody
                | Tag::Td
                | Tag::Tfoot
                | Tag::Th
                | Tag::Thead
                | Tag::Tr
                | Tag::Ul
                | Tag::Xmp
        )
    }
}

/// An attribute: name (lowercase) and value (entities decoded), both spans in the buffer.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Attr {
    pub(crate) name: Span,
    pub(crate) value: Span,
    /// The name packed by [`name_key`]: looking a name up compares integers, not bytes.
    pub(crate) key: u64,
}

/// [`name_key`] of every name longer than 8 bytes (no name of up to 8 bytes of UTF-8 packs to
/// it: a 0xFF byte is never UTF-8).
pub(crate) const LONG_NAME: u64 = u64::MAX;

/// The bytes of a name of up to 8 bytes as one integer (little-endian, zero-padded: names that
/// differ only by trailing NULs share a key, so lengths are compared too); [`LONG_NAME`] for a
/// longer name. Folds to a constant for a literal name.
#[inline(always)]
pub(crate) fn name_key(name: &[u8]) -> u64 {
    let mut bytes = [0u8; 8];
    match bytes.get_mut(..name.len()) {
        Some(head) => head.copy_from_slice(name),
        None => return LONG_NAME,
    }
    u64::from_le_bytes(bytes)
}

impl Attr {
    /// Whether this attribute's name is `name`, whose [`name_key`] is `key`.
    #[inline]
    pub(crate) fn is_named(&self, buf: &[u8], name: &[u8], key: u64) -> bool {
        self.key == key
            && self.name.end.wrapping_sub(self.name.start) as usize == name.len()
            && (key != LONG_NAME || buf.get(self.name.start as usize..self.name.end as usize) == Some(name))
    }
}

/// What a node is.
#[derive(Clone, Copy, Debug)]
pub enum NodeData {
    /// The root.
    Document,
    /// An element with its attributes `attrs_start..attrs_start + attrs_len` in the attribute table.
    Element {
        /// The element's name.
        tag: Tag,
        /// First attribute.
        attrs_start: u32,
        /// Number of attributes.
        attrs_len: u16,
    },
    /// Text, entities decoded.
    Text(Span),
}

/// One node of the tree.
#[derive(Clone, Copy, Debug)]
pub struct Node {
    pub(crate) parent: NodeId,
    pub(crate) first_child: NodeId,
    pub(crate) last_child: NodeId,
    pub(crate) prev: NodeId,
    pub(crate) next: NodeId,
    /// What the node is.
    pub data: NodeData,
}

/// A parsed HTML document.
#[derive(Clone)]
pub struct Dom {
    pub(crate) nodes: Vec<Node>,
    pub(crate) attrs: Vec<Attr>,
    pub(crate) buf: String,
    /// The `<html>` element.
    pub html: NodeId,
    /// The `<head>` element, if the page had one (explicit or implied).
    pub head: NodeId,
    /// The `<body>` element, if any.
    pub body: NodeId,
}

impl Dom {
    pub(crate) fn with_capacity(input_len: usize) -> Dom {
        let mut dom = Dom {
            nodes: Vec::with_capacity(input_len / 40 + 16),
            attrs: Vec::with_capacity(input_len / 60 + 16),
            buf: String::with_capacity(input_len / 2 + 64),
            html: NodeId::NONE,
            head: NodeId::NONE,
            body: NodeId::NONE,
        };
        dom.nodes.push(Node {
            parent: NodeId::NONE,
            first_child: NodeId::NONE,
            last_child: NodeId::NONE,
            prev: NodeId::NONE,
            next: NodeId::NONE,
            data: NodeData::Document,
        });
        dom
    }

    /// A copy to edit: as `clone`, with room for the elements the edits will create (a clone's
    /// node table is full, so its first new element would copy it all again).
    pub(crate) fn clone_with_room(&self) -> Dom {
        let mut nodes = Vec::with_capacity(self.nodes.len() + self.nodes.len() / 8 + 64);
        nodes.extend_from_slice(&self.nodes);
        Dom {
            nodes,
            attrs: self.attrs.clone(),
            buf: self.buf.clone(),
            html: self.html,
            head: self.head,
            body: self.body,
        }
    }

    /// Number of nodes ever created (detached ones included).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the document has no nodes but the root.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    #[inline]
    pub(crate) fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    #[inline]
    pub(crate) fn span(&self, span: Span) -> &str {
        &self.buf[span.start as usize..span.end as usize]
    }

    /// The element's tag, or `None` for text and the document.
    #[inline]
    pub fn tag(&self, id: NodeId) -> Option<Tag> {
        match self.node(id).data {
            NodeData::Element { tag, .. } => Some(tag),
            _ => None,
        }
    }

    /// Whether `id` is an element with this tag.
    #[inline]
    pub fn is(&self, id: NodeId, tag: Tag) -> bool {
        self.tag(id) == Some(tag)
    }

    /// The text of a text node.
    #[inline]
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match self.node(id).data {
            NodeData::Text(span) => Some(self.span(span)),
            _ => None,
        }
    }

    /// Parent of a node.
    #[inline]
    pub fn parent(&self, id: NodeId) -> NodeId {
        self.node(id).parent
    }

    /// First child of a node.
    #[inline]
    pub fn first_child(&self, id: NodeId) -> NodeId {
        self.node(id).first_child
    }

    /// Next sibling of a node.
    #[inline]
    pub fn next_sibling(&self, id: NodeId) -> NodeId {
        self.node(id).next
    }

    /// Previous sibling of a node.
    #[inline]
    pub fn prev_sibling(&self, id: NodeId) -> NodeId {
        self.node(id).prev
    }

    /// The element before this node among its siblings (text and comments skipped).
    pub fn prev_element(&self, id: NodeId) -> Option<NodeId> {
        let mut p = self.prev_sibling(id);
        while p.is_some() {
            if self.tag(p).is_some() {
                return Some(p);
            }
            p = self.prev_sibling(p);
        }
        None
    }

    /// The attributes of an element as `(name, value)` pairs.
    pub fn attrs(&self, id: NodeId) -> impl Iterator<Item = (&str, &str)> + '_ {
        let (start, len) = match self.node(id).data {
            NodeData::Element { attrs_start, attrs_len, .. } => (attrs_start as usize, attrs_len as usize),
            _ => (0, 0),
        };
        self.attrs[start..start + len].iter().map(|a| (self.span(a.name), self.span(a.value)))
    }

    /// The value of an attribute (name in lowercase).
    #[inline(always)]
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        // Inlined so that a literal name's key is a constant, and an element without attributes
        // (text, many `<p>`s and `<li>`s) costs no call.
        match self.node(id).data {
            NodeData::Element { attrs_start, attrs_len, .. } if attrs_len > 0 => {
                self.keyed_attr(attrs_start, attrs_len, name.as_bytes(), name_key(name.as_bytes()))
            }
            _ => None,
        }
    }

    /// [`Dom::attr`] among the attributes `start..start + len`, with the name's [`name_key`].
    fn keyed_attr(&self, start: u32, len: u16, want: &[u8], key: u64) -> Option<&str> {
        // This runs for every element in every walk that looks at a class or an id: names of up
        // to 8 bytes (nearly all) are compared as integers, and only the matching value is sliced.
        let buf = self.buf.as_bytes();
        self.attrs[start as usize..start as usize + len as usize]
            .iter()
            .find(|a| a.is_named(buf, want, key))
            .map(|a| self.span(a.value))
    }

    /// The children of a node.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children { dom: self, next: self.node(id).first_child }
    }

    /// The element children of a node.
    pub fn element_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(move |&c| self.tag(c).is_some())
    }

    /// All nodes below `id` in document order (not `id` itself).
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants { dom: self, root: id, next: self.node(id).first_child }
    }

    /// The ancestors of a node, nearest first.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut cur = self.parent(id);
        std::iter::from_fn(move || {
            if cur.is_some() {
                let out = cur;
                cur = self.parent(cur);
                Some(out)
            } else {
                None
            }
        })
    }

    /// Whether `id` is `root` or below it.
    pub fn is_within(&self, id: NodeId, root: NodeId) -> bool {
        id == root || self.ancestors(id).any(|a| a == root)
    }

    /// Whether `id` has an ancestor with this tag (within `max_depth` levels, 0 = unlimited).
    pub fn has_ancestor(&self, id: NodeId, tag: Tag, max_depth: usize) -> bool {
        let limit = if max_depth == 0 { usize::MAX } else { max_depth };
        self.ancestors(id).take(limit).any(|a| self.is(a, tag))
    }

    /// The text below a node, concatenated as it stands in the source.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut out = String::new();
        if let Some(t) = self.text(id) {
            out.push_str(t);
        }
        for d in self.descendants(id) {
            if let Some(t) = self.text(d) {
                out.push_str(t);
            }
        }
        out
    }

    /// The text below a node with whitespace collapsed and trimmed.
    pub fn inner_text(&self, id: NodeId) -> String {
        // As `collapse(&self.text_content(id))`, without the uncollapsed copy.
        let mut out = String::new();
        let mut pending_space = false;
        if let Some(t) = self.text(id) {
            push_collapsed(&mut out, t, &mut pending_space);
        }
        for d in self.descendants(id) {
            if let Some(t) = self.text(d) {
                // Texts of two blocks are two lines, as a browser shows them ("Owen Park" and
                // "March 10, 2026" in two `<div>`s are not "Owen ParkMarch 10, 2026").
                pending_space |= self.after_block(d) && !out.is_empty();
                push_collapsed(&mut out, t, &mut pending_space);
            } else if self.tag(d).is_some_and(|t| t.is_block() || t == Tag::Br) {
                pending_space = !out.is_empty();
            }
        }
        out
    }

    /// Whether a text node follows a block that has ended: its previous sibling, or its parent's
    /// when it opens its parent, is a block ("<div>A</div>B", "<div>A</div><span>B</span>").
    fn after_block(&self, text: NodeId) -> bool {
        let is_block = |n: NodeId| n.is_some() && self.tag(n).is_some_and(|t| t.is_block() || t == Tag::Br);
        let prev = self.prev_sibling(text);
        if prev.is_some() {
            return is_block(prev);
        }
        let parent = self.parent(text);
        parent.is_some() && self.first_child(parent) == text && is_block(self.prev_sibling(parent))
    }

    /// [`inner_text`](Self::inner_text) when it holds at most `max` characters; `None` (without
    /// copying the rest) when it holds more.
    pub fn short_inner_text(&self, id: NodeId, max: usize) -> Option<String> {
        let mut out = String::new();
        let (mut chars, mut pending_space) = (0usize, false);
        let nodes = std::iter::once(id).chain(self.descendants(id));
        for d in nodes {
            if d != id && self.tag(d).is_some_and(|t| t.is_block() || t == Tag::Br) {
                pending_space = !out.is_empty();
            }
            let Some(t) = self.text(d) else { continue };
            // Texts of two blocks are two lines ([`Dom::inner_text`]).
            pending_space |= d != id && self.after_block(d) && !out.is_empty();
            for ch in t.chars() {
                if is_space(ch) {
                    pending_space = !out.is_empty();
                    continue;
                }
                chars += usize::from(pending_space) + 1;
                if chars > max {
                    return None;
                }
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(ch);
            }
        }
        Some(out)
    }

    /// Unlinks a node (and its subtree) from the tree. It stays in the arena, unreachable.
    pub fn detach(&mut self, id: NodeId) {
        let Node { parent, prev, next, .. } = *self.node(id);
        if prev.is_some() {
            self.nodes[prev.index()].next = next;
        } else if parent.is_some() {
            self.nodes[parent.index()].first_child = next;
        }
        if next.is_some() {
            self.nodes[next.index()].prev = prev;
        } else if parent.is_some() {
            self.nodes[parent.index()].last_child = prev;
        }
        let n = &mut self.nodes[id.index()];
        n.parent = NodeId::NONE;
        n.prev = NodeId::NONE;
        n.next = NodeId::NONE;
    }

    /// Appends a detached node as the last child of `parent`.
    pub fn append(&mut self, parent: NodeId, child: NodeId) {
        let last = self.node(parent).last_child;
        {
            let c = &mut self.nodes[child.index()];
            c.parent = parent;
            c.prev = last;
            c.next = NodeId::NONE;
        }
        if last.is_some() {
            self.nodes[last.index()].next = child;
        } else {
            self.nodes[parent.index()].first_child = child;
        }
        self.nodes[parent.index()].last_child = child;
    }

    /// Replaces `old` by its children, in place.
    pub fn unwrap_node(&mut self, old: NodeId) {
        let mut child = self.first_child(old);
        while child.is_some() {
            let next = self.next_sibling(child);
            self.detach(child);
            self.insert_before(old, child);
            child = next;
        }
        self.detach(old);
    }

    /// Inserts a detached node just before `reference`.
    pub fn insert_before(&mut self, reference: NodeId, node: NodeId) {
        let parent = self.parent(reference);
        let prev = self.prev_sibling(reference);
        {
            let n = &mut self.nodes[node.index()];
            n.parent = parent;
            n.prev = prev;
            n.next = reference;
        }
        self.nodes[reference.index()].prev = node;
        if prev.is_some() {
            self.nodes[prev.index()].next = node;
        } else if parent.is_some() {
            self.nodes[parent.index()].first_child = node;
        }
    }

    /// Changes an element's tag (as readability turns a `<div>` of phrasing content into a `<p>`).
    pub fn set_tag(&mut self, id: NodeId, new_tag: Tag) {
        if let NodeData::Element { tag, .. } = &mut self.nodes[id.index()].data {
            *tag = new_tag;
        }
    }

    /// Creates a detached element without attributes.
    pub fn create_element(&mut self, tag: Tag) -> NodeId {
        self.push_node(NodeData::Element { tag, attrs_start: 0, attrs_len: 0 })
    }

    pub(crate) fn push_node(&mut self, data: NodeData) -> NodeId {
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push(Node {
            parent: NodeId::NONE,
            first_child: NodeId::NONE,
            last_child: NodeId::NONE,
            prev: NodeId::NONE,
            next: NodeId::NONE,
            data,
        });
        id
    }

    pub(crate) fn push_str(&mut self, s: &str) -> Span {
        let start = self.buf.len() as u32;
        self.buf.push_str(s);
        Span { start, end: self.buf.len() as u32 }
    }
}

/// Iterator over a node's children.
pub struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    #[inline]
    fn next(&mut self) -> Option<NodeId> {
        if self.next.is_some() {
            let out = self.next;
            self.next = self.dom.next_sibling(out);
            Some(out)
        } else {
            None
        }
    }
}

/// Pre-order iterator over a subtree, without recursion.
pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: NodeId,
}

impl Descendants<'_> {
    /// Skips the children of the node returned last (call right after `next()`).
    pub fn skip_children_of(&mut self, id: NodeId) {
        self.next = self.after_subtree(id);
    }

    fn after_subtree(&self, mut id: NodeId) -> NodeId {
        loop {
            if id == self.root || !id.is_some() {
                return NodeId::NONE;
            }
            let next = self.dom.next_sibling(id);
            if next.is_some() {
                return next;
            }
            id = self.dom.parent(id);
        }
    }
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    #[inline]
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next;
        if !cur.is_some() {
            return None;
        }
        let first = self.dom.first_child(cur);
        self.next = if first.is_some() { first } else { self.after_subtree(cur) };
        Some(cur)
    }
}

/// Collapses runs of whitespace to one space and trims.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s, &mut false);
    out
}

/// Appends `s` to `out` with whitespace runs collapsed: a run becomes one space before the next
/// word, none at the start of `out` nor at the end (`pending_space` carries a run over to the
/// next piece of text). Words are copied whole, not character by character.
pub(crate) fn push_collapsed(out: &mut String, s: &str, pending_space: &mut bool) {
    // Words joined by single spaces need no change: they are copied as one run.
    let b = s.as_bytes();
    let ascii_space = |x: u8| x == b' ' || (b'\t'..=b'\r').contains(&x);
    if s.is_ascii() {
        let mut i = 0;
        while i < b.len() {
            if ascii_space(b[i]) {
                *pending_space = !out.is_empty();
                i = skip_spaces(b, i + 1);
                continue;
            }
            let start = i;
            loop {
                i = skip_plain_run(b, i);
                while i < b.len() && !ascii_space(b[i]) {
                    i += 1;
                }
                if i + 1 < b.len() && b[i] == b' ' && !ascii_space(b[i + 1]) {
                    i += 1;
                    continue;
                }
                break;
            }
            push_word(out, &s[start..i], pending_space);
        }
        return;
    }
    // The same for other text: ASCII is still classified byte by byte, only other characters
    // are decoded.
    let mut i = 0;
    while i < b.len() {
        let (space, width) = space_at(s, i);
        if space {
            *pending_space = !out.is_empty();
            i = if width == 1 { skip_spaces(b, i + 1) } else { i + width };
            continue;
        }
        let start = i;
        loop {
            i = skip_plain_run(b, i);
            while i < b.len() && b[i].is_ascii() && !ascii_space(b[i]) {
                i += 1;
            }
            if i < b.len() && !b[i].is_ascii() {
                let (space, width) = space_at(s, i);
                if !space {
                    i += width;
                    continue;
                }
            } else if i + 1 < b.len() && b[i] == b' ' && !space_at(s, i + 1).0 {
                i += 1;
                continue;
            }
            break;
        }
        push_word(out, &s[start..i], pending_space);
    }
}

/// Moves over ASCII white space 8 bytes at a time: the first position at or after `i` from which
/// the rest of a run of spaces is to be looked at byte by byte.
#[inline]
fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let w = u64::from_le_bytes(*chunk);
        if w & HIGH_BITS != 0 || ascii_space_mask(w) != HIGH_BITS {
            break;
        }
        i += 8;
    }
    i
}

/// Moves over a run of words joined by single spaces, 8 bytes at a time: the first position at
/// or after `i` from which the byte loops of [`push_collapsed`] must look for themselves. Every
/// byte passed over is ASCII and either not white space or a `' '` followed by a byte that is not;
/// it stops early (never late) at a control byte, a non-ASCII byte, and the last 8 bytes.
#[inline]
fn skip_plain_run(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bytes 0 to 6 of a chunk: byte 7's follower is in the next chunk.
    const FIRST_SEVEN: u64 = 0x0080_8080_8080_8080;
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let w = u64::from_le_bytes(*chunk);
        if w & HIGH != 0 {
            break;
        }
        // With every byte below 0x80, these sums carry into no other byte. High bit set: a byte
        // up to 0x20 (a space or a control), a byte equal to ' '.
        let low = !w.wrapping_add(0x5F * ONES) & HIGH;
        let space = !(w ^ (0x20 * ONES)).wrapping_add(0x7F * ONES) & HIGH;
        // A control or white space other than ' ', or a ' ' before one of them or another ' '.
        let stop = (low & !space) | (space & (low >> 8));
        if stop & FIRST_SEVEN != 0 {
            break;
        }
        i += 7;
    }
    i
}

/// The high bit of every byte of a word, where [`ascii_space_mask`] marks the spaces.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// For 8 ASCII bytes read as a little-endian word, the high bit of each byte that is ASCII white
/// space (`' '`, tab, line feed, vertical tab, form feed, carriage return), the others clear.
/// Every byte is below 0x80, so none of these sums carries into the next byte.
#[inline]
pub(crate) fn ascii_space_mask(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let at_least_tab = w.wrapping_add((0x80 - 0x09) * ONES);
    let above_return = w.wrapping_add((0x80 - 0x0E) * ONES);
    let not_blank = (w ^ (0x20 * ONES)).wrapping_add(0x7F * ONES);
    ((at_least_tab & !above_return) | !not_blank) & HIGH_BITS
}

/// Whether every byte is ASCII white space as [`u8::is_ascii_whitespace`] has it (no vertical
/// tab), as `s.iter().all(u8::is_ascii_whitespace)`, 8 bytes at a time.
pub(crate) fn is_ascii_blank(s: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let (chunks, rest) = s.as_chunks::<8>();
    chunks.iter().all(|chunk| {
        let w = u64::from_le_bytes(*chunk);
        let not_vertical_tab = (w ^ (0x0B * ONES)).wrapping_add(0x7F * ONES) & HIGH_BITS;
        w & HIGH_BITS == 0 && ascii_space_mask(w) & not_vertical_tab == HIGH_BITS
    }) && rest.iter().all(u8::is_ascii_whitespace)
}

/// Whether the character starting at byte `i` of `s` is white space ([`is_space`]), and its
/// length in bytes; ASCII is classified without decoding.
#[inline(always)]
pub(crate) fn space_at(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes();
    let lead = b[i];
    if lead.is_ascii() {
        (lead == b' ' || (b'\t'..=b'\r').contains(&lead), 1)
    } else if lead < 0xE0 {
        // Two bytes (U+0080..U+07FF: Latin, Greek, Cyrillic, Arabic, Hebrew…): the only spaces
        // are U+0085 and U+00A0.
        (lead == 0xC2 && matches!(b.get(i + 1), Some(0x85 | 0xA0)), 2)
    } else {
        let ch = s[i..].chars().next().unwrap_or(' ');
        (is_space(ch), ch.len_utf8())
    }
}

#[inline]
fn push_word(out: &mut String, word: &str, pending_space: &mut bool) {
    if *pending_space {
        out.push(' ');
        *pending_space = false;
    }
    out.push_str(word);
}

/// Whitespace as a reader sees it: `colonnade_text`'s one definition (Unicode white space plus
/// zero-width space, word joiner and BOM; not ZERO WIDTH NON-JOINER, which is part of Persian and
/// Urdu words).
pub use colonnade_text::is_space;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn short_inner_text_is_inner_text_up_to_the_limit() {
        let dom = crate::parse::parse("<div id=x>  Ad<b>ver</b>  tise\n ment  <i> x</i></div>");
        let div = dom.descendants(NodeId::DOCUMENT).find(|&n| dom.attr(n, "id") == Some("x")).unwrap();
        let full = dom.inner_text(div);
        assert_eq!(full, "Adver tise ment x");
        assert_eq!(dom.short_inner_text(div, 17).as_deref(), Some(full.as_str()));
        assert_eq!(dom.short_inner_text(div, 16), None);
    }

    /// Issue 9 (bylines run into dates): the texts of two blocks, or of two lines parted by a
    /// `<br>`, are separated as a browser shows them; inline elements still join ("Ad<b>ver</b>").
    #[test]
    fn inner_text_parts_blocks_and_lines() {
        let dom = crate::parse::parse(
            "<div id=x><div class=a><img alt=''><div>Written by Owen Park</div></div><div>March 10, 2026</div>\
             <div>6 min read</div>WEEKEND<br>CODING <span>AGENT</span> Ad<b>ver</b>t</div>",
        );
        let div = dom.descendants(NodeId::DOCUMENT).find(|&n| dom.attr(n, "id") == Some("x")).unwrap();
        let full = dom.inner_text(div);
        assert_eq!(full, "Written by Owen Park March 10, 2026 6 min read WEEKEND CODING AGENT Advert");
        assert_eq!(dom.short_inner_text(div, 200).as_deref(), Some(full.as_str()));
    }

    #[test]
    fn tag_lookup_any_case() {
        assert_eq!(Tag::from_name(b"DIV"), Tag::Div);
        assert_eq!(Tag::from_name(b"blockquote"), Tag::Blockquote);
        assert_eq!(Tag::from_name(b"FigCaption"), Tag::Figcaption);
        assert_eq!(Tag::from_name(b"amp-img"), Tag::Other);
        assert_eq!(Tag::from_name(b"a-very-long-custom-element-name"), Tag::Other);
        assert_eq!(Tag::P.name(), "p");
        assert_eq!(Tag::from_name(b"blockquo"), Tag::Other);
        assert_eq!(Tag::from_name(b""), Tag::Other);
        assert_eq!(Tag::from_name(b"TEXTAREA"), Tag::Textarea);
    }

    #[test]
    fn space_at_is_is_space() {
        let all: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        let mut i = 0;
        for ch in all.chars() {
            assert_eq!(space_at(&all, i), (is_space(ch), ch.len_utf8()), "{ch:?}");
            i += ch.len_utf8();
        }
    }

    #[test]
    fn collapse_whitespace() {
        assert_eq!(collapse("  a \n\t b\u{a0}c  "), "a b c");
        assert_eq!(collapse(""), "");
    }

    /// Texts of every mix of words, single and double spaces, other white space, controls and
    /// non-ASCII characters, long enough to cross 8-byte chunks in every position.
    pub(crate) fn mixed_texts() -> Vec<String> {
        let pieces =
            ["a", "word", " ", "  ", "\n", "\t", "\r\n      ", "\x01", "\x0b", "é", "\u{a0}", "\u{3000}", "x y"];
        let mut seed = 0x2545_f491_u32;
        (0..3000)
            .map(|n| {
                let mut s = String::new();
                for _ in 0..n % 40 {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    s.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
                }
                s
            })
            .collect()
    }

    #[test]
    fn collapse_is_split_and_join() {
        for t in mixed_texts() {
            let words: Vec<&str> = t.split(is_space).filter(|w| !w.is_empty()).collect();
            assert_eq!(collapse(&t), words.join(" "), "{t:?}");
        }
    }

    #[test]
    fn ascii_blank_is_all_ascii_whitespace() {
        for t in mixed_texts() {
            assert_eq!(is_ascii_blank(t.as_bytes()), t.bytes().all(|b| b.is_ascii_whitespace()), "{t:?}");
        }
        for n in 0..20 {
            for odd in ["\x0b", "\x01", "a", "\u{a0}", ""] {
                let t = format!("{}{odd}{}", " \n".repeat(n), "\t\r\x0c".repeat(n % 5));
                assert_eq!(is_ascii_blank(t.as_bytes()), t.bytes().all(|b| b.is_ascii_whitespace()), "{t:?}");
            }
        }
    }

    #[test]
    fn ascii_space_mask_marks_ascii_white_space() {
        for b in 0..0x80u8 {
            for at in 0..8 {
                let w = u64::from_le_bytes(std::array::from_fn(|i| if i == at { b } else { b'a' }));
                let want = if b.is_ascii_whitespace() || b == 0x0b { 0x80u64 << (8 * at) } else { 0 };
                assert_eq!(ascii_space_mask(w), want, "{b:#x} at {at}");
            }
        }
    }
}
