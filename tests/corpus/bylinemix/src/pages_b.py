"""Spanish, Portuguese and French pages."""
from lang import mk

PAGES = []

PAGES.append(mk(
    case="es-news-newsroom-tranvia", lang="es", html_lang="es-ES", skin="newsroom", domain="diariodelturia.example", site="Diario del Turia", secpath="valencia",
    url="https://www.diariodelturia.example/valencia/2026/03/18/el-tranvia-de-la-costa-abrira-en-octubre-con-seis-meses-de-retraso.html",
    h1="El tranvía de la costa abrirá en octubre con seis meses de retraso y 31 millones más",
    deck="La Generalitat atribuye el sobrecoste a la reposición de colectores bajo la avenida del Puerto.",
    section="Valencia", authors=["Lucía Fernández de la Vega", "Andrés Ortiz", "Marta Gil"],
    byline_text="Lucía Fernández de la Vega, Andrés Ortiz y Marta Gil",
    byline_html='<a href="/autor/lucia-fernandez-de-la-vega/">Lucía Fernández de la Vega</a>, <a href="/autor/andres-ortiz/">Andrés Ortiz</a> y <a href="/autor/marta-gil/">Marta Gil</a>',
    ld_authors=["Lucía Fernández de la Vega"], ld_type="NewsArticle",
    pub="2026-03-18T05:45:00+01:00", date="18 mar 2026 - 05:45 CET",
    hero="Obras del tranvía en la avenida del Puerto. ⟪Fotografía: Carlos Roldán⟫",
    related=["⟪Los vecinos de Nazaret piden una parada más⟫", "Así será la nueva línea 12", "El metro suma 4 millones de viajeros en febrero"],
    mr=["⟪La Albufera recibe el primer caudal ecológico del año⟫"], tags=["Tranvía", "Valencia", "Movilidad"],
    body="""⟦La nueva línea de tranvía entre el centro de Valencia y la playa de Pinedo⟧ no empezará a funcionar hasta octubre, seis meses después de lo previsto, y costará 31 millones de euros más de lo presupuestado.

Así lo confirmó este martes la consejera de Infraestructuras, Nuria Castelló, en la comisión de las Cortes, donde atribuyó el retraso a los colectores de aguas pluviales hallados bajo la avenida del Puerto.

[[ALSO|Así será la nueva línea 12]]

⟦Según el informe técnico que ha consultado este diario, los colectores tienen más de setenta años⟧ y no aparecían en los planos municipales. Sustituirlos obligó a rehacer tres kilómetros de obra.

[[AD]]

La oposición pidió la comparecencia del director de Ferrocarrils de la Generalitat y acusó al Gobierno valenciano de ocultar el sobrecoste durante meses. “Lo sabían en noviembre”, dijo la diputada Inés Valero.

⟦Las obras afectan a 14 líneas de autobús, que mantendrán sus desvíos hasta el verano.⟧

⟦Los comerciantes de la avenida reclaman ayudas por la caída de ventas.⟧""",
    kind="news", why="reports a tram project delay and its cost",
))

PAGES.append(mk(
    case="es-news-portal-sequia", lang="es", html_lang="es-ES", skin="portal", domain="lavozdelsur.example", site="La Voz del Sur", secpath="andalucia",
    url="https://lavozdelsur.example/andalucia/la-junta-decreta-la-emergencia-por-sequia-en-la-comarca-de-la-janda",
    h1="La Junta decreta la emergencia por sequía en la comarca de La Janda",
    deck="Los embalses que abastecen a once municipios están al 14 % de su capacidad.",
    section="Andalucía", authors=None, byline_text="EFE", ld_authors=["org:EFE"], meta_author="La Voz del Sur", ld_type="NewsArticle",
    pub="2026-03-09T13:10:00+01:00", date="09/03/2026 13:10", topdate="Lunes, 9 de marzo de 2026", weather="Cádiz 17°",
    related=["⟪Cortes de agua nocturnos en Vejer desde el lunes⟫", "Qué embalses están peor en Andalucía", "El campo pide pozos de emergencia"],
    mr=["⟪El Cádiz ficha a un delantero uruguayo⟫"], tags=["Sequía", "Cádiz", "Agua"],
    body="""⟦El Consejo de Gobierno de la Junta de Andalucía aprobó este lunes el decreto de emergencia por sequía⟧ para la comarca gaditana de La Janda, donde los embalses que abastecen a once municipios están al 14 % de su capacidad.

⟦El decreto permite contratar por la vía de urgencia obras de conexión entre redes,⟧ nuevos sondeos y camiones cisterna, con un presupuesto inicial de 22 millones de euros.

[[ALSO|⟪Qué embalses están peor en Andalucía⟫]]

⟦Según la consejería de Agricultura, las restricciones nocturnas se extenderán⟧ a partir del lunes próximo a Barbate, Vejer de la Frontera y Conil si no llueve en los próximos diez días.

[[AD]]

Las comunidades de regantes de la zona, que ya redujeron su dotación a la mitad en enero, pidieron que una parte de los fondos se destine a modernizar acequias.

⟦El último decreto de este tipo en la provincia se aprobó en 2023.⟧

[[CREDIT|<em>⟪Edición: Pablo Sanz Moreno⟫</em>]]""",
    kind="news", why="agency report on a drought emergency decree",
))

