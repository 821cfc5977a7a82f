"""Malformed markup: text separated only by <br> inside <center>/<font>/<b> soup (brsoup), uppercase
tags, unquoted attributes and unclosed <P> (caps), stray </div>s with comments, scripts and a
<noscript> copy between paragraphs (strays), two <body> tags, entities and a CDATA section
(twobody), a frames-era shop page (frames), a guide of unclosed <li> and <p> (unclosedli)."""
from kit import attr, plain, slug
from common import L, archive_list, blocks, calendar, counter, legacy_head, links, lis, search_form, ulis


def _excl(p, sel):
    p.setdefault("exclude", [])
    if sel not in p["exclude"]:
        p["exclude"].append(sel)


# ---------------------------------------------------------------------------------------- brsoup
def brsoup(p):
    """<center><table><td><font>: a bold headline that is no <h1>, the text as one run of
    <br><br>-separated lines with <b>/<i>/<font color> inside, a signature, then links."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append(a + "<br><br>")
        elif name == "H":
            out.append('<font color="#990000"><b>%s</b></font><br>' % a[0])
        elif name == "QUOTE":
            out.append("<blockquote><i>%s</i></blockquote>" % a[0])
    html = ('<html>\n<head>\n%s\n</head>\n' % legacy_head(p, title_fmt=p.get("title_fmt", "%s - %s")) +
            '<body bgcolor="#FFFFFF" link="#0000CC">\n<center>\n'
            '<table width="700" border="0"><tr><td align="center"><font face="Times New Roman" size="6" color="#000080"><b>%s</b></font><br>'
            '<font size="2">%s</font></td></tr>\n' % (p["site"], links(p["menu"], " :: ")) +
            '<tr><td><hr width="100%%" size="2"></td></tr>\n<tr><td align="left" id="spalte">\n<font face="Arial" size="2">\n'
            '<font size="4"><b>%s</b></font><br>\n<i>%s</i><br><br>\n%s\n</font>\n</td></tr>\n'
            % (p["h1"], p["byline_date_html"], "".join(out)) +
            '<tr><td><hr size="1"><font face="Arial" size="2"><b>%s</b><br>%s</font></td></tr>\n' % (L(p, "more", "More columns:"), "<br>".join(links([t], "") for t in p["side"])) +
            '<tr><td>%s%s%s</td></tr>\n' % (search_form(p, L(p, "search", "Search")), calendar(p, L(p, "archive", "Archive")), archive_list(p, L(p, "archive", "Archive"))) +
            '<tr><td align="center"><font size="1">%s<br>%s</font></td></tr>\n</table>\n</center>\n</body>\n</html>\n' % (p["footer"], counter(p)))
    return html, ["td#spalte"]


# ------------------------------------------------------------------------------------------ caps
def caps(p):
    """Uppercase tags and attributes, unquoted values, <P> never closed, <FONT> around everything."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<P>%s" % a)
        elif name == "H":
            out.append("<P><B>%s</B>" % a[0])
        elif name == "IMG":
            out.append('<TABLE ALIGN=RIGHT WIDTH=210 CLASS=foto><TR><TD><IMG SRC=/foto/%s.jpg WIDTH=200 HEIGHT=140><BR><FONT SIZE=1>%s</FONT></TD></TR></TABLE>' % (slug(a[0]), a[0]))
            _excl(p, "table.foto*")
    html = ('<HTML>\n<HEAD>\n%s\n</HEAD>\n' % legacy_head(p, title_fmt=p.get("title_fmt", "%s - %s")) +
            '<BODY BGCOLOR=#FFFFFF TEXT=#000000 LINK=#0033CC MARGINWIDTH=0 MARGINHEIGHT=0>\n'
            '<TABLE WIDTH=770 BORDER=0 CELLPADDING=0 CELLSPACING=0 ALIGN=CENTER>\n<TR><TD COLSPAN=2><IMG SRC=/img/testata.gif WIDTH=770 HEIGHT=90 ALT="%s"></TD></TR>\n' % attr(p["site"]) +
            '<TR><TD COLSPAN=2 BGCOLOR=#336699><FONT FACE=Arial SIZE=2 COLOR=#FFFFFF>%s</FONT></TD></TR>\n' % links(p["menu"], " | ") +
            '<TR>\n<TD WIDTH=590 VALIGN=TOP ID=articolo>\n<FONT FACE=Arial SIZE=2>\n<FONT SIZE=1 COLOR=#666666>%s</FONT><BR>\n<FONT SIZE=5><B>%s</B></FONT><BR>\n<FONT SIZE=1>%s</FONT>\n%s\n</FONT>\n</TD>\n'
            % (p["kicker"], p["h1"], p["byline_date_html"], "\n".join(out)) +
            '<TD WIDTH=180 VALIGN=TOP BGCOLOR=#EEEEEE><FONT FACE=Arial SIZE=1><B>%s</B><BR>%s</FONT></TD>\n</TR>\n' % (L(p, "other", "Other news"), "<BR><BR>".join(links([t], "") for t in p["side"])) +
            '<TR><TD COLSPAN=2>%s%s%s</TD></TR>\n' % (search_form(p, L(p, "search", "Search")), calendar(p, L(p, "archive", "Archive")), archive_list(p, L(p, "archive", "Archive"))) +
            '<TR><TD COLSPAN=2 ALIGN=CENTER><FONT FACE=Arial SIZE=1>%s</FONT></TD></TR>\n</TABLE>\n</BODY>\n</HTML>\n' % p["footer"])
    return html, ["td#articolo"]


