"""Skeletons of self-hosted CMS: DataLife Engine, 1C-Bitrix, Joomla, WordPress (block theme,
Elementor, Divi, Newspack, GeneratePress, Astra)."""
from kit import (article_ld, attr, canonical, deco, desc, hexid, img, ld, lis, og_tags, path_of, plain, slug,
                 title_tag, uuid)


# ------------------------------------------------------------------------------------------------ DataLife Engine
def dle(p):
    nid = p["news_id"]
    head = "\n".join([
        '<meta charset="utf-8">', "<title>%s</title>" % p["title_tag"], '<meta name="description" content="%s">' % desc(p),
        '<meta name="keywords" content="%s">' % attr(", ".join(p["keywords"])), '<meta name="generator" content="DataLife Engine (https://dle-news.ru)">',
        '<meta name="news_keywords" content="%s">' % attr(", ".join(p["keywords"])), og_tags(p, image=True).replace('<meta property="article:published_time"', '<meta property="article:published_time"'),
        '<link rel="search" type="application/opensearchdescription+xml" title="%s" href="https://%s/index.php?do=opensearch">' % (attr(p["site"]), p["domain"]),
        '<link rel="alternate" type="application/rss+xml" title="%s RSS" href="https://%s/rss.xml">' % (attr(p["site"]), p["domain"]), canonical(p),
        ld({"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@context": "https://schema.org/", "publisher": {"@type": "Person", "name": p["site"]}, "name": plain(p["h1"]), "headline": plain(p["h1"]),
             "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"]}, "datePublished": p["pub"], "dateModified": p.get("mod", p["pub"]),
             "author": {"@type": "Person", "name": p["login"], "url": "https://%s/user/%s/" % (p["domain"], p["login"])},
             "image": ["https://%s/uploads/posts/2026-03/%s.jpg" % (p["domain"], nid)], "description": desc(p)},
            {"@type": "BreadcrumbList", "@context": "https://schema.org/", "itemListElement": [
                {"@type": "ListItem", "position": 1, "item": {"@id": "https://%s/" % p["domain"], "name": p["crumbs"][0]}},
                {"@type": "ListItem", "position": 2, "item": {"@id": "https://%s/%s/" % (p["domain"], p["cat_path"]), "name": p["crumbs"][1]}},
                {"@type": "ListItem", "position": 3, "item": {"@id": p["url"], "name": plain(p["h1"])}}]}]}),
        '<link href="/templates/Default/css/styles.css" type="text/css" rel="stylesheet">', '<link href="/templates/Default/css/engine.css" type="text/css" rel="stylesheet">',
        '<script src="/engine/classes/min/index.php?g=general3&amp;v=e1a8f"></script>', '<script src="/engine/classes/min/index.php?f=engine/classes/js/jqueryui3.js,engine/classes/js/dle_js.js&amp;v=e1a8f" defer></script>'])
    cal_rows = []
    day = 1 - p["cal_first_weekday"]
    while day <= p["cal_days"]:
        cells = []
        for wd in range(7):
            if 1 <= day <= p["cal_days"]:
                cls = "weekday" if wd >= 5 else "day"
                if day in p["cal_links"]:
                    cells.append('<td class="%s-active-v"><a class="%s-active-v" href="https://%s/2026/03/%02d/" title="Все публикации за %d %s">%d</a></td>' % (cls, cls, p["domain"], day, day, "марта", day))
                else:
                    cells.append('<td class="%s">%d</td>' % (cls, day))
            else:
                cells.append('<td class="day">&nbsp;</td>')
            day += 1
        cal_rows.append("<tr>%s</tr>" % "".join(cells))
    comments = "".join('<div id="comment-id-%d"><div class="comment"><div class="com_info"><div class="avatar"><img src="/templates/Default/dleimages/noavatar.png" alt=""></div><b class="name">%s</b> <span class="date">%s</span></div>'
                       '<div class="com_content"><div id="comm-id-%d">%s</div></div><div class="com_tools"><a onclick="dle_reply(%d, 0, 1); return false;" href="#">Ответить</a> <a onmouseover="dle_copy_quote(\'%s\');" href="#" onclick="dle_ins(%d); return false;">Цитировать</a></div></div></div>'
                       % (5100 + i, n, d, 5100 + i, t, 5100 + i, n, 5100 + i) for i, (n, d, t) in enumerate(p["comments"]))
    html = ('<!DOCTYPE html>\n<html lang="ru">\n<head>\n%s\n</head>\n<body>\n<div class="wrp">\n' % head +
            '<header class="header"><div class="h_top"><div class="logo"><a href="/"><img src="/templates/Default/images/logo.png" alt="%s"><span>%s</span></a></div>'
            '<div class="h_info"><span class="h_date">%s</span> <span class="h_weather">%s</span></div>'
            '<div class="loginpane"><a href="#" id="loginlink" class="login_btn"><span>Войти</span></a> <a href="/index.php?do=register">Регистрация</a></div></div>'
            '<nav class="topmenu"><ul>%s</ul></nav><form id="q_search" method="post"><div class="q_search"><input id="story" name="story" placeholder="Поиск по сайту..." type="search"><button class="btn q_search_btn" type="submit" title="Найти"><span class="title_hide">Найти</span></button></div><input type="hidden" name="do" value="search"><input type="hidden" name="subaction" value="search"></form></header>\n'
            % (attr(p["site"]), p["site"], p["today"], p["weather"], lis(p["nav"])) +
            '<div class="cols"><main class="cont">\n<div class="speedbar"><span id="dle-speedbar"><span itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><meta itemprop="position" content="1"><a href="https://%s/" itemprop="item"><span itemprop="name">%s</span></a></span> &raquo; <span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><meta itemprop="position" content="2"><a href="https://%s/%s/" itemprop="item"><span itemprop="name">%s</span></a></span> &raquo; %s</span></span></div>\n'
            % (p["domain"], p["crumbs"][0], p["domain"], p["cat_path"], p["crumbs"][1], plain(p["h1"])) +
            '<div id="dle-content"><article class="box story fullstory">\n<div class="story_top"><span class="date"><i class="icon-clock"></i><time datetime="%s">%s</time></span> <span class="category"><a href="https://%s/%s/">%s</a></span>\n<h1 class="title">%s</h1>\n'
            % (p["pub"][:16], p["date"], p["domain"], p["cat_path"], p["crumbs"][1], p["h1"]) +
            '<div class="story_icons"><div class="fav_btn"><a href="#" onclick="doFavorites(\'%s\', \'plus\', 0); return false;" title="Добавить в закладки">В закладки</a></div><div class="rate"><div class="rate_like"><a href="#" onclick="doRate(\'plus\', \'%s\'); return false;"><span class="ratingtypeplus ignore-select">+</span> <span id="ratig-layer-%s"><span class="ratingplus">%s</span></span></a></div></div></div></div>\n'
            % (nid, nid, nid, p["rating"]) +
            '<div class="text"><div class="full-story clearfix"><div id="news-id-%s" style="display:inline;">%s</div></div>\n' % (nid, p["body"]) +
            '<div class="story_tools"><div class="category">Категория: <a href="https://%s/%s/">%s</a></div> <div class="story_tags">Теги: %s</div> <span class="views">Просмотров: %s</span> <a href="#comment" class="comments">Комментариев: %d</a> <span class="author">Автор: <a onclick="ShowProfile(\'%s\', \'https://%s/user/%s/\', \'0\'); return false;" href="https://%s/user/%s/">%s</a></span></div>\n'
            % (p["domain"], p["cat_path"], p["crumbs"][1], ", ".join('<a href="https://%s/tags/%s/">%s</a>' % (p["domain"], slug(t), t) for t in p["tags"]), p["views"], len(p["comments"]), p["login"], p["domain"], p["login"], p["domain"], p["login"], p["login"]) +
            '<div class="share_block"><div class="ya-share2" data-curtain data-services="vkontakte,odnoklassniki,telegram,whatsapp"></div></div>\n'
            '</div></article>\n<div class="box related"><div class="rel_title"><h3>%s</h3></div><ul>%s</ul></div>\n' % (p["related"][0], lis(p["related"][1])) +
            '<div class="box comments_box"><h3 class="title_comm">Комментарии (%d)</h3><div id="dle-ajax-comments"></div>%s\n' % (len(p["comments"]), comments) +
            '<div class="addcomments"><div class="box_in"><h4 class="title">Добавить комментарий</h4><div class="message-info">Информация: Посетители, находящиеся в группе <b>Гости</b>, не могут оставлять комментарии к данной публикации.</div></div></div></div>\n</div>\n</main>\n' +
            '<aside class="side"><div class="side_box"><h4 class="side_title">%s</h4><ul class="popular">%s</ul></div>\n' % (p["popular"][0], lis(p["popular"][1])) +
            '<div class="side_box"><h4 class="side_title">Календарь</h4><div id="calendar-layer"><table id="calendar" class="calendar"><tr><th colspan="7" class="monthselect"><a class="monthlink" onclick="doCalendar(\'02\',\'2026\',\'right\'); return false;" href="https://%s/2026/02/" title="Предыдущий месяц">&laquo;</a>&nbsp;&nbsp;&nbsp;&nbsp;Март 2026&nbsp;&nbsp;&nbsp;&nbsp;&raquo;</th></tr>'
            '<tr><th class="workday">Пн</th><th class="workday">Вт</th><th class="workday">Ср</th><th class="workday">Чт</th><th class="workday">Пт</th><th class="weekday">Сб</th><th class="weekday">Вс</th></tr>%s</table></div></div>\n'
            % (p["domain"], "".join(cal_rows)) +
            '<div class="side_box"><h4 class="side_title">Опрос</h4><div id="vote-layer"><div class="vote_title">%s</div><div id="dle-vote"><div class="vote"><input id="vote_check1" name="vote_check" type="radio" value="0"><label for="vote_check1">Да</label></div><div class="vote"><input id="vote_check2" name="vote_check" type="radio" value="1"><label for="vote_check2">Нет</label></div></div><button class="btn" type="submit" onclick="doVote(\'vote\'); return false;">Голосовать</button></div></div>\n</aside></div>\n'
            % p["poll"] +
            '<footer class="footer"><div class="foot_menu"><ul>%s</ul></div><div class="copyright">%s</div><div class="counters"><span class="age">16+</span></div></footer>\n</div>\n'
            % (lis(["О сайте", "Реклама", "Контакты", "Правила"]), p["footer"]) +
            '<script>\nvar dle_root = \'/\';\nvar dle_admin = \'\';\nvar dle_login_hash = \'%s\';\nvar dle_group = 5;\nvar dle_skin = \'Default\';\nvar dle_wysiwyg = \'0\';\nvar quick_wysiwyg = \'1\';\nvar dle_act_lang = ["Да", "Нет", "Ввод", "Отмена", "Сохранить", "Удалить", "Загрузка. Пожалуйста, подождите..."];\n</script>\n</body>\n</html>\n' % hexid(p["url"], 8))
    return html, ["div#news-id-" + nid]


