"""Old templates: a print-friendly page of the 2000s (printpage), early WordPress with the Kubrick
theme (kubrick), Blogger's classic template (blogger), a phpBB 2 topic (phpbb), an AMP page (amp)."""
from kit import attr, plain, slug
from common import L, blocks, counter, dirattr, legacy_head, links, lis


def _excl(p, sel):
    p.setdefault("exclude", [])
    if sel not in p["exclude"]:
        p["exclude"].append(sel)


def _ps(p, tag="p"):
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<%s>%s</%s>" % (tag, a, tag))
        elif name == "H":
            out.append("<h3>%s</h3>" % a[0])
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "IMG":
            out.append('<p class="wp-caption"><img src="/wp-content/uploads/2026/03/%s.jpg" width="400" height="300" alt=""><br>%s</p>' % (slug(a[0]), a[0]))
            _excl(p, "p.wp-caption*")
    return out


PRINT_CSS = """<style type="text/css">
<!--
body, td, th { font-family: "MS PGothic", Osaka, Arial, Helvetica, sans-serif; font-size: 12px; color: #000000; }
h2 { font-size: 18px; font-weight: bold; margin: 12px 0 6px 0; }
p { line-height: 150%; margin: 0 0 10px 0; }
a:link { color: #000066; text-decoration: underline; }
a:visited { color: #660066; text-decoration: underline; }
a:hover { color: #CC0000; text-decoration: none; }
.printtext { padding: 10px 0 10px 0; }
.deck { font-size: 13px; color: #333333; }
.links { font-size: 10px; color: #666666; padding-top: 8px; }
.small { font-size: 10px; }
.caption { font-size: 10px; color: #666666; }
table.header { border-bottom: 1px solid #999999; }
@media print { a:link, a:visited { color: #000000; text-decoration: none; } .noprint { display: none; } body { margin: 0; } }
-->
</style>
<script type="text/javascript">
<!--
function printPage() { if (window.print) { window.print(); } else { alert("Please use your browser's print command."); } }
function closeWin() { if (window.opener && !window.opener.closed) { window.close(); } else { history.back(); } }
//-->
</script>"""


