"""The generated collaborations are valid projects of the asked size."""

import random

import pytest

from samenwerk_desktop.core import errors, generate, model, raci, storage


def test_large_collaboration_has_the_asked_size(tmp_path):
    path = tmp_path / "groot.samenwerk"
    generate.large_collaboration(path, parties=120, relations=400, work_items=50, raci_parties=20, agreements=150)
    with storage.Project.open(path) as project:
        data = project.load()
    assert len(data.parties) == 120
    assert len(data.relations) == 400
    assert len(data.work_items) == 50
    assert len(data.agreements) == 150
    assert {p for _, p in data.raci} <= set(data.entities["party"]) and len({p for _, p in data.raci}) <= 20
    assert raci.findings_for(data)  # a generated matrix is messy enough to have findings


def test_large_collaboration_is_the_same_for_the_same_seed(tmp_path):
    for name in ("a", "b"):
        generate.large_collaboration(tmp_path / f"{name}.samenwerk", parties=30, relations=60, work_items=10,
                                     raci_parties=8, agreements=20, seed=7)
    loads = []
    for name in ("a", "b"):
        with storage.Project.open(tmp_path / f"{name}.samenwerk") as project:
            data = project.load()
        data.collaboration = model.replace(data.collaboration, created="", updated="")
        loads.append(data)
    assert loads[0] == loads[1]


def test_large_collaboration_does_not_overwrite(tmp_path):
    path = tmp_path / "groot.samenwerk"
    path.write_text("belangrijk")
    with pytest.raises(errors.SamenwerkError):
        generate.large_collaboration(path, parties=5, relations=5, work_items=2, raci_parties=2, agreements=2)
    assert path.read_text() == "belangrijk"


@pytest.mark.parametrize("seed", range(30))
def test_random_collaboration_is_valid(seed):
    data = generate.random_collaboration(random.Random(seed), size=seed % 7)
    for kind, entities in data.entities.items():
        for id_, entity in entities.items():
            assert entity.id == id_
            assert model.validate(entity) == [], (kind, id_)
            for spec in model.fields_of(type(entity)):
                ref = spec.meta.get("ref")
                if ref:
                    value = getattr(entity, spec.name)
                    targets = [value] if spec.type == "ref" else list(value)
                    assert all(t is None or t in data.entities[ref] for t in targets)
    assert model.validate(data.collaboration) == []