# ------------------------------------------------------------------------------------------------ 1C-Bitrix
def _bx_head(p, tail=""):
    return "\n".join([
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />', '<meta name="robots" content="index, follow" />',
        '<meta name="keywords" content="%s" />' % attr(", ".join(p["keywords"])), '<meta name="description" content="%s" />' % desc(p),
        '<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?171000000023463" type="text/css" rel="stylesheet"/>',
        '<link href="/bitrix/cache/css/s1/%s/page_%s/page_%s.css?1773200000%d" type="text/css" rel="stylesheet"/>' % (p["tpl"], hexid(p["url"]), hexid(p["url"]), len(p["url"])),
        '<link href="/bitrix/cache/css/s1/%s/template_%s/template_%s.css?1773200000%d" type="text/css" rel="stylesheet" data-template-style="true"/>' % (p["tpl"], hexid(p["domain"]), hexid(p["domain"]), len(p["domain"])),
        "<script type=\"text/javascript\">if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>",
        "<script type=\"text/javascript\">(window.BX||top.BX).message({'JS_CORE_LOADING':'%s','JS_CORE_NO_DATA':'- %s -','JS_CORE_WINDOW_CLOSE':'%s'});</script>" % p["bx_msgs"],
        "<script type=\"text/javascript\">(window.BX||top.BX).message({'LANGUAGE_ID':'%s','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'%d','UTF_MODE':'Y','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'1773216000','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'%s'});</script>" % (p["bx_lang"], p["tz_offset"], hexid(p["url"], 8) * 4),
        '<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1710000000223197"></script>',
        "<script>BX.setJSList(['/bitrix/js/main/core/core_ajax.js','/bitrix/js/main/core/core_promise.js','/bitrix/js/main/polyfill/promise/js/promise.js']);</script>",
        "<title>%s</title>" % p["title_tag"], '<meta property="og:title" content="%s" />' % attr(p.get("og_title", p["h1"])), '<meta property="og:url" content="%s" />' % p["url"],
        '<meta property="og:type" content="website" />', '<meta property="og:image" content="https://%s/upload/iblock/%s/%s.jpg" />' % (p["domain"], hexid(p["url"], 3), hexid(p["url"], 8)),
        canonical(p), tail])


def bitrix_news(p):
    """The default news.detail template (news-detail) inside a city-council template."""
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n<body>\n<div id="panel"></div>\n<div class="page-wrapper">\n' % (p["lang"], _bx_head(p)) +
            '<header class="header"><div class="header-top"><div class="container"><div class="header-top__contacts">%s</div><div class="header-top__lang"><a class="active" href="/">УКР</a> <a href="/en/">ENG</a></div>'
            '<div class="header-top__special"><a href="?special_version=Y">%s</a></div></div></div>\n' % (p["top_contacts"], p["special"]) +
            '<div class="header-main"><div class="container"><a class="logo" href="/"><img src="/upload/medialibrary/%s/logo.svg" alt=""><span class="logo__text">%s</span></a>'
            '<form action="/search/index.php" class="search-form"><input type="text" name="q" value="" size="15" maxlength="50" placeholder="%s"><input name="s" type="submit" value="%s"></form></div></div>\n'
            % (hexid(p["domain"], 3), p["site"], p["search"][0], p["search"][1]) +
            '<nav class="main-menu"><ul id="horizontal-multilevel-menu">%s</ul><div class="menu-clear-left"></div></nav></header>\n'
            % "".join('<li><a href="/%s/" class="root-item%s">%s</a>%s</li>' % (slug(n), "-selected" if n == p["active"] else "", n, ('<ul>%s</ul>' % lis(subs)) if subs else "") for n, subs in p["nav"]) +
            '<div class="content"><div class="container"><div class="row"><div class="col-main">\n'
            '<div class="breadcrumbs"><div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">%s</div></div>\n'
            % "".join('<div class="bx-breadcrumb-item" id="bx_breadcrumb_%d" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">%s<a href="%s" title="%s" itemprop="item"><span itemprop="name">%s</span></a><meta itemprop="position" content="%d" /></div>'
                      % (i, '<i class="fa fa-angle-right"></i>' if i else "", "/" if i == 0 else "/%s/" % slug(c), c, c, i + 1) for i, c in enumerate(p["crumbs"])) +
            '<h1 id="pagetitle">%s</h1>\n' % p["h1"] +
            '<div class="news-detail">\n\t<img class="detail_picture" border="0" src="/upload/iblock/%s/%s.jpg" width="800" height="533" alt="%s" title="%s" />\n' % (hexid(p["url"], 3), hexid(p["url"], 8), attr(p["h1"]), attr(p["h1"])) +
            '\t\t\t<span class="news-date-time">%s</span>\n\t\t\t<h3>%s</h3>\n\t\t%s\n\t\t<div style="clear:both"></div>\n\t<br />\n' % (p["date"], p["h1"], p["body"]) +
            ''.join('\t\t\t%s:&nbsp;\n\t\t\t\t%s\t\t\t<br />\n' % (k, v) for k, v in p["props"]) +
            '\t\t<div class="news-detail-share">\n\t\t\t<noindex>\n\t\t\t<div class="bx-share-social"><span class="bx-share-title">%s</span>%s</div>\n\t\t\t</noindex>\n\t\t</div>\n\t</div>\n' % (p["share"][0], "".join('<a class="bx-share-icon" href="#" rel="nofollow">%s</a>' % s for s in p["share"][1])) +
            '<p><a href="/%s/">%s</a></p>\n</div>\n' % (slug(p["crumbs"][1]), p["back"]) +
            '<div class="col-side"><div class="side-block"><div class="side-block__title">%s</div><div class="news-list">%s</div></div>'
            '<div class="side-block side-block--banners"><a href="/%s/"><img src="/upload/rk/%s/banner.png" alt="%s"></a></div></div>\n</div></div></div>\n'
            % (p["side"][0], "".join('<p class="news-item" id="bx_3218110189_%d"><span class="news-date-time">%s</span><a href="%s"><b>%s</b></a><br /></p>' % (8800 + i, d, path_of(p, t, "news"), t) for i, (t, d) in enumerate(p["side"][1])),
               slug(p["banner"]), hexid(p["banner"], 3), attr(p["banner"])) +
            '<footer class="footer"><div class="container"><div class="footer__cols"><div class="footer__col">%s</div><div class="footer__col">%s</div></div><div class="footer__copy">%s</div></div></footer>\n</div>\n'
            % (p["footer_addr"], p["footer_hours"], p["footer"]) +
            '<div class="cookie-alert" id="cookie-alert"><div class="cookie-alert__text">%s</div><button class="cookie-alert__btn" onclick="BX.setCookie(\'cookie_ok\',\'Y\');">%s</button></div>\n' % p["cookie"] +
            '<script type="text/javascript">BX.ready(function(){BX.bind(BX("cookie-alert"), "click", function(){});});</script>\n</body>\n</html>\n')
    return html, ["div.news-detail"]


def bitrix_flat(p):
    """The 'flat' template of news.detail (bx-newsdetail) inside a bank's site template."""
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n<body class="page-articles">\n<div id="panel"></div>\n' % (p["lang"], _bx_head(p, p.get("head_extra", ""))) +
            '<div class="b-topline"><div class="container"><div class="b-topline__city">%s</div><div class="b-topline__lang"><a href="/kz/">Қаз</a><span class="active">Рус</span><a href="/en/">Eng</a></div><div class="b-topline__phone"><a href="tel:7711">%s</a></div></div></div>\n' % (p["city"], p["phone"]) +
            '<header class="b-header"><div class="container"><a class="b-header__logo" href="/"><img src="/local/templates/%s/img/logo.svg" alt="%s"></a><nav class="b-header__nav"><ul>%s</ul></nav>'
            '<a class="b-header__login btn btn-primary" href="https://online.%s/">%s</a></div></header>\n' % (p["tpl"], attr(p["site"]), lis(p["nav"]), p["domain"], p["login_btn"]) +
            '<main class="b-main"><div class="container">\n<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">%s</div>\n'
            % "".join('<div class="bx-breadcrumb-item" id="bx_breadcrumb_%d" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">%s<a class="bx-breadcrumb-item-link" href="%s" title="%s" itemprop="item"><span class="bx-breadcrumb-item-text" itemprop="name">%s</span></a><meta itemprop="position" content="%d" /></div>'
                      % (i, '<span class="bx-breadcrumb-item-angle fa fa-angle-right"></span>' if i else "", "/" if i == 0 else "/%s/" % slug(c), c, c, i + 1) for i, c in enumerate(p["crumbs"])) +
            '<div class="row"><div class="col-lg-8">\n<div class="bx-newsdetail">\n\t<div class="bx-newsdetail-block" id="bx_1878455859_%s">\n' % p["elem_id"] +
            '\t\t<div class="bx-newsdetail-img"><img src="/upload/iblock/%s/%s.jpg" width="860" height="480" alt="%s" title="%s" /></div>\n' % (hexid(p["url"], 3), hexid(p["url"], 8), attr(p["h1"]), attr(p["h1"])) +
            '\t\t<h1 class="bx-newsdetail-title">%s</h1>\n' % p["h1"] +
            '\t\t<div class="bx-newsdetail-content">\n%s\n\t\t</div>\n' % p["body"] +
            '\t\t<div class="bx-newsdetail-author"><i class="fa fa-user"></i> %s</div>\n' % p["byline_html"] +
            '\t\t<div class="bx-newsdetail-view"><i class="fa fa-eye"></i> %s</div>\n' % p["views"] +
            '\t\t<div class="bx-newsdetail-date"><i class="fa fa-calendar-o"></i> %s</div>\n' % p["date"] +
            '\t\t<div class="row"><div class="col-xs-5"></div><div class="col-xs-7 text-right"><noindex><div class="bx-share-social"><span class="bx-share-title">%s</span>%s</div></noindex></div></div>\n\t</div>\n</div>\n'
            % (p["share"][0], "".join('<a class="bx-share-icon" href="#" rel="nofollow">%s</a>' % s for s in p["share"][1])) +
            '<div class="b-rating"><div class="b-rating__q">%s</div><button class="b-rating__btn">%s</button><button class="b-rating__btn">%s</button></div>\n' % p["helpful"] +
            '</div>\n<div class="col-lg-4"><div class="b-aside"><div class="b-aside__promo"><div class="b-aside__promo-title">%s</div><div class="b-aside__promo-text">%s</div><a class="btn btn-primary" href="/deposits/">%s</a></div>\n' % p["promo"] +
            '<div class="b-aside__list"><div class="b-aside__title">%s</div><ul>%s</ul></div></div></div></div>\n</div></main>\n' % (p["side"][0], lis(p["side"][1])) +
            '<footer class="b-footer"><div class="container"><div class="b-footer__cols">%s</div><div class="b-footer__legal">%s</div></div></footer>\n'
            % ("".join('<div class="b-footer__col"><div class="b-footer__title">%s</div><ul>%s</ul></div>' % (h, lis(xs)) for h, xs in p["footer_cols"]), p["footer"]) +
            '<div class="b-cookie" id="cookie-banner"><p>%s</p><button class="btn btn-sm">%s</button></div>\n</body>\n</html>\n' % p["cookie"])
    return html, ["div.bx-newsdetail-content"]


