"""Words of descriptive marks in seven languages, for marks translated word for word ("The North Face" as "La Cara
Norte", "Hot Wheels" as "Heiße Räder", "Juste un Clou" as "Just a Nail"; detectors/scattered_words.py).

One row a meaning: its words in English, Spanish, French, German, Italian, Portuguese and Dutch, each cell
listing the forms a listing writes (gender and number: "caliente", "calientes"). A mark word found in any cell of
a row is that meaning; the mark's translation into a language is each of its meanings' forms in that language.
Written for BrandSentry from the translation sections of Wiktionary (en.wiktionary.org, "Translations" of each
English headword; the adjectives "Canadian" and "sporty" with the nouns, as a translation writes "Oca Canadese", "Piloto
Deportivo"), for the words that descriptive marks are made of (directions, elements, sizes, colours,
animals, times of day, everyday objects, qualities); a mark made of other words (names: Louis Vuitton) has no
translation here. Accents are kept as written; the detector folds them like every other view (normalise.latin_text).
"""

from __future__ import annotations

LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl")

# (en, es, fr, de, it, pt, nl); a cell of several forms is separated by "/"
ROWS: list[tuple[str, str, str, str, str, str, str]] = [
    ("north", "norte", "nord", "nord/norden", "nord", "norte", "noord"),
    ("south", "sur", "sud", "süd/süden", "sud", "sul", "zuid"),
    ("east", "este", "est", "ost/osten", "est", "leste", "oost"),
    ("west", "oeste", "ouest", "west/westen", "ovest", "oeste", "west"),
    ("face", "cara/rostro", "face/visage", "wand/gesicht", "faccia/parete", "face/cara", "wand/gezicht"),
    ("air", "aire/aérea/aéreo", "air/aérien/aérienne", "luft", "aria/aerea/aereo", "ar/aérea/aéreo", "lucht"),
    ("force", "fuerza", "force", "kraft/streitkraft", "forza", "força", "kracht/macht"),
    ("max/maximum", "máximo/max", "max/maximum", "max/maximal", "massimo/max", "máximo/max", "max/maximaal"),
    ("hot", "caliente/calientes", "chaud/chaude/chauds/chaudes", "heiß/heiße/heisse/heißen", "caldo/calda/calde/caldi",
     "quente/quentes", "heet/hete"),
    ("wheels/wheel", "ruedas/rueda", "roues/roue", "räder/rad", "ruote/ruota", "rodas/roda", "wielen/wiel"),
    ("little/small", "pequeño/pequeña/pequeños", "petit/petite/petits", "kleines/kleine/kleiner/klein",
     "piccolo/piccola/piccoli", "pequeno/pequena", "kleine/klein"),
    ("pony", "poni/pony", "poney", "pony/ponys", "pony", "pônei/ponei", "pony"),
    ("creative", "creativa/creativo", "créatif/créative", "kreative/kreativ", "creativa/creativo", "criativa/criativo",
     "creatieve/creatief"),
    ("cloud", "nube", "nuage", "wolke", "nuvola", "nuvem", "wolk"),
    ("pilot", "piloto", "pilote", "pilot", "pilota", "piloto", "piloot"),
    ("sport/sporty", "deporte/sport/deportivo/deportiva", "sport/sportif/sportive", "sport/sportlich/sportliche",
     "sport/sportivo/sportiva", "esporte/desporto/esportivo/esportiva/desportivo", "sport/sportief/sportieve"),
    ("gold/golden", "oro/dorado/dorada", "doré/dorée/d'or", "gold/goldene/goldener", "oro/dorato/dorata",
     "ouro/dourado/dourada", "goud/gouden"),
    ("wing", "ala", "aile", "flügel/schwinge", "ala", "asa", "vleugel"),
    ("base", "base", "base", "basis", "base", "base", "basis"),
    ("camp", "campamento", "camp", "lager", "campo", "acampamento", "kamp"),
    ("soft", "suave/blando", "doux/douce", "weich/weiche", "morbido/morbida", "macio/macia", "zacht/zachte"),
    ("chrome", "cromo", "chrome", "chrom", "cromo", "cromo", "chroom"),
    ("staff", "bastón/personal", "bâton/personnel", "stab/personal", "bastone/personale", "bastão/equipe", "staf"),
    ("night", "noche/nocturna/nocturno", "nuit/nocturne", "nacht", "notte/notturna/notturno", "noite/noturna/noturno",
     "nacht"),
    ("repair", "reparación/reparadora/reparador", "réparation/réparateur/réparatrice", "reparatur", "riparazione/riparatore",
     "reparação/reparador/reparadora", "herstel/reparatie"),
    ("advanced", "avanzada/avanzado", "avancé/avancée", "fortgeschrittene/erweiterte/fortschrittliche", "avanzata/avanzato",
     "avançada/avançado", "geavanceerde/geavanceerd"),
    ("double", "doble", "double", "doppel/doppelte", "doppio/doppia", "duplo/dupla", "dubbel/dubbele"),
    ("wear", "uso/desgaste", "tenue/usure", "tragen/halt", "tenuta/usura", "uso/desgaste", "draag/slijtage"),
    ("jet", "jet/chorro", "jet", "jet/strahl", "jet/getto", "jato/jet", "jet/straal"),
    ("set", "set/juego/conjunto", "ensemble/set", "set/satz", "set/insieme", "conjunto/set", "set"),
    ("goose", "ganso/oca", "oie", "gans", "oca", "ganso", "gans"),
    ("canada/canadian", "canadá/canada/canadiense", "canada/canadien/canadienne", "kanada/kanadische/kanadischer",
     "canada/canadese", "canadá/canadense", "canada/canadees/canadese"),
    ("oyster", "ostra", "huître/huitre", "auster", "ostrica", "ostra", "oester"),
    ("perpetual", "perpetuo/perpetua", "perpétuel/perpétuelle", "ewige/ewig/immerwährende", "perpetuo/perpetua",
     "perpétuo/perpétua", "eeuwig/eeuwige"),
    ("just", "justo/solo", "juste", "nur/einfach", "giusto/solo", "apenas/só", "gewoon/slechts"),
    ("nail", "clavo", "clou", "nagel", "chiodo", "prego", "spijker"),
    ("love", "amor", "amour", "liebe", "amore", "amor", "liefde"),
    ("moments/moment", "momentos/momento", "moments/moment", "momente/moment", "momenti/momento", "momentos/momento",
     "momenten/moment"),
    ("professional", "profesional", "professionnel/professionnelle", "professionell", "professionale", "profissional",
     "professioneel/professionele"),
    ("new", "nuevo/nueva", "nouveau/nouvelle/neuf", "neu/neue/neues", "nuovo/nuova", "novo/nova", "nieuw/nieuwe"),
    ("york", "york", "york", "york", "york", "iorque/york", "york"),
    ("shoulder", "hombro", "épaule", "schulter", "spalla", "ombro", "schouder"),
    ("bag", "bolso/bolsa", "sac", "tasche", "borsa", "bolsa", "tas"),
    ("ultra", "ultra", "ultra", "ultra", "ultra", "ultra", "ultra"),
    ("pro", "pro", "pro", "pro", "pro", "pro", "pro"),
    ("buds", "auriculares/botones", "écouteurs/bourgeons", "ohrhörer/knospen", "auricolari/boccioli", "fones/botões",
     "oordopjes/knoppen"),
    ("galaxy", "galaxia", "galaxie", "galaxie", "galassia", "galáxia", "melkweg/sterrenstelsel"),
    ("expedition", "expedición", "expédition", "expedition", "spedizione", "expedição", "expeditie"),
    ("evolution", "evolución", "évolution", "evolution", "evoluzione", "evolução", "evolutie"),
    ("basketball", "baloncesto/básquetbol", "basket/basketball", "basketball", "pallacanestro/basket", "basquete/basquetebol",
     "basketbal"),
    ("detect", "detectar/detecta", "détecter/détecte", "erkennen/erkennt", "rileva/rilevare", "detectar/detecta",
     "detecteren/detecteert"),
    ("seal", "foca/sello", "phoque/sceau", "robbe/siegel", "foca/sigillo", "foca/selo", "zeehond/zegel"),
    ("star", "estrella", "étoile", "stern", "stella", "estrela", "ster"),
    ("sun", "sol", "soleil", "sonne", "sole", "sol", "zon"),
    ("moon", "luna", "lune", "mond", "luna", "lua", "maan"),
    ("sea", "mar", "mer", "meer/see", "mare", "mar", "zee"),
    ("master", "maestro", "maître/maitre", "meister", "maestro", "mestre", "meester"),
    ("king", "rey", "roi", "könig", "re", "rei", "koning"),
    ("queen", "reina", "reine", "königin", "regina", "rainha", "koningin"),
    ("red", "rojo/roja", "rouge", "rot/rote/roter", "rosso/rossa", "vermelho/vermelha", "rood/rode"),
    ("black", "negro/negra", "noir/noire", "schwarz/schwarze", "nero/nera", "preto/preta", "zwart/zwarte"),
    ("white", "blanco/blanca", "blanc/blanche", "weiß/weiße/weiss", "bianco/bianca", "branco/branca", "wit/witte"),
    ("blue", "azul", "bleu/bleue", "blau/blaue", "blu", "azul", "blauw/blauwe"),
    ("green", "verde", "vert/verte", "grün/grüne", "verde", "verde", "groen/groene"),
    ("horse", "caballo", "cheval", "pferd", "cavallo", "cavalo", "paard"),
    ("bear", "oso", "ours", "bär", "orso", "urso", "beer"),
    ("lion", "león", "lion", "löwe", "leone", "leão", "leeuw"),
    ("eagle", "águila", "aigle", "adler", "aquila", "águia", "adelaar/arend"),
    ("fox", "zorro", "renard", "fuchs", "volpe", "raposa", "vos"),
    ("wolf", "lobo", "loup", "wolf", "lupo", "lobo", "wolf"),
    ("tiger", "tigre", "tigre", "tiger", "tigre", "tigre", "tijger"),
    ("mountain", "montaña", "montagne", "berg", "montagna", "montanha", "berg"),
    ("river", "río", "rivière/fleuve", "fluss", "fiume", "rio", "rivier"),
    ("stone", "piedra", "pierre", "stein", "pietra", "pedra", "steen"),
    ("fire", "fuego", "feu", "feuer", "fuoco", "fogo", "vuur"),
    ("water", "agua", "eau", "wasser", "acqua", "água", "water"),
    ("ice", "hielo", "glace", "eis", "ghiaccio", "gelo", "ijs"),
    ("crown", "corona", "couronne", "krone", "corona", "coroa", "kroon"),
    ("diamond", "diamante", "diamant", "diamant", "diamante", "diamante", "diamant"),
    ("heart", "corazón", "cœur/coeur", "herz", "cuore", "coração", "hart"),
    ("world", "mundo", "monde", "welt", "mondo", "mundo", "wereld"),
    ("life", "vida", "vie", "leben", "vita", "vida", "leven"),
    ("light", "luz/ligero/ligera", "lumière/léger/légère", "licht/leicht", "luce/leggero/leggera", "luz/leve",
     "licht"),
    ("power", "poder/potencia", "puissance/pouvoir", "kraft/leistung", "potenza/potere", "poder/potência", "kracht"),
]