PAGES.append(mk(
    case="es-opinion-column-vivienda", lang="es", html_lang="es-ES", skin="column", domain="elcontraste.example", site="El Contraste", secpath="opinion",
    url="https://elcontraste.example/opinion/tribuna/2026-04-21/el-alquiler-de-temporada-es-el-nuevo-alquiler.html",
    h1="El alquiler de temporada es el nuevo alquiler",
    deck="La ley de vivienda topó los precios de los contratos largos; el mercado respondió acortándolos.",
    section="Tribuna", authors=["Jorge Ibáñez", "Carmen Soler"], byline_text="Jorge Ibáñez y Carmen Soler", role="Tribuna",
    byline_html='<a href="/autor/jorge-ibanez/">Jorge Ibáñez</a> y <a href="/autor/carmen-soler/">Carmen Soler</a>',
    meta_author="El Contraste", ld_authors=["org:El Contraste"], ld_type="OpinionNewsArticle",
    pub="2026-04-21T00:15:00+02:00", ld_date="2026-04-20T22:15:00Z", meta_date="2026-04-20T22:15:00Z", date="21 abr 2026",
    related=["⟪Vivir en una habitación a los cuarenta⟫", "La vivienda pública que no llega", "Carta a un casero"],
    mr=["⟪Cinco barrios donde aún se puede alquilar⟫"],
    body="""⟦Hace dos años que la ley de vivienda limita la subida de los alquileres en las zonas tensionadas.⟧ En ese tiempo, los contratos de temporada, que la ley dejó fuera, han pasado de ser una rareza a representar uno de cada tres anuncios en Madrid y Barcelona.

No es casualidad. Un contrato de once meses no tiene tope de precio, no obliga a prorrogar y permite al propietario cambiar de inquilino cada año.

[[AD]]

⟦El resultado es que muchas familias viven con contratos pensados para estudiantes⟧ y trabajadores desplazados, renovados una y otra vez a precios cada vez más altos.

[[ALSO|La vivienda pública que no llega]]

⟦Proponemos tres cambios sencillos.⟧ Que todo contrato de temporada declare el motivo y lo acredite. Que, si el inquilino permanece más de un año, el contrato se convierta en uno de vivienda habitual. Y que los registros autonómicos publiquen cuántos contratos de cada tipo se firman.

⟦Una ley que se puede esquivar con un cambio de plantilla no protege a nadie.⟧

[[CREDIT|<em>⟪Jorge Ibáñez es catedrático de Economía Aplicada⟫ en la Universidad de Zaragoza. Carmen Soler es investigadora en políticas de vivienda.</em>]]""",
    kind="opinion", why="op-ed proposing rental law changes",
))