# ------------------------------------------------------------------------------------------------ Joomla
def joomla4(p):
    w = p["words"]
    head = "\n".join([
        '<meta charset="utf-8">', '<meta name="author" content="%s">' % attr(p["meta_author"]), '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="description" content="%s">' % desc(p), '<meta name="generator" content="Joomla! - Open Source Content Management">', title_tag(p, "%s - %s"),
        '<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">', canonical(p),
        '<link href="/media/system/css/joomla-fontawesome.min.css?%s" rel="lazy-stylesheet">' % hexid(p["url"]),
        '<link href="/media/templates/site/cassiopeia/css/template.min.css?%s" rel="stylesheet">' % hexid(p["url"]),
        '<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">',
        '<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"%s","MESSAGE":"%s","NOTICE":"%s","WARNING":"%s","JCLOSE":"%s"},"system.paths":{"root":"","rootFull":"https:\\/\\/%s\\/","base":"","baseFull":"https:\\/\\/%s\\/"},"csrf.token":"%s"}</script>'
        % (w["error"], w["message"], w["notice"], w["warning"], w["close"], p["domain"], p["domain"], hexid(p["url"], 8) * 4),
        '<script src="/media/system/js/core.min.js?2cb912"></script>', '<script src="/media/templates/site/cassiopeia/js/template.min.js?%s" defer></script>' % hexid(p["url"]),
        og_tags(p, image=True) if p.get("og_plugin") else '<meta property="og:url" content="%s">' % p["url"],
        ld({"@context": "https://schema.org", "@graph": [
            {"@type": "Organization", "@id": "https://%s/#/schema/Organization/base" % p["domain"], "name": p["site"], "url": "https://%s/" % p["domain"]},
            {"@type": "WebSite", "@id": "https://%s/#/schema/WebSite/base" % p["domain"], "url": "https://%s/" % p["domain"], "name": p["site"], "publisher": {"@id": "https://%s/#/schema/Organization/base" % p["domain"]}},
            {"@type": "WebPage", "@id": "https://%s/#/schema/WebPage/base" % p["domain"], "url": p["url"], "name": p["title_tag"], "isPartOf": {"@id": "https://%s/#/schema/WebSite/base" % p["domain"]}, "about": {"@id": "https://%s/#/schema/Organization/base" % p["domain"]}, "inLanguage": p["html_lang"]},
            {"@type": "Article", "@id": "https://%s/#/schema/com_content/article/%s" % (p["domain"], p["art_id"]), "name": plain(p["h1"]), "headline": plain(p["h1"]), "inLanguage": p["html_lang"],
             "author": {"@type": "Person", "name": p["meta_author"]}, "dateCreated": p["pub"], "datePublished": p["pub"], "isPartOf": {"@id": "https://%s/#/schema/WebPage/base" % p["domain"]}}]})])
    tags = "".join('<li class="list-inline-item tag-%d tag-list%d" itemprop="keywords"><a href="/cimkek/%s" class="btn btn-sm btn-info">%s</a></li>' % (7 + i, i, slug(t), t) for i, t in enumerate(p["tags"]))
    html = ('<!DOCTYPE html>\n<html lang="%s" dir="ltr">\n<head>\n%s\n</head>\n' % (p["html_lang"].lower(), head) +
            '<body class="site com_content wrapper-static view-article layout-blog no-task itemid-%d has-sidebar-right">\n' % p["itemid"] +
            '<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="%s">%s</span></a><div class="site-description">%s</div></div></div>'
            '<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="%s"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="%s"><span class="icon-menu" aria-hidden="true"></span></button>'
            '<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">%s</ul></div></nav>'
            '<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/kereses" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">%s</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="%s"></form></div></div></header>\n'
            % (attr(p["site"]), p["site"], p["site_desc"], w["main_menu"], w["toggle"], "".join('<li class="nav-item item-%d%s"><a href="/%s"%s>%s</a></li>' % (101 + i, " current active" if n == p["active"] else "", slug(n), ' aria-current="location"' if n == p["active"] else "", n) for i, n in enumerate(p["nav"])), w["search"], w["search_ph"]) +
            '<div class="site-grid">\n<div class="grid-child container-component">\n<nav class="mod-breadcrumbs__wrapper" aria-label="%s"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">%s &#160;</li>%s<li aria-current="page" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">%s</span><meta itemprop="position" content="%d"></li></ol></nav>\n'
            % (w["breadcrumbs"], w["you_are_here"], "".join('<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/%s" class="pathway"><span itemprop="name">%s</span></a><meta itemprop="position" content="%d"></li>' % ("" if i == 0 else slug(c), c, i + 1) for i, c in enumerate(p["crumbs"])), plain(p["h1"]), len(p["crumbs"]) + 1) +
            '<div id="system-message-container" aria-live="polite"></div>\n<main>\n<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="%s">\n' % p["html_lang"] +
            '<div class="page-header"><h1 itemprop="headline">%s</h1></div>\n' % p["h1"] +
            '<dl class="article-info text-muted"><dt class="article-info-term">%s</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>%s <span itemprop="name">%s</span></dd>'
            '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>%s <a href="/%s" itemprop="genre">%s</a></dd>'
            '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="%s" itemprop="datePublished">%s</time></dd>'
            '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%s">%s</dd></dl>\n'
            % (w["details"], w["written_by"], p["byline"], w["category"], slug(p["category"]), p["category"], p["pub"], p["date"], p["hits"], w["hits"] % p["hits"]) +
            '<ul class="tags list-inline">%s</ul>\n' % tags +
            '<figure class="left item-image"><img src="/images/2026/03/%s.jpg" itemprop="image" width="800" height="533" loading="lazy" alt=""><figcaption class="caption">%s</figcaption></figure>\n' % (hexid(p["url"]), p["figure"]) +
            '<div itemprop="articleBody" class="com-content-article__body">\n%s\n</div>\n' % p["body"] +
            '<nav class="pagenavigation" aria-label="%s"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/%s" rel="prev"><span class="visually-hidden">%s %s</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">%s</span></a>'
            '<a class="btn btn-sm btn-secondary next" href="/%s" rel="next"><span class="visually-hidden">%s %s</span><span aria-hidden="true">%s</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>\n</div>\n</main>\n</div>\n'
            % (w["page_nav"], slug(p["prev"]), w["prev_article"], p["prev"], w["prev"], slug(p["next"]), w["next_article"], p["next"], w["next"]) +
            '<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">%s</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">%s</ul></div></div>'
            '<div class="sidebar-right card "><h3 class="card-header ">%s</h3><div class="card-body"><div class="mod-custom custom">%s</div></div></div></div>\n</div>\n'
            % (p["latest"][0], "".join('<li itemscope itemtype="https://schema.org/Article"><a href="/%s" itemprop="url"><span itemprop="name">%s</span></a></li>' % (slug(t), t) for t in p["latest"][1]), p["side_box"][0], p["side_box"][1]) +
            '<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>%s</p></div></div></footer>\n' % p["footer"] +
            '<a href="#top" id="back-top" class="back-to-top-link" aria-label="%s"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>\n' % w["back_top"] +
            '<div id="cookieBanner" class="cookie-consent"><p>%s</p><button class="btn btn-primary">%s</button></div>\n</body>\n</html>\n' % p["cookie"])
    return html, ["div.com-content-article__body"]


def joomla3(p):
    w = p["words"]
    head = "\n".join([
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />', '<meta charset="utf-8" />', '<base href="%s" />' % p["url"],
        '<meta name="keywords" content="%s" />' % attr(", ".join(p["keywords"])), '<meta name="author" content="%s" />' % attr(p["meta_author"]),
        '<meta name="description" content="%s" />' % desc(p), '<meta name="generator" content="Joomla! - Open Source Content Management" />', title_tag(p, "%s - %s"),
        '<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />', canonical(p),
        '<link href="/templates/protostar/css/template.css?%s" rel="stylesheet" />' % hexid(p["url"]),
        '<link href="https://fonts.googleapis.example/css?family=Open+Sans" rel="stylesheet" />',
        '<style>h1, h2, h3, h4, h5, h6, .site-title {font-family: \'Open Sans\', sans-serif;}</style>',
        '<script src="/media/jui/js/jquery.min.js?%s"></script>' % hexid(p["url"]), '<script src="/media/jui/js/jquery-noconflict.js?%s"></script>' % hexid(p["url"]),
        '<script src="/media/system/js/caption.js?%s"></script>' % hexid(p["url"]), '<script src="/media/jui/js/bootstrap.min.js?%s"></script>' % hexid(p["url"]),
        "<script>jQuery(window).on('load',  function() { new JCaption('img.caption'); });</script>",
        '<meta property="og:url" content="%s" />' % p["url"], '<meta property="og:title" content="%s" />' % attr(p["h1"]), '<meta property="og:type" content="article" />',
        '<!--[if lt IE 9]><script src="/media/jui/js/html5.js"></script><![endif]-->'])
    html = ('<!DOCTYPE html>\n<html lang="%s" dir="ltr">\n<head>\n%s\n</head>\n' % (p["html_lang"].lower(), head) +
            '<body class="site com_content view-article no-layout no-task itemid-%d">\n<div class="body" id="top"><div class="container">\n' % p["itemid"] +
            '<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="%s">%s</span> <div class="site-description">%s</div></a>'
            '<div class="header-search pull-right"><div class="search"><form action="/" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">%s</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="%s" /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div></div></div></header>\n'
            % (attr(p["site"]), p["site"], p["site_desc"], w["search"], w["search_ph"]) +
            '<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">%s</span><span class="icon-bar"></span><span class="icon-bar"></span></a></div>'
            '<div class="nav-collapse"><ul class="nav menu nav-pills mod-list">%s</ul></div></nav>\n'
            % (w["toggle"], "".join('<li class="item-%d%s"><a href="/%s" >%s</a></li>' % (101 + i, " current active" if n == p["active"] else "", slug(n), n) for i, n in enumerate(p["nav"]))) +
            '<div class="moduletable"><div aria-label="%s" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>%s &#160;</li>%s<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">%s</span><meta itemprop="position" content="%d"></li></ul></div></div>\n'
            % (w["breadcrumbs"], w["you_are_here"], "".join('<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/%s" class="pathway"><span itemprop="name">%s</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="%d"></li>' % ("" if i == 0 else slug(c), c, i + 1) for i, c in enumerate(p["crumbs"])), plain(p["h1"]), len(p["crumbs"]) + 1) +
            '<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>\n'
            '<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="%s" />\n' % p["html_lang"] +
            '<div class="page-header"><h2 itemprop="headline">%s</h2></div>\n' % p["h1"] +
            '<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-%s" aria-label="%s" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>'
            '<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-%s"><li class="print-icon"><a href="%s?tmpl=component&amp;print=1" title="%s" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>%s</a></li>'
            '<li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template=protostar&amp;link=%s" title="%s" onclick="window.open(this.href,\'win2\',\'width=400,height=450,menubar=yes,resizable=yes\'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>%s</a></li></ul></div></div>\n'
            % (p["art_id"], w["user_tools"], p["art_id"], p["url"], w["print"], w["print"], hexid(p["url"], 8), w["email"], w["email"]) +
            '<dl class="article-info muted"><dt class="article-info-term">%s</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">%s <span itemprop="name">%s</span></dd>'
            '<dd class="category-name">%s <a href="/%s" itemprop="genre">%s</a></dd><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="%s" itemprop="datePublished">%s</time></dd>'
            '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%s" />%s</dd></dl>\n'
            % (w["details"], w["written_by"], p["byline"], w["category"], slug(p["category"]), p["category"], p["pub"], p["date"], p["hits"], w["hits"] % p["hits"]) +
            '<div itemprop="articleBody">\n%s\n</div>\n' % p["body"] +
            '<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="%s" aria-label="%s %s" href="/%s" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">%s</span></a></li>'
            '<li class="next"><a class="hasTooltip" title="%s" aria-label="%s %s" href="/%s" rel="next"><span aria-hidden="true">%s</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>\n</div>\n'
            % (p["prev"], w["prev_article"], p["prev"], slug(p["prev"]), w["prev"], p["next"], w["next_article"], p["next"], slug(p["next"]), w["next"]) +
            '<div class="komentare"><h3>%s</h3>%s</div>\n' % (w["comments"], "".join('<div class="komentar"><div class="komentar-hlavicka"><strong>%s</strong> <span class="datum">%s</span></div><div class="komentar-text">%s</div></div>' % c for c in p["comments"])) +
            '</main>\n<div id="aside" class="span3"><div class="well "><h3 class="page-header">%s</h3><ul class="latestnews mod-list">%s</ul></div><div class="well "><h3 class="page-header">%s</h3><div class="custom"><p>%s</p></div></div></div></div>\n'
            % (p["latest"][0], "".join('<li itemscope itemtype="https://schema.org/Article"><a href="/%s" itemprop="url"><span itemprop="name">%s</span></a></li>' % (slug(t), t) for t in p["latest"][1]), p["side_box"][0], p["side_box"][1]) +
            '</div></div>\n<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">%s</a></p><p>%s</p></div></footer>\n</body>\n</html>\n' % (w["back_top"], p["footer"]))
    return html, ["div[itemprop=articleBody]"]


