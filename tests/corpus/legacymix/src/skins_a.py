"""Table-era skeletons: a 2000s portal (portal_tables), a layout of nested tables with the text in a
<td> of a three-column table inside another (nested_tables), PHP-Nuke (nuke), a small-town site with
a <marquee> ticker, counter and guestbook (marquee), a FrontPage/Dreamweaver page (frontpage)."""
from kit import attr, plain, slug
from common import L, archive_list, blocks, calendar, counter, dirattr, legacy_head, links, lis, search_form, ulis


def _excl(p, sel):
    p.setdefault("exclude", [])
    if sel not in p["exclude"]:
        p["exclude"].append(sel)


# ------------------------------------------------------------------------------------ portal_tables
def portal_tables(p):
    """A 2000s portal: a 760px table, a row of menu images, a three-column row whose middle
    td.content holds the headline, byline, text, a print/forum bar and "other columns"."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s</p>" % a)
        elif name == "H":
            out.append("<p><b>%s</b></p>" % a[0])
        elif name == "AD":
            out.append('<div class="banner468"><script type="text/javascript">document.write(\'<iframe src="http://ad.%s/show.php?z=%s" width=468 height=60 frameborder=0 scrolling=no></iframe>\');</script></div>' % (p["domain"], slug(p["url"])))
            _excl(p, "div.banner468*")
        elif name == "REL":
            out.append('<table class="seealso" width="100%%" cellpadding="4"><tr><td bgcolor="#EEEEEE"><b>%s</b><br>%s</td></tr></table>'
                       % (L(p, "also", "See also:"), "<br>".join('&raquo; <a href="/news/%s.html">%s</a>' % (slug(t), t) for t in a)))
            _excl(p, "table.seealso*")
        elif name == "IMG":
            out.append('<table class="photo" align="right" width="220"><tr><td><img src="/img/%s.jpg" width="220" height="160" border="0" alt=""></td></tr><tr><td class="podpis">%s</td></tr></table>' % (slug(a[0]), a[0]))
            _excl(p, "table.photo*")
    byline = p.get("byline_html", p["byline_text"])
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html%s>\n<head>\n%s\n'
            '<link rel="stylesheet" href="/css/main.css" type="text/css">\n</head>\n' % (dirattr(p), legacy_head(p, title_fmt=p.get("title_fmt", "%s :: %s"))) +
            '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
            '<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">\n'
            '<tr><td colspan="3"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/img/logo.gif" alt="%s" width="250" height="70" border="0"></a></td>'
            '<td align="right" class="date">%s</td></tr></table></td></tr>\n' % (attr(p["site"]), p.get("topdate", "")) +
            '<tr><td colspan="3" class="menu" bgcolor="#003366">%s</td></tr>\n' % links(p["menu"], " &nbsp;|&nbsp; ") +
            '<tr><td colspan="3" class="crumbs"><a href="/">%s</a> &raquo; <a href="/%s/">%s</a></td></tr>\n' % (L(p, "home", "Home"), slug(p["section"]), p["section"]) +
            '<tr valign="top">\n<td width="160" class="left" bgcolor="#F0F0F0"><b>%s</b><ul class="rubr">%s</ul>%s</td>\n' % (L(p, "sections", "Sections"), lis(p["rubrics"]), p.get("left_extra", "")) +
            '<td width="440" class="content">\n<h1>%s</h1>\n<p class="author">%s</p>\n<p class="date">%s</p>\n%s\n' % (p["h1"], byline, p["date"], "\n".join(out)) +
            '<div class="tools"><a href="?print=1">%s</a> | <a href="/forum/">%s</a> | <a href="mailto:?subject=%s">%s</a></div>\n'
            % (L(p, "print", "Print version"), L(p, "forum", "Discuss in the forum"), slug(p["url"]), L(p, "send", "Send to a friend")) +
            '<table class="other" width="100%%"><tr><td><b>%s</b><br>%s</td></tr></table>\n</td>\n' % (L(p, "other", "Other articles"), "<br>".join(p["other"])) +
            '<td width="160" class="right"><b>%s</b><ol>%s</ol>\n<div class="poll"><b>%s</b><form action="/poll.php" method="post">%s<input type="submit" value="OK"></form></div></td>\n</tr>\n'
            % (L(p, "top", "Most read"), lis(p["side"]), L(p, "poll", "Poll"), "".join('<input type="radio" name="v" value="%d"> %s<br>' % (i, o) for i, o in enumerate(p["poll"]))) +
            '<tr><td colspan="3" class="footer" align="center">%s<br>%s</td></tr>\n</table>\n</body>\n</html>\n' % (p["footer"], counter(p)))
    _excl(p, "div.tools")
    _excl(p, "table.other")
    return html, ["td.content"]


# ------------------------------------------------------------------------------------ nested_tables
def nested_tables(p):
    """Layout tables: an outer table of header, body and footer rows; the body row holds a second
    table of three columns (menu, text, links). The text is in a td with no class, wrapped in <font>."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("%s<br><br>" % a if p.get("br") else "<p>%s</p>" % a)
        elif name == "H":
            out.append("<b>%s</b><br>" % a[0])
        elif name == "IMG":
            out.append('<table align="%s" cellpadding="3" class="pic"><tr><td><img src="/fotos/%s.jpg" width="200" height="150"><br><font size="1">%s</font></td></tr></table>' % (p.get("img_align", "right"), slug(a[0]), a[0]))
            _excl(p, "table.pic*")
        elif name == "AD":
            out.append('<center class="adv"><font size="1" color="#999999">%s</font><br><a href="http://ads.%s/click?b=%s"><img src="http://ads.%s/b/468x60.gif" width="468" height="60" border="0"></a></center>'
                       % (L(p, "ad", "Advertisement"), p["domain"], slug(p["url"]), p["domain"]))
            _excl(p, "center.adv*")
    w = p.get("td_width", "468")
    html = ('<html lang="%s">\n<head>\n%s\n<style type="text/css">\n<!--\nbody { font-family: Verdana, Arial; font-size: 12px }\n.titulo { font-size: 18px; font-weight: bold; color: #990000 }\n-->\n</style>\n</head>\n'
            % (p["lang"], legacy_head(p, title_fmt=p.get("title_fmt", "%s - %s"))) +
            '<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#663399">\n'
            '<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            '<tr><td bgcolor="#990000" height="80"><img src="/img/cabecera.jpg" width="780" height="80" alt="%s"></td></tr>\n' % attr(p["site"]) +
            '<tr><td bgcolor="#CCCCCC" height="20"><font size="1">%s &nbsp; %s</font></td></tr>\n' % (p.get("topdate", ""), links(p["menu"], " - ")) +
            '<tr><td>\n<table width="100%%" border="0" cellpadding="6" cellspacing="0">\n<tr>\n'
            '<td width="150" valign="top" bgcolor="#EEEEEE">%s<font size="1"><b>%s</b><br>%s</font><br><br>%s<br>%s</td>\n' % (search_form(p, L(p, "search", "Search")), L(p, "sections", "Sections"), "<br>".join(links([t], "") for t in p["rubrics"]), calendar(p, L(p, "archive", "Archive")), p.get("left_extra", "")) +
            '<td width="%s" valign="top">\n<font face="Verdana, Arial" size="2">\n<span class="titulo">%s</span><br>\n<font size="1" color="#666666">%s</font><br><br>\n%s\n</font>\n</td>\n'
            % (w, p["h1"], p["byline_date_html"], "\n".join(out)) +
            '<td width="162" valign="top" bgcolor="#F5F5F5"><font size="1"><b>%s</b><br>%s</font><br><br>%s</td>\n</tr>\n</table>\n</td></tr>\n'
            % (L(p, "top", "Most read"), "<br><br>".join(links([t], "") for t in p["side"]), p.get("right_extra", "")) +
            '<tr><td>%s</td></tr>\n' % p.get("after_html", "") +
            '<tr><td bgcolor="#990000" align="center"><font size="1" color="#FFFFFF">%s</font></td></tr>\n</table>\n</body>\n</html>\n' % p["footer"])
    return html, ["td[width=%s]" % w]