PAGES.append(mk(
    case="pt-news-newsroom-metro", lang="pt", html_lang="pt-BR", skin="newsroom", domain="gazetadocerrado.example", site="Gazeta do Cerrado", secpath="cidades",
    url="https://gazetadocerrado.example/cidades/2026/02/26/metro-do-df-tera-tarifa-zero-aos-domingos-a-partir-de-marco",
    h1="Metrô do DF terá tarifa zero aos domingos a partir de março",
    deck="Medida custa R$ 38 milhões por ano e vale também para os ônibus do sistema integrado.",
    section="Cidades", authors=["Beatriz Nogueira", "Tiago dos Santos Pereira"], byline_text="Por Beatriz Nogueira e Tiago dos Santos Pereira",
    byline_html='Por <a href="/autores/beatriz-nogueira">Beatriz Nogueira</a> e <a href="/autores/tiago-dos-santos-pereira">Tiago dos Santos Pereira</a>',
    ld_authors=["Beatriz Nogueira"], ld_extra={"author": "Redação Gazeta do Cerrado"}, ld_type="NewsArticle",
    pub="2026-02-26T19:40:00-03:00", date="26/02/2026 19h40", author_path="autores",
    hero="Estação Central do metrô, em Brasília. ⟪Foto: Ricardo Amaral/Gazeta do Cerrado⟫",
    related=["⟪Passe livre estudantil terá nova carteirinha⟫", "Obras da linha 3 atrasam de novo", "Quanto custa a passagem nas capitais"],
    mr=["⟪Concurso da Secretaria de Saúde abre 900 vagas⟫"], tags=["Metrô", "Transporte", "Brasília"],
    body="""⟦O Governo do Distrito Federal anunciou nesta quinta-feira (26) que o metrô⟧ e as linhas de ônibus do sistema integrado não vão cobrar passagem aos domingos e feriados a partir de 1º de março.

A medida vai custar cerca de R$ 38 milhões por ano, segundo a Secretaria de Mobilidade, e será paga com recursos do Fundo de Transporte.

[[ALSO|Quanto custa a passagem nas capitais]]

⟦De acordo com o secretário Rodrigo Passos, o movimento aos domingos caiu 40% desde 2019⟧ e a gratuidade deve ajudar a recuperar parte dos passageiros, sobretudo para o comércio e o lazer.

[[AD]]

⟦Especialistas ouvidos pela reportagem elogiaram a iniciativa,⟧ mas lembraram que a frota de domingo é menor. “Se lotar, o passageiro desiste”, disse a urbanista Clara Medeiros.

⟦O governo promete reforçar as linhas mais procuradas nas primeiras semanas.⟧

[[CREDIT|<em>⟪Colaborou Renata Lins⟫</em>]]""",
    kind="news", why="reports a free-fare transit decision",
))

PAGES.append(mk(
    case="pt-opinion-column-escolas", lang="pt", html_lang="pt-PT", skin="column", domain="jornaldolitoral.example", site="Jornal do Litoral", secpath="opiniao",
    url="https://jornaldolitoral.example/opiniao/as-escolas-precisam-de-sombra-nao-de-ar-condicionado",
    h1="As escolas precisam de sombra, não de ar condicionado",
    deck="Plantar árvores nos recreios custa menos e dura mais do que qualquer aparelho.",
    section="Opinião", authors=["Helena Vasconcelos"], byline_text="Texto: Helena Vasconcelos | Ilustração: Júlio Prates",
    byline_html='Texto: <a href="/autor/helena-vasconcelos">Helena Vasconcelos</a> | Ilustração: Júlio Prates', role="Cronista",
    ld_authors=["org:Jornal do Litoral"], ld_type="OpinionNewsArticle",
    pub="2026-06-08T08:00:00+01:00", date="8 de junho de 2026",
    hero="⟪Ilustração de Júlio Prates⟫",
    related=["⟪O verão que já não é estação⟫", "Cidades com menos carros, crianças com mais rua", "Um recreio sem telemóveis"],
    mr=["⟪Praias com bandeira azul: a lista de 2026⟫"],
    body="""⟦Em junho, há salas de aula no Algarve onde o termómetro passa dos trinta graus antes do almoço.⟧ A resposta habitual é pedir ar condicionado, e o ministério anunciou que vai instalar aparelhos em quinhentas escolas até 2028.

Não sou contra. Mas um aparelho só arrefece a sala, consome eletricidade que as escolas pagam e avaria. E o recreio, onde as crianças passam uma hora por dia, continua a ser um campo de alcatrão ao sol.

[[AD]]

⟦Uma árvore adulta baixa a temperatura à sua volta vários graus⟧ e não precisa de manutenção técnica. Um recreio com sombra permite abrir as janelas e arejar as salas ao fim da tarde.

[[ALSO|Cidades com menos carros, crianças com mais rua]]

⟦O que proponho é que cada escola tenha um plano de sombra antes de ter um plano de climatização.⟧ Árvores, pérgulas, toldos, e só depois aparelhos onde nada disso chegue.

⟦As árvores que plantarmos este outono darão sombra aos filhos dos alunos de hoje.⟧""",
    kind="opinion", why="column arguing for shade trees in schools",
))