# ------------------------------------------------------------------------------------------------ WordPress (Yoast head shared by the themes)
def _yoast(p, generator="WordPress 6.7.2", extra_css=()):
    site = "https://%s" % p["domain"]
    person_id = "%s/#/schema/person/%s" % (site, hexid(p.get("wp_author", p["site"]), 8) * 4)
    art = {"@type": "Article", "@id": p["url"] + "#article", "isPartOf": {"@id": p["url"]},
           "author": ({"name": p["wp_author"], "@id": person_id} if p.get("wp_author") else None),
           "headline": plain(p.get("og_title", p["h1"]))[:110], "datePublished": p["pub"], "dateModified": p.get("mod", p["pub"]),
           "mainEntityOfPage": {"@id": p["url"]}, "wordCount": p.get("words_n", 640), "commentCount": len(p.get("comments", [])),
           "publisher": {"@id": site + "/#organization"}, "image": {"@id": p["url"] + "#primaryimage"},
           "thumbnailUrl": "%s/wp-content/uploads/2026/03/%s.jpg" % (site, slug(p["url"])), "keywords": p.get("wp_tags", []),
           "articleSection": p.get("wp_cats", []), "inLanguage": p["wp_lang"]}
    if p.get("ld_type"):
        art["@type"] = p["ld_type"]
    if not art["author"]:
        del art["author"]
    graph = [art,
             {"@type": "WebPage", "@id": p["url"], "url": p["url"], "name": plain(p["title_tag"]), "isPartOf": {"@id": site + "/#website"},
              "datePublished": p["pub"], "dateModified": p.get("mod", p["pub"]), "breadcrumb": {"@id": p["url"] + "#breadcrumb"}, "inLanguage": p["wp_lang"]},
             {"@type": "BreadcrumbList", "@id": p["url"] + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": i + 1, "name": c, **({"item": site + "/" + ("" if i == 0 else slug(c) + "/")} if i < len(p["crumbs"]) - 1 else {})} for i, c in enumerate(p["crumbs"])]},
             {"@type": "WebSite", "@id": site + "/#website", "url": site + "/", "name": p["site"], "publisher": {"@id": site + "/#organization"}, "inLanguage": p["wp_lang"]},
             {"@type": "Organization", "@id": site + "/#organization", "name": p["site"], "url": site + "/", "logo": {"@type": "ImageObject", "url": site + "/wp-content/uploads/logo.png"}}]
    if p.get("wp_author"):
        graph.append({"@type": "Person", "@id": person_id, "name": p["wp_author"], "url": "%s/author/%s/" % (site, slug(p["wp_author"]))})
    m = ['<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
         "<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />",
         "<!-- This site is optimized with the Yoast SEO plugin v24.6 - https://yoast.com/wordpress/plugins/seo/ -->",
         "<title>%s</title>" % p["title_tag"], '<meta name="description" content="%s" />' % desc(p), '<link rel="canonical" href="%s" />' % p["url"],
         '<meta property="og:locale" content="%s" />' % p["wp_lang"].replace("-", "_"), og_tags(p).replace("<meta ", "<meta ", 1)]
    if p.get("wp_author") and p.get("yoast_written_by", True):
        m += ['<meta name="twitter:label1" content="%s" />' % p.get("yoast_label", "Written by"), '<meta name="twitter:data1" content="%s" />' % attr(p["wp_author"])]
    m.append(ld({"@context": "https://schema.org", "@graph": graph}, "yoast-schema-graph"))
    m.append("<!-- / Yoast SEO plugin. -->")
    m += ["<link rel='stylesheet' id='%s-css' href='%s' media='all' />" % (n, h) for n, h in extra_css]
    m.append('<meta name="generator" content="%s" />' % generator)
    m.append('<link rel="https://api.w.org/" href="%s/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="%s/wp-json/wp/v2/posts/%s" />' % (site, site, p["post_id"]))
    m.append("<link rel='shortlink' href='%s/?p=%s' />" % (site, p["post_id"]))
    return "\n".join(m)


def _wp_comments_classic(p, cls_list="comment-list", h="comments-title"):
    items = "".join('<li id="comment-%d" class="comment even thread-even depth-1"><article id="div-comment-%d" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/%s?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"><b class="fn">%s</b> <span class="says">%s</span></div>'
                    '<div class="comment-metadata"><a href="%s#comment-%d"><time datetime="2026-03-%02dT10:00:00+00:00">%s</time></a></div></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-%d" data-commentid="%d" data-postid="%s" aria-label="%s">%s</a></div></article></li>'
                    % (900 + i, 900 + i, hexid(n, 8) * 4, n, p["w"]["says"], p["url"], 900 + i, 10 + i, d, t, 900 + i, 900 + i, p["post_id"], p["w"]["reply"], p["w"]["reply"]) for i, (n, d, t) in enumerate(p["comments"]))
    return ('<div id="comments" class="comments-area"><h2 class="%s">%s</h2><ol class="%s">%s</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">%s</h3><form action="https://%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">%s</span></p>'
            '<p class="comment-form-comment"><label for="comment">%s</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="%s" /></p></form></div></div>\n'
            % (h, p["w"]["comments_h"], cls_list, items, p["w"]["leave"], p["domain"], p["w"]["email_notes"], p["w"]["comment"], p["w"]["post_comment"]))


def _wp_tail(p):
    return ('<script id="wp-emoji-settings" type="application/json">{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/","ext":".png","svgUrl":"https://s.w.org/images/core/emoji/15.0.3/svg/","svgExt":".svg"}</script>\n'
            "<script src='https://%s/wp-includes/js/comment-reply.min.js?ver=6.7.2' id='comment-reply-js' async data-wp-strategy='async'></script>\n" % p["domain"])


def wp_block(p):
    """Twenty Twenty-Four style block theme: post content in wp-block-post-content, meta below the content, query loop below."""
    w = p["w"]
    nav = "".join('<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/%s/"><span class="wp-block-navigation-item__label">%s</span></a></li>' % (slug(n), n) for n in p["nav"])
    loop = "".join('<li class="wp-block-post post-%d post type-post status-publish format-standard hentry category-%s"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">'
                   '<figure class="wp-block-post-featured-image"><a href="%s" target="_self"><img width="1024" height="683" src="/wp-content/uploads/2026/02/%s-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" style="object-fit:cover;" loading="lazy"></a></figure>'
                   '<h3 class="wp-block-post-title has-large-font-size"><a href="%s" target="_self">%s</a></h3><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">%s </p></div>'
                   '<div class="wp-block-post-date has-small-font-size"><time datetime="2026-02-%02dT08:00:00+00:00">%s</time></div></div></li>'
                   % (p["post_id"] - 40 - i * 7, slug(p["cat"]), path_of(p, t, ""), slug(t), path_of(p, t, ""), t, ex, 3 + i * 9, d) for i, (t, ex, d) in enumerate(p["loop"]))
    comments = "".join('<li id="comment-%d" class="comment even thread-even depth-1"><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-avatar"><img alt="%s Avatar" src="https://secure.gravatar.example/avatar/%s?s=40&amp;d=mm&amp;r=g" class="avatar avatar-40 photo wp-block-avatar__image" width="40" height="40" style="border-radius:20px;"></div>'
                       '<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-comment-author-name has-small-font-size">%s</div><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-comment-date has-small-font-size"><time datetime="2026-03-%02dT16:12:00+00:00"><a href="%s#comment-%d">%s</a></time></div></div>'
                       '<div class="wp-block-comment-content"><p>%s</p></div><div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow" class="comment-reply-link" href="#comment-%d" data-commentid="%d" data-postid="%s" aria-label="%s">%s</a></div></div></div></li>'
                       % (700 + i, attr(n), hexid(n, 8) * 4, n, 3 + i, p["url"], 700 + i, d, t, 700 + i, 700 + i, p["post_id"], w["reply"], w["reply"]) for i, (n, d, t) in enumerate(p["comments"]))
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p["wp_lang"], _yoast(p, "WordPress 6.7.2", [("twentytwentyfour-button-style-outline", "/wp-content/themes/twentytwentyfour/assets/css/button-outline.css?ver=1.3")])) +
            "<style id='global-styles-inline-css'>:root{--wp--preset--aspect-ratio--square: 1;--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;--wp--preset--font-size--small: 0.9rem;--wp--preset--spacing--50: clamp(1.25rem, 1rem + 0.8333vw, 2rem);}:where(.is-layout-flex){gap: 0.5em;}body .is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)){max-width: var(--wp--style--global--content-size);margin-left: auto !important;margin-right: auto !important;}</style>\n</head>\n" +
            '<body class="post-template-default single single-post postid-%s single-format-standard wp-embed-responsive">\n<div class="wp-site-blocks">\n' % p["post_id"] +
            '<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow" style="padding-top:20px;padding-bottom:20px"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex">'
            '<div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="40" height="40" src="/wp-content/uploads/2025/06/logo.png" class="custom-logo" alt="%s"></a></div><p class="wp-block-site-title"><a href="/" target="_self" rel="home">%s</a></p></div>'
            '<div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-2 wp-block-group-is-layout-flex"><nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="%s">'
            '<button aria-haspopup="dialog" aria-label="%s" class="wp-block-navigation__responsive-container-open " data-wp-on-async--click="actions.openMenuOnClick"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>'
            '<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog" aria-label="Menu"><button aria-label="%s" data-micromodal-close class="wp-block-navigation__responsive-container-close"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="m13.06 12 6.47-6.47-1.06-1.06L12 10.94 5.53 4.47 4.47 5.53 10.94 12l-6.47 6.47 1.06 1.06L12 13.06l6.47 6.47 1.06-1.06L13.06 12Z"></path></svg></button>'
            '<div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">%s</ul></div></div></div></div></nav></div></div></div></header>\n'
            % (attr(p["site"]), p["site"], w["nav_label"], w["open_menu"], w["close_menu"], nav) +
            '<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">\n'
            '<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-right:var(--wp--preset--spacing--50);padding-left:var(--wp--preset--spacing--50)">\n'
            '<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained"><h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title has-x-large-font-size">%s</h1></div>\n' % p["h1"] +
            '<figure style="margin-bottom:var(--wp--preset--spacing--40);" class="alignwide wp-block-post-featured-image"><img width="1600" height="900" src="/wp-content/uploads/2026/03/%s.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" style="object-fit:cover;" decoding="async" fetchpriority="high"></figure>\n</div>\n' % slug(p["url"]) +
            '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">\n%s\n</div>\n' % p["body"] +
            '<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40);padding-right:var(--wp--preset--spacing--50);padding-left:var(--wp--preset--spacing--50)">'
            '<div class="wp-block-group is-content-justification-left is-layout-flex wp-container-core-group-is-layout-5 wp-block-group-is-layout-flex"><div class="wp-block-post-date"><time datetime="%s">%s</time></div><p class="has-small-font-size">—</p>'
            '<p class="has-small-font-size">%s</p><div class="wp-block-post-author-name has-small-font-size"><a href="/author/%s/" target="_self" class="wp-block-post-author-name__link">%s</a></div>'
            '<p class="has-small-font-size">%s</p><div class="taxonomy-category wp-block-post-terms has-small-font-size"><a href="/category/%s/" rel="tag">%s</a></div></div>'
            '<div class="taxonomy-post_tag wp-block-post-terms is-style-pill">%s</div></div>\n'
            % (p["pub"], p["date"], w["written_by"], slug(p["wp_author"]), p["wp_author"], w["in"], slug(p["cat"]), p["cat"],
               '<span class="wp-block-post-terms__separator"></span>'.join('<a href="/tag/%s/" rel="tag">%s</a>' % (slug(t), t) for t in p["tags"])) +
            '<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40);padding-right:var(--wp--preset--spacing--50);padding-left:var(--wp--preset--spacing--50)">'
            '<div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-block-comments-title">%s</h2><ol class="wp-block-comment-template">%s</ol>'
            '<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">%s</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">%s</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="%s" /></p></form></div></div></div>\n'
            % (w["comments_h"], comments, w["leave"], w["comment"], w["post_comment"]) +
            '<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" aria-label="%s"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="/%s/" rel="prev">%s</a></div>'
            '<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="/%s/" rel="next">%s</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>\n'
            % (w["posts"], slug(p["prev"]), p["prev"], slug(p["next"]), p["next"]) +
            '<div class="wp-block-group alignwide has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><h2 class="wp-block-heading alignwide has-small-font-size" style="font-style:normal;font-weight:700;letter-spacing:1.4px;text-transform:uppercase">%s</h2>'
            '<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="columns-3 alignwide wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 wp-block-post-template-is-layout-grid">%s</ul></div></div>\n</main>\n'
            % (w["more_posts"], loop) +
            '<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">'
            '<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="/" target="_self" rel="home">%s</a></p><p class="wp-block-site-tagline">%s</p></div></div>'
            '<p class="has-small-font-size">%s</p></div></div></footer>\n</div>\n' % (p["site"], p["tagline"], w["designed_with"]) + _wp_tail(p) + '</body>\n</html>\n')
    return html, ["div.wp-block-post-content"]


