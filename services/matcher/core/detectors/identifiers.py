"""The brand named by an identifier a register gives it (rule identifier; registry `identifiers`, kind "identifier"):
its (or its listed parent's) ISIN securities code, its Wikidata item id, a VIN's world manufacturer identifier, an NDC
labeler code, or the glyphs of its products' interface (issue 9, outsider24's c_isin_code24, c_wikidata_qid24,
c_vin_ndc_prefix24, c_interface_glyphs24). A seller of copies who will not write the brand writes the code a buyer
looks up ("knit running shoes [DE000A1EWWW0] 高仿", "brand = Wikidata Q312", "oil filter for WBA VINs", "NDC labeler
0069 box", "△○✕□ home console"): the register names the company behind it. A code is a name: the code alone names,
a cue makes the alert (`needs_cue`, like a ticker or a grantee code), and the brand's category must be there.

A registry value is the scheme's word and the code:
- "ISIN US0378331005": ISO 6166, two letters of the country, nine characters of the national number, a check digit
  (letters as 10-35, the digits' Luhn sum: `isin_valid`); read anywhere as a whole token with a valid check digit.
- "Wikidata Q312": read only as Q and digits when the listing names Wikidata ("wikidata", "wd:Q312", wikidata.org);
  Q312 elsewhere is a model number.
- "WMI WBA": a VIN's world manufacturer identifier (ISO 3780, two or three characters; JT is Toyota's in Japan, read as
  the first two of a three-character code) read in capitals as written, beside a VIN word ("VIN", "VINs", "WMI",
  "chassis"), or as the first three characters of a whole 17-character VIN whose check digit (position 9, 49 CFR 565)
  is valid; a three-character code (WBA, JHM) also alone in capitals, in the brand's category, and only with a cue that
  claims a copy (a VIN prefix is how genuine parts are sold for fit: "fits VINs WBA…").
- "NDC 0069": the FDA's National Drug Code labeler code (four or five digits; the NDC's first segment) read after "NDC"
  or "labeler"/"labeller" ("NDC 0069-4200-30", "NDC labeler 0069", "labeler 0071"); a pharmacy lists the genuine
  medicine by its NDC, so only with a cue that claims a copy.
- "glyph ⌘": the glyphs of the brand's products' interface (PlayStation's △○✕□ four or three of them in any order,
  Xbox's circled ⓍⒷⓎⒶ, the Apple logo  (U+F8FF, Apple's private-use character) and ⌘ ⌥, the Windows key ⊞, Joy-Con's
  ⊕ ⊖): a keycap, a shape-sorter toy or cufflinks carry them for a true reason, so only beside a cue that claims a
  copy (`needs_copy_cue`), in the brand's category.
- "colour #F40009", "colour Pantone 219 C": the brand's own colour as a hex code (with "#", or six hex digits holding a
  letter and a digit) or a Pantone number (wherever the listing names Pantone or PMS): paint, yarn and prints are sold
  by colour codes, so only with a cue that claims a copy, in the brand's category (outsider24's c_brand_hex_colour24).
- "USB 05AC", "PCI 144D", "BT 0x004C" (ids28, outsider25's c_usb_bt_ids25): a USB-IF vendor id, a PCI-SIG vendor id, a
  Bluetooth SIG company identifier, four hex digits (or 0x and two or three) read within a few words after a word of
  its register (VID, PID, USB, idVendor, XInput, lsusb; PCI, PCIe, lspci, subsystem; Bluetooth, BLE, company ID,
  manufacturer data; "vendor" for USB or PCI; 厂商, ベンダー, Hersteller, 蓝牙 ...): a clone spoofs its maker's id so the
  phone or console takes it, and a tester or a sniffer shows the same ids, so only with a cue that claims a copy.
- "geo 37.3349,-122.0090" (ids28, c_hq_coordinates25): its headquarters' or founding site's coordinates, matched within
  GEO_RADIUS_KM of what the listing writes (decimal degrees signed or with N/S/E/W, degrees-minutes-seconds, geo: URIs);
  jewellery and posters carry coordinates too, so only with a cue that claims a copy.
- "datecode SD" (ids28, outsider24's c_date_code_serial24): a workshop of the brand's date codes, read as its two
  letters and four digits (first and third a week of 01-53) beside a date-code word or a "made in" stamp, copy cue.

An identifier two brands declare names neither (two brands' coordinates within the radius both read; the category
decides, and no two registry points 3 km apart share one). Every code but a glyph is checked when the registry is loaded (an ISIN
whose check digit fails is refused, so a fact misremembered cannot name anyone).

Cost: a few substring gates (a digit with capitals for an ISIN, "wikidata", "vin"/"wmi", "ndc"/"label", a glyph's
characters) and at most one regular expression each over the listing.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.prefilter import gated
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

ISIN, WIKIDATA, WMI, NDC, GLYPH, COLOUR = "ISIN", "Wikidata", "WMI", "NDC", "glyph", "colour"
USB, PCI, BT, GEO, DATECODE = "USB", "PCI", "BT", "geo", "datecode"
SCHEMES = (ISIN, WIKIDATA, WMI, NDC, GLYPH, COLOUR, USB, PCI, BT, GEO, DATECODE)

_ISIN = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}[A-Z0-9]{9}[0-9])(?![A-Za-z0-9])")
_ISIN_FORM = re.compile(r"[A-Z]{2}[A-Z0-9]{9}[0-9]")
_QID = re.compile(r"(?<![A-Za-z0-9])(?:wd:)?Q([1-9][0-9]{0,9})(?![A-Za-z0-9])")
_WIKIDATA = re.compile(r"wikidata|(?<![a-z])wd:q\d", re.I)
_VIN_WORD = re.compile(r"(?<![A-Za-z])(?:VINs?|vins?|WMI|wmi|VIN-|chassis|Fahrgestellnummer|FIN)(?![a-z])")
_WMI_TOKEN = re.compile(r"(?<![A-Za-z0-9])([A-HJ-NPR-Z0-9]{2,3})(?![a-z0-9])")
_VIN = re.compile(r"(?<![A-Za-z0-9])([A-HJ-NPR-Z0-9]{17})(?![A-Za-z0-9])")
_NDC = re.compile(r"(?<![A-Za-z])(?:NDC|ndc)(?:[\s:#.\-]*(?:labell?er|Labell?er)(?:\s*code)?)?[\s:#.\-]*([0-9]{4,5})"
                  r"(?:-[0-9]{3,4}(?:-[0-9]{1,2})?)?(?![0-9])"
                  r"|(?<![A-Za-z])[Ll]abell?er(?:\s*code)?[\s:#.\-]*([0-9]{4,5})(?![0-9])")
_QID_FORM = re.compile(r"Q[1-9][0-9]{0,9}")
# a brand colour: "#F40009" (or F40009 with a letter and a digit in it), "Pantone 219 C" / "PMS 485 C" (its number and
# its paper letter, C coated or U uncoated; read wherever the listing names Pantone or PMS)
_HEX = re.compile(r"(?<![0-9A-Za-z#])(#?)([0-9A-Fa-f]{6})(?![0-9A-Za-z])")
_PANTONE_WORD = re.compile(r"pantone|(?<![A-Za-z])PMS(?![A-Za-z])", re.I)
_PANTONE = re.compile(r"(?<![0-9A-Za-z])([0-9]{3,4}) ?-?([CU])(?![A-Za-z0-9])")
_COLOUR_FORM = re.compile(r"#[0-9A-F]{6}|PANTONE [0-9]{3,4}[CU]")
_WMI_FORM = re.compile(r"[A-HJ-NPR-Z0-9]{2,3}")
_NDC_FORM = re.compile(r"[0-9]{4,5}")
# the PlayStation buttons and the characters sellers type for them
_SHAPES = {"△": "△", "▲": "△", "○": "○", "◯": "○", "●": "○", "✕": "✕", "×": "✕", "✖": "✕", "╳": "✕", "Ⅹ": "✕",
           "□": "□", "■": "□", "◻": "□", "☐": "□"}
_BUTTONS = "".join(sorted("△○✕□"))
_SHAPE_RUN = re.compile("[" + "".join(_SHAPES) + r"](?:[\s,/+·]{0,2}[" + "".join(_SHAPES) + "]){2,}")


# vendor ids (ids28): a USB-IF vendor id, a PCI-SIG vendor id or a Bluetooth SIG company identifier, 16 bits written as
# four hex digits ("VID 05AC", "VID_05AC&PID_12A8", "054C:0CE6", "idVendor 0x05ac", "PCI vendor 144D", "BLE company ID
# 0x004C"); read only after a word of its register, within a few words
_HEX4 = r"(?:0[xX]([0-9A-Fa-f]{2,4})|([0-9A-Fa-f]{4}))(?![0-9A-Za-z])"  # "0x4C" is 004C
_ID_FRAME = re.compile(
    r"(?<![A-Za-z])(?:(?P<usb>USB|usb|VID|vid|PID|idVendor|idProduct|XInput|xinput|HID|lsusb|enumerat\w*|Device Manager"
    r"|device manager|vendor[ _-]?id|Vendor[ _-]?ID|VendorID|vendor|Vendor"
    r"|厂商|廠商|供应商|ベンダー|Hersteller|fabricante|fabricant|производител[а-я]*)"
    r"|(?P<pci>PCIe?|pcie?|lspci|subsystem|Subsystem|SSVID|SVID)"
    r"|(?P<bt>Bluetooth|bluetooth|BLE|BT|company[ _-]?(?:ID|id|identifier|code)|Company[ _-]?(?:ID|Identifier)|manufacturer"
    r"[ _-]?(?:ID|id|data|specific data)|Manufacturer[ _-]?(?:ID|Data)|iBeacon|CIC"
    r"|蓝牙|藍牙|ブルートゥース|블루투스))(?![a-z])")
_ID_CODE = re.compile(r"(?<![0-9A-Za-z])" + _HEX4 + r"(?::(?:0[xX])?[0-9A-Fa-f]{4}(?![0-9A-Za-z]))?")
_ID_WINDOW = 28  # characters between the register's word and the code ("USB VID 054C", "PCI vendor 144D")
# coordinates (ids28): the brand by the latitude and longitude of its headquarters or founding site, decimal degrees
# (37.3349, -122.0090; 47.136° N, 7.247° E; N 47.136 E 7.247; geo:37.33,-122.01) or degrees, minutes and seconds
# (46°11′33″N 6°07′59″E); matched within GEO_RADIUS_KM of a registry point
_DEG = r"(\d{1,3}(?:[.,]\d+)?)\s*(°|º|˚|deg)?\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*['′’](?:\s*(\d{1,2}(?:[.,]\d+)?)\s*(?:[\"″”]|''|′′))?)?"
_COORD = re.compile(
    r"(?<![0-9A-Za-z.,])(geo:\s*)?(?:([NS])\s*)?([-+−]?)" + _DEG + r"\s*([NS](?![A-Za-z]))?\s*[,;/]?\s*"
    r"(?:([EWO])\s*)?([-+−]?)" + _DEG + r"\s*([EWO](?![A-Za-z]))?(?![0-9])")
GEO_RADIUS_KM = 3.0
# date codes (ids28): a maker's date code, its factory's two letters and four digits whose first and third digits are
# the week (or, before 2007, the month) of making ("SD4189": week 48 of 2019); read only beside a date-code word or a
# "made in" stamp, since two letters and four digits are many goods' codes
_DATECODE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}) ?([0-9]{4})(?![0-9A-Za-z])")
_DATECODE_FRAME = gated(re.compile(
    r"date[ -]?codes?|date[ -]?stamp|heat[ -]?stamp|made in (?:france|spain|u\.?s\.?a\.?|italy|germany|switzerland)"
    r"|fabriqu[ée] en france|hecho en espa[ñn]a|fatto in italia|code de date|datumscode|c[óo]digo de fecha"
    r"|код[а-я]* дат|日期码|日期碼|デートコード|シリアル刻印|製造番号", re.I))


def parse_coordinates(text: str) -> list[tuple[int, int, float, float]]:
    """(start, end, latitude, longitude) of the coordinates written in `text`: signed decimal degrees with three
    decimals or more, or degrees with hemisphere letters or a degree sign, or a geo: URI."""
    out = []
    for m in _COORD.finditer(text):
        (uri, h1, s1, d1, deg1, m1, sec1, h1b, h2, s2, d2, deg2, m2, sec2, h2b) = m.groups()
        lat_h, lon_h = h1 or h1b, h2 or h2b
        decimals = all("." in d and len(d.split(".")[1]) >= 3 for d in (d1, d2))
        if not (uri or (lat_h and lon_h) or ((deg1 or m1) and (deg2 or m2)) or decimals):
            continue
        if (lat_h or lon_h) and not (lat_h and lon_h) and not decimals and not (deg1 and deg2):
            continue
        if "," in d1 + d2 and not (deg1 or lat_h):
            continue  # "4,784 pieces": a comma is a decimal mark only beside degrees or hemispheres

        def value(d, mi, se, sign, hemi):
            v = float(d.replace(",", ".")) + float((mi or "0").replace(",", ".")) / 60 + float((se or "0").replace(",", ".")) / 3600
            if sign in ("-", "−") or hemi in ("S", "W"):
                v = -v
            return v
        lat, lon = value(d1, m1, sec1, s1, lat_h), value(d2, m2, sec2, s2, lon_h)
        if abs(lat) <= 90 and abs(lon) <= 180:
            out.append((m.start(), m.end(), lat, lon))
    return out


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, Earth radius 6371 km)."""
    import math
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def vendor_ids(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, scheme, code) of the vendor ids written in `text`: four hex digits (or 0x and two or three) a little
    after a word of the USB, PCI or Bluetooth register (a bare "vendor" word is USB's or PCI's), or the first half of a VID:PID pair
    beside a USB word anywhere."""
    frames = [(m.end(), m.lastgroup) for m in _ID_FRAME.finditer(text)]
    if not frames:
        return []
    out = []
    for m in _ID_CODE.finditer(text):
        g = 1 if m.group(1) else 2
        code = m.group(g).upper().zfill(4)
        schemes = set()
        for end, kind in frames:
            if end <= m.start() and m.start() - end <= _ID_WINDOW and "\n" not in text[end:m.start()]:
                if kind == "usb":  # a USB word; a bare "vendor" word is USB's or PCI's
                    schemes |= {USB, PCI} if re.search(r"[Vv]endor", text[max(0, end - 9):end]) else {USB}
                else:
                    schemes.add(PCI if kind == "pci" else BT)
        if not schemes and ":" in m.group() and any(kind == "usb" for _, kind in frames):
            schemes = {USB}
        for scheme in schemes:
            out.append((m.start(g), m.end(g), scheme, code))
    return out


def _luhn_digits(digits: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def isin_valid(code: str) -> bool:
    """Whether `code` is an ISIN with a valid check digit (ISO 6166: letters as 10-35, then the Luhn check)."""
    if not _ISIN_FORM.fullmatch(code):
        return False
    return _luhn_digits("".join(str(int(ch, 36)) for ch in code))


_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
               "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_valid(vin: str) -> bool:
    """Whether a 17-character VIN's check digit (position 9; 49 CFR 565.15) is valid."""
    if len(vin) != 17 or any(ch not in _VIN_VALUES for ch in vin):
        return False
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS)) % 11
    return vin[8] == ("X" if total == 10 else str(total))