# articles and linking words a translation may add or drop ("La Cara Norte", "Die Nordwand")
STOP_WORDS = frozenset({
    "the", "a", "an", "of", "and", "my", "el", "la", "los", "las", "un", "una", "de", "del", "y", "mi", "le", "les",
    "une", "des", "du", "et", "mon", "ma", "der", "die", "das", "den", "dem", "ein", "eine", "und", "von", "mein",
    "meine", "il", "lo", "gli", "uno", "di", "della", "e", "mio", "mia", "o", "os", "as", "um", "uma", "do", "da",
    "meu", "minha", "het", "een", "en", "van", "mijn", "to", "for",
    "l", "d",  # the elided articles and "of" of French and Italian: "Force de l'Air", "Ala d'Oro"
})

# The same meanings in five more languages of the markets whose listings translate these marks (Russian, Ukrainian,
# Polish, Turkish, Swedish: "Канадский гусь", "Kanadyjska Gęś", "Kuzey Yüzü", "Горячие колёса", "Kanadagås"), for the
# words of the descriptive marks of the demo registry only (North Face, Canada Goose, Hot Wheels, Gold Wing, Advanced
# Night Repair, Double Wear, My Little Pony, Pilot Sport, Air Max, Air Force, Air-King, Oyster Perpetual, Creative
# Cloud, Chrome Soft, Juste un Clou). Keyed by the English cell of ROWS; each cell the forms a listing writes (case,
# gender, number: "северный/северная", "kanadyjska/kanadyjski"), Cyrillic as written (the detector folds every script
# as it folds the listing: normalise.latin_text). Written for BrandSentry from the dictionary senses of the words, as
# Wiktionary's translation tables of the English headwords give them (from the engineer's knowledge of the languages;
# not checked against the site this session); "face" carries the sense of a mountain's face (стена/сторона, ściana,
# yüz/yüzü, vägg), the sense in which the mark's words are translated ("Nordwand", "Northern side").
MORE_LANGUAGES = ("ru", "uk", "pl", "tr", "sv")
MORE: dict[str, tuple[str, str, str, str, str]] = {
    "north": ("север/северный/северная/северное/северной/северного", "північ/північний/північна/північне/північної",
              "północ/północna/północny/północne/północnej", "kuzey", "nord/norra/norr"),
    "face": ("лицо/сторона/стена/грань", "обличчя/сторона/стіна", "twarz/ściana/strona", "yüz/yüzü/cephe/cephesi",
             "vägg/väggen/ansikte/sida"),
    "canada/canadian": ("канада/канадский/канадская/канадского/канадской/канады", "канада/канадський/канадська/канадського",
                        "kanada/kanadyjska/kanadyjski/kanadyjskie/kanadyjskiej", "kanada/kanadalı",
                        "kanada/kanadensisk/kanadensiska"),
    "goose": ("гусь/гуся/гусем", "гуска/гусак/гуся", "gęś/gęsi", "kaz/kazı", "gås/gåsen"),
    "hot": ("горячие/горячий/горячая/горячих", "гарячі/гарячий/гаряча", "gorące/gorący/gorąca", "sıcak", "heta/het/varma"),
    "wheels/wheel": ("колёса/колеса/колесо", "колеса/колесо", "koła/koło", "tekerlekler/tekerlek/teker", "hjul/hjulen"),
    "gold/golden": ("золотое/золотой/золотая/золото", "золоте/золотий/золота/золото", "złote/złoty/złota/złoto", "altın",
                    "guld/gyllene"),
    "wing": ("крыло", "крило", "skrzydło", "kanat/kanadı", "vinge/vingen"),
    "advanced": ("продвинутый/продвинутое/улучшенный", "покращений/вдосконалений", "zaawansowana/zaawansowany/zaawansowane",
                 "gelişmiş/ileri", "avancerad"),
    "night": ("ночной/ночное/ночная/ночь", "нічний/нічна/ніч", "nocna/nocny/noc", "gece", "natt/nattlig"),
    "repair": ("восстановление/восстанавливающий/ремонт", "відновлення/відновлюючий", "naprawa/naprawcza/regeneracja",
               "onarım/onarıcı", "reparation/reparerande"),
    "double": ("двойной/двойное/двойная", "подвійний/подвійна", "podwójny/podwójne/podwójna", "çift", "dubbel"),
    "wear": ("ношение/носка", "носіння", "noszenie", "kullanım", "bär/slitage"),
    "little/small": ("маленький/маленькая/маленькие", "маленький/маленька", "mały/mała/małe", "küçük", "lilla/liten"),
    "pony": ("пони", "поні", "kucyk/kucyki/kuc", "midilli/midillim", "ponny"),
    "pilot": ("пилот", "пілот", "pilot", "pilot", "pilot"),
    "sport/sporty": ("спорт/спортивный", "спорт/спортивний", "sport/sportowy/sportowa", "spor", "sport"),
    "air": ("воздух/воздушный/воздушные", "повітря/повітряний", "powietrze/powietrzny/powietrzne", "hava", "luft"),
    "max/maximum": ("макс/максимум", "макс/максимум", "maks/max", "maks", "max"),
    "force": ("сила/силы", "сила/сили", "siła/siły", "kuvvet/kuvvetleri", "styrka/kraft"),
    "king": ("король", "король", "król", "kral", "kung"),
    "oyster": ("устрица", "устриця", "ostryga", "istiridye", "ostron"),
    "perpetual": ("вечный/вечная", "вічний/вічна", "wieczny/wieczna/wieczne", "sonsuz/daimi", "evig"),
    "creative": ("креативное/творческое", "креативна/творча", "kreatywna/kreatywny", "yaratıcı", "kreativ"),
    "cloud": ("облако", "хмара", "chmura", "bulut", "moln"),
    "chrome": ("хром", "хром", "chrom", "krom", "krom"),
    "soft": ("мягкий/мягкая", "м'який/м'яка", "miękki/miękka", "yumuşak", "mjuk"),
    "just": ("просто/только", "просто/лише", "tylko", "sadece/yalnızca", "bara"),
    "nail": ("гвоздь", "цвях", "gwóźdź", "çivi", "spik"),
}


def all_rows() -> list[tuple[str, ...]]:
    """ROWS with MORE's cells appended to the rows it names (languages LANGUAGES + MORE_LANGUAGES; "" where none)."""
    empty = ("",) * len(MORE_LANGUAGES)
    return [row + MORE.get(row[0], empty) for row in ROWS]
