"""Core benchmark: open and load a large collaboration, and the cost of one committed edit."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from samenwerk_desktop.core import generate, interchange, raci, storage
from samenwerk_desktop.core.model import Agreement, Party

SIZE = dict(parties=1000, relations=5000, work_items=300, raci_parties=60, agreements=2000)
RUNS = 5
EDITS_PER_RUN = 120


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _edit(project: storage.Project, rng: random.Random, data) -> None:
    """One committed edit, of the kinds a facilitator makes during a session."""
    party_ids = list(data.entities["party"])
    roll = rng.random()
    if roll < 0.3:
        project.update("party", rng.choice(party_ids), stance=rng.randint(-2, 2))
    elif roll < 0.45:
        moved = rng.sample(party_ids, 5)  # a drag of a small selection on the map
        project.update_many("party", {p: {"x": rng.uniform(-900, 900), "y": rng.uniform(-900, 900)} for p in moved})
    elif roll < 0.65:
        w = rng.choice(list(data.entities["work_item"]))
        p = rng.choice(party_ids[:60])
        project.set_roles({(w, p): rng.choice(("A", "R", "A/R", "C", "I", ""))})
    elif roll < 0.8:
        project.update("agreement", rng.choice(list(data.entities["agreement"])),
                       status=rng.choice(("proposed", "agreed", "done")))
    elif roll < 0.9:
        project.add(Agreement(text="Nieuwe werkafspraak tijdens het overleg", owner_party_id=rng.choice(party_ids),
                              party_ids=rng.sample(party_ids, 3)))
    else:
        project.update("party", rng.choice(party_ids), position="Standpunt bijgewerkt tijdens het overleg. " * 5)


def run(report) -> None:
    with tempfile.TemporaryDirectory(prefix="samenwerk-bench-") as folder:
        path = Path(folder) / "groot.samenwerk"
        start = time.perf_counter()
        generate.large_collaboration(path, **SIZE)
        report("generate 1000 parties / 5000 relations / 300x60 RACI / 2000 agreements",
               _ms(time.perf_counter() - start), "ms")
        report("project file size", path.stat().st_size / 1e6, "MB")

        opens = []
        for _ in range(7):
            start = time.perf_counter()
            with storage.Project.open(path) as project:
                data = project.load()
            opens.append(_ms(time.perf_counter() - start))
        report("open + check + load (median of 7)", statistics.median(opens), "ms", aim=150)

        findings = []
        for _ in range(7):
            start = time.perf_counter()
            raci.findings_for(data)
            findings.append(_ms(time.perf_counter() - start))
        report("RACI findings 300 x 1000 (median of 7)", statistics.median(findings), "ms")

        medians, p95s = [], []
        rng = random.Random(1)
        with storage.Project.open(path) as project:
            for _ in range(RUNS):
                times = []
                for _ in range(EDITS_PER_RUN):
                    start = time.perf_counter()
                    _edit(project, rng, data)
                    times.append(_ms(time.perf_counter() - start))
                medians.append(statistics.median(times))
                p95s.append(_p95(times))
            report(f"one committed edit, median ({RUNS} runs x {EDITS_PER_RUN})", statistics.median(medians), "ms")
            report(f"one committed edit, p95 (median over {RUNS} runs)", statistics.median(p95s), "ms", aim=20)

            hub = max(data.entities["party"], key=lambda p: sum(
                1 for r in data.entities["relation"].values() if p in (r.source_id, r.target_id)))
            deletes, restores = [], []
            for _ in range(5):
                start = time.perf_counter()
                change = project.delete("party", hub)
                deletes.append(_ms(time.perf_counter() - start))
                start = time.perf_counter()
                project.revert(change)
                restores.append(_ms(time.perf_counter() - start))
            report("delete the most connected party with everything attached (median)", statistics.median(deletes),
                   "ms", aim=20)
            report("undo that delete (median)", statistics.median(restores), "ms", aim=20)

            start = time.perf_counter()
            project.add(Party(name="Stichting Dorpsraad Lindeloo"))
            data = project.load()
            report("add a party and reload everything", _ms(time.perf_counter() - start), "ms")

            partial = []
            for _ in range(7):
                start = time.perf_counter()
                change = project.update("agreement", 1, status="done")
                project.load_kinds(data, change.kinds)
                partial.append(_ms(time.perf_counter() - start))
            report("edit an agreement and reload only the changed kinds (median)", statistics.median(partial), "ms")

            applied = []
            for _ in range(7):
                start = time.perf_counter()
                change = project.update("agreement", 1, status="agreed")
                storage.apply_change(data, change)
                applied.append(_ms(time.perf_counter() - start))
            report("edit an agreement and apply its change in memory, as the window does (median)",
                   statistics.median(applied), "ms")

            start = time.perf_counter()
            project.save_copy(Path(folder) / "kopie.samenwerk")
            report("save a copy", _ms(time.perf_counter() - start), "ms")

            start = time.perf_counter()
            interchange.export_file(project, Path(folder) / "groot.json")
            report("export as JSON", _ms(time.perf_counter() - start), "ms")
        start = time.perf_counter()
        interchange.import_file(Path(folder) / "groot.json", Path(folder) / "terug.samenwerk")
        report("import the JSON as a new project", _ms(time.perf_counter() - start), "ms")