def parse(value: str) -> tuple[str, str] | str:
    """(scheme, code) of a registry value ("ISIN US0378331005"), or why it is refused."""
    scheme, _, code = value.strip().partition(" ")
    code = code.strip()
    if scheme not in SCHEMES or not code:
        return f"an identifier is a scheme ({', '.join(SCHEMES)}) and a code: {value!r}"
    if scheme == ISIN and not isin_valid(code):
        return f"an ISIN is 12 characters with a valid check digit (ISO 6166): {value!r}"
    if scheme == WIKIDATA and not _QID_FORM.fullmatch(code):
        return f"a Wikidata item id is Q and digits: {value!r}"
    if scheme == WMI and not _WMI_FORM.fullmatch(code):
        return f"a world manufacturer identifier is two or three VIN characters (no I, O, Q): {value!r}"
    if scheme == NDC and not _NDC_FORM.fullmatch(code):
        return f"an NDC labeler code is four or five digits: {value!r}"
    if scheme in (USB, PCI, BT):
        code = code.upper().removeprefix("0X")
        if not re.fullmatch(r"[0-9A-F]{4}", code):
            return f"a vendor or company id is four hex digits (USB 05AC, PCI 144D, BT 0x004C): {value!r}"
    if scheme == DATECODE and not re.fullmatch(r"[A-Z]{2}", code):
        return f"a date code's factory is two capital letters (datecode SD): {value!r}"
    if scheme == GEO:
        try:
            lat, lon = (float(x) for x in code.replace(" ", "").split(","))
        except ValueError:
            return f"a place is latitude,longitude in decimal degrees (geo 37.3349,-122.0090): {value!r}"
        if abs(lat) > 90 or abs(lon) > 180:
            return f"a place is latitude,longitude in decimal degrees (geo 37.3349,-122.0090): {value!r}"
        code = f"{lat:.4f},{lon:.4f}"
    if scheme == GLYPH:
        code = "".join(sorted(_SHAPES.get(ch, ch) for ch in code if not ch.isspace()))
    if scheme == COLOUR:
        code = code.upper().replace(" C", "C").replace(" U", "U").replace("PMS ", "PANTONE ")
        if not _COLOUR_FORM.fullmatch(code):
            return f"a brand colour is a hex code (#F40009) or a Pantone number (Pantone 219 C): {value!r}"
    return scheme, code