# ---------------------------------------------------------------------------------------- strays
def strays(p):
    """A hand-patched div layout: stray </div>s after the text, HTML comments and inline scripts
    between paragraphs, and a <noscript> copy of the first paragraphs for old browsers."""
    out = []
    first = []
    for i, (name, a) in enumerate(blocks(p["body"])):
        if name == "p":
            out.append("<p>%s</p>" % a)
            if len(first) < 2:
                first.append(a.replace("⟦", "").replace("⟧", ""))
        elif name == "COMMENT":
            out.append("<!-- %s -->" % a[0])
        elif name == "SCRIPT":
            out.append('<script type="text/javascript">\n<!--\nif (typeof adsLoaded == "undefined") { document.write(\'<div class="adslot" id="ad%d"></div>\'); }\n//-->\n</script>' % i)
        elif name == "POLL":
            out.append('<div class="inpoll"><b>%s</b><br>%s</div>' % (a[0], " ".join('<input type="radio" name="q"> %s' % x for x in a[1:])))
            _excl(p, "div.inpoll*")
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<html>\n<head>\n%s\n<script type="text/javascript" src="/js/menu.js"></script>\n</head>\n'
            % legacy_head(p, title_fmt=p.get("title_fmt", "%s | %s")) +
            '<body>\n<div id="wrap">\n<div id="kop"><a href="/"><img src="/gfx/kop.gif" alt="%s"></a></div>\n' % attr(p["site"]) +
            '<div id="menu">%s</div>\n' % links(p["menu"], " &middot; ") +
            '<div id="midden">\n<div class="rubriek">%s</div>\n<h1>%s</h1>\n<div class="auteur">%s</div>\n' % (p["section"], p["h1"], p["byline_date_html"]) +
            '<noscript><div class="nojs">%s</div></noscript>\n' % "<br>".join(first) +
            '<div id="tekst">\n%s\n</div>\n</div>\n</div>\n' % "\n".join(out) +
            '<!-- einde tekst --></div>\n' +
            '<div id="reacties"><h3>%s</h3>%s</div>\n</div>\n' % (L(p, "comments", "Comments"), p["comments_html"]) +
            '<div id="rechts"><h3>%s</h3><ul>%s</ul>%s%s%s</div>\n' % (L(p, "other", "Other columns"), lis(p["side"]), search_form(p, L(p, "search", "Search")), calendar(p, L(p, "archive", "Archive")), archive_list(p, L(p, "archive", "Archive"))) +
            '<div id="voet">%s</div>\n</div>\n</body>\n</html>\n' % p["footer"])
    return html, ["div#tekst"]


