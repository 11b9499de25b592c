"""Actor types of the krachtenveldanalyse (agreement x trust, overridable) and the participation ladder."""

from dataclasses import dataclass

import pytest

from samenwerk_desktop.core import actors


@dataclass
class P:
    stance: int = 0
    trust: int = 0
    actor_type: str = ""
    ladder_now: str = ""
    ladder_intended: str = ""


@pytest.mark.parametrize("agreement, trust, expected", [
    (2, 2, "ally"), (1, 1, "ally"), (-1, 1, "opponent"), (-2, 2, "opponent"), (1, -1, "bedfellow"),
    (2, -2, "bedfellow"), (-1, -1, "adversary"), (-2, -2, "adversary"), (0, 2, "fence_sitter"),
    (2, 0, "fence_sitter"), (0, 0, "fence_sitter"), (-2, 0, "fence_sitter"),
])
def test_the_agreement_by_trust_table(agreement, trust, expected):
    assert actors.derived_actor_type(agreement, trust) == expected
    assert actors.actor_type(P(agreement, trust)) == expected


def test_the_facilitator_overrides_the_table():
    assert actors.actor_type(P(2, 2, actor_type="bedfellow")) == "bedfellow"
    assert actors.actor_type(P(2, 2, actor_type="")) == "ally"


def test_every_actor_type_has_dutch_and_english():
    assert [m.nl for m in actors.ACTOR_TYPES.values()] == ["Bondgenoot", "Opponent", "Bedgenoot", "Tegenstander",
                                                            "Twijfelaar"]
    assert all(m.en for m in actors.ACTOR_TYPES.values())


def test_the_ladder_gap_counts_rungs():
    assert actors.ladder_gap(P(ladder_now="inform", ladder_intended="coproduce")) == 3
    assert actors.ladder_gap(P(ladder_now="codecide", ladder_intended="consult")) == -3
    assert actors.ladder_gap(P(ladder_now="", ladder_intended="consult")) == 0