# ------------------------------------------------------------------------------------------------ Elementor (Pro theme builder)
def _el_id(p, s):
    return hexid(p["url"] + s, 7)


def _el_widget(p, key, wtype, inner, extra_cls=""):
    eid = _el_id(p, key)
    return ('<div class="elementor-element elementor-element-%s %selementor-widget elementor-widget-%s" data-id="%s" data-element_type="widget" data-widget_type="%s.default">'
            '<div class="elementor-widget-container">%s</div></div>' % (eid, extra_cls, wtype, eid, wtype, inner)), "div.elementor-element-" + eid


def _el_con(p, key, inner, boxed=True, parent=True):
    eid = _el_id(p, key)
    return ('<div class="elementor-element elementor-element-%s e-flex e-con-%s e-con%s" data-id="%s" data-element_type="container" data-settings="{&quot;content_width&quot;:&quot;%s&quot;}">%s</div>'
            % (eid, "boxed" if boxed else "full", " e-parent" if parent else " e-child", eid, "boxed" if boxed else "full", ('<div class="e-con-inner">%s</div>' % inner) if boxed else inner))


def _el_post_widgets(p, prefix):
    out, body, excl = [], [], []
    for i, (kind, content) in enumerate(p["widgets"]):
        key = "%s-%d" % (prefix, i)
        if kind == "text":
            h, sel = _el_widget(p, key, "text-editor", content)
            body.append(sel)
        elif kind == "heading":
            h, sel = _el_widget(p, key, "heading", '<h2 class="elementor-heading-title elementor-size-default">%s</h2>' % content)
            body.append(sel)
        elif kind == "image":
            h, sel = _el_widget(p, key, "image", '<figure class="wp-caption"><img loading="lazy" decoding="async" width="800" height="534" src="/wp-content/uploads/2026/03/%s-800x534.jpg" class="attachment-large size-large wp-image-%d" alt=""><figcaption class="widget-image-caption wp-caption-text">%s</figcaption></figure>' % (slug(content), 5000 + i, content))
            excl.append(sel)
        elif kind == "cta":
            t, d, b = content
            h, sel = _el_widget(p, key, "call-to-action", '<div class="elementor-cta--skin-classic elementor-animated-content elementor-bg-transform elementor-bg-transform-zoom-in"><div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">%s</h3><div class="elementor-cta__description elementor-cta__content-item elementor-content-item">%s</div><div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item "><a class="elementor-cta__button elementor-button elementor-size-sm" href="/newsletter/">%s</a></div></div></div></div>' % (t, d, b))
            excl.append(sel)
        elif kind == "readalso":
            lab, t = content
            h, sel = _el_widget(p, key, "text-editor", '<p class="lee-tambien"><strong>%s</strong> <a href="%s">%s</a></p>' % (lab, path_of(p, t, p["secpath"]), t))
            excl.append(sel)
        elif kind == "video":
            h, sel = _el_widget(p, key, "video", '<div class="e-hosted-video elementor-wrapper elementor-open-inline"><div class="elementor-video" data-yt-id="%s"></div><div class="elementor-custom-embed-image-overlay" style="background-image: url(/wp-content/uploads/2026/03/%s.jpg);"><div class="elementor-custom-embed-play" role="button" aria-label="%s" tabindex="0"><svg aria-hidden="true" class="e-font-icon-svg e-eicon-play" viewBox="0 0 1000 1000"><path d="M838 162C746 71 633 25 500 25"></path></svg><span class="elementor-screen-only">%s</span></div></div></div>' % (hexid(content, 8), slug(content), content, content))
            excl.append(sel)
        elif kind == "blockquote":
            h, sel = _el_widget(p, key, "blockquote", '<blockquote class="elementor-blockquote elementor-blockquote--skin-border elementor-blockquote--button-color-official"><p class="elementor-blockquote__content">%s</p><footer><div class="e-q-footer"><a href="#" class="elementor-blockquote__tweet-button" target="_blank"><svg aria-hidden="true" class="e-font-icon-svg e-fab-x-twitter" viewBox="0 0 512 512"><path d="M389.2 48h70.6L305.6 224.2"></path></svg><span class="elementor-blockquote__tweet-label">Tweet</span></a></div></footer></blockquote>' % content)
            excl.append(sel)
        elif kind == "note":
            h, sel = _el_widget(p, key, "text-editor", content)
        else:
            raise ValueError(kind)
        out.append(h)
    return out, body, excl