# ------------------------------------------------------------------------------------------- nuke
def nuke(p):
    """PHP-Nuke 7: blocks in tables around; the story is a table of title row and a <font class=content>
    with "Posted by X on …", the text, and links (printer friendly, send to a friend)."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("%s<br><br>" % a)
        elif name == "H":
            out.append("<b>%s</b><br><br>" % a[0])
    blk = lambda title, content: ('<table width="100%%" border="0" cellspacing="1" cellpadding="0" bgcolor="#000000"><tr><td><table width="100%%" border="0" cellspacing="1" cellpadding="3" bgcolor="#FFFFFF">'
                                  '<tr><td bgcolor="#D1D1D1"><font class="block-title"><b>%s</b></font></td></tr><tr><td>%s</td></tr></table></td></tr></table><br>\n' % (title, content))
    left = blk(L(p, "modules", "Modules"), "<font class=\"content\">%s</font>" % "<br>".join('<strong><big>&middot;</big></strong> <a href="modules.php?name=%s">%s</a>' % (slug(t), t) for t in p["menu"]))
    left += blk(L(p, "online", "Who is online"), '<font class="content">%s</font>' % p["online"])
    right = blk(L(p, "related", "Related links"), '<font class="content">%s</font>' % "<br>".join('<strong><big>&middot;</big></strong> <a href="modules.php?name=News&amp;file=article&amp;sid=%s">%s</a>' % (slug(t), t) for t in p["side"]))
    right += blk(L(p, "login", "User Login"), '<form action="modules.php?name=Your_Account" method="post"><font class="content">Nickname<br><input type="text" name="username" size="10"><br>Password<br><input type="password" name="user_password" size="10"><br><input type="submit" value="Login"></font></form>')
    story = ('<table class="story" width="100%%" border="0" cellspacing="1" cellpadding="0" bgcolor="#000000"><tr><td>\n<table width="100%%" border="0" cellspacing="1" cellpadding="8" bgcolor="#FFFFFF"><tr><td>\n'
             '<font class="title"><b>%s</b></font><br>\n<font class="tiny">%s</font>\n<br><br>\n<font class="content" id="storytext">%s</font>\n</td></tr></table>\n</td></tr></table>\n'
             % (p["h1"], p["posted_html"], "\n".join(out)))
    story += ('<table class="storylinks" width="100%%"><tr><td align="center"><font class="content">[ <a href="modules.php?name=News&amp;file=print&amp;sid=%s">%s</a> | <a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid=%s">%s</a> ]</font></td></tr></table>\n'
              % (slug(p["url"]), L(p, "print", "Printer Friendly Page"), slug(p["url"]), L(p, "send", "Send to a Friend")))
    story += '<table class="comments" width="100%%"><tr><td><font class="content"><b>%s</b><br>%s</font></td></tr></table>\n' % (L(p, "comments", "Comments"), p["comments_html"])
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n%s\n'
            '<meta name="GENERATOR" content="PHP-Nuke Copyright (c) 2006 by Francisco Burzi. This is free software, and you may redistribute it under the GPL.">\n'
            '<link rel="StyleSheet" href="themes/DeepBlue/style/style.css" type="text/css">\n</head>\n' % legacy_head(p, title_fmt=p.get("title_fmt", "%s - %s")) +
            '<body bgcolor="#505050" text="#000000" link="#363636" vlink="#363636" alink="#d5ae83">\n'
            '<table border="0" cellpadding="0" cellspacing="0" width="100%%" bgcolor="#ffffff"><tr><td bgcolor="#ffffff"><a href="index.php"><img src="themes/DeepBlue/images/logo.gif" border="0" alt="%s"></a></td>'
            '<td align="right"><font class="content">%s</font></td></tr>\n' % (attr(p["site"]), p.get("topdate", "")) +
            '<tr><td colspan="2" bgcolor="#000000"><font class="content" color="#FFFFFF">%s</font></td></tr></table>\n' % p.get("topbar", "") +
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top">\n'
            '<td width="150" valign="top">%s</td>\n<td width="100%%" valign="top">\n%s</td>\n<td width="150" valign="top">%s</td>\n</tr></table>\n' % (left, story, right) +
            '<br><center><font class="tiny">%s<br>PHP-Nuke Copyright &copy; 2006 by Francisco Burzi. This is free software, and you may redistribute it under the GPL.<br>%s</font></center>\n</body>\n</html>\n'
            % (p["footer"], p.get("gen", "Page Generation: 0.21 Seconds")))
    return html, ["font#storytext"]


# ---------------------------------------------------------------------------------------- marquee
def marquee(p):
    """A small-town news site of the late 1990s: a <marquee> ticker, a table layout, the story in
    a td with an <hr> and a printed date, a visitor counter and a guestbook link in the footer."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append('<p align="justify">%s' % a if p.get("unclosed_p") else '<p align="justify">%s</p>' % a)
        elif name == "IMG":
            out.append('<p align="center" class="foto"><img src="fotos/%s.jpg" width="300" height="200"><br><i>%s</i></p>' % (slug(a[0]), a[0]))
            _excl(p, "p.foto*")
    html = ('<html>\n<head>\n%s\n</head>\n' % legacy_head(p, title_fmt=p.get("title_fmt", "%s - %s")) +
            '<body bgcolor="#FFFFCC" background="img/fundo.gif">\n'
            '<center><img src="img/topo.jpg" width="760" height="100" alt="%s"></center>\n' % attr(p["site"]) +
            '<table width="760" align="center" bgcolor="#003300"><tr><td><font color="#FFFF00" face="Arial" size="2"><b>%s</b></font></td><td>'
            '<marquee behavior="scroll" direction="left" scrollamount="3" bgcolor="#003300"><font color="#FFFFFF" face="Arial" size="2">%s</font></marquee></td></tr></table>\n'
            % (L(p, "latest", "LATEST:"), " &nbsp;&nbsp;*&nbsp;&nbsp; ".join(p["ticker"])) +
            '<table width="760" align="center" cellpadding="5" border="0">\n<tr>\n'
            '<td width="140" valign="top" bgcolor="#CCFFCC"><font face="Arial" size="2">%s</font></td>\n' % "<br><br>".join(links([t], "") for t in p["menu"]) +
            '<td valign="top" class="noticia"><font face="Arial" size="2">\n<font size="4" color="#003300"><b>%s</b></font>\n<hr size="1" noshade>\n<font size="1">%s</font>\n%s\n</font></td>\n'
            % (p["h1"], p["byline_date_html"], "\n".join(out)) +
            '<td width="150" valign="top" bgcolor="#CCFFCC"><font face="Arial" size="2"><b>%s</b><br>%s</font></td>\n</tr>\n</table>\n'
            % (L(p, "more", "More news"), "<br><br>".join(links([t], "") for t in p["side"])) +
            '<center>%s%s%s</center>\n' % (search_form(p, L(p, "search", "Search")), calendar(p, L(p, "archive", "Archive")), archive_list(p, L(p, "archive", "Archive"))) +
            '<center><font face="Arial" size="1">%s<br><a href="livro.htm">%s</a> | <a href="mailto:redacao@%s">%s</a><br>%s %s<br>%s</font></center>\n</body>\n</html>\n'
            % (p.get("after", ""), L(p, "guestbook", "Sign our guestbook"), p["domain"], L(p, "mail", "Write to us"), L(p, "visitor", "Visitor number"), counter(p), p["footer"]))
    return html, ["td.noticia"]