# ------------------------------------------------------------------------------------- printpage
def printpage(p):
    """"Printer-friendly version": onload print(), a small logo, the headline, byline and date,
    the text in a table of 600px, the article's address and links printed at the end."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s</p>" % a)
        elif name == "H":
            out.append("<p><b>%s</b></p>" % a[0])
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">\n<html lang="%s">\n<head>\n%s\n<meta name="robots" content="noindex, follow">\n'
            '<style type="text/css" media="print">.noprint { display: none }</style>\n%s\n</head>\n' % (p["lang"], legacy_head(p, title_fmt=p.get("title_fmt", "%s - %s")), PRINT_CSS) +
            '<body onload="window.print()" bgcolor="#FFFFFF">\n<table width="600" border="0" cellpadding="0" cellspacing="0" align="center">\n'
            '<tr><td><img src="/images/print_logo.gif" alt="%s" width="200" height="40"></td><td align="right" class="noprint"><a href="javascript:window.print()">%s</a> | <a href="javascript:window.close()">%s</a></td></tr>\n'
            % (attr(p["site"]), L(p, "print", "Print"), L(p, "close", "Close window")) +
            '<tr><td colspan="2"><hr noshade size="1"><font size="1">%s</font></td></tr>\n' % p.get("source_line", "") +
            '<tr><td colspan="2" class="printtext">\n<h2>%s</h2>\n%s\n<p><font size="2">%s</font></p>\n%s\n</td></tr>\n'
            % (p["h1"], '<p class="deck"><i>%s</i></p>' % p["deck"] if p.get("deck") else "", p["byline_date_html"], "\n".join(out)) +
            '<tr><td colspan="2" class="links"><font size="1"><b>%s</b><br>%s</font></td></tr>\n' % (L(p, "links", "Links"), "<br>".join('[%d] <a href="%s">%s</a>' % (i + 1, u, u) for i, u in enumerate(p.get("links", [])))) +
            '<tr><td colspan="2"><hr noshade size="1"><font size="1">%s<br>%s: %s<br>%s</font></td></tr>\n</table>\n</body>\n</html>\n'
            % (p.get("after", ""), L(p, "url", "URL of this article"), p["url"], p["footer"]))
    if p.get("deck"):
        _excl(p, "p.deck")
    return html, ["td.printtext"]


# -------------------------------------------------------------------------------------- kubrick
def kubrick(p):
    """WordPress 2.x with the default Kubrick theme: #page, #header, .narrowcolumn, .post with an
    <h2> title, a <small> date, .entry, .postmetadata, an <ol class=commentlist>, #sidebar."""
    out = _ps(p)
    comments = "".join('<li class="%s" id="comment-%d"><cite>%s</cite> Says:<br><small class="commentmetadata"><a href="#comment-%d">%s</a></small><p>%s</p></li>'
                       % ("alt" if i % 2 == 0 else "", 300 + i, c[0], 300 + i, c[1], c[2]) for i, c in enumerate(p["comments"]))
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="%s">\n<head profile="http://gmpg.org/xfn/11">\n%s\n' % (p.get("html_lang", p["lang"]), legacy_head(p, title_fmt=p.get("title_fmt", "%s &raquo; %s"))) +
            '<meta name="generator" content="WordPress 2.3.2" />\n<link rel="stylesheet" href="http://%s/wp-content/themes/default/style.css" type="text/css" media="screen" />\n'
            '<link rel="alternate" type="application/rss+xml" title="%s RSS Feed" href="http://%s/feed/" />\n<link rel="pingback" href="http://%s/xmlrpc.php" />\n'
            '<style type="text/css" media="screen">#page { background: url("http://%s/wp-content/themes/default/images/kubrickbg-ltr.jpg") repeat-y top; border: none; }</style>\n</head>\n'
            % (p["domain"], attr(p["site"]), p["domain"], p["domain"], p["domain"]) +
            '<body>\n<div id="page">\n\n<div id="header">\n\t<div id="headerimg">\n\t\t<h1><a href="http://%s/">%s</a></h1>\n\t\t<div class="description">%s</div>\n\t</div>\n</div>\n<hr />\n\n'
            % (p["domain"], p["site"], p["tagline"]) +
            '\t<div id="content" class="widecolumn">\n\n\t<div class="navigation">\n\t\t<div class="alignleft">&laquo; <a href="http://%s/%s/">%s</a></div>\n\t\t<div class="alignright"></div>\n\t</div>\n\n'
            % (p["domain"], slug(p["prev"]), p["prev"]) +
            '\t\t<div class="post" id="post-%s">\n\t\t\t<h2><a href="%s" rel="bookmark" title="Permanent Link: %s">%s</a></h2>\n\t\t\t<small>%s</small>\n\n\t\t\t<div class="entry">\n%s\n'
            % (slug(p["url"]), p["url"], attr(p["h1"]), p["h1"], p["byline_date_html"], "\n".join(out)) +
            '\t\t\t\t<p class="postmetadata alt">\n\t\t\t\t\t<small>%s</small>\n\t\t\t\t</p>\n\t\t\t</div>\n\t\t</div>\n\n' % p["postmeta"] +
            '\t<h3 id="comments">%s</h3>\n\t<ol class="commentlist">%s</ol>\n' % (p["comments_title"], comments) +
            '<h3 id="respond">%s</h3>\n<form action="http://%s/wp-comments-post.php" method="post" id="commentform"><p><input type="text" name="author" id="author" size="22" /> <label for="author"><small>Name (required)</small></label></p>'
            '<p><textarea name="comment" id="comment" cols="100%%" rows="10"></textarea></p><p><input name="submit" type="submit" id="submit" value="Submit Comment" /></p></form>\n\t</div>\n\n'
            % (L(p, "reply", "Leave a Reply"), p["domain"]) +
            '<div id="sidebar">\n<ul>\n<li><h2>%s</h2><ul>%s</ul></li>\n<li><h2>%s</h2><ul>%s</ul></li>\n<li><h2>Meta</h2><ul><li><a href="http://%s/wp-login.php">Log in</a></li><li><a href="http://wordpress.example/" title="Powered by WordPress, state-of-the-art semantic personal publishing platform.">WordPress</a></li></ul></li>\n</ul>\n</div>\n\n'
            % (L(p, "recent", "Recent Posts"), lis(p["side"]), L(p, "blogroll", "Blogroll"), lis(p["blogroll"], "http://"), p["domain"]) +
            '<hr />\n<div id="footer">\n\t<p>\n\t\t%s\n\t\t<br /><a href="http://%s/feed/">Entries (RSS)</a> and <a href="http://%s/comments/feed/">Comments (RSS)</a>.\n\t\t<!-- 18 queries. 0.412 seconds. -->\n\t</p>\n</div>\n</div>\n\n</body>\n</html>\n'
            % (p["footer"], p["domain"], p["domain"]))
    _excl(p, "p.postmetadata")
    return html, ["div.entry"]


