"""The Document: one undo stack over core operations, data kept in step, findings only redone when needed."""

import pytest

from samenwerk_desktop.core.model import Collaboration, Party, Relation, WorkItem
from samenwerk_desktop.core.session import Session
from samenwerk_desktop.core.storage import Project
from samenwerk_desktop.gui.document import ChangeCommand, Document
from samenwerk_desktop.gui.view_state import ViewState


@pytest.fixture
def doc(tmp_path, qapp):
    project = Project.create(tmp_path / "doc.samenwerk", Collaboration(title="Document"))
    project.add(Party(name="Gemeente"))
    project.add(Party(name="Waterschap", must_consult_board=True))
    project.add(WorkItem(title="Visie"))
    document = Document(project)
    yield document
    document.close()


def test_apply_changes_the_file_and_the_data_and_undo_redo_follow(doc, qtbot):
    with qtbot.waitSignal(doc.changed):
        doc.apply("standpunt", lambda p: p.update("party", 1, stance=2))
    assert doc.data.entities["party"][1].stance == 2 == doc.project.get("party", 1).stance
    doc.undo_stack.undo()
    assert doc.data.entities["party"][1].stance == 0 == doc.project.get("party", 1).stance
    doc.undo_stack.redo()
    assert doc.data.entities["party"][1].stance == 2 == doc.project.get("party", 1).stance


def test_a_refused_operation_reports_one_sentence_and_adds_no_undo_step(doc, qtbot):
    with qtbot.waitSignal(doc.errorOccurred) as blocker:
        assert doc.apply("leeg", lambda p: p.update("party", 1, name="")) is None
    assert "leeg" in blocker.args[0]
    assert doc.undo_stack.count() == 0
    assert doc.project.get("party", 1).name == "Gemeente"


def test_a_refused_value_is_named_by_its_label(doc, qtbot):
    with qtbot.waitSignal(doc.errorOccurred) as blocker:
        doc.apply("leeg", lambda p: p.update("party", 1, name=""))
    assert blocker.args[0].startswith("Naam: ")


def test_pushing_a_command_runs_its_operation_in_redo(doc):
    doc.undo_stack.push(ChangeCommand(doc, "standpunt", lambda p: p.update("party", 1, stance=-1)))
    assert doc.undo_stack.count() == 1
    assert doc.project.get("party", 1).stance == -1 == doc.data.get("party", 1).stance


def test_a_refused_command_is_dropped_by_the_stack(doc, qtbot):
    doc.apply("standpunt", lambda p: p.update("party", 1, stance=1))
    with qtbot.waitSignal(doc.errorOccurred):
        doc.apply("leeg", lambda p: p.update("party", 2, name=""))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.project.get("party", 1).stance == 0


def test_edits_undo_and_redo_never_read_the_file_back(doc, monkeypatch):
    busy = []  # the core operation itself may read, in its own transaction; the Document may not
    project = doc.project
    for name in ("get", "roles", "load_kinds", "collaboration", "load"):
        real = getattr(project, name)

        def guarded(*args, _real=real, **kwargs):
            assert busy, "the Document read back from the file"
            return _real(*args, **kwargs)

        monkeypatch.setattr(project, name, guarded)
    real_revert = project.revert

    def revert(change):
        busy.append(1)
        try:
            return real_revert(change)
        finally:
            busy.pop()

    monkeypatch.setattr(project, "revert", revert)

    def op(body):
        def run(p):
            busy.append(1)
            try:
                return body(p)
            finally:
                busy.pop()
        return run

    doc.apply("standpunt", op(lambda p: p.update("party", 1, stance=2)))
    doc.apply("rol", op(lambda p: p.set_roles({(1, 1): "AR"})))
    doc.apply("titel", op(lambda p: p.update_collaboration(title="Warm en droog")))
    doc.apply("relatie", op(lambda p: p.add(Relation(source_id=1, target_id=2))))
    doc.apply("weg", op(lambda p: p.delete("party", 2)))
    for _ in range(3):
        doc.undo_stack.undo()
    doc.undo_stack.redo()
    monkeypatch.undo()
    assert doc.data == doc.project.load()


def test_a_qt_free_listener_and_a_document_hear_the_same_change(tmp_path, qapp, qtbot):
    project = Project.create(tmp_path / "twee.samenwerk", Collaboration(title="Twee luisteraars"))
    session = Session(project)
    heard = []
    session.subscribe(lambda change, who: heard.append((change, who)))
    document = Document(session=session)
    with qtbot.waitSignal(document.changed) as blocker:
        change = session.run(lambda p: p.add(Party(name="Provincie")), initiator="zaalscherm")
    assert heard == [(change, "zaalscherm")]
    assert blocker.args == [change]
    assert document.data.parties[0].name == "Provincie"
    document.close()