# --------------------------------------------------------------------------------------- frontpage
def frontpage(p):
    """A page made in FrontPage (p['tool']=='fp') or Dreamweaver ('dw'): generator meta, MsoNormal
    paragraphs or a Dreamweaver template region, shared borders, a hit counter, a guestbook link."""
    fp = p.get("tool", "fp") == "fp"
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append('<p class="MsoNormal">%s</p>' % a if fp else "<p>%s</p>" % a)
        elif name == "H":
            out.append('<p class="MsoNormal"><b><font size="3">%s</font></b></p>' % a[0] if fp else '<h3>%s</h3>' % a[0])
        elif name == "IMG":
            out.append('<p align="center" class="pic"><img border="0" src="images/%s.jpg" width="320" height="240"><br><font size="1">%s</font></p>' % (slug(a[0]), a[0]))
            _excl(p, "p.pic*")
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
    if fp:
        gen = ('<meta name="GENERATOR" content="Microsoft FrontPage 6.0">\n<meta name="ProgId" content="FrontPage.Editor.Document">\n'
               '<meta name="Microsoft Border" content="tl, default">')
        top = ('<!--webbot bot="Navigation" S-Type="top" S-Orientation="horizontal" S-Rendering="html" B-Include-Home="TRUE" -->'
               '<table border="0" width="100%%" class="navbar"><tr><td>%s</td></tr></table><!--webbot bot="Navigation" endspan i-checksum="3041" -->' % links(p["menu"], " | "))
        mid = '<td valign="top" width="100%%" class="main">\n<!--webbot bot="PurpleText" PREVIEW="Edit this page" -->\n<h1>%s</h1>\n<p class="MsoNormal"><i>%s</i></p>\n%s\n</td>' % (p["h1"], p["byline_date_html"], "\n".join(out))
        body_sel = "td.main"
    else:
        gen = '<meta name="generator" content="Adobe Dreamweaver CS3">\n<!-- InstanceBegin template="/Templates/artikel.dwt" codeOutsideHTMLIsLocked="false" -->'
        top = '<table width="100%%" border="0" class="navbar"><tr><td>%s</td></tr></table>' % "".join(
            '<a href="%s.html" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage(\'nav%d\',\'\',\'img/nav%d_on.gif\',1)">%s</a> ' % (slug(t), i, i, t) for i, t in enumerate(p["menu"]))
        mid = ('<td valign="top" class="main">\n<!-- InstanceBeginEditable name="tresc" -->\n<div id="tekst">\n<h1>%s</h1>\n<p class="data">%s</p>\n%s\n</div>\n<!-- InstanceEndEditable -->\n</td>'
               % (p["h1"], p["byline_date_html"], "\n".join(out)))
        body_sel = "div#tekst"
    html = ('<html>\n\n<head>\n%s\n%s\n</head>\n\n' % (legacy_head(p, title_fmt=p.get("title_fmt", "%s")), gen) +
            '<body%s>\n%s\n' % (' onLoad="MM_preloadImages(\'img/nav0_on.gif\')"' if not fp else "", top) + ('' if fp else search_form(p, L(p, "search", "Search"))) +
            '<table border="0" width="100%%" cellspacing="0" cellpadding="4">\n<tr>\n<td valign="top" width="170" bgcolor="#FFFFE0" class="side"><font size="2">%s</font></td>\n%s\n</tr>\n</table>\n'
            % (p["left_html"] + (archive_list(p, L(p, "archive", "Archive")) if fp else calendar(p, L(p, "archive", "Archive"))), mid) +
            '<hr>\n<p align="center"><font size="1">%s<br>%s <!--webbot bot="HitCounter" i-image="0" I-ResetValue="0" I-Digits="6" U-Custom --><img src="_vti_bin/fpcount.exe/?Page=%s.htm|Image=0|Digits=6" alt="Hit Counter"><!--webbot bot="HitCounter" endspan i-checksum="38" --><br>'
            '<a href="guestbook.htm">%s</a> - %s</font></p>\n' % (p["footer"], L(p, "visitors", "Visitors:"), slug(p["url"]), L(p, "guestbook", "Sign the guestbook"), L(p, "updated", "Last updated")) +
            ('' if fp else '<!-- InstanceEnd -->') + '</body>\n\n</html>\n')
    return html, [body_sel]