# -------------------------------------------------------------------------------------- blogger
def blogger(p):
    """Blogger's classic template (2005-2008): #outer-wrapper, h2.date-header, .post with
    h3.post-title, .post-body of <br /> lines, p.post-footer, #comments, the archive in #sidebar."""
    parts = []
    for name, a in blocks(p["body"]):
        if name == "p":
            parts.append(a + "<br /><br />")
        elif name == "H":
            parts.append("<b>%s</b><br />" % a[0])
        elif name == "IMG":
            parts.append('<a href="http://%s/s1600-h/%s.jpg"><img style="display:block; margin:0px auto 10px; text-align:center;cursor:pointer;" src="http://%s/s400/%s.jpg" border="0" alt="" /></a><span class="cap" style="font-size:85%%;">%s</span><br /><br />'
                         % (p["imghost"], slug(a[0]), p["imghost"], slug(a[0]), a[0]))
            _excl(p, "span.cap*")
        elif name == "LIST":
            parts.append("".join("&bull; %s<br />" % x for x in a) + "<br />")
    comments = "".join('<dt class="comment-author" id="c%d"><a name="c%d"></a>%s %s</dt><dd class="comment-body"><p>%s</p></dd><dd class="comment-footer"><span class="comment-timestamp">%s</span></dd>'
                       % (i, i, c[0], L(p, "said", "said..."), c[2], c[1]) for i, c in enumerate(p["comments"]))
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="%s" lang="%s">\n<head>\n%s\n'
            % (p["lang"], p["lang"], legacy_head(p, title_fmt=p.get("title_fmt", "%s: %s"))) +
            '<meta name="generator" content="Blogger" />\n<link rel="alternate" type="application/atom+xml" title="%s - Atom" href="http://%s/feeds/posts/default" />\n'
            '<link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://www.blogger.example/rsd.g?blogID=%s" />\n'
            '<style type="text/css">\n/* Blogger Template Style Name: Minima Designer: Douglas Bowman */\nbody { background:#fff; margin:0; color:#333; font:x-small Georgia Serif; }\n</style>\n</head>\n'
            % (attr(p["site"]), p["domain"], slug(p["domain"]) * 3) +
            '<body>\n<div id="navbar-iframe-container"><iframe src="http://www.blogger.example/navbar.g?targetBlogID=%s" height="30px" width="100%%" frameborder="0" scrolling="no" id="navbar-iframe"></iframe></div>\n' % slug(p["domain"]) +
            '<div id="outer-wrapper">\n<div id="header-wrapper"><div id="header"><h1 id="blog-title"><a href="http://%s/">%s</a></h1><p id="description">%s</p></div></div>\n'
            % (p["domain"], p["site"], p["tagline"]) +
            '<div id="main-wrapper"><div id="main">\n<h2 class="date-header">%s</h2>\n<div class="post">\n<a name="%s"></a>\n<h3 class="post-title">%s</h3>\n'
            % (p["date"], slug(p["url"]), p["h1"]) +
            '<div class="post-body">\n<div style="clear:both;"></div>%s<div style="clear:both; padding-bottom:0.25em"></div>\n</div>\n' % "\n".join(parts) +
            '<p class="post-footer"><em>%s</em> <a class="comment-link" href="https://www.blogger.example/comment.g?blogID=%s">%s</a> <span class="item-action"><a href="http://www.blogger.example/email-post.g" title="Email Post"><img class="icon-action" alt="" src="http://img1.blogblog.example/img/icon18_email.gif" height="13" width="18" /></a></span></p>\n</div>\n'
            % (p["byline_date_html"], slug(p["domain"]), p["comment_count"]) +
            '<div id="comments"><a name="comments"></a><h4>%s</h4><dl id="comments-block">%s</dl><p class="comment-timestamp"><a href="https://www.blogger.example/comment.g">%s</a></p></div>\n'
            % (p["comment_count"], comments, L(p, "post_comment", "Post a Comment")) +
            '<p class="blog-pager"><a href="http://%s/">%s</a></p>\n</div></div>\n' % (p["domain"], L(p, "home", "Home")) +
            '<div id="sidebar-wrapper"><div id="sidebar">\n<h2 class="sidebar-title">%s</h2>\n<p>%s</p>\n<h2 class="sidebar-title">%s</h2>\n<ul id="recently">%s</ul>\n'
            % (L(p, "about", "About Me"), p["about"], L(p, "previous", "Previous Posts"), lis(p["side"])) +
            '<h2 class="sidebar-title">%s</h2>\n<ul class="archive-list">%s</ul>\n<h2 class="sidebar-title">%s</h2><ul>%s</ul>\n'
            % (L(p, "archives", "Archives"), "".join('<li><a href="http://%s/%s/">%s</a></li>' % (p["domain"], m, m) for m in p["archive"]), L(p, "links", "Links"), lis(p["blogroll"], "http://")) +
            '<p id="powered-by"><a href="http://www.blogger.example"><img src="http://buttons.blogger.example/bloggerbutton1.gif" alt="Powered by Blogger" /></a></p>\n%s\n</div></div>\n'
            % counter(p) +
            '<div id="footer-wrapper"><div id="footer">%s</div></div>\n</div>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.post-body"]