def test_an_edit_in_the_document_reaches_a_qt_free_listener_with_its_initiator(doc):
    heard = []
    doc.session.subscribe(lambda change, who: heard.append((change.kind, change.action, who)))
    doc.apply("standpunt", lambda p: p.update("party", 1, stance=1), initiator="inspector")
    doc.undo_stack.undo()
    assert heard == [("party", "update", "inspector"), ("party", "update", "inspector")]


def test_a_macro_is_one_undo_step(doc):
    with doc.macro("twee partijen"):
        doc.apply("a", lambda p: p.add(Party(name="Provincie")))
        doc.apply("b", lambda p: p.add(Party(name="Netbeheerder")))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert sorted(p.name for p in doc.data.parties) == ["Gemeente", "Waterschap"]


def test_moving_a_party_keeps_the_findings_but_renaming_redoes_them(doc):
    first = doc.findings
    doc.apply("verplaatsen", lambda p: p.update("party", 1, x=40.0, y=-10.0))
    assert doc.findings is first  # a drag on the map does not recompute the matrix rules
    doc.apply("hernoemen", lambda p: p.update("party", 1, name="Gemeente Maasoever"))
    assert doc.findings is not first
    assert any("Gemeente Maasoever" in str(f.message) for f in doc.findings)


def test_roles_change_the_findings(doc):
    assert any(f.code == "empty_row" for f in doc.findings)
    doc.apply("rol", lambda p: p.set_roles({(1, 1): "AR"}))
    assert not any(f.code == "empty_row" for f in doc.findings)
    doc.apply("rol", lambda p: p.set_roles({(1, 2): "A"}))
    assert any(f.code == "board_accountable" and f.party_id == 2 for f in doc.findings)


def test_deleting_a_selected_party_drops_it_from_the_selection(doc, qtbot):
    view_state = ViewState(doc)
    view_state.set_selection({1, 2})
    with qtbot.waitSignal(view_state.selectionChanged):
        doc.apply("weg", lambda p: p.delete("party", 2))
    assert view_state.selected_parties == frozenset({1})


def test_the_document_holds_no_selection_state(doc):
    for name in ("selected_parties", "set_selection", "selectionChanged"):
        assert not hasattr(doc, name), name


def _typed(party: int, **values):
    return lambda p: p.update("party", party, **values)


#: (a second save after typing "Eerste" into party 1's position, whether the two are one undo step)
MERGES = [
    ("the same field typed on", lambda d: d.apply("t", _typed(1, position="Eerste zin"), typing=True), 1),
    ("another field", lambda d: d.apply("t", _typed(1, culture="Formeel"), typing=True), 2),
    ("another party", lambda d: d.apply("t", _typed(2, position="Eerste zin"), typing=True), 2),
    ("not typed", lambda d: d.apply("t", _typed(1, position="Eerste zin")), 2),
    ("a number", lambda d: d.apply("t", _typed(1, influence=7), typing=True), 2),
    ("after the field was left", lambda d: (d.end_typing(), d.apply("t", _typed(1, position="Eerste zin"),
                                                                     typing=True)), 2),
]


@pytest.mark.parametrize(("second", "steps"), [m[1:] for m in MERGES], ids=[m[0] for m in MERGES])
def test_saves_of_one_burst_of_typing_merge_into_one_undo_step(doc, second, steps):
    doc.apply("standpunt", _typed(1, position="Eerste"), typing=True)
    second(doc)
    assert doc.undo_stack.count() == steps


def test_undo_of_a_merged_burst_restores_the_text_from_before_it(doc):
    doc.apply("standpunt", _typed(1, position="Vooraf"))
    for text in ("Een", "Een zin", "Een zin, langer"):
        doc.apply("standpunt", _typed(1, position=text), typing=True)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.project.get("party", 1).position == "Vooraf" == doc.data.get("party", 1).position
    doc.undo_stack.redo()
    assert doc.project.get("party", 1).position == "Een zin, langer"
    doc.apply("standpunt", _typed(1, position="Daarna"), typing=True)  # redo ended the burst
    assert doc.undo_stack.count() == 3


def test_a_burst_typed_back_to_where_it_began_leaves_no_undo_step(doc):
    doc.apply("standpunt", _typed(1, position="x"), typing=True)
    doc.apply("standpunt", _typed(1, position=""), typing=True)
    assert doc.undo_stack.count() == 0 and doc.project.get("party", 1).position == ""
