"""The lock files pin every dependency pyproject.toml names, at versions it allows, with hashes
(`python3 bootstrap.py lock` writes them; bootstrap installs only from them)."""

import re
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def pins(name: str) -> dict[str, str]:
    text = (ROOT / "requirements" / f"{name}.lock").read_text()
    found = {}
    for block in re.split(r"\n(?=\S)", text):
        match = re.match(r"([A-Za-z0-9_.-]+)==(\S+) \\", block)
        if match:
            assert "--hash=sha256:" in block, f"{match.group(1)} has no hash"
            found[canonicalize_name(match.group(1))] = match.group(2)
    return found


@pytest.mark.parametrize(
    ("lock", "requirements"),
    [
        ("kiosk", PROJECT["dependencies"]),
        ("test", PROJECT["dependencies"] + PROJECT["optional-dependencies"]["test"]),
    ],
)
def test_every_dependency_is_pinned_within_its_range(lock, requirements) -> None:
    pinned = pins(lock)
    for line in requirements:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} is missing from {lock}.lock: python3 bootstrap.py lock"
        assert requirement.specifier.contains(pinned[name]), (
            f"{lock}.lock pins {name}=={pinned[name]}, outside {requirement.specifier}: "
            "python3 bootstrap.py lock"
        )


def test_the_test_lock_holds_the_kiosks_exact_versions() -> None:
    kiosk, test = pins("kiosk"), pins("test")
    assert {name: test.get(name) for name in kiosk} == kiosk