def elementor(p):
    w = p["w"]
    nav = "".join('<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="/%s/" class="elementor-item">%s</a></li>' % (100 + i, slug(n), n) for i, n in enumerate(p["nav"]))
    header = ('<header data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header" data-elementor-post-type="elementor_library">' +
              _el_con(p, "hdr", _el_widget(p, "logo", "theme-site-logo", '<a href="/"><img width="240" height="60" src="/wp-content/uploads/2025/01/logo.png" class="attachment-full size-full" alt="%s"></a>' % attr(p["site"]), "elementor-widget-image ")[0] +
                      _el_widget(p, "nav", "nav-menu", '<nav aria-label="%s" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-%s" class="elementor-nav-menu">%s</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="%s" aria-expanded="false"><svg aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open e-font-icon-svg e-eicon-menu-bar" viewBox="0 0 1000 1000"><path d="M104 333H896C929 333 958 304 958 271S929 208 896 208H104C71 208 42 237 42 271S71 333 104 333Z"></path></svg></div>'
                                   % (w["menu"], _el_id(p, "nav"), nav, w["menu_toggle"]), "elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet elementor-nav-menu__text-align-aside elementor-nav-menu--toggle elementor-nav-menu--burger ")[0] +
                      _el_widget(p, "hbtn", "button", '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="%s"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">%s</span></span></a></div>' % (p["header_btn"][1], p["header_btn"][0]))[0]) +
              '</header>\n')
    widgets, body_sel, excl = _el_post_widgets(p, "w")
    crumbs = '<p id="breadcrumbs"><span><span><a href="/">%s</a></span> » <span><a href="/%s/">%s</a></span> » <span class="breadcrumb_last" aria-current="page">%s</span></span></p>' % (p["crumbs"][0], slug(p["crumbs"][1]), p["crumbs"][1], plain(p["h1"]))
    info_items = [('<li class="elementor-icon-list-item elementor-repeater-item-%s elementor-inline-item" itemprop="author"><a href="/author/%s/"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-far-user-circle" viewBox="0 0 496 512"><path d="M248 104c-53 0-96 43-96 96s43 96 96 96 96-43 96-96-43-96-96-96z"></path></svg></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author"><span class="elementor-post-info__item-prefix">%s</span> %s</span></a></li>' % (hexid("a" + p["url"], 7), slug(p["wp_author"]), w["by"], p["wp_author"])),
                  ('<li class="elementor-icon-list-item elementor-repeater-item-%s elementor-inline-item" itemprop="datePublished"><a href="/%s/"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-calendar" viewBox="0 0 448 512"><path d="M12 192h424c6.6 0 12 5.4 12 12v260c0 26.5-21.5 48-48 48H48c-26.5 0-48-21.5-48-48V204c0-6.6 5.4-12 12-12z"></path></svg></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>%s</time></span></a></li>' % (hexid("d" + p["url"], 7), p["pub"][:10].replace("-", "/"), p["date"])),
                  ('<li class="elementor-icon-list-item elementor-repeater-item-%s elementor-inline-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-far-clock" viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 256s111 248 248 248 248-111 248-248S393 8 256 8z"></path></svg></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time">%s</span></li>' % (hexid("t" + p["url"], 7), p["time"])),
                  ('<li class="elementor-icon-list-item elementor-repeater-item-%s elementor-inline-item" itemprop="commentCount"><a href="%s#comments"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-far-comment-dots" viewBox="0 0 512 512"><path d="M144 208c-17.7 0-32 14.3-32 32s14.3 32 32 32 32-14.3 32-32-14.3-32-32-32z"></path></svg></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">%s</span></a></li>' % (hexid("c" + p["url"], 7), p["url"], p["n_comments"]))]
    if not p.get("date"):
        info_items = [info_items[0], info_items[3]]
    top = (_el_widget(p, "crumbs", "breadcrumbs", crumbs)[0] +
           (_el_widget(p, "kicker", "heading", '<span class="elementor-heading-title elementor-size-default">%s</span>' % p["kicker"])[0] if p.get("kicker") else "") +
           _el_widget(p, "title", "theme-post-title", '<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % p["h1"], "elementor-page-title elementor-widget-heading ")[0] +
           (_el_widget(p, "excerpt", "theme-post-excerpt", p["deck"])[0] if p.get("deck") else "") +
           _el_widget(p, "info", "post-info", '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">%s</ul>' % "".join(info_items))[0] +
           _el_widget(p, "fimg", "theme-post-featured-image", '<figure class="wp-caption"><img width="1200" height="675" src="/wp-content/uploads/2026/03/%s.jpg" class="attachment-full size-full wp-image-5001" alt="" loading="eager"><figcaption class="widget-image-caption wp-caption-text">%s</figcaption></figure>' % (slug(p["url"]), p["featured_caption"]), "elementor-widget-image ")[0])
    if p["nested"]:
        pc, pc_sel = _el_widget(p, "content", "theme-post-content",
                                '<div data-elementor-type="wp-post" data-elementor-id="%s" class="elementor elementor-%s" data-elementor-post-type="post">%s</div>'
                                % (p["post_id"], p["post_id"], _el_con(p, "pc-con", "".join(widgets))))
        middle = _el_con(p, "main-top", top) + _el_con(p, "main-body", pc)
        body_sel, excl_out = [pc_sel], excl
    else:
        third = len(widgets) // 3
        middle = (_el_con(p, "main-top", top) + _el_con(p, "body-1", "".join(widgets[:third])) +
                  _el_con(p, "body-2", "".join(widgets[third:2 * third])) + _el_con(p, "body-3", "".join(widgets[2 * third:])))
        excl_out = []
    share = "".join('<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_%s" role="button" tabindex="0" aria-label="%s %s"><span class="elementor-share-btn__icon"><svg class="e-font-icon-svg e-fab-%s" viewBox="0 0 512 512"><path d="M504 256C504 119 393 8 256 8S8 119 8 256"></path></svg></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">%s</span></div></div></div>' % (n.lower(), w["share_on"], n.lower(), n.lower(), n) for n in ["Facebook", "X", "WhatsApp", "Telegram"])
    after = (_el_widget(p, "share", "share-buttons", '<div class="elementor-grid">%s</div>' % share)[0] +
             "".join(_el_widget(p, "note%d" % i, "text-editor", n)[0] for i, n in enumerate(p.get("notes", []))) +
             _el_widget(p, "abox", "author-box", '<div class="elementor-author-box"><a href="/author/%s/" class="elementor-author-box__avatar"><img src="https://secure.gravatar.example/avatar/%s?s=300&amp;d=mm&amp;r=g" alt="%s" loading="lazy"></a><div class="elementor-author-box__text"><a href="/author/%s/"><h4 class="elementor-author-box__name">%s</h4></a><div class="elementor-author-box__bio">%s</div><a class="elementor-author-box__button elementor-button elementor-size-xs" href="/author/%s/">%s</a></div></div>'
                        % (slug(p["wp_author"]), hexid(p["wp_author"], 8) * 4, attr(p["wp_author"]), slug(p["wp_author"]), p["wp_author"], p["bio"], slug(p["wp_author"]), w["all_posts"]))[0] +
             _el_widget(p, "pnav", "post-navigation", '<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/%s/" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><svg aria-hidden="true" class="e-font-icon-svg e-fas-angle-left" viewBox="0 0 256 512"><path d="M31.7 239l136-136c9.4-9.4 24.6-9.4 33.9 0"></path></svg></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">%s</span><span class="post-navigation__prev--title">%s</span></span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/%s/" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">%s</span><span class="post-navigation__next--title">%s</span></span></a></div></div>'
                        % (slug(p["prev"]), w["prev"], p["prev"], slug(p["next"]), w["next"], p["next"]))[0] +
             _el_widget(p, "rel-h", "heading", '<h2 class="elementor-heading-title elementor-size-default">%s</h2>' % w["related"])[0] +
             _el_widget(p, "posts", "posts", '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">%s</div>'
                        % "".join('<article class="elementor-post elementor-grid-item post-%d post type-post status-publish format-standard has-post-thumbnail hentry"><a class="elementor-post__thumbnail__link" href="%s" tabindex="-1"><div class="elementor-post__thumbnail"><img width="300" height="200" src="/wp-content/uploads/2026/02/%s-300x200.jpg" class="attachment-medium size-medium" alt="" loading="lazy"></div></a><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="%s">%s</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">%s</span></div></div></article>'
                                  % (p["post_id"] - 30 - i, path_of(p, t, p["secpath"]), slug(t), path_of(p, t, p["secpath"]), t, d) for i, (t, d) in enumerate(p["related"])), "elementor-grid-3 elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top ")[0] +
             _el_widget(p, "comm", "post-comments", _wp_comments_classic(p), "elementor-widget-theme-post-comments ")[0])
    single = ('<div data-elementor-type="single-post" data-elementor-id="1234" class="elementor elementor-1234 elementor-location-single post-%s post type-post status-publish format-standard has-post-thumbnail hentry category-%s" data-elementor-post-type="elementor_library">\n%s\n%s\n</div>\n'
              % (p["post_id"], slug(p["crumbs"][1]), middle, _el_con(p, "after", after)))
    footer = ('<footer data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer" data-elementor-post-type="elementor_library">' +
              _el_con(p, "ftr", "".join(_el_widget(p, "fcol%d" % i, "text-editor", '<h4>%s</h4><p>%s</p>' % (h, t))[0] for i, (h, t) in enumerate(p["footer_cols"])) +
                      _el_widget(p, "copy", "text-editor", '<p>%s</p>' % p["footer"])[0]) + '</footer>\n')
    html = ('<!doctype html>\n<html lang="%s">\n<head>\n%s\n' % (p["wp_lang"], _yoast(p, "Elementor 3.27.6; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap",
                                                                     [("elementor-frontend", "/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6"), ("elementor-post-1234", "/wp-content/uploads/elementor/css/post-1234.css?ver=1741600000"), ("hello-elementor", "/wp-content/themes/hello-elementor/style.min.css?ver=3.3.0")])) +
            '</head>\n<body class="post-template-default single single-post postid-%s single-format-standard wp-custom-logo wp-embed-responsive theme-hello-elementor elementor-default elementor-template-full-width elementor-kit-7 elementor-page-1234">\n' % p["post_id"] +
            '<a class="skip-link screen-reader-text" href="#content">%s</a>\n' % w["skip"] + header + single + footer +
            (p["cookie_html"] if p.get("cookie_html") else "") + _wp_tail(p) +
            '<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.4" id="elementor-pro-frontend-js"></script>\n</body>\n</html>\n')
    p["exclude"] = p.get("exclude", []) + excl_out
    return html, body_sel


# ------------------------------------------------------------------------------------------------ Divi (theme builder)
def divi(p):
    w = p["w"]
    mods, body_sel, n_text = [], [], 0
    for kind, content in p["modules"]:
        if kind == "text":
            mods.append('<div class="et_pb_module et_pb_text et_pb_text_%d  et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">%s</div></div>' % (n_text, content))
            body_sel.append("div.et_pb_text_%d" % n_text)
            n_text += 1
        elif kind == "image":
            mods.append('<div class="et_pb_module et_pb_image et_pb_image_%d"><span class="et_pb_image_wrap "><img fetchpriority="high" decoding="async" width="1080" height="720" src="/wp-content/uploads/2026/03/%s.jpg" alt="" title="" class="wp-image-%d" /></span></div>' % (len(mods), slug(content), 3100 + len(mods)))
        elif kind == "blurbs":
            mods.append('<div class="et_pb_row et_pb_row_inner et_pb_row_inner_0">%s</div>' % "".join(
                '<div class="et_pb_column et_pb_column_1_3 et_pb_column_inner et_pb_column_inner_%d"><div class="et_pb_module et_pb_blurb et_pb_blurb_%d  et_pb_text_align_center  et_pb_blurb_position_top et_pb_bg_layout_light"><div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap et_pb_only_image_mode_wrap"><span class="et-waypoint et_pb_animation_top et-pb-icon">&#xe0f5;</span></span></div><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>%s</span></h4><div class="et_pb_blurb_description"><p>%s</p></div></div></div></div></div>'
                % (i, i, h, t) for i, (h, t) in enumerate(content)))
        elif kind == "cta":
            h, t, b = content
            mods.append('<div class="et_pb_module et_pb_cta_0 et_pb_promo  et_pb_text_align_center et_pb_bg_layout_dark"><div class="et_pb_promo_description"><h2 class="et_pb_module_header">%s</h2><div><p>%s</p></div></div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/contact/">%s</a></div></div>' % (h, t, b))
        elif kind == "toggle":
            mods.append("".join('<div class="et_pb_module et_pb_toggle et_pb_toggle_%d et_pb_toggle_item  et_pb_toggle_close"><h5 class="et_pb_toggle_title">%s</h5><div class="et_pb_toggle_content clearfix"><p>%s</p></div></div>' % (i, q, a) for i, (q, a) in enumerate(content)))
        else:
            raise ValueError(kind)
    post_content = ('<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0  et_pb_css_mix_blend_mode_passthrough et-last-child">%s</div></div></div>' % "\n".join(mods))
    menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d"><a href="/%s/">%s</a></li>' % (20 + i, 20 + i, slug(n), n) for i, n in enumerate(p["nav"]))
    related = "".join('<article id="post-%d" class="et_pb_post clearfix et_pb_blog_item_0_%d post-%d post type-post status-publish format-standard has-post-thumbnail hentry"><a href="%s" class="entry-featured-image-url"><img loading="lazy" decoding="async" src="/wp-content/uploads/2026/02/%s-400x250.jpg" alt="" width="400" height="250" /></a>'
                      '<h2 class="entry-title"><a href="%s">%s</a></h2><p class="post-meta"><span class="published">%s</span></p><div class="post-content"><div class="post-content-inner"><p>%s</p></div></div></article>'
                      % (700 + i, i, 700 + i, path_of(p, t, ""), slug(t), path_of(p, t, ""), t, d, ex) for i, (t, d, ex) in enumerate(p["related"]))
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p["wp_lang"], _yoast(p, "WordPress 6.7.2", [("divi-style-parent", "/wp-content/themes/Divi/style-static.min.css?ver=4.27.4"), ("et-builder-googlefonts-cached", "https://fonts.googleapis.example/css?family=Open+Sans:300,regular,500,600,700&amp;subset=latin&amp;display=swap")])) +
            '<meta name="generator" content="Divi v.4.27.4" />\n<style id="et-divi-customizer-global-cached-inline-styles">body,.et_pb_column_1_2 .et_quote_content blockquote cite{font-size:16px}#main-header{background-color:#ffffff}</style>\n</head>\n' +
            '<body class="post-template-default single single-post postid-%s single-format-standard et-tb-has-template et-tb-has-header et-tb-has-body et-tb-has-footer et_button_no_icon et_pb_button_helper_class et_cover_background et_pb_gutter et_pb_gutters3 et_divi_theme et-db">\n' % p["post_id"] +
            '<div id="page-container"><div id="et-boc" class="et-boc">\n'
            '<header class="et-l et-l--header"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0_tb_header et_section_regular et_pb_section--with-menu"><div class="et_pb_row et_pb_row_0_tb_header et_pb_row--with-menu"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0_tb_header  et_pb_css_mix_blend_mode_passthrough et-last-child et_pb_column--with-menu">'
            '<div class="et_pb_module et_pb_menu et_pb_menu_0_tb_header et_pb_bg_layout_light  et_pb_text_align_left et_dropdown_animation_fade et_pb_menu--with-logo et_pb_menu--style-left_aligned"><div class="et_pb_menu_inner_container clearfix"><div class="et_pb_menu__logo-wrap"><div class="et_pb_menu__logo"><a href="/"><img decoding="async" src="/wp-content/uploads/2025/05/logo.png" alt="%s" /></a></div></div>'
            '<div class="et_pb_menu__wrap"><div class="et_pb_menu__menu"><nav class="et-menu-nav"><ul id="menu-principal" class="et-menu nav">%s</ul></nav></div><div class="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="mobile_menu_bar"></span></div></div></div></div></div></div></div></div></div></header>\n'
            % (attr(p["site"]), menu) +
            '<div id="et-main-area">\n<div id="main-content">\n<div class="et-l et-l--body"><div class="et_builder_inner_content et_pb_gutters3">\n'
            '<div class="et_pb_section et_pb_section_0_tb_body et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0_tb_body"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0_tb_body  et_pb_css_mix_blend_mode_passthrough et-last-child">\n'
            '<div class="et_pb_module et_pb_text et_pb_text_0_tb_body  et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><p>%s</p></div></div>\n' % p["sponsor_label"] +
            '<div class="et_pb_module et_pb_post_title et_pb_post_title_0_tb_body et_pb_bg_layout_light  et_pb_text_align_left"><div class="et_pb_title_container"><h1 class="entry-title">%s</h1><p class="et_pb_title_meta_container"> %s <span class="author vcard"><a href="/author/%s/" title="%s" rel="author">%s</a></span> | <span class="published">%s</span> | <a href="/category/%s/" rel="category tag">%s</a> | <span class="comments-number"><a href="#respond">%s</a></span></p></div>'
            '<div class="et_pb_title_featured_container"><span class="et_pb_image_wrap"><img fetchpriority="high" decoding="async" width="1080" height="608" src="/wp-content/uploads/2026/03/%s.jpg" alt="" title="" /></span></div></div>\n</div></div></div>\n'
            % (p["h1"], w["by"], slug(p["wp_author"]), w["posts_by"] % p["wp_author"], p["wp_author"], p["date"], slug(p["cat"]), p["cat"], w["n_comments"], slug(p["url"])) +
            '<div class="et_pb_section et_pb_section_1_tb_body et_section_regular"><div class="et_pb_row et_pb_row_1_tb_body"><div class="et_pb_column et_pb_column_4_4 et_pb_column_1_tb_body  et_pb_css_mix_blend_mode_passthrough et-last-child">\n'
            '<div class="et_pb_with_border et_pb_module et_pb_post_content et_pb_post_content_0_tb_body">\n%s\n</div>\n' % post_content +
            '<div class="et_pb_module et_pb_text et_pb_text_1_tb_body  et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><p>%s</p></div></div>\n' % p["disclosure"] +
            '<div class="et_pb_module et_pb_social_media_follow_0_tb_body"><ul class="et_pb_module et_pb_social_media_follow clearfix"><li class="et_pb_social_media_follow_network_0_tb_body et_pb_social_icon et_pb_social_network_link et-social-facebook"><a href="#" class="icon et_pb_with_border" title="%s Facebook"><span class="et_pb_social_media_follow_network_name" aria-hidden="true">%s</span></a></li></ul></div>\n' % (w["share"], w["share"]) +
            '</div></div></div>\n'
            '<div class="et_pb_section et_pb_section_2_tb_body et_section_regular"><div class="et_pb_row et_pb_row_2_tb_body"><div class="et_pb_column et_pb_column_4_4 et_pb_column_2_tb_body et-last-child">'
            '<div class="et_pb_module et_pb_text et_pb_text_2_tb_body"><div class="et_pb_text_inner"><h3>%s</h3></div></div><div class="et_pb_module et_pb_blog_0_tb_body et_pb_blog_grid_wrapper clearfix"><div class="et_pb_blog_grid clearfix "><div class="et_pb_ajax_pagination_container"><div class="et_pb_salvattore_content" data-columns>%s</div></div></div></div>'
            '<div class="et_pb_module et_pb_comments_0_tb_body et_pb_comments_module et_pb_bg_layout_light">%s</div></div></div></div>\n'
            % (w["related"], related, _wp_comments_classic(p)) +
            '</div></div>\n</div>\n<footer class="et-l et-l--footer"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0_tb_footer et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0_tb_footer"><div class="et_pb_column et_pb_column_1_2 et_pb_column_0_tb_footer"><div class="et_pb_module et_pb_text et_pb_text_0_tb_footer"><div class="et_pb_text_inner"><p>%s</p></div></div></div>'
            '<div class="et_pb_column et_pb_column_1_2 et_pb_column_1_tb_footer et-last-child"><div class="et_pb_module et_pb_text et_pb_text_1_tb_footer"><div class="et_pb_text_inner"><p>%s</p></div></div></div></div></div></div></footer>\n</div>\n</div></div>\n'
            % (p["footer"], p["footer2"]) +
            '<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" role="note" aria-label="GDPR Cookie Banner"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>%s</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="%s">%s</button></div></div></div></div>\n'
            % (p["cookie"][0], p["cookie"][1], p["cookie"][1]) + _wp_tail(p) +
            '<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4" id="divi-custom-script-js"></script>\n</body>\n</html>\n')
    return html, body_sel


