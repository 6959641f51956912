"""Where a field begins (normalise.ListingText): `locate` gives offsets into the field as stored, also when the title
was garbled by a wrong encoding and repaired shorter (mojibake.py: "CafÃ©" is "Café"), or holds a line break;
`field_offset` gives where a field begins in the joined text the views read."""

from __future__ import annotations

from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText


def test_a_description_hit_after_a_repaired_title_is_located_in_the_stored_description():
    text = ListingText("Ã©Ã©Ã© Ã§a crÃ¨me brÃ»lÃ©e", "Rolex watch")
    assert text.repairs and len(text.title) < len("Ã©Ã©Ã© Ã§a crÃ¨me brÃ»lÃ©e")
    start = text.original.index("Rolex")
    assert text.locate(start, start + 5) == ("description", 0, 5, "Rolex")


def test_a_title_with_a_line_break():
    text = ListingText("Rolex\nline two", "Gucci watch")
    start = text.original.index("Gucci")
    assert text.locate(start, start + 5) == ("description", 0, 5, "Gucci")
    start = text.original.index("line")
    assert text.locate(start, start + 4) == ("title", 6, 10, "line")
    assert text.field_offset("description") == len("Rolex\nline two") + len(FIELD_SEPARATOR)
    assert text.field_offset("title") == 0
