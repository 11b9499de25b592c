"""`samenwerk layout FILE [--only-unplaced]`: the map arranged without a window."""

import itertools
import math

from test_cli import samenwerk  # tests/ is on sys.path (rootdir conftest, prepend mode)

from samenwerk_desktop.core import interchange, layout, mapstyle, storage
from samenwerk_desktop.paths import resource


def parties_of(path):
    with storage.Project.open(path, read_only=True) as p:
        return {party.id: party for party in p.load().parties}


def test_layout_places_an_imported_list_and_keeps_the_placed_parties_with_only_unplaced(tmp_path):
    project = tmp_path / "p.samenwerk"
    interchange.import_file(resource("demo", "demo.json"), project)
    rows = "".join(f"Organisatie {i};Overig;0\n" for i in range(1, 13))
    (tmp_path / "lijst.csv").write_text("Naam;Soort;Standpunt\n" + rows, encoding="utf-8-sig")
    assert samenwerk("import-parties", project, tmp_path / "lijst.csv", cwd=tmp_path)[0] == 0
    before = parties_of(project)
    new = layout.unplaced_ids(list(before.values()))
    assert len(new) == 12
    code, out, err = samenwerk("layout", project, "--only-unplaced", cwd=tmp_path)
    assert code == 0, err
    assert "12 partijen" in out
    after = parties_of(project)
    assert all((after[i].x, after[i].y) == (before[i].x, before[i].y) for i in before if i not in new)
    assert not layout.unplaced_ids(list(after.values()))
    pos = layout.network_placement(list(after.values())).positions
    assert min(math.dist(pos[a.id], pos[b.id]) - mapstyle.radius(a.influence) - mapstyle.radius(b.influence)
               for a, b in itertools.combinations(after.values(), 2)) > 0


def test_layout_of_a_file_that_is_not_there_is_one_line(tmp_path):
    code, _, err = samenwerk("layout", tmp_path / "nergens.samenwerk", cwd=tmp_path)
    assert code == 2 and err.startswith("samenwerk: ") and len(err.splitlines()) == 1