# --------------------------------------------------------------------------------------- twobody
def twobody(p):
    """A page that includes a header file with its own <body> tag: two <body>s, entities for
    accents, curly quotes and an emoji, a CDATA section in a script and one in the text flow."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s</p>" % a)
        elif name == "CDATA":
            out.append("<![CDATA[ %s ]]>" % a[0])
        elif name == "SIGN":
            out.append('<p class="sig"><i>%s</i></p>' % a[0])
    html = ('<html>\n<head>\n%s\n<script type="text/javascript">\n//<![CDATA[\nvar pageId = "%s"; if (pageId && 1 < 2) { window.name = "main"; }\n//]]>\n</script>\n</head>\n'
            % (legacy_head(p, title_fmt=p.get("title_fmt", "%s &mdash; %s")), slug(p["url"])) +
            '<body bgcolor="#ffffff">\n<!-- #include virtual="/inc/header.html" -->\n<table width="100%%" class="hdr"><tr><td><a href="/">%s</a></td><td align="right">%s</td></tr></table>\n' % (p["site"], links(p["menu"], " &middot; ")) +
            '<body onload="initPage()" class="letters">\n' +
            '<div class="page">\n<h2 class="kicker">%s</h2>\n<h1>%s</h1>\n<p class="byline">%s</p>\n<div class="letter">\n%s\n</div>\n'
            % (p["section"], p["h1"], p["byline_date_html"], "\n".join(out)) +
            '<div class="more"><b>%s</b><ul>%s</ul>%s%s%s</div>\n</div>\n' % (L(p, "more", "More letters"), lis(p["side"]), search_form(p, L(p, "search", "Search")), calendar(p, L(p, "archive", "Archive")), archive_list(p, L(p, "archive", "Letters archive"))) +
            '<div class="foot">%s</div>\n</body>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.letter"]


# ---------------------------------------------------------------------------------------- frames
def frames(p):
    """A shop page that used to live in a frameset: a frame-buster script, <base target>, links
    targeted at other frames, a <noframes> note, and the product text in a table cell."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s</p>" % a)
        elif name == "H":
            out.append("<h3>%s</h3>" % a[0])
        elif name == "SPEC":
            out.append('<table class="spek" border="1" cellpadding="3">%s</table>' % "".join("<tr><td>%s</td><td>%s</td></tr>" % tuple(x.split("=", 1)) for x in a))
        elif name == "BUY":
            out.append('<form class="beli" action="keranjang.php" target="bawah" method="post"><b>%s</b> <input type="text" name="qty" value="1" size="2"> <input type="submit" value="%s"></form>' % (a[0], a[1]))
            _excl(p, "form.beli*")
    html = ('<html>\n<head>\n%s\n<base target="_self">\n<script language="JavaScript">\n<!--\nif (top.location == self.location) { /* opened outside the frameset */ }\n'
            'if (parent.frames.length > 0 && parent.frames["menu"]) { parent.frames["menu"].highlight("%s"); }\n//-->\n</script>\n</head>\n'
            % (legacy_head(p, title_fmt=p.get("title_fmt", "%s - %s")), slug(p["url"])) +
            '<body bgcolor="#FFFFFF" leftmargin="5" topmargin="5">\n<noframes>%s</noframes>\n' % L(p, "noframes", "This site uses frames.") +
            '<table width="100%%"><tr><td><a href="index.html" target="_top"><img src="gambar/logo.gif" border="0" alt="%s"></a></td><td align="right"><font size="2">%s</font></td></tr></table>\n'
            % (attr(p["site"]), " | ".join('<a href="%s.html" target="isi">%s</a>' % (slug(t), t) for t in p["menu"])) +
            '<table width="100%" cellpadding="6"><tr>\n<td width="220" valign="top"><img src="gambar/produk-besar.jpg" width="200" height="200"><br>' +
            '<font size="1">%s</font></td>\n<td valign="top" class="isi">\n<h2>%s</h2>\n<font size="2">%s</font>\n%s\n</td>\n</tr></table>\n' % (p["img_note"], p["h1"], p["byline_date_html"], "\n".join(out)) +
            '<hr>\n<font size="2"><b>%s</b><br>%s</font>\n' % (L(p, "also", "Other products"), "<br>".join('<a href="%s.html" target="isi">%s</a>' % (slug(t), t) for t in p["side"])) +
            '%s%s\n' % (search_form(p, L(p, "search", "Search")), archive_list(p, L(p, "archive", "Archive"))) +
            '<p align="center"><font size="1">%s<br>%s</font></p>\n</body>\n</html>\n' % (p["footer"], counter(p)))
    return html, ["td.isi"]


# ------------------------------------------------------------------------------------- unclosedli
def unclosedli(p):
    """A how-to page written by hand: unclosed <p> and <li> everywhere, steps as an <ol> of
    unclosed items, a menu of unclosed <li>s, a comments box after the text."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s" % a)
        elif name == "H":
            out.append("<h3>%s</h3>" % a[0])
        elif name == "STEPS":
            out.append("<ol>\n%s\n</ol>" % "\n".join("<li>%s" % x for x in a))
        elif name == "TIP":
            out.append('<div class="meo">%s</div>' % a[0])
            _excl(p, "div.meo*")
    html = ('<html>\n<head>\n%s\n</head>\n' % legacy_head(p, title_fmt=p.get("title_fmt", "%s - %s")) +
            '<body>\n<div id="dau"><a href="/"><img src="/anh/logo.gif" alt="%s"></a> %s</div>\n' % (attr(p["site"]), p.get("topdate", "")) +
            '<div id="trai"><ul>\n%s\n</ul></div>\n' % ulis(p["menu"]) +
            '<div id="giua">\n<h1>%s</h1>\n<p class="tacgia">%s\n<div id="noidung">\n%s\n</div>\n' % (p["h1"], p["byline_date_html"], "\n".join(out)) +
            '<div id="binhluan"><b>%s</b>\n%s\n</div>\n</div>\n' % (L(p, "comments", "Comments"), p["comments_html"]) +
            '<div id="phai"><b>%s</b><ul>\n%s\n</ul>%s%s%s</div>\n' % (L(p, "other", "Other guides"), ulis(p["side"]), search_form(p, L(p, "search", "Search")), calendar(p, L(p, "archive", "Archive")), archive_list(p, L(p, "archive", "Archive"))) +
            '<div id="cuoi">%s</div>\n</body>\n</html>\n' % p["footer"])
    return html, ["div#noidung"]
