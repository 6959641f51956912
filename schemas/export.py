"""Write the JSON Schema of every exported model into schemas/json/.

    python -m schemas.export          # rewrite the files
    python -m schemas.export --check  # exit 1 when a file is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import TypeAdapter

from schemas.models import EXPORTED, Fingerprint
from schemas.portal import EXPORTED_PORTAL

OUT = Path(__file__).parent / "json"


def rendered() -> dict[str, str]:
    schemas = {name: model.model_json_schema() for name, model in EXPORTED.items()}
    schemas.update({name: model.model_json_schema() for name, model in EXPORTED_PORTAL.items()})
    schemas["fingerprint"] = TypeAdapter(Fingerprint).json_schema()
    return {
        f"{name}.schema.json": json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        for name, schema in sorted(schemas.items())
    }


def stale() -> list[str]:
    """File names whose content differs from what the models say now."""
    return [name for name, text in rendered().items() if not (OUT / name).exists() or (OUT / name).read_text() != text]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        out_of_date = stale()
        for name in out_of_date:
            print(f"out of date: schemas/json/{name} (run: python -m schemas.export)", file=sys.stderr)
        return 1 if out_of_date else 0
    OUT.mkdir(exist_ok=True)
    for name, text in rendered().items():
        (OUT / name).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