# ------------------------------------------------------------------------------------------------ Newspack
def newspack(p):
    w = p["w"]
    authors = ('<span class="author-split"> %s </span>' % w["and"]).join('<span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span>' % (slug(a), a) for a in p["wp_authors"])
    avatars = "".join('<a href="/author/%s/" class="avatar-link"><img alt="" src="https://secure.gravatar.example/avatar/%s?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"></a>' % (slug(a), hexid(a, 8) * 4) for a in p["wp_authors"])
    bios = "".join('<div class="author-bio"><img alt="" src="https://secure.gravatar.example/avatar/%s?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"><div class="author-bio-text"><div class="author-bio-header"><div><h2 class="accent-header">%s</h2><span class="author-job-title">%s</span></div><div class="author-meta"><a class="author-email" href="mailto:%s@%s">%s</a></div></div>'
                   '<p>%s <a class="author-link" href="/author/%s/">%s %s</a></p></div></div>' % (hexid(a, 8) * 4, a, job, slug(a), p["domain"], w["email"], bio, slug(a), w["more_by"], a) for a, job, bio in p["bios"])
    html = ('<!doctype html>\n<html lang="%s">\n<head>\n%s\n' % (p["wp_lang"], _yoast(p, "WordPress 6.7.2", [("newspack-style", "/wp-content/themes/newspack-theme/style.css?ver=2.6.1"), ("newspack-blocks-donate", "/wp-content/plugins/newspack-blocks/dist/donateStreamlined/view.css?ver=4.8.2")])) +
            '</head>\n<body class="post-template-default single single-post postid-%s single-format-standard wp-custom-logo wp-embed-responsive singular h-nsub h-sub h-dh h-cl h-ll h-sh single-featured-image-default has-sidebar newspack--font-loading has-featured-image cat-%s">\n' % (p["post_id"], slug(p["cat"])) +
            '<aside id="header-search" class="header-search-contain"><div class="wrapper"><form role="search" method="get" class="search-form" action="/"><label for="search-form-1"><span class="screen-reader-text">%s</span></label><input type="search" id="search-form-1" class="search-field" placeholder="%s" value="" name="s" /></form></div></aside>\n' % (w["search"], w["search"]) +
            '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">%s</a>\n' % w["skip"] +
            '<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="%s"><ul id="menu-secondary" class="secondary-menu">%s</ul></nav></div></div></div>'
            '<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="400" height="100" src="/wp-content/uploads/2024/08/logo.png" class="custom-logo" alt="%s"></a><p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">%s</p></div>'
            '<div class="nav-wrapper desktop-only"><div id="tertiary-nav-contain"><nav class="tertiary-menu" aria-label="%s"><ul id="menu-tertiary" class="tertiary-menu"><li class="menu-item menu-item-donate"><a href="/donate/">%s</a></li></ul></nav></div></div></div></div>'
            '<div class="bottom-header-contain desktop-only"><div class="wrapper"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="%s"><ul id="menu-primary" class="main-menu">%s</ul></nav></div></div></div></header>\n'
            % (w["secondary"], lis(p["nav2"], "menu-item"), attr(p["site"]), p["site"], p["tagline"], w["tertiary"], w["donate"], w["top_menu"], lis(p["nav"], "menu-item")) +
            '<div id="content" class="site-content">\n<section id="primary" class="content-area category-%s"><main id="main" class="site-main">\n' % slug(p["cat"]) +
            '<header class="entry-header "><span class="cat-links"><span class="screen-reader-text">%s</span><a href="/category/%s/" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1><div class="newspack-post-subtitle">%s</div>'
            '<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar">%s</span><span class="byline"><span class="author-split">%s</span> %s</span>'
            '<span class="posted-on"><time class="entry-date published" datetime="%s">%s</time><time class="updated" datetime="%s"><span class="updated-label">%s</span> %s</time></span></div>'
            '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon"><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon no-text" href="%s?share=facebook" target="_blank" title="%s Facebook"><span></span><span class="sharing-screen-reader-text">%s Facebook</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon no-text" href="mailto:?subject=x" target="_blank" title="%s"><span></span><span class="sharing-screen-reader-text">%s</span></a></li></ul></div></div></div></div></header>\n'
            % (w["posted_in"], slug(p["cat"]), p["cat"], p["h1"], p["deck"], avatars, w["by"], authors, p["pub"], p["date"], p["mod"], w["updated"], p["mod_date"], p["url"], w["share_on"], w["share_on"], w["email_friend"], w["email_friend"]) +
            '<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2026/03/%s-1200x800.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" decoding="async" fetchpriority="high"><figcaption><span class="image-caption">%s</span><span class="image-credit"><span class="credit-label-wrapper">%s</span> %s</span></figcaption></figure>\n'
            % (slug(p["url"]), p["featured"][0], w["credit"], p["featured"][1]) +
            '<div class="main-content">\n<article id="post-%s" class="post-%s post type-post status-publish format-standard has-post-thumbnail hentry category-%s entry">\n' % (p["post_id"], p["post_id"], slug(p["cat"])) +
            '<div class="entry-content">\n%s\n</div>\n' % p["body"] +
            '<footer class="entry-footer"><span class="tags-links"><span>%s </span>%s</span></footer>\n%s\n</article>\n' % (w["tagged"], "".join('<a href="/tag/%s/" rel="tag">%s</a>' % (slug(t), t) for t in p["tags"]), bios) +
            '</div>\n<aside id="secondary" class="widget-area"><section id="newspack-blocks-donate-2" class="widget widget_newspack-blocks-donate"><h2 class="widget-title">%s</h2><p>%s</p><a class="wp-block-button__link" href="/donate/">%s</a></section>'
            '<section id="republication_tracker_tool-2" class="widget widget_republication_tracker_tool"><div class="republication-tracker-tool-button"><button class="republication-tracker-tool-button-link">%s</button></div><p>%s</p></section>'
            '<section id="newspack-blocks-homepage-articles-2" class="widget"><h2 class="widget-title">%s</h2><div class="wp-block-newspack-blocks-homepage-articles show-image image-alignleft ts-4 is-style-default">%s</div></section></aside>\n'
            % (w["support_h"], w["support_t"], w["donate"], w["republish"], w["republish_t"], w["latest"], "".join('<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="%s" rel="bookmark">%s</a></h3><div class="entry-meta"><time class="entry-date published">%s</time></div></div></article>' % (path_of(p, t, ""), t, d) for t, d in p["latest"])) +
            '</main></section>\n</div>\n<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2024/08/logo-white.png" alt="%s"></a></div></div>'
            '<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">%s</span><a class="imprint" href="https://newspack.example/" class="imprint">%s</a></div></div></footer>\n</div>\n'
            % (attr(p["site"]), p["footer"], w["proudly"]) +
            '<div class="newspack-popup-container newspack-popup newspack-lightbox newspack-lightbox-placement-center newspack-lightbox-size-medium newspack-lightbox-no-border" role="dialog" aria-modal="true" aria-labelledby="id_4411_title" id="id_4411" data-frequency="0,3,0,week" data-popup-status="publish"><div class="newspack-popup-wrapper"><div class="newspack-popup"><h2 id="id_4411_title">%s</h2><p>%s</p>'
            '<form class="newspack-newsletters-subscribe"><input type="email" name="npe" autocomplete="email" placeholder="%s" /><input type="submit" value="%s" /></form><button class="newspack-lightbox__close" aria-label="%s"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" role="img" aria-hidden="true" focusable="false"><path d="M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/></svg></button></div></div><div class="newspack-lightbox-shim"></div></div>\n'
            % (p["popup"][0], p["popup"][1], w["email_ph"], p["popup"][2], w["close"]) + _wp_tail(p) + '</body>\n</html>\n')
    return html, ["div.entry-content"]


