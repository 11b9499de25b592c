"""Write samenwerk_desktop/core/storage/frozen_objects.py by replaying the newest version's migrations (run after adding one)."""

from pathlib import Path

from samenwerk_desktop.core.storage import schema, verify

OUT = Path(__file__).resolve().parent.parent / "samenwerk_desktop" / "core" / "storage" / "frozen_objects.py"


def module_text() -> str:
    """The module as this tool writes it for the current migrations."""
    statements = tuple(tuple(schema.MIGRATIONS[v]) for v in range(1, schema.SCHEMA_VERSION + 1))
    objects, columns = verify.replay(statements)
    lines = [
        f'"""File version {schema.SCHEMA_VERSION}\'s schema as its migrations make it: tools/gen_frozen_objects.py writes it, a test checks it."""',
        "",
        "#: the statements of migrations 1..VERSION these are made of, one tuple per version",
        "STATEMENTS = (",
        *(f"    {stmts!r}," for stmts in statements),
        ")",
        f"VERSION = {schema.SCHEMA_VERSION}",
        "#: (type, name, table, SQL with runs of white space made one space) of every object in sqlite_schema",
        "OBJECTS = frozenset({",
        *(f"    {obj!r}," for obj in sorted(objects, key=repr)),
        "})",
        "#: each table's columns in order",
        "COLUMNS = {",
        *(f"    {name!r}: {cols!r}," for name, cols in sorted(columns.items())),
        "}",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUT.write_text(module_text(), encoding="utf-8")
    print(f"wrote {OUT}")