class IdentifierDetector(Detector):
    name = "identifiers"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._codes: dict[tuple[str, str], list[int]] = {}  # (scheme, code) -> fingerprints

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary != "identifier":
            return None
        got = parse(fp.value)
        if isinstance(got, str):
            return got
        self._codes.setdefault(got, []).append(i)
        return None

    def compile(self) -> None:
        brand_of = self.catalogue.fingerprint_brand
        self._codes = {c: found for c, found in self._codes.items() if len({brand_of[i] for i in found}) == 1}
        self._schemes = {scheme for scheme, _ in self._codes}
        self._glyphs = {code: found for (scheme, code), found in self._codes.items() if scheme == GLYPH}
        self._glyph_chars = frozenset("".join(self._glyphs)) | frozenset(_SHAPES)
        self._places = [(tuple(map(float, code.split(","))), code) for (scheme, code) in self._codes if scheme == GEO]

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._codes:
            return []
        original = text.original
        digits = any(map(str.isdigit, original))  # asked by five schemes below: once, in C (issue 16)
        found: list[tuple[int, int, str, str, bool]] = []  # (start, end, scheme, code, needs a copy cue)
        if ISIN in self._schemes and digits:
            for m in _ISIN.finditer(original):
                if isin_valid(m.group(1)):
                    found.append((m.start(1), m.end(1), ISIN, m.group(1), False))
        if WIKIDATA in self._schemes and "Q" in original and _WIKIDATA.search(original):
            for m in _QID.finditer(original):
                found.append((m.start(), m.end(), WIKIDATA, "Q" + m.group(1), False))
        if WMI in self._schemes:
            framed = _VIN_WORD.search(original) is not None
            for m in _VIN.finditer(original):
                if vin_valid(m.group(1)):
                    found.append((m.start(1), m.end(1), WMI, m.group(1)[:3], True))
            for m in _WMI_TOKEN.finditer(original):
                code = m.group(1)
                if not any(ch.isalpha() for ch in code):
                    continue
                if framed or len(code) == 3:
                    found.append((m.start(1), m.end(1), WMI, code, True))
                    if len(code) == 3 and framed:
                        found.append((m.start(1), m.end(1), WMI, code[:2], True))
        if NDC in self._schemes and ("NDC" in original or "ndc" in original or "abel" in original):
            for m in _NDC.finditer(original):
                g = 1 if m.group(1) else 2
                found.append((m.start(g), m.end(g), NDC, m.group(g), True))
        if COLOUR in self._schemes:
            for m in _HEX.finditer(original) if ("#" in original or digits) else ():
                code = m.group(2).upper()
                if m.group(1) or (any(ch.isdigit() for ch in code) and any(ch.isalpha() for ch in code)):
                    found.append((m.start(), m.end(), COLOUR, "#" + code, True))
            if _PANTONE_WORD.search(original):
                for m in _PANTONE.finditer(original):
                    found.append((m.start(), m.end(), COLOUR, f"PANTONE {m.group(1)}{m.group(2)}", True))
        if self._schemes & {USB, PCI, BT} and digits:
            for start, end, scheme, code in vendor_ids(original):
                found.append((start, end, scheme, code, True))
        if self._places and digits and ("." in original or "°" in original):
            for start, end, lat, lon in parse_coordinates(original):
                for point, code in self._places:
                    if distance_km((lat, lon), point) <= GEO_RADIUS_KM:
                        found.append((start, end, GEO, code, True))
        if DATECODE in self._schemes and digits and _DATECODE_FRAME.search(original):
            for m in _DATECODE.finditer(original):
                week = int(m.group(2)[0] + m.group(2)[2])
                if 1 <= week <= 53:
                    found.append((m.start(), m.end(), DATECODE, m.group(1), True))
        if self._glyphs and not self._glyph_chars.isdisjoint(original):
            for m in _SHAPE_RUN.finditer(original):
                shapes = "".join(sorted({_SHAPES[ch] for ch in m.group() if ch in _SHAPES}))
                if len(shapes) >= 3:
                    found.append((m.start(), m.end(), GLYPH, _BUTTONS, True))
            for code in self._glyphs:
                if code != _BUTTONS and all(c in original for c in code):
                    k = original.index(code[0])
                    found.append((k, k + 1, GLYPH, code, True))
        out: list[Evidence] = []
        seen: set[tuple[int, int]] = set()
        for start, end, scheme, code, copy in found:
            for i in self._codes.get((scheme, code), ()):
                if (i, start) in seen:
                    continue
                seen.add((i, start))
                field, s, e, matched = text.locate(start, end)
                fp = self.fingerprints[i]
                out.append(Evidence(Rule.identifier, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                                    needs_corroboration=True, needs_cue=True, needs_copy_cue=copy,
                                    detail=f"'{matched}' is the brand's {_WHAT[scheme]} ({fp.value}): the register names "
                                           f"the company behind it; " + (
                                               "genuine goods are sold by it too: needs a cue that claims a copy"
                                               if copy else "needs the brand's category and a cue or a copy's price")))
        return self.in_category(out, text, listing) if out else out

    def memory_bytes(self) -> int:
        return 90 * len(self._codes)

    def stats(self) -> dict[str, int]:
        return {"identifiers": len(self._codes)}


_WHAT = {ISIN: "ISIN securities code (or its listed parent's)", WIKIDATA: "Wikidata item id",
         WMI: "world manufacturer identifier in VINs", NDC: "FDA National Drug Code labeler code",
         GLYPH: "products' interface glyph", COLOUR: "brand colour", USB: "USB vendor id",
         PCI: "PCI vendor id", BT: "Bluetooth SIG company id", GEO: "headquarters' or founding site's coordinates",
         DATECODE: "date code (its factory's letters and the week and year of making)"}
