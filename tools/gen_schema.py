"""Write docs/samenwerk-5.schema.json from the model (run after changing model.py)."""

import json
from pathlib import Path

from samenwerk_desktop.core.interchange import json_schema

OUT = Path(__file__).resolve().parent.parent / "docs" / "samenwerk-5.schema.json"

if __name__ == "__main__":
    OUT.write_text(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