# ------------------------------------------------------------------------------------------------ GeneratePress and Astra
def generatepress(p):
    w = p["w"]
    recent = "".join('<li><a href="%s">%s</a></li>' % (path_of(p, t, ""), t) for t in p["recent"])
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p["wp_lang"], _yoast(p, "WordPress 6.7.2", [("generate-style", "/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"), ("lwptoc-main", "/wp-content/plugins/luckywp-table-of-contents/front/assets/main.min.css?ver=2.1.10"), ("aawp", "/wp-content/plugins/aawp/assets/dist/css/main.css?ver=3.30.0")])) +
            '<style id="generate-style-inline-css">.posted-on .updated{display:none;}.byline, .single .byline, .group-blog .byline{display:inline;}body{background-color:#f7f8f9;color:#222222;}</style>\n</head>\n' +
            '<body class="post-template-default single single-post postid-%s single-format-standard wp-custom-logo wp-embed-responsive post-image-above-header post-image-aligned-center sticky-menu-fade right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>\n' % p["post_id"] +
            '<a class="screen-reader-text skip-link" href="#content" title="%s">%s</a>\n' % (w["skip"], w["skip"]) +
            '<header class="site-header" id="masthead" aria-label="%s" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">%s</a></p><p class="site-description" itemprop="description">%s</p></div></div></header>\n' % (w["site"], p["site"], p["tagline"]) +
            '<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="%s" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 96c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24z"></path></svg></span><span class="mobile-menu">%s</span></button>'
            '<div id="primary-menu" class="main-nav"><ul id="menu-principal" class=" menu sf-menu">%s</ul></div></div></nav>\n' % (w["primary"], w["menu"], "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="/%s/">%s</a></li>' % (30 + i, 30 + i, slug(n), n) for i, n in enumerate(p["nav"]))) +
            '<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">\n<div class="content-area" id="primary"><main class="site-main" id="main">\n'
            '<article id="post-%s" class="post-%s post type-post status-publish format-standard has-post-thumbnail hentry category-%s" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">\n' % (p["post_id"], p["post_id"], slug(p["cat"])) +
            '<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800" src="/wp-content/uploads/2026/02/%s.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high"></div>\n' % slug(p["url"]) +
            '<header class="entry-header"><h1 class="entry-title" itemprop="headline">%s</h1><div class="entry-meta"><span class="posted-on"><time class="updated" datetime="%s" itemprop="dateModified">%s</time><time class="entry-date published" datetime="%s" itemprop="datePublished">%s</time></span> '
            '<span class="byline">%s <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/%s/" title="%s" rel="author" itemprop="url"><span class="author-name" itemprop="name">%s</span></a></span></span></div></header>\n'
            % (p["h1"], p["mod"], p["mod_date"], p["pub"], p["date"], w["by"], slug(p["wp_author"]), w["all_by"] % p["wp_author"], p["wp_author"]) +
            '<div class="entry-content" itemprop="text">\n%s\n</div>\n' % p["body"] +
            '<footer class="entry-meta" aria-label="%s"><span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"><path d="M0 112c0-26.51 21.49-48 48-48h110.014a48 48 0 0143.592 27.907"></path></svg></span><span class="screen-reader-text">%s </span><a href="/%s/" rel="category tag">%s</a></span> '
            '<span class="tags-links"><span class="screen-reader-text">%s </span>%s</span>'
            '<nav id="nav-below" class="post-navigation" aria-label="%s"><div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg viewBox="0 0 192 512" aria-hidden="true" width="1em" height="1em"><path d="M178.425 138.212c0 2.265-1.133 4.813-2.832 6.512"></path></svg></span><span class="prev"><a href="/%s/" rel="prev">%s</a></span></div><div class="nav-next"><span class="next"><a href="/%s/" rel="next">%s</a></span></div></nav></footer>\n'
            % (w["meta"], w["cats"], slug(p["cat"]), p["cat"], w["tags"], ", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (slug(t), t) for t in p["tags"]), w["posts"], slug(p["prev"]), p["prev"], slug(p["next"]), p["next"]) +
            '</div></article>\n' + _wp_comments_classic(p).replace('class="comments-area"', 'class="comments-area"', 1) +
            '</main></div>\n<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label><span class="screen-reader-text">%s</span><input type="search" class="search-field" placeholder="%s" value="" name="s" title="%s"></label><button class="search-submit" aria-label="%s"></button></form></aside>'
            '<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">%s</h2><ul>%s</ul></aside>'
            '<aside id="custom_html-2" class="widget_text widget inner-padding widget_custom_html"><div class="textwidget custom-html-widget">%s</div></aside></div></div>\n</div></div>\n'
            % (w["search"], w["search"], w["search"], w["search"], w["recent"], recent, p["affiliate_note"]) +
            '<div class="site-footer"><footer class="site-info" aria-label="%s" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">%s</div></div></footer></div>\n' % (w["site"], p["footer"]) +
            _wp_tail(p) + '<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>\n</body>\n</html>\n')
    return html, ["div.entry-content"]


def astra(p):
    w = p["w"]
    menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="/%s/" class="menu-link">%s</a></li>' % (40 + i, 40 + i, slug(n), n) for i, n in enumerate(p["nav"]))
    related = "".join('<article class="ast-related-post post-%d post type-post status-publish format-standard hentry category-%s"><div class="ast-related-posts-inner-section"><div class="ast-related-post-content"><div class="ast-related-post-featured-section ast-no-thumb"></div>'
                      '<header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a href="%s" target="_self" rel="bookmark noopener noreferrer">%s</a></h3><div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="ast-taxonomy-container cat-links default"><a href="/%s/" rel="category tag">%s</a></span></div></header>'
                      '<div class="entry-content clear"><p class="ast-related-post-excerpt entry-content clear">%s</p><p class="ast-related-post-cta read-more"><a class="ast-related-post-link " href="%s" aria-label="%s" target="_self" rel="bookmark noopener noreferrer">%s</a></p></div></div></div></article>'
                      % (p["post_id"] - 9 - i, slug(p["cat"]), path_of(p, t, ""), t, slug(p["cat"]), p["cat"], ex, path_of(p, t, ""), w["read_more"], w["read_more"]) for i, (t, ex) in enumerate(p["related"]))
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p["wp_lang"], _yoast(p, "WordPress 6.7.2", [("astra-theme-css", "/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.13")])) +
            '</head>\n<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-%s single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.8.13 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled">\n' % p["post_id"] +
            '<a class="skip-link screen-reader-text" href="#content" title="%s">%s</a>\n<div class="hfeed site" id="page">\n' % (w["skip"], w["skip"]) +
            '<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap "><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">'
            '<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="180" height="60" src="/wp-content/uploads/2025/02/logo.png" class="custom-logo" alt="%s" decoding="async"></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">%s</a></span><p class="site-description" itemprop="description">%s</p></div></div></div></div>'
            '<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="%s" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">%s</ul></div></nav></div></div></div></div></div></div></div></div></div></header>\n'
            % (attr(p["site"]), p["site"], p["tagline"], w["nav"], menu) +
            '<div id="content" class="site-content"><div class="ast-container">\n<div id="primary" class="content-area primary"><main id="main" class="site-main">\n'
            '<article class="post-%s post type-post status-publish format-standard has-post-thumbnail hentry category-%s ast-article-single" id="post-%s" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box"><div class="ast-single-post-order">\n' % (p["post_id"], slug(p["cat"]), p["post_id"]) +
            '<header class="entry-header "><div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2026/03/%s-1024x576.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high"></div>'
            '<h1 class="entry-title" itemprop="headline">%s</h1><div class="entry-meta">%s <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="%s" href="/author/%s/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">%s</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> %s </span></span> / <span class="ast-terms-link"><a href="/%s/">%s</a></span></div></header>\n'
            % (slug(p["url"]), p["h1"], w["by"], w["all_by"] % p["wp_author"], slug(p["wp_author"]), p["wp_author"], p["date"], slug(p["cat"]), p["cat"]) +
            '<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">\n%s\n</div>\n' % p["body"] +
            '</div></div></article>\n'
            '<nav class="navigation post-navigation" aria-label="%s"><div class="nav-links"><div class="nav-previous"><a title="%s" href="/%s/" rel="prev"><span class="ast-left-arrow" aria-label="%s">&larr;</span> %s</a></div><div class="nav-next"><a title="%s" href="/%s/" rel="next">%s <span class="ast-right-arrow" aria-label="%s">&rarr;</span></a></div></div></nav>\n'
            % (w["posts"], p["prev"], slug(p["prev"]), w["prev_post"], w["prev_post"], p["next"], slug(p["next"]), w["next_post"], w["next_post"]) +
            '<div class="ast-single-related-posts-container ast-separate-container ast-related-posts-wrapper"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">%s</h2></div><div class="ast-related-posts-wrapper">%s</div></div>\n' % (w["related"], related) +
            _wp_comments_classic(p).replace('class="comments-area"', 'class="comments-area comment-form-position-below "', 1) +
            '</main></div>\n<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main"><aside id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">%s</h2><p>%s</p></div></aside>'
            '<aside id="block-4" class="widget widget_block widget_recent_entries"><h2 class="wp-block-heading">%s</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">%s</ul></aside></div></div>\n</div></div>\n'
            % (p["side_about"][0], p["side_about"][1], w["recent"], "".join('<li><a class="wp-block-latest-posts__post-title" href="%s">%s</a></li>' % (path_of(p, t, ""), t) for t in p["recent"])) +
            '<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>%s</p></div></div></div></div></div></div></footer>\n</div>\n'
            % p["footer"] +
            '<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-style-v2 cli-bar-popup"><span><div class="cli-bar-container cli-style-v2"><div class="cli-bar-message">%s</div><div class="cli-bar-btn_container"><a role="button" class="cli_settings_button">%s</a><a id="wt-cli-accept-all-btn" role="button" class="wt-cli-element medium cli-plugin-button wt-cli-accept-all-btn cookie_action_close_header cli_action_button">%s</a></div></div></span></div>\n'
            % p["cookie"] + _wp_tail(p) + '<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":""};</script>\n</body>\n</html>\n')
    return html, ["div.entry-content"]