# ---------------------------------------------------------------------------------------- phpbb
def phpbb(p):
    """A phpBB 2 topic (subSilver): table.forumline, the first post's span.postbody is the text,
    the replies, the poster's profile cell, the signature and the board's navigation around it."""
    def post(author, rank, date, subject, body, sig=""):
        return ('<tr><td width="150" align="left" valign="top" class="row1"><span class="name"><a name="p%s"></a><b>%s</b></span><br /><span class="postdetails">%s<br />%s</span></td>'
                '<td class="row1" width="100%%" height="28" valign="top"><table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td width="100%%"><span class="postdetails">Posted: %s &nbsp; &nbsp;Post subject: %s</span></td></tr>'
                '<tr><td colspan="2"><hr /></td></tr><tr><td colspan="2"><span class="postbody">%s</span>%s</td></tr></table></td></tr>\n'
                '<tr><td class="spaceRow" colspan="2" height="1"><img src="templates/subSilver/images/spacer.gif" alt="" width="1" height="1" /></td></tr>\n'
                % (slug(author + date), author, rank, p["joined"] if author == p["poster"] else "Joined: 14 Feb 2009", date, subject, body, '<span class="postbody"><br />_________________<br />%s</span>' % sig if sig else ""))
    first = "<br /><br />".join(a for name, a in blocks(p["body"]) if name == "p")
    rows = post(p["poster"], p["rank"], p["date"], p["h1"], '<span class="op">%s</span>' % first, p.get("sig", ""))
    for r in p["replies"]:
        rows += post(r[0], "Regular", r[1], "Re: " + p["h1"], r[2])
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html dir="ltr">\n<head>\n%s\n'
            '<link rel="top" href="./index.php" title="%s Forum Index" />\n<link rel="stylesheet" href="templates/subSilver/subSilver.css" type="text/css">\n</head>\n'
            % (legacy_head(p, title_fmt=p.get("title_fmt", "%s :: View topic - %s")), attr(p["site"])) +
            '<body bgcolor="#E5E5E5" text="#000000" link="#006699" vlink="#5493B4">\n<a name="top"></a>\n'
            '<table width="100%%" cellspacing="0" cellpadding="10" border="0" align="center"><tr><td class="bodyline">\n'
            '<table width="100%%" cellspacing="0" cellpadding="0" border="0"><tr><td><a href="index.php"><img src="templates/subSilver/images/logo_phpBB.gif" border="0" alt="%s Forum Index" vspace="1" /></a></td>'
            '<td align="center" width="100%%" valign="middle"><span class="maintitle">%s</span><br /><span class="gen">%s</span></td></tr></table>\n' % (attr(p["site"]), p["site"], p["tagline"]) +
            '<table cellspacing="0" cellpadding="2" border="0"><tr><td align="center" valign="top" nowrap="nowrap"><span class="mainmenu">%s</span></td></tr></table>\n'
            % " &nbsp; ".join('<a href="%s.php" class="mainmenu">%s</a>' % (t.lower().replace(" ", ""), t) for t in ["FAQ", "Search", "Memberlist", "Usergroups", "Register", "Profile", "Log in to check your private messages", "Log in"]) +
            '<table width="100%%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" colspan="2"><a class="maintitle" href="viewtopic.php?t=%s">%s</a><br /></td></tr></table>\n'
            % (slug(p["url"]), p["h1"]) +
            '<table width="100%%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="middle" width="100%%"><span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">%s Forum Index</a> -&gt; <a href="viewforum.php?f=7" class="nav">%s</a></span></td></tr></table>\n'
            % (p["site"], p["forum"]) +
            '<table class="forumline" width="100%%" cellspacing="1" cellpadding="3" border="0">\n<tr><th class="thLeft" width="150" height="26" nowrap="nowrap">Author</th><th class="thRight" nowrap="nowrap">Message</th></tr>\n%s</table>\n' % rows +
            '<table width="100%" cellspacing="2" border="0" align="center"><tr><td valign="middle" nowrap="nowrap"><span class="nav">Page <b>1</b> of <b>1</b></span></td><td align="right"><span class="gensmall">All times are GMT</span></td></tr></table>\n' +
            '<div class="jump"><span class="gensmall">%s</span></div>\n' % p["jump"] +
            '<div align="center"><span class="copyright">Powered by <a href="http://www.phpbb.example/" target="_phpbb" class="copyright">phpBB</a> &copy; 2001, 2005 phpBB Group<br />%s</span></div>\n</td></tr></table>\n</body>\n</html>\n' % p["footer"])
    return html, ["span.op"]


