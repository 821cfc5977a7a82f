"""Interface words of the africamix skeletons, per language: the buttons, box headings and labels a template prints
around every article (menus, rails, teasers and prompts are per page). A page may override any of them in p["w"]."""

_K = ["share", "related", "most_read", "comments", "comment_btn", "nl_btn", "email", "ad", "cookie_ok", "cookie_set",
      "home", "subscribe", "login", "search", "read_also", "tags", "opinion", "breaking", "fold", "more_from", "trending",
      "sponsored", "next", "latest"]

_W = {
    "en": ["Share", "Related stories", "Most Read", "Comments", "Post comment", "Subscribe", "Your email address", "Advertisement",
           "Accept", "Manage settings", "Home", "Subscribe", "Sign in", "Search", "ALSO READ:", "Tags", "Opinion", "BREAKING",
           "Continue reading", "More from", "Trending", "Sponsored", "Next story", "Latest News"],
    "fr": ["Partager", "Articles similaires", "Les plus lus", "Commentaires", "Publier", "Je m’inscris", "Votre adresse e-mail", "Publicité",
           "Accepter", "Paramétrer", "Accueil", "S’abonner", "Connexion", "Rechercher", "Lire aussi", "Mots-clés", "Opinions", "Flash info",
           "Lire la suite", "Tous les articles de", "Tendances", "Contenus sponsorisés", "Article suivant", "Dernières infos"],
    "sw": ["Shiriki", "Habari zinazohusiana", "Zilizosomwa zaidi", "Maoni ya wasomaji", "Tuma maoni", "Jiunge", "Barua pepe yako", "Tangazo",
           "Kubali", "Mipangilio", "Nyumbani", "Jiunge", "Ingia", "Tafuta", "Soma pia:", "Mada", "Maoni", "Habari mpya",
           "Endelea kusoma", "Zaidi kutoka kwa", "Zinazovuma", "Zilizofadhiliwa", "Habari inayofuata", "Habari za hivi punde"],
    "am": ["አጋራ", "ተዛማጅ ዜናዎች", "በብዛት የተነበቡ", "የአንባቢያን አስተያየት", "አስተያየት ይላኩ", "ይመዝገቡ", "የኢሜይል አድራሻዎ", "ማስታወቂያ",
           "እቀበላለሁ", "ቅንብሮች", "መነሻ", "ይመዝገቡ", "ይግቡ", "ፈልግ", "ተጨማሪ ያንብቡ፦", "መለያዎች", "አስተያየት", "ሰበር ዜና",
           "ሙሉውን ያንብቡ", "ተጨማሪ ከ", "በመታየት ላይ", "ስፖንሰር የተደረገ", "ቀጣይ ዜና", "የቅርብ ጊዜ ዜናዎች"],
    "ha": ["Raba", "Labarai masu alaƙa", "Waɗanda aka fi karantawa", "Sharhi", "Aika sharhi", "Yi rajista", "Adireshin imel ɗinka", "Talla",
           "Amince", "Saituna", "Gida", "Yi rajista", "Shiga", "Nemo", "Karanta kuma:", "Batutuwa", "Ra’ayi", "Labari da ɗumi-ɗuminsa",
           "Ci gaba da karantawa", "Ƙarin daga", "Masu tashe", "Tallace-tallace", "Labari na gaba", "Sabbin labarai"],
    "yo": ["Pín in", "Ìròyìn tó jọmọ́", "Èyí tí wọ́n kà jù", "Èrò àwọn òǹkàwé", "Fi èrò ránṣẹ́", "Forúkọsílẹ̀", "Àdírẹ́sì ímeèlì rẹ", "Ìpolówó",
           "Gbà á", "Ètò", "Ojú-ìwé àkọ́kọ́", "Forúkọsílẹ̀", "Wọlé", "Wá", "Ẹ tún ka:", "Àkòrí", "Èrò", "Ìròyìn pàjáwìrì",
           "Máa kà á lọ", "Púpọ̀ sí i láti ọ̀dọ̀", "Ohun tó ń lọ", "Onígbọ̀wọ́", "Ìròyìn tó kàn", "Ìròyìn tuntun"],
    "af": ["Deel", "Verwante artikels", "Mees gelees", "Kommentaar", "Plaas kommentaar", "Teken in", "Jou e-posadres", "Advertensie",
           "Aanvaar", "Instellings", "Tuis", "Teken in", "Meld aan", "Soek", "Lees ook:", "Etikette", "Mening", "Nuusflits",
           "Lees verder", "Meer van", "Gewild", "Geborg", "Volgende artikel", "Jongste nuus"],
    "zu": ["Yabelana", "Izindaba ezihlobene", "Okufundwe kakhulu", "Imibono yabafundi", "Thumela umbono", "Bhalisa", "Ikheli lakho le-imeyili", "Isikhangiso",
           "Yamukela", "Izilungiselelo", "Ekhaya", "Bhalisa", "Ngena", "Sesha", "FUNDA FUTHI:", "Izihloko", "Imibono", "Izindaba ezisha",
           "Qhubeka ufunde", "Okunye kuka", "Okushisayo", "Okuxhasiwe", "Indaba elandelayo", "Izindaba zakamuva"],
    "mg": ["Zarao", "Vaovao mifandraika", "Be mpamaky indrindra", "Hevitry ny mpamaky", "Alefa", "Misoratra anarana", "Ny mailakao", "Dokambarotra",
           "Ekena", "Fandrindrana", "Fandraisana", "Misoratra anarana", "Hiditra", "Hitady", "Vakio koa:", "Teny fototra", "Hevitra", "Vaovao farany",
           "Tohiny", "Lahatsoratra hafa avy amin’i", "Malaza", "Tohanana", "Lahatsoratra manaraka", "Vaovao vao haingana"],
    "so": ["La wadaag", "Warar la xiriira", "Ugu akhriska badan", "Faallooyinka", "Dir faallo", "Is diiwaangeli", "Email-kaaga", "Xayeysiis",
           "Aqbal", "Dejinta", "Bogga hore", "Is diiwaangeli", "Gal", "Raadi", "Akhriso sidoo kale:", "Mawduucyo", "Aragti", "War degdeg ah",
           "Sii akhri", "Qoraallo kale oo", "Kuwa la xiiseeyo", "La maalgeliyay", "Warka xiga", "Wararkii ugu dambeeyay"],
}

W = {lang: dict(zip(_K, v)) for lang, v in _W.items()}
for _lang, _v in _W.items():
    assert len(_v) == len(_K), _lang


def words(p):
    w = dict(W[p["lang"]])
    w.update(p.get("w", {}))
    return w