PAGES.append(mk(
    case="fr-news-portal-greve", lang="fr", html_lang="fr-FR", skin="portal", domain="ouest-quotidien.example", site="Ouest Quotidien", secpath="economie",
    url="https://www.ouest-quotidien.example/economie/greve-au-port-de-saint-nazaire-les-dockers-bloquent-le-terminal-charbonnier-2026-03-12",
    h1="Grève au port de Saint-Nazaire : les dockers bloquent le terminal charbonnier",
    deck="Le mouvement, reconduit jusqu’à vendredi, vise le projet de fermeture du terminal en 2027.",
    section="Économie", authors=["Camille Lefèvre", "Yanis Benali"], byline_text="Par Camille Lefèvre et Yanis Benali, avec AFP",
    byline_html='Par <a href="/auteurs/camille-lefevre">Camille Lefèvre</a> et <a href="/auteurs/yanis-benali">Yanis Benali</a>, avec AFP',
    ld_authors=["org:Ouest Quotidien"], meta_author="Ouest Quotidien", ld_type="NewsArticle",
    pub="2026-03-12T11:32:00+01:00", date="Publié le 12/03/2026 à 11h32", updated="Mis à jour le 12/03/2026 à 17h05", topdate="Jeudi 12 mars 2026", weather="Nantes 12°C",
    hero="Des dockers devant l’entrée du terminal, jeudi matin. ⟪Photo : Loïc Guérin / Ouest Quotidien⟫",
    related=["⟪Le port veut devenir la base de l’éolien en mer⟫", "Ce que prévoit le plan de reconversion", "Chantiers navals : 600 embauches en 2026"],
    mr=["⟪Le pont de Saint-Nazaire fermé une nuit pour travaux⟫"], tags=["Grève", "Saint-Nazaire", "Ports"],
    body="""⟦Les dockers du port de Saint-Nazaire ont bloqué jeudi l’accès au terminal charbonnier de Montoir-de-Bretagne,⟧ au premier jour d’une grève reconduite jusqu’à vendredi.

Le syndicat CGT des ports et docks conteste la fermeture programmée du terminal en 2027, qui menace selon lui 140 emplois directs.

[[ALSO|Ce que prévoit le plan de reconversion]]

⟦« On nous parle de reconversion, mais personne ne nous dit quels métiers »,⟧ a déclaré Franck Le Goff, secrétaire du syndicat, devant une centaine de grévistes.

[[AD]]

La direction du grand port maritime assure que le plan prévoit la reprise de tous les salariés dans la logistique de l’éolien en mer. Trois navires attendaient au large jeudi après-midi, selon l’AFP.

⟦Une réunion avec la préfecture est prévue lundi à Nantes.⟧

⟦Les grévistes disent qu’ils reviendront la semaine prochaine si elle n’aboutit pas.⟧""",
    kind="news", why="reports a dockers’ strike",
))

