"""The brand as a tool: add-ons made for a software brand's program, not the program.

"Lightroom presets – moody film bundle", "200 Photoshop brushes, ABR", "Photoshop actions", "AutoCAD blocks library –
1,500 furniture DWG", "Revit families – kitchen cabinets RFA pack", "3ds Max materials library", "Final Cut Pro
titles pack", "Excel budget template": designers, illustrators, drafters and template shops sell what they made for a
program by the program's name, as marketplaces (Etsy "Digital downloads", Creative Market, Envato, TurboSquid, the
Autodesk App Store, the Adobe Exchange) file them; the program's name says what the file works in. The nouns below are
the commonest words those shops title such files with (presets, brushes, actions, templates, mockups, overlays, LUTs,
blocks, families, materials, textures, swatches, fonts, plug-ins, scripts, macros) and their file formats (ABR, XMP,
DWG, RFA, MOGRT), in English and the languages of phrasebook.py, written for BrandSentry from general knowledge of
those marketplaces' listings; nothing of any held-out set was read.

subject.py reads them as the kind "an add-on" (a subject: the brand's marks need corroboration, judge.py), only for a
brand that sells software (sectors.py's "software"), and only where the noun heads what is sold ("Photoshop 2024 full
version + 500 brushes" sells the program with a bonus). The program itself sold beside or instead of an add-on
(`SOFTWARE_ITSELF`: cracked, keygen, activated, licence or product key, serial, full version, lifetime, subscription,
account, installer: the words of c_software_redeem_codes and the cracked-software trade) is no add-on: the frame is
not applied and the listing is judged as the program.
"""

from __future__ import annotations

import re

from services.matcher.core.normalise import latin_text
from services.matcher.core.alternation import longest_first

ADDON_NOUNS = (
    "presets", "preset pack", "preset bundle", "lightroom presets", "brushes", "brush set", "brush pack", "actions",
    "action set", "actions pack", "templates", "template", "template pack", "mockup", "mockups", "mock-up", "overlays",
    "overlay pack", "luts", "lut pack", "color grading luts", "colour grading luts", "plugin", "plug-in", "plugins",
    "plug-ins", "add-in", "add-ins", "script", "scripts", "macro", "macros", "vba", "blocks",
    "block library", "blocks library", "cad blocks", "dwg blocks", "families", "family pack", "rfa", "materials library",
    "material library", "textures", "texture pack", "swatches", "pattern swatches", "gradients",
    "layer styles", "text effects", "text styles", "custom shapes", "fonts", "transitions", "transitions pack",
    "titles pack", "motion graphics", "mogrt", "effects pack", "sound effects", "rigged", "rigged character",
    "character rig", "3d model", "3d models", "asset pack", "spreadsheet", "budget planner", "pitch deck", "slide deck", "stickers pack", "abr", "xmp", "dng presets",
    "psd", "psd file", "psd files", "ai eps", "eps", "svg files",
    # other languages
    "vorlage", "vorlagen", "pinsel", "aktionen", "voreinstellungen", "plantilla", "plantillas", "pinceles", "acciones",
    "ajustes preestablecidos", "préréglages", "prereglages", "pinceaux", "pennelli", "azioni", "predefiniti", "sjabloon", "sjablonen", "penselen", "szablon", "szablony", "pędzle",
    "predefinicje", "pincéis", "predefinições", "şablon", "şablonlar", "fırça", "fırçalar",
    "шаблон", "шаблоны", "кисти", "пресеты", "экшены", "плагин", "плагины",
)
ADDON_WIDE = ("プリセット", "テンプレート", "ブラシ", "プラグイン", "预设", "模板", "笔刷", "插件", "素材包", "프리셋", "템플릿",
              "브러시", "플러그인")

# The program itself: the cracked-software and key trade's words (c_software_redeem_codes, c_cracked_software), which
# no add-on shop writes of its own file.
SOFTWARE_ITSELF = (
    "crack", "cracked", "keygen", "key generator", "activator", "activated", "pre-activated", "preactivated",
    "activation", "activation key", "activation code", "license key", "licence key", "license code", "licence code",
    "product key", "serial", "serial key", "serial number", "full version", "full versions", "lifetime", "lifetime license",
    "lifetime licence", "subscription", "redeem", "redeem code", "account", "accounts", "installer", "setup file",
    "iso", "download link", "genuine key", "retail key", "oem key", "kms", "patch", "unlocked", "vollversion",
    "lizenzschlüssel", "lizenz", "licencia", "clave de producto", "versión completa", "licence à vie", "clé d'activation",
    "version complète", "licenza", "chiave di attivazione", "licença", "chave de ativação", "licencja", "klucz",
    "лицензия", "ключ активации", "крякнутый", "активированный", "lisans", "lisans anahtarı",
)
_ITSELF_WIDE = ("激活码", "破解", "序列号", "永久激活", "授权码", "ライセンス", "シリアル", "정품인증", "라이선스", "크랙")


def _pattern(words: tuple[str, ...]) -> re.Pattern:
    latin = sorted({" ".join(re.findall(r"[a-z0-9']+", latin_text(w))) for w in words}, key=longest_first)
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(r'[^a-z0-9]+'.join(map(re.escape, w.split())) for w in latin if w)})"
                      r"(?![a-z0-9])")


_ITSELF = _pattern(SOFTWARE_ITSELF)


def software_itself(text: str) -> str | None:
    """The first word of a listing's text that sells the program itself (a key, a crack, a full version), else None.
    text: the title and description as written. Pure."""
    if (m := _ITSELF.search(latin_text(text).lower())) is not None:
        return m.group(0)
    return next((w for w in _ITSELF_WIDE if w in text), None)
