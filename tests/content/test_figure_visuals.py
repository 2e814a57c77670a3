"""Each figure group's page draws one figure large (its lead) and each figure as a number, a
ring or bars: the defaults follow what the figure has, and a lead the group lacks is refused
at its line."""

import pytest

from kiosk.content import ContentError, load_content
from tests.conftest import BUNDLED, copy_site

GROUPS = {group.id: group for group in load_content(BUNDLED).content.figures.groups}


def test_the_default_visuals_follow_what_a_figure_has() -> None:
    figures = {f.id: f for group in GROUPS.values() for f in group.figures}
    assert figures["signed-projects"].drawn_as == "bars", "a comparison"
    assert figures["started-projects"].drawn_as == "ring", "a rate"
    assert figures["pledge-projects"].drawn_as == "ring", "a share"
    assert figures["retail-sales"].drawn_as == "number", "a growth is a badge"


def test_the_lead_is_the_first_figure_with_a_chart_or_ring_unless_named() -> None:
    assert GROUPS["investment"].lead_figure().id == "signed-projects"
    assert GROUPS["economy"].lead_figure().id == "industrial-output", "none drawn: highlighted"


def test_a_lead_named_by_staff_is_used_and_a_missing_one_refused(tmp_path) -> None:
    path = copy_site(tmp_path / "site")
    text = path.read_text(encoding="utf-8")
    anchor = "      title: {zh: 招商引资, en: Investment promotion}\n"
    path.write_text(
        text.replace(anchor, anchor + "      lead: out-of-province\n"), encoding="utf-8"
    )
    groups = load_content(path).content.figures.groups
    assert next(g for g in groups if g.id == "investment").lead_figure().id == "out-of-province"
    path.write_text(text.replace(anchor, anchor + "      lead: no-such-figure\n"), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_content(path)
    line = text.splitlines().index(anchor.rstrip("\n")) + 2
    assert any(
        str(issue).startswith(f"content.yaml:{line}:") and "no-such-figure" in str(issue)
        for issue in raised.value.issues
    ), [str(issue) for issue in raised.value.issues]
