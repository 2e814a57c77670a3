"""The timeline driven by hand: rail taps and drags, flicks, cards, detail swipes, fallbacks."""

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest

from tests.conftest import copy_site
from tests.ui.conftest import PORTRAIT
from tests.ui.helpers import (
    center,
    click,
    click_item,
    find,
    mouse_drag,
    pause,
    settle,
    touch_swipe,
    touch_tap,
    touchscreen,
)

ORDER = [
    "founded", "early-days", "reform-conference", "expansion", "institutional-reform",
    "results-2023", "investment-2023", "projects-2023", "business-environment-2023",
    "thirty-second-year",
]  # fmt: skip


def open_timeline(kiosk, qtbot):
    click_item(kiosk.window, "entry-timeline")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "timeline")
    settle()
    return find(kiosk.window, "timelinePanel")


def open_event(kiosk) -> str:
    return kiosk.backend.timeline.openEvent.selected().get("eventId", "")


def rail_point(kiosk, year: int, share: float = 0.5) -> QPoint:
    """On the rail, `share` of the way along the first stop of `year` (stops are spaced by
    events: one equal share of the rail each)."""
    rail = find(kiosk.window, "yearRail")
    stops = kiosk.backend.timeline.events.stops
    index = next(stop["index"] for stop in stops if stop["year"] == year)
    vertical = rail.property("vertical")
    along = (index + share) * (rail.height() if vertical else rail.width()) / len(stops)
    point = QPointF(rail.width() / 4, along) if vertical else QPointF(along, rail.height() / 2)
    return rail.mapToScene(point).toPoint()


def card_is_at_start(kiosk, event_id: str) -> bool:
    strip = find(kiosk.window, "timelineList")
    card = find(kiosk.window, f"card-{event_id}")
    start = strip.mapToScene(QPointF(0, 0)).x()
    band = card.property("opensEra")
    x = card.mapToScene(QPointF(0, 0)).x()
    return abs(x - start) < 2 or (band and 0 < x - start < 300)