PAGES.append(mk(
    case="fr-opinion-column-tribune", lang="fr", html_lang="fr-FR", skin="column", domain="lagrandeidee.example", site="La Grande Idée", secpath="idees",
    url="https://lagrandeidee.example/idees/tribune-les-trains-de-nuit-meritent-mieux-qu-un-sauvetage",
    h1="« Les trains de nuit méritent mieux qu’un sauvetage au cas par cas »",
    deck="Une politique européenne du train de nuit suppose des voitures-lits communes et des péages réduits, plaide une chercheuse polonaise.",
    section="Tribune", authors=["Agnieszka Wróbel"], byline_text="Par Agnieszka Wróbel", role="Tribune",
    byline_html='Par <a href="/auteurs/agnieszka-wrobel">Agnieszka Wróbel</a>',
    ld_extra={"author": "Tribune"}, ld_type="OpinionNewsArticle",
    pub="2026-01-14T17:00:00+01:00", date="Publié le 14 janvier 2026 à 17h00",
    related=["⟪Le rail, angle mort du Pacte vert⟫", "Voyager lentement, un luxe ?", "Paris-Berlin en une nuit, le retour"],
    mr=["⟪Le prix du billet de TGV va-t-il baisser ?⟫"],
    body="""[[CREDIT|<em>⟪Traduit de l’anglais par Claire Dumont⟫</em>]]

⟦Chaque hiver, une ligne de train de nuit européenne disparaît pendant qu’une autre est sauvée.⟧ Le Paris-Vienne a été suspendu, le Bruxelles-Prague relancé, le Varsovie-Berlin menacé. Cette loterie ne fait pas une politique.

Le problème est connu. Les voitures-lits coûtent cher, elles roulent peu et chaque pays facture ses péages comme s’il s’agissait d’un TGV.

[[AD]]

⟦Je propose que l’Union achète elle-même une flotte de voitures-lits⟧ et la loue aux opérateurs, comme le font certains États pour les rames régionales. Je propose aussi un péage de nuit réduit sur tout le réseau transeuropéen.

[[ALSO|Voyager lentement, un luxe ?]]

⟦Ces deux mesures coûteraient moins qu’une seule autoroute transfrontalière.⟧

⟦Le train de nuit n’a pas besoin de sauveteurs, il a besoin d’un propriétaire.⟧

[[CREDIT|<em>⟪Agnieszka Wróbel est professeure de science politique⟫ à l’université de Wrocław.</em>]]""",
    kind="opinion", why="translated op-ed arguing for EU night-train policy",
))

PAGES.append(mk(
    case="fr-news-newsroom-digue", lang="fr", html_lang="fr-FR", skin="newsroom", domain="courrierestuaire.example", site="Le Courrier de l’Estuaire", secpath="faits-divers",
    url="https://courrierestuaire.example/faits-divers/2026/02/03/tempete-une-digue-cede-a-saint-brevin",
    h1="Tempête : une digue cède à Saint-Brevin, quarante maisons évacuées",
    deck="La brèche, d’une vingtaine de mètres, s’est ouverte lors de la marée haute de mardi soir.",
    section="Faits divers", authors=None, byline_text="Le Courrier de l’Estuaire avec AFP", meta_author="Le Courrier de l’Estuaire",
    ld_authors=["org:Le Courrier de l’Estuaire", "org:AFP"], ld_type="NewsArticle",
    pub="2026-02-03T23:10:00+01:00", ld_date="2026-02-03T22:10:00Z", date="3 févr. 2026 à 23h10",
    hero="La brèche photographiée depuis un drone des pompiers. ⟪Photo d’illustration : SDIS 44⟫",
    related=["⟪Vigilance orange : les conseils de la préfecture⟫", "Les digues de l’estuaire, un entretien à 12 millions", "Tempête : le point sur les coupures"],
    mr=["⟪Le bac de Loire suspendu jusqu’à jeudi⟫"], tags=["Tempête", "Littoral"],
    body="""⟦Une digue a cédé mardi soir à Saint-Brevin-les-Pins, en Loire-Atlantique,⟧ lors de la marée haute, provoquant l’évacuation de quarante maisons du quartier de l’Océan.

La brèche mesure une vingtaine de mètres, selon la préfecture, qui a ouvert un centre d’accueil dans le gymnase municipal. Aucune victime n’est à déplorer.

[[AD]]

⟦Les pompiers ont installé des big-bags de sable pendant la nuit⟧ pour limiter l’entrée de l’eau avant la prochaine marée, attendue mercredi vers 11 heures.

[[ALSO|Les digues de l’estuaire, un entretien à 12 millions]]

Le maire, Yann Kervella, a indiqué que l’ouvrage avait été inspecté en octobre et jugé « fragile mais stable ». Une expertise doit déterminer les causes de la rupture.

⟦Les habitants évacués ne pourront pas regagner leur domicile avant jeudi au plus tôt.⟧

⟦Les routes littorales restent fermées jusqu’à nouvel ordre.⟧""",
    kind="news", why="reports a dike breach and evacuation",
))
