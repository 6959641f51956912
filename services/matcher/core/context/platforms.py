"""A platform named beside another brand's goods is no second brand (issue 9, precision; rule: platform).

Software, games, drivers, cables and apps are sold for the systems they run on: "Photoshop 2025 licence à vie
Windows/Mac", "AutoCAD 2026 lifetime license Windows", "CorelDRAW (Windows, Mac, Linux)", "FIFA 25 para PS5 y Xbox",
"Treiber für Windows 11", "対応OS: Windows / macOS". The platform's maker (Microsoft for Windows and Xbox, Sony for
PlayStation, Nintendo for Switch) is named there as the place the goods run, not as the goods' brand, and alerting it
beside the brand whose goods they are is a wrong-brand alert (outsider13, 16, 17, 18: Microsoft beside Adobe and
Autodesk; and its weak reading set aside the brand sold: "CC photo editing suite … Windows/macOS" lost Adobe to
Microsoft). A listing whose goods are the platform's own ("Windows 11 Pro lifetime key, works on PC/Mac") names its
maker outside any platform mention and is unchanged.

A platform mention (`mentions`) is a platform word (`PLATFORMS`: operating systems, consoles, PC) that is
- one of two or more platforms listed together ("Windows/Mac", "Win/Mac", "(Windows, Mac, Linux)", "PS5 y Xbox",
  "Windows & macOS", "iOS/Android"), or
- after a frame that says what the goods run on, in the marketplaces' languages ("for", "works on", "compatible with",
  "runs on", "für", "pour", "para", "per", "dla", "voor", "för", "için", "для", "под", "対応", "用", "兼容", "지원",
  "OS:", "versión"), or
- an operating system's bare name (Windows, macOS, Linux, Android, iOS, Chrome OS) not followed by an edition or licence
  word (Windows 11 **Pro**, Windows 10 **Home**, Windows **key**, Windows **licence**: those are the system sold).
`platform_only(by_brand, text)` gives the brands of a listing whose every identity signal lies inside platform mentions
while another brand of the listing is named outside them: their evidence is dropped (index.py) and the other brand's
strongest signal says what was set aside (stronger.note). A listing naming only the platform keeps it.

Cost: one ASCII substring gate (a platform word's first letters) and one regular expression over the text, only for a
listing that names two brands or more.
"""

from __future__ import annotations

import re

from services.matcher.core.scoring import IDENTITY_RULES, Evidence, join_detail

RULE = "rule: platform"

# platforms: operating systems, consoles, the PC; (a bare OS name is a platform unless an edition word follows it)
_OS = (r"windows(?:\s?(?:xp|vista|7|8(?:\.1)?|10|11|12))?|win\s?(?:7|8|10|11)|win(?=\s?/)|mac\s?os(?:\s?x)?|macos|"
       r"os\s?x|linux|ubuntu|android|ios|ipados|chrome\s?os|chromeos")
_CONSOLE = (r"ps\s?[345]|playstation(?:\s?[2345])?(?:\s?(?:pro|slim))?|xbox(?:\s?(?:one|360|series\s?[xs](?:\s?/\s?s)?))?|"
            r"nintendo\s?switch(?:\s?(?:2|oled|lite))?|switch(?:\s?(?:2|oled|lite))?|steam\s?deck|steam")
_OTHER = r"pc|mac|macs|chromebook|win"
PLATFORM = rf"(?:{_OS}|{_CONSOLE}|{_OTHER})"
_B = r"(?<![\w])"
_E = r"(?![\w])"
# words that join platforms in a list, in the marketplaces' languages
_JOIN = (r"\s*(?:/|\||,|\+|&|;)\s*|\s+(?:and|or|und|oder|et|ou|y|o|e|i|en|of|og|eller|och|ja|tai|ve|veya|и|или|или|"
         r"и|oraz|lub|a|nebo|és|vagy|și|sau|ή|και|または|和|或|및|또는)\s+|\s*(?:、|・|／)\s*")