def test_tapping_a_year_on_the_rail_lands_on_its_first_event(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    panel = open_timeline(kiosk, qtbot)
    assert panel.property("currentYear") == 1992
    click(kiosk.window, rail_point(kiosk, 2017))
    qtbot.waitUntil(lambda: panel.property("currentYear") == 2017)
    qtbot.waitUntil(lambda: card_is_at_start(kiosk, "expansion"))
    click(kiosk.window, rail_point(kiosk, 2016, share=0.05))  # the break before 2016: its event
    qtbot.waitUntil(lambda: panel.property("currentYear") == 2016)


def test_the_rail_is_spaced_by_events_and_marks_the_empty_years(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    open_timeline(kiosk, qtbot)
    stops = kiosk.backend.timeline.events.stops
    assert [stop["year"] for stop in stops] == [1992, 1992, 2016, 2017, 2017, *[2023] * 4, 2024]
    assert [stop["year"] for stop in stops if stop["breakBefore"]] == [2016, 2023]
    years = [find(kiosk.window, f"railYear-{year}") for year in (1992, 2016, 2017, 2023, 2024)]
    assert all(label.isVisible() for label in years), "each year named once, at its first event"
    lefts = [label.mapToScene(QPointF(0, 0)).x() for label in years]
    assert lefts == sorted(lefts)
    assert lefts[1] - lefts[0] < 3 * (lefts[2] - lefts[1]), "24 empty years take no more room"


def test_in_portrait_the_rail_runs_down_the_side_and_follows_touch(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(size=PORTRAIT)
    panel = open_timeline(kiosk, qtbot)
    rail = find(kiosk.window, "yearRail")
    strip = find(kiosk.window, "timelineList")
    assert rail.property("vertical") and rail.height() > 4 * rail.width()
    assert rail.mapToScene(QPointF(rail.width(), 0)).x() <= strip.mapToScene(QPointF(0, 0)).x()
    touch_tap(kiosk.window, rail_point(kiosk, 2023))
    qtbot.waitUntil(lambda: panel.property("currentYear") == 2023)
    qtbot.waitUntil(lambda: not strip.property("moving"))
    marker = find(kiosk.window, "yearMarker")
    label = find(kiosk.window, "railYear-2023")
    label_middle = label.mapToScene(QPointF(0, label.height() / 2)).y()
    qtbot.waitUntil(  # the marker stands beside 2023's name
        lambda: abs(marker.mapToScene(QPointF(0, marker.height() / 2)).y() - label_middle) < 4
    )


def test_dragging_along_the_rail_follows_the_finger(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    panel = open_timeline(kiosk, qtbot)
    touch_swipe(kiosk.window, rail_point(kiosk, 1992, share=0.2), rail_point(kiosk, 2023), steps=20)
    qtbot.waitUntil(lambda: panel.property("currentYear") == 2023)
    qtbot.waitUntil(lambda: card_is_at_start(kiosk, "results-2023"))


def test_a_flick_keeps_moving_and_stops_on_a_card(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    open_timeline(kiosk, qtbot)
    strip = find(kiosk.window, "timelineList")
    start = center(strip)
    touch_swipe(kiosk.window, start, start - QPoint(600, 0), steps=6)
    qtbot.waitUntil(lambda: not strip.property("moving"), timeout=8000)
    qtbot.wait(400)
    assert strip.property("contentX") > 1200, "inertia carried the strip past the finger"
    starts = []
    for event_id in ORDER:
        cards = [c for c in [find_or_none(kiosk, f"card-{event_id}")] if c is not None]
        for card in cards:
            offset = 0 if not card.property("opensEra") else 240 + strip.property("spacing")
            starts.append(card.property("x") - offset)
    assert any(abs(strip.property("contentX") - x) < 1.5 for x in starts), "settled on a card"


def find_or_none(kiosk, name):
    from tests.ui.helpers import find_all

    found = find_all(kiosk.window, name)
    return found[0] if found else None


def test_tapping_a_card_opens_its_detail(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    open_timeline(kiosk, qtbot)
    click_item(kiosk.window, "card-early-days")
    qtbot.waitUntil(lambda: open_event(kiosk) == "early-days")
    settle()
    assert find(kiosk.window, "eventDetail").isVisible()
    assert find(kiosk.window, "eventDetailTitle").property("text") == "一张白纸起步"
    assert find(kiosk.window, "eventDetailMeta").property("text") == "1992年  ·  创立起步"
    image = find(kiosk.window, "eventDetailImage")
    assert image.property("source").startswith("image://content/assets/illustrations/early-days")
    qtbot.waitUntil(lambda: image.property("loaded"))


def test_next_and_previous_follow_date_order(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    open_timeline(kiosk, qtbot)
    click_item(kiosk.window, "card-founded")
    qtbot.waitUntil(lambda: open_event(kiosk) == "founded")
    seen = [open_event(kiosk)]
    for _ in range(len(ORDER) - 1):
        before = seen[-1]
        click_item(kiosk.window, "nextEventButton")
        qtbot.waitUntil(lambda before=before: open_event(kiosk) != before)
        seen.append(open_event(kiosk))
    assert seen == ORDER
    click_item(kiosk.window, "nextEventButton")  # at the end: stays
    assert open_event(kiosk) == ORDER[-1]
    click_item(kiosk.window, "previousEventButton")
    qtbot.waitUntil(lambda: open_event(kiosk) == ORDER[-2])


def test_swipes_move_one_event_and_swipe_down_closes(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    open_timeline(kiosk, qtbot)
    kiosk.backend.navigator.openDetail("expansion")
    settle()
    middle = center(find(window, "eventDetailCard"))
    mouse_drag(window, middle, middle - QPoint(500, 0))
    qtbot.waitUntil(lambda: open_event(kiosk) == "institutional-reform")
    settle()
    touch_swipe(window, middle, middle + QPoint(500, 0))
    qtbot.waitUntil(lambda: open_event(kiosk) == "expansion")
    settle()
    two_finger_swipe(window, middle, QPoint(-700, 0))
    qtbot.waitUntil(lambda: open_event(kiosk) != "expansion")
    settle()
    assert open_event(kiosk) == "institutional-reform", "two fingers still move one event"
    top = find(window, "eventDetailTitle")
    start = center(top)
    touch_swipe(window, start, start + QPoint(0, 400))
    qtbot.waitUntil(lambda: open_event(kiosk) == "")
    assert not find(window, "eventDetail").isVisible()


def two_finger_swipe(window, start: QPoint, offset: QPoint, steps: int = 10) -> None:
    second = start + QPoint(0, 120)
    QTest.touchEvent(window, touchscreen()).press(0, start, window).press(
        1, second, window
    ).commit()
    for step in range(1, steps + 1):
        pause(16)
        delta = offset * step / steps
        sequence = QTest.touchEvent(window, touchscreen())
        sequence.move(0, start + delta, window).move(1, second + delta, window).commit()
    pause(16)
    end = QTest.touchEvent(window, touchscreen())
    end.release(0, start + offset, window).release(1, second + offset, window).commit()


def test_detail_closes_by_button_and_by_a_tap_outside(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(PORTRAIT)
    window = kiosk.window
    open_timeline(kiosk, qtbot)
    kiosk.backend.navigator.openDetail("founded")
    click_item(window, "closeEventButton")
    qtbot.waitUntil(lambda: open_event(kiosk) == "")
    kiosk.backend.navigator.openDetail("founded")
    settle()
    card = find(window, "eventDetailCard")
    below = card.mapToScene(QPointF(card.width() / 2, card.height() + 10)).toPoint()
    click(window, below)
    qtbot.waitUntil(lambda: open_event(kiosk) == "")
    assert kiosk.backend.navigator.currentPanel == "timeline"


def test_back_closes_the_detail_before_leaving_the_panel(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    open_timeline(kiosk, qtbot)
    kiosk.backend.navigator.openDetail("founded")
    click_item(kiosk.window, "backButton")
    qtbot.waitUntil(lambda: open_event(kiosk) == "")
    assert kiosk.backend.navigator.currentPanel == "timeline"


def test_language_follows_into_an_open_detail(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    open_timeline(kiosk, qtbot)
    kiosk.backend.navigator.openDetail("founded")
    click_item(kiosk.window, "languageButton")
    title = find(kiosk.window, "eventDetailTitle")
    qtbot.waitUntil(lambda: title.property("text") == "The zone is founded")
    assert open_event(kiosk) == "founded"


def test_deep_link_starts_on_the_event(make_kiosk) -> None:
    kiosk = make_kiosk(open_link="timeline/thirty-second-year")
    assert kiosk.backend.navigator.currentPanel == "timeline"
    assert open_event(kiosk) == "thirty-second-year"


def test_a_broken_image_falls_back_to_a_typographic_card(make_kiosk, qtbot, tmp_path) -> None:
    content = copy_site(tmp_path / "site")
    kiosk = make_kiosk(content=content)
    (content.parent / "assets" / "illustrations" / "reform.svg").write_text("garbage")
    open_timeline(kiosk, qtbot)
    kiosk.backend.navigator.openDetail("institutional-reform")
    settle()
    qtbot.wait(300)
    image = find(kiosk.window, "eventDetailImage")
    assert not image.property("loaded")
    assert image.property("initial") == "机"


def test_a_long_body_scrolls_inside_the_card(make_kiosk, qtbot, tmp_path) -> None:
    content = copy_site(tmp_path / "site")
    text = content.read_text(encoding="utf-8")
    long_body = "开发区" * 700  # 2,100 characters
    text = text.replace(
        "          建区之初，开发区被一条铁路和平朔的围挡圈在十多平方千米的范围内。",
        f"          {long_body}",
    )
    content.write_text(text, encoding="utf-8")
    kiosk = make_kiosk(content=content)
    open_timeline(kiosk, qtbot)
    kiosk.backend.navigator.openDetail("early-days")
    settle()
    body = find(kiosk.window, "eventDetailBody")
    card = find(kiosk.window, "eventDetailCard")
    assert body.property("contentHeight") > body.height() * 2
    body_bottom = body.mapToScene(QPointF(0, body.height())).y()
    assert body_bottom <= card.mapToScene(QPointF(0, card.height())).y()
    start = center(body)
    touch_swipe(kiosk.window, start, start - QPoint(0, 400))
    qtbot.waitUntil(lambda: body.property("contentY") > 100)
    assert open_event(kiosk) == "early-days", "scrolling the text does not close or step"
