"""Interface words of the nordicmix skeletons, per language: the buttons, box headings and labels a template prints
around every article (menus, rails, teasers and prompts are per page). A page may override any of them in p["w"]."""

_K = ["share", "related", "most_read", "comments", "comment_btn", "nl_btn", "email", "ad", "cookie_ok", "cookie_set",
      "home", "subscribe", "login", "search", "read_also", "tags", "breaking", "fold", "more_from", "listen", "watch",
      "paywall", "paywall_btn", "latest", "close"]

_W = {
    "sv": ["Dela", "Mer om ämnet", "Mest läst", "Kommentarer", "Skicka", "Prenumerera", "Din e-postadress", "Annons",
           "Godkänn alla", "Hantera inställningar", "Start", "Bli prenumerant", "Logga in", "Sök", "Läs också", "Ämnen",
           "Senaste nytt", "Läs hela artikeln", "Fler texter av", "Lyssna", "Spela upp", "Redan prenumerant? Logga in",
           "Köp prenumeration", "Just nu", "Stäng"],
    "nb": ["Del", "Mer om saken", "Mest lest", "Kommentarer", "Send", "Meld meg på", "Din e-postadresse", "Annonse",
           "Godta alle", "Administrer valg", "Forsiden", "Kjøp abonnement", "Logg inn", "Søk", "Les også", "Emner",
           "Siste nytt", "Les hele saken", "Flere saker av", "Lytt", "Spill av", "Allerede abonnent? Logg inn",
           "Se våre tilbud", "Akkurat nå", "Lukk"],
    "nn": ["Del", "Meir om saka", "Mest lese", "Kommentarar", "Send", "Meld meg på", "E-postadressa di", "Annonse",
           "Godta alle", "Innstillingar", "Framsida", "Kjøp abonnement", "Logg inn", "Søk", "Les òg", "Emne",
           "Siste nytt", "Les heile saka", "Fleire saker av", "Lytt", "Spel av", "Allereie abonnent? Logg inn",
           "Sjå tilboda våre", "Akkurat no", "Lukk"],
    "da": ["Del", "Mere om emnet", "Mest læste", "Kommentarer", "Send", "Tilmeld", "Din e-mailadresse", "Annonce",
           "Accepter alle", "Tilpas indstillinger", "Forside", "Køb abonnement", "Log ind", "Søg", "Læs også", "Emner",
           "Seneste nyt", "Læs hele artiklen", "Flere artikler af", "Lyt", "Afspil", "Er du allerede abonnent? Log ind",
           "Se tilbud", "Lige nu", "Luk"],
    "fi": ["Jaa", "Aiheesta lisää", "Luetuimmat", "Kommentit", "Lähetä", "Tilaa uutiskirje", "Sähköpostiosoitteesi", "Mainos",
           "Hyväksy kaikki", "Muokkaa asetuksia", "Etusivu", "Tilaa", "Kirjaudu", "Hae", "Lue myös", "Aiheet",
           "Tuoreimmat", "Lue koko juttu", "Lisää kirjoittajalta", "Kuuntele", "Toista", "Oletko jo tilaaja? Kirjaudu sisään",
           "Katso tarjoukset", "Juuri nyt", "Sulje"],
    "is": ["Deila", "Tengdar fréttir", "Mest lesið", "Athugasemdir", "Senda", "Skrá mig", "Netfangið þitt", "Auglýsing",
           "Samþykkja allt", "Stillingar", "Forsíða", "Áskrift", "Innskráning", "Leita", "Sjá einnig", "Efnisorð",
           "Nýjast", "Lesa meira", "Fleiri greinar eftir", "Hlusta", "Spila", "Ertu nú þegar áskrifandi? Skráðu þig inn",
           "Sjá tilboð", "Núna", "Loka"],
    "et": ["Jaga", "Seotud artiklid", "Loetuimad", "Kommentaarid", "Saada", "Liitun", "Sinu e-posti aadress", "Reklaam",
           "Nõustun kõigiga", "Seaded", "Avaleht", "Telli", "Logi sisse", "Otsi", "Loe ka", "Teemad",
           "Värsked uudised", "Loe edasi", "Veel autorilt", "Kuula", "Vaata", "Oled juba tellija? Logi sisse",
           "Vaata pakkumisi", "Praegu", "Sulge"],
    "lv": ["Dalīties", "Saistītie raksti", "Lasītākie", "Komentāri", "Sūtīt", "Pieteikties", "Tava e-pasta adrese", "Reklāma",
           "Piekrītu visām", "Iestatījumi", "Sākums", "Abonēt", "Pieslēgties", "Meklēt", "Lasi arī", "Tēmas",
           "Jaunākās ziņas", "Lasīt tālāk", "Citi autora raksti", "Klausīties", "Skatīties", "Jau esi abonents? Pieslēdzies",
           "Skatīt piedāvājumus", "Tagad", "Aizvērt"],
    "lt": ["Dalintis", "Susiję straipsniai", "Skaitomiausi", "Komentarai", "Komentuoti", "Užsiprenumeruoti", "Jūsų el. paštas", "Reklama",
           "Sutinku su visais", "Nustatymai", "Pradžia", "Prenumerata", "Prisijungti", "Ieškoti", "Taip pat skaitykite", "Temos",
           "Naujausios", "Skaityti toliau", "Kiti autoriaus straipsniai", "Klausyti", "Žiūrėti", "Jau prenumeruojate? Prisijunkite",
           "Peržiūrėti pasiūlymus", "Dabar", "Uždaryti"],
    "nl": ["Delen", "Meer over dit onderwerp", "Meest gelezen", "Reacties", "Plaats reactie", "Aanmelden", "Je e-mailadres", "Advertentie",
           "Alles accepteren", "Instellingen beheren", "Home", "Word abonnee", "Inloggen", "Zoeken", "Lees ook", "Onderwerpen",
           "Net binnen", "Lees verder", "Meer van", "Luister", "Afspelen", "Al abonnee? Log in",
           "Bekijk aanbod", "Nu", "Sluiten"],
    "de": ["Teilen", "Mehr zum Thema", "Meistgelesen", "Kommentare", "Absenden", "Abonnieren", "Ihre E-Mail-Adresse", "Anzeige",
           "Alle akzeptieren", "Einstellungen", "Startseite", "Abo", "Anmelden", "Suche", "Lesen Sie auch", "Themen",
           "Eilmeldungen", "Weiterlesen", "Mehr von", "Anhören", "Abspielen", "Bereits abonniert? Anmelden",
           "Angebote ansehen", "Jetzt", "Schließen"],
}

W = {lang: dict(zip(_K, v)) for lang, v in _W.items()}
for _lang, _v in _W.items():
    assert len(_v) == len(_K), _lang


def words(p):
    w = dict(W[p["lang"]])
    w.update(p.get("w", {}))
    return w