_LIST = re.compile(rf"{_B}{PLATFORM}{_E}(?:(?:{_JOIN})\(?{PLATFORM}{_E})+", re.IGNORECASE)
# frames that say what the goods run on
_FRAME = re.compile(
    rf"(?:{_B}(?:for|on|works\s(?:on|with)|runs\s(?:on|with)|compatible\s(?:with|for)|support(?:s|ed)?(?:\son)?|"
    r"für|fuer|pour|sur|para|per|su|dla|na|voor|op|för|på|til|için|uyumlu|для|под|версия\s(?:для)?|"
    r"versi[oó]n(?:\spara)?|version(?:\s(?:pour|für|for))?|edition|édition|edición|edizione|kompatibel\s(?:mit)?|"
    r"compatible\s(?:avec|con|com)|compatibil[ea]\s(?:con|com)|platform|plattform|plateforme|plataforma|os|系统|系統|"
    r"平台)\s*[:\-]?\s*)\(?(" + PLATFORM + rf"){_E}|({PLATFORM})\s*(?:対応|用|版|兼容|지원|용|호환|버전|версия|version|"
    r"versi[oó]n|edition|edición|édition|verzió)", re.IGNORECASE)
# an operating system's bare name, unless it is the system sold ("Windows 11 Pro", "Windows key", "Windows-Lizenz")
_EDITION = (r"pro|professional|home|famille|enterprise|education|ltsc|ltsb|server|ultimate|oem|retail|key|keys|"
            r"product\s?key|cd\s?key|licen[cs]e|licen[cs]es|lizenz|licencia|licença|licenza|licencja|лицензия|ключ|"
            r"activation|aktivierung|activación|ativação|attivazione|aktywacja|активация|s\smode|iot|n|kn|sl|"
            r"installation|install|installer|usb|dvd|iso|upgrade|update|pro\s?key|激活|密钥|ライセンス|プロダクトキー|정품키|"
            r"home/pro|pro/home|x64|64\s?bit|32\s?bit")
_BARE = re.compile(rf"{_B}({_OS}){_E}(?![\s\-]*(?:\d+\s*)?(?:{_EDITION}){_E})", re.IGNORECASE)
# the ASCII gate: a platform word's first letters must be in the text (lower-cased)
_GATE = ("win", "mac", "linux", "ubuntu", "android", "ios", "ipados", "chrome", "ps", "playstation", "xbox", "switch",
         "steam", "pc", "os x", "osx")


def mentions(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that are platform mentions (see the module's doc)."""
    low = text.casefold()
    if not any(g in low for g in _GATE):
        return []
    spans = [m.span() for m in _LIST.finditer(text)]
    for m in _FRAME.finditer(text):
        g = 1 if m.group(1) is not None else 2
        spans.append(m.span(g))
    spans += [m.span(1) for m in _BARE.finditer(text)]
    return spans


_ENDS = re.compile(rf"{_B}{PLATFORM}\s?$", re.IGNORECASE)


def ends_with_platform(text: str, end: int) -> int | None:
    """Where a platform word ending at `end` of `text` starts (a postposition after it, "Win용", "Mac版", "PS5対応", is
    for it), else None."""
    m = _ENDS.search(text, max(0, end - 24), end)
    return None if m is None else m.start()


def _inside(e: Evidence, spans: dict[str, list[tuple[int, int]]]) -> bool:
    return e.field in spans and e.start is not None and e.end is not None and any(
        s <= e.start and e.end <= t for s, t in spans[e.field])


def platform_only(by_brand: dict[int, list[Evidence]], title: str, description: str) -> list[int]:
    """The brands of `by_brand` (brand index -> evidence) named only by platform mentions, beside another brand named
    outside them (see the module's doc); [] when none, or when every brand would go."""
    spans = {"title": mentions(title), "description": mentions(description) if description else []}
    if not spans["title"] and not spans["description"]:
        return []
    inside, outside = [], []
    for b, found in by_brand.items():
        identity = [e for e in found if e.rule in IDENTITY_RULES and e.weight > 0]
        if not identity:
            continue
        if all(_inside(e, spans) for e in identity):
            inside.append(b)
        elif not all(e.everyday and e.field == "description" for e in identity):
            # (wrong34) an everyday word of the description ("… Love, a stranger": Cartier's line) names no goods that
            # run on the platform
            outside.append(b)
    return inside if inside and outside else []


def note(strong: list[Evidence], weak: list[Evidence], weak_name: str, strong_name: str) -> None:
    """Say on the other brand's strongest identity evidence which platform mention of `weak_name` was set aside."""
    shown = next((e for e in sorted(strong, key=lambda e: -e.weight) if e.rule in IDENTITY_RULES and e.weight > 0), None)
    heard = next((e for e in weak if e.rule in IDENTITY_RULES and e.weight > 0), None)
    if shown is None or heard is None:
        return
    shown.detail = join_detail(shown.detail, (
        f"'{heard.text}' ({weak_name}'s '{heard.term}') names the platform {strong_name}'s goods run on, not their "
        f"brand: not alerted for {weak_name} ({RULE})"))
