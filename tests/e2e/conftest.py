"""Fixtures of the command-line tests (the runner itself is in ``cli_helpers``)."""

from __future__ import annotations

import pytest
from cli_helpers import Cli, new_centre


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """A new database with an administrator «admin» and a consultant «cons», per module."""
    return new_centre(tmp_path_factory.mktemp("centre"))