# ------------------------------------------------------------------------------------------- amp
def amp(p):
    """An AMP article (2017-2019 style, still served): <html amp>, the boilerplate, amp-img with a
    caption, amp-ad slots between paragraphs, amp-social-share, an amp-sidebar menu, related links."""
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s</p>" % a)
        elif name == "H":
            out.append("<h2>%s</h2>" % a[0])
        elif name == "AD":
            out.append('<div class="amp-ad-wrap"><span class="ad-label">%s</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/%s/amp_mid"></amp-ad></div>' % (L(p, "ad", "Advertisement"), slug(p["domain"])))
            _excl(p, "div.amp-ad-wrap*")
        elif name == "IMG":
            out.append('<figure class="inline-img"><amp-img src="https://%s/img/%s.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>%s</figcaption></figure>' % (p["domain"], slug(a[0]), a[0]))
            _excl(p, "figure.inline-img*")
        elif name == "REL":
            out.append('<aside class="read-more"><strong>%s</strong> <a href="https://%s/news/%s">%s</a></aside>' % (L(p, "readmore", "Read more:"), p["domain"], slug(a[0]), a[0]))
            _excl(p, "aside.read-more*")
    boiler = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}'
              '@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>')
    html = ('<!doctype html>\n<html amp lang="%s">\n<head>\n<meta charset="utf-8">\n<script async src="https://cdn.ampproject.example/v0.js"></script>\n'
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.example/v0/amp-ad-0.1.js"></script>\n<script async custom-element="amp-sidebar" src="https://cdn.ampproject.example/v0/amp-sidebar-0.1.js"></script>\n'
            '<script async custom-element="amp-social-share" src="https://cdn.ampproject.example/v0/amp-social-share-0.1.js"></script>\n'
            '<title>%s | %s</title>\n<link rel="canonical" href="%s">\n<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n%s\n'
            '<style amp-custom>body{font-family:Georgia,serif}.byline{color:#555}.amp-ad-wrap{text-align:center}</style>\n</head>\n'
            % (p["lang"], plain(p["h1"]), p["site"], p["url"], boiler) +
            '<body>\n<amp-sidebar id="menu" layout="nodisplay" side="left"><ul>%s</ul></amp-sidebar>\n' % lis(p["menu"]) +
            '<header class="top"><button on="tap:menu.toggle">&#9776;</button> <a href="https://%s/">%s</a></header>\n' % (p["domain"], p["site"]) +
            '<article>\n<h1>%s</h1>\n<p class="byline">%s</p>\n<amp-img src="https://%s/img/%s-lead.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>\n<p class="lead-caption">%s</p>\n'
            % (p["h1"], p["byline_date_html"], p["domain"], slug(p["url"]), p["lead_caption"]) +
            '<div class="article-body">\n%s\n</div>\n' % "\n".join(out) +
            '<div class="share"><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="facebook" width="40" height="40" data-param-app_id="1"></amp-social-share> %s</div>\n</article>\n'
            % L(p, "share", "Share this story") +
            '<section class="related"><h3>%s</h3><ul>%s</ul></section>\n' % (L(p, "related", "More from the newsroom"), lis(p["side"])) +
            '<footer><p>%s</p><p><a href="%s">%s</a></p></footer>\n</body>\n</html>\n' % (p["footer"], p["url"], L(p, "full", "View full site")))
    return html, ["div.article-body"]
