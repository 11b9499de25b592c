"""Switching the role scheme never leaves cells the new scheme cannot hold."""

import pytest

from samenwerk_desktop.core import errors
from samenwerk_desktop.core.model import Collaboration, Party, WorkItem
from samenwerk_desktop.core.storage import Project


def _project_with_support_role(path):
    project = Project.create(path, Collaboration(title="Schema", raci_scheme="RASCI"))
    project.add(Party(name="Gemeente"))
    project.add(WorkItem(title="Visie"))
    project.set_roles({(1, 1): "S"})
    return project


def test_switch_to_raci_is_refused_while_s_cells_exist(project_path):
    with _project_with_support_role(project_path) as project:
        with pytest.raises(errors.ValidationError, match="S"):
            project.update_collaboration(raci_scheme="RACI")
        assert project.collaboration().raci_scheme == "RASCI"
        assert project.roles(1, 1) == "S"


def test_switch_to_raci_is_allowed_once_s_cells_are_cleared(project_path):
    with _project_with_support_role(project_path) as project:
        project.set_roles({(1, 1): ""})
        project.update_collaboration(raci_scheme="RACI")
        assert project.collaboration().raci_scheme == "RACI"
