"""Interface words of the romancemix skeletons, per language: the buttons, box headings and labels a template prints
around every article (menus, rails, teasers and prompts are per page). A page may override any of them in p["w"]."""

_K = ["share", "related", "most_read", "comments", "comment_btn", "nl_btn", "email", "ad", "cookie_ok", "cookie_set",
      "home", "subscribe", "login", "search", "read_also", "tags", "opinion", "breaking", "fold", "more_from", "reading"]

_W = {
    "es": ["Compartir", "Más información", "Lo más leído", "Comentarios", "Publicar", "Suscribirme", "Tu correo electrónico", "Publicidad",
           "Aceptar", "Configurar", "Inicio", "Suscríbete", "Iniciar sesión", "Buscar", "Lee también", "Temas", "Opinión", "Última hora",
           "Sigue leyendo", "Más artículos de", "min de lectura"],
    "pt": ["Compartilhe", "Veja também", "Mais lidas", "Comentários", "Comentar", "Cadastrar", "Seu e-mail", "Publicidade",
           "Aceitar", "Configurar", "Início", "Assine", "Entrar", "Buscar", "Leia também", "Tópicos", "Opinião", "Últimas",
           "Continue lendo", "Mais textos de", "min de leitura"],
    "it": ["Condividi", "Articoli correlati", "I più letti", "Commenti", "Commenta", "Iscriviti", "La tua email", "Pubblicità",
           "Accetta", "Personalizza", "Home", "Abbonati", "Accedi", "Cerca", "Leggi anche", "Argomenti", "Opinioni", "Ultima ora",
           "Continua a leggere", "Tutti gli articoli di", "min di lettura"],
    "fr": ["Partager", "Sur le même sujet", "Les plus lus", "Réactions", "Réagir", "Je m’inscris", "Votre adresse e-mail", "Publicité",
           "Accepter", "Paramétrer", "Accueil", "S’abonner", "Se connecter", "Rechercher", "Lire aussi", "Mots-clés", "Opinions", "En direct",
           "Lire la suite", "Tous les articles de", "min de lecture"],
    "ro": ["Distribuie", "Articole similare", "Cele mai citite", "Comentarii", "Trimite", "Abonează-mă", "Adresa ta de e-mail", "Publicitate",
           "Accept", "Setări", "Acasă", "Abonează-te", "Autentificare", "Caută", "Citește și", "Etichete", "Opinii", "Ultima oră",
           "Citește mai departe", "Alte articole de", "min de citit"],
    "ca": ["Comparteix", "Més informació", "El més llegit", "Comentaris", "Publica", "Subscriu-m’hi", "El teu correu electrònic", "Publicitat",
           "Accepta", "Configura", "Inici", "Subscriu-te", "Inicia la sessió", "Cerca", "Llegeix també", "Temes", "Opinió", "Última hora",
           "Continua llegint", "Més articles de", "min de lectura"],
    "gl": ["Compartir", "Máis información", "O máis lido", "Comentarios", "Publicar", "Subscribirme", "O teu correo electrónico", "Publicidade",
           "Aceptar", "Configurar", "Inicio", "Subscríbete", "Iniciar sesión", "Buscar", "Le tamén", "Temas", "Opinión", "Última hora",
           "Segue lendo", "Máis artigos de", "min de lectura"],
}

W = {lang: dict(zip(_K, v)) for lang, v in _W.items()}
for _lang, _v in _W.items():
    assert len(_v) == len(_K), _lang


def words(p):
    w = dict(W[p["lang"]])
    w.update(p.get("w", {}))
    return w
