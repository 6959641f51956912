"""The adversary's vendor-id and place classes (ids28, 2026-12-04): the brand named only by the id a standards body
gave it (a USB-IF vendor id, a PCI-SIG vendor id, a Bluetooth SIG company identifier) or by the coordinates of its
headquarters or founding site, under generic goods words with a cue that claims a copy; and the same ids and places
where nobody sells a copy.

Written from first principles (what a clone-maker who will not write the brand can still write: the id its clone
spoofs so the phone or console accepts it, the place the brand comes from), not from a held-out set:

- vendor_id_named: the vendor id as tools show it (VID 05AC, VID_054C&PID_0CE6, 057E:2009, idVendor 0x045e, PCI vendor
  144D, BLE company ID 0x004C, manufacturer data 0x0075), in English and with Chinese, Japanese, German, Spanish,
  Russian frames around the register's word.
- hq_coordinates_named: the headquarters' or founding site's coordinates, a little off the registry's point (within
  1 km), in decimal degrees (signed, with hemisphere letters before or after, a degree sign, a decimal comma), degrees
  and minutes (and seconds), or a geo: URI.
- trap_vendor_places: the same ids on developer and test tools (USB power meters, BLE sniffers, udev rules, descriptor
  books, PCIe adapters), and the same coordinates on jewellery, posters and travel goods, at cheap prices, no cue.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap
from tests.eval.adversary.register_codes import COPY_CLAIMS, _cats, _codes

EVASIONS = {
    "vendor_id_named": "the brand named only by the USB or PCI vendor id or Bluetooth company id its clone spoofs "
                       "(VID 05AC, 054C:0CE6, PCI vendor 144D, BLE company ID 0x004C), copy cue",
    "hq_coordinates_named": "the brand named only by the coordinates of its headquarters or founding site "
                            "(37.3349, -122.0090; 46°11′33″N 6°07′59″E; geo:55.7306,9.1153), copy cue",
}
TRAPS = {
    "trap_vendor_places": "vendor ids on developer and test tools (USB testers, BLE sniffers, udev rules) and "
                          "headquarters' coordinates on jewellery, posters and travel goods, no cue",
}

CLAIMS = [*COPY_CLAIMS, "1:1 copy", "AAA copy", "top clone", "super copy", "精仿", "复刻"]


def _pid(r) -> str:
    return f"{r.randrange(0x10000):04X}"


def _usb_forms(c: str, r) -> list[str]:
    p = _pid(r)
    return [f"VID {c}", f"USB VID {c} PID {p}", f"VID_{c}&PID_{p}", f"USB\\VID_{c}&PID_{p}", f"USB {c}:{p}",
            f"idVendor 0x{c.lower()}", f"lsusb shows {c.lower()}:{p.lower()}", f"Device Manager: VID_{c}",
            f"USB vendor ID {c}", f"USB-Hersteller-ID {c}", f"USB 厂商ID {c}", f"USB ベンダーID 0x{c}",
            f"VID/PID {c}/{p}", f"USB VID 0x{c}"]


def _pci_forms(c: str, r) -> list[str]:
    p = _pid(r)
    return [f"PCI vendor {c}", f"PCI ID {c}:{p}", f"lspci: {c.lower()}:{p.lower()}", f"PCIe vendor ID 0x{c}",
            f"PCI subsystem vendor {c}", f"PCI 厂商ID {c}"]


def _bt_forms(c: str, r) -> list[str]:
    h = c.upper().removeprefix("0X")
    return [f"BLE company ID 0x{h}", f"Bluetooth company identifier 0x{h}", f"BT company ID {h}",
            f"manufacturer data 0x{h}", f"BLE manufacturer ID 0x{h}", f"蓝牙 company ID 0x{h}",
            f"Bluetooth-Firmen-ID 0x{h}", f"ID de compañía Bluetooth 0x{h}"]


VENDOR_WORDINGS = ["{goods} – {code} – {cue}", "{goods}, shows as {code}, pairs like the original – {cue}",
                   "{cue} {goods} ({code})", "{goods} [{code}] {cue}", "{goods} – enumerates as {code} – {cue}",
                   "{goods}，{code}，{cue}", "{goods} — определяется как {code} — {cue}",
                   "{goods} – se detecta como {code} – {cue}", "{goods} – erkannt als {code} – {cue}",
                   "{goods} / {code} 認識 / {cue}"]


def _vendor_options(b: BrandView, s: Scene) -> list[str]:
    r = s.rng
    options = []
    for c in _codes(b, "USB"):
        options += _usb_forms(c, r)
    for c in _codes(b, "PCI"):
        options += _pci_forms(c, r)
    for c in _codes(b, "BT"):
        options += _bt_forms(c, r)
    return options


def make_vendor_id_named(b: BrandView, s: Scene) -> Draft | None:
    options = _vendor_options(b, s)
    if not options or not _cats(b):
        return None
    r = s.rng
    cat = r.choice(_cats(b))
    cue = r.choice(CLAIMS)
    title = r.choice(VENDOR_WORDINGS).format(goods=_cap(s.product(cat)), code=r.choice(options), cue=cue)
    desc = r.choice(context.DESCRIPTIONS)
    if r.random() < 0.4:
        desc = f"{desc} {_cap(cue)}.".strip()
    return Draft(title, cat, s.price(cat), desc)


def _points(b: BrandView) -> list[tuple[float, float]]:
    return [tuple(float(x) for x in c.split(",")) for c in _codes(b, "geo")]


def _dms(v: float, pos: str, neg: str, seconds: bool, ascii_marks: bool) -> str:
    a = abs(v)
    d = int(a)
    m_full = (a - d) * 60
    if seconds:
        m = int(m_full)
        sec = round((m_full - m) * 60)
        if sec == 60:
            m, sec = m + 1, 0
        text = f"{d}°{m:02d}'{sec:02d}\"" if ascii_marks else f"{d}°{m:02d}′{sec:02d}″"
    else:
        m = round(m_full)
        text = f"{d}°{m:02d}'" if ascii_marks else f"{d}°{m:02d}′"
    return text + (pos if v >= 0 else neg)


def _coordinates(lat: float, lon: float, r) -> str:
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    style = r.randrange(9)
    if style == 0:
        return f"{lat:.4f}, {lon:.4f}"
    if style == 1:
        return f"{abs(lat):.3f}° {ns}, {abs(lon):.3f}° {ew}"
    if style == 2:
        return f"{ns} {abs(lat):.4f} {ew} {abs(lon):.4f}"
    if style == 3:
        return f"{_dms(lat, 'N', 'S', True, r.random() < 0.5)} {_dms(lon, 'E', 'W', True, r.random() < 0.5)}"
    if style == 4:
        return f"geo:{lat:.5f},{lon:.5f}"
    if style == 5:
        return f"{abs(lat):.4f}{ns} {abs(lon):.4f}{ew}"
    if style == 6:
        return f"{_dms(lat, 'N', 'S', False, False)} {_dms(lon, 'E', 'W', False, False)}"
    if style == 7:
        return f"{abs(lat):.3f}° {ns} {abs(lon):.3f}° {ew}".replace(".", ",")
    return f"{lat:.5f},{lon:.5f}"


PLACE_WORDINGS = ["{goods} – brand from {code} – {cue}", "{goods}, HQ at {code}, {cue}", "{cue} {goods} (made by the {code} company)",
                  "{goods} – 总部坐标 {code} – {cue}", "{goods} – Firmensitz {code} – {cue}", "{goods} – sede: {code} – {cue}",
                  "{goods} – 本社 {code} – {cue}", "{goods} – штаб-квартира {code} – {cue}", "{goods} 📍{code} {cue}",
                  "{goods} – the brand whose home is {code} – {cue}"]


def make_hq_coordinates_named(b: BrandView, s: Scene) -> Draft | None:
    points = _points(b)
    if not points or not _cats(b):
        return None
    r = s.rng
    lat, lon = r.choice(points)
    lat, lon = lat + r.uniform(-0.006, 0.006), lon + r.uniform(-0.006, 0.006)  # within about 1 km
    cat = r.choice(_cats(b))
    cue = r.choice(CLAIMS)
    title = r.choice(PLACE_WORDINGS).format(goods=_cap(s.product(cat)), code=_coordinates(lat, lon, r), cue=cue)
    desc = r.choice(context.DESCRIPTIONS)
    if r.random() < 0.4:
        desc = f"{desc} {_cap(cue)}.".strip()
    return Draft(title, cat, s.price(cat), desc)


HONEST_DESCRIPTIONS = ["Third-party tool, not made by the brand; ids shown for compatibility.",
                       "For developers and testers. Works with any device.", "Coordinates of a place; no brand goods.",
                       "Handmade to order, engraved by us.", ""]


def make_trap_vendor_places(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    usb, pci, bt, points = _codes(b, "USB"), _codes(b, "PCI"), _codes(b, "BT"), _points(b)
    cats = _cats(b)
    options = []
    if usb:
        c = r.choice(usb)
        options += [(f"USB-C power meter – shows VID/PID (e.g. {c}), PD protocol", "chargers", 18.0),
                    (f"udev rules & guide: controllers with vendor {c} on Linux (PDF)", "books", 6.0),
                    (f"USB descriptor analyser – lists vendor {c} devices, for developers", "accessories", 35.0),
                    (f"Book: USB Complete – descriptors, VID/PID, HID explained (example VID {c})", "books", 30.0),
                    (f"USB protocol analyser, decodes VID_{c}&PID_{_pid(r)} traffic", "accessories", 60.0)]
    if pci:
        c = r.choice(pci)
        options += [(f"PCIe 4.0 M.2 adapter card – works with any NVMe (vendor {c}, 15B7...)", "computer accessories", 15.0),
                    (f"lspci cheat sheet poster – vendor ids 8086, 10DE, {c}", "posters", 9.0)]
    if bt:
        c = r.choice(bt)
        options += [(f"nRF52840 BLE sniffer dongle – decodes company IDs like {c}", "accessories", 25.0),
                    (f"Bluetooth company ID reference poster ({c} and others)", "posters", 12.0),
                    (f"BLE beacon dev kit, set any manufacturer data (example {c})", "accessories", 20.0)]
    if points:
        lat, lon = r.choice(points)
        code = _coordinates(lat, lon, r)
        options += [(f"Coordinates bracelet {code} – engraved", "jewelry", 30.0),
                    (f"City map poster {code}", "posters", 15.0),
                    (f"Travel mug with the coordinates {code}", "merchandise", 12.0),
                    (f"Custom GPS coordinates necklace – {code} – sterling silver", "jewelry", 45.0),
                    (f"Hometown coordinates tee {code}", "sportswear", 20.0)]
    if not options:
        return None
    title, cat, usd = r.choice(options)
    if cats and r.random() < 0.5:
        cat = r.choice(cats)  # the honest tool or keepsake filed under the brand's category, the hardest place
    return Draft(title, cat, (round(usd * r.uniform(0.8, 1.3), 2), "USD"), r.choice(HONEST_DESCRIPTIONS))


EVASION_MAKERS = {"vendor_id_named": make_vendor_id_named, "hq_coordinates_named": make_hq_coordinates_named}
TRAP_MAKERS = {"trap_vendor_places": make_trap_vendor_places}
