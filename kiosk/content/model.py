"""The content model: what staff may write in content.yaml, and nothing else.

Every model forbids unknown keys (a typo like `titel:` is an error, never silently dropped) and
is frozen (the kiosk swaps whole snapshots, it never edits one). Scalars arrive as the text the
staff member typed (see yamltree.py), and each field turns that text into what it means.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    create_model,
)
from pydantic_core import PydanticCustomError

from kiosk.content import languages
from kiosk.content.cleantext import character_name, forbidden_character
from kiosk.content.typeset import typeset

TITLE_MAX = 60
SHORT_MAX = 200
BODY_MAX = 5000


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _text_input(value: object) -> object:
    """A plain string is the first language only: `title: 朔州` is `title: {zh: 朔州}`."""
    return {languages.first(): value} if isinstance(value, str) else value


def _clean(newlines: bool):
    def check(value: str) -> str:
        found = forbidden_character(value, newlines=newlines)
        if found is not None:
            position, character = found
            raise PydanticCustomError(
                "content",
                "文字里第 {position} 个字符是不可见的控制字符（{name}），请删除它；"
                "常见原因是双引号里的 \\e、\\0、\\a 之类的转义 (control character in text)",
                {"position": position + 1, "name": character_name(character)},
            )
        return value

    return AfterValidator(check)


def _limited(max_length: int, newlines: bool, lang: str) -> object:
    """A text in `lang`: its length checked as written, then typeset (kiosk/content/typeset.py)."""
    return Annotated[
        str,
        StringConstraints(min_length=1, max_length=max_length),
        _clean(newlines),
        AfterValidator(lambda value: typeset(value, lang)),
    ]


class LocalizedText(StrictModel):
    """Visitor-facing text: a string (the first language) or one entry per language.

    Its fields are the languages in kiosk/content/languages.py (see `_text_type`)."""

    def get(self, lang: str) -> str:
        """The text in `lang`, falling back to the first language where it has no translation."""
        return getattr(self, lang, None) or getattr(self, languages.first())

    def translation(self, lang: str) -> str | None:
        return getattr(self, lang, None)


def _text_type(name: str, max_length: int, newlines: bool = False) -> type[LocalizedText]:
    """A LocalizedText whose first language is required and the others optional."""
    fields: dict[str, Any] = {}
    for index, language in enumerate(languages.LANGUAGES):
        text = _limited(max_length, newlines, language.code)
        if index == 0:
            fields[language.code] = (
                text,
                Field(description=f"{language.staff_zh}（必填） {language.staff_en}, required"),
            )
        else:
            fields[language.code] = (
                text | None,
                Field(
                    default=None,
                    description=f"{language.staff_zh}（可选） {language.staff_en} (optional; "
                    f"{languages.LANGUAGES[0].staff_en} is shown without it)",
                ),
            )
    return create_model(name, __base__=LocalizedText, __module__=__name__, **fields)


TitleText = _text_type("TitleText", TITLE_MAX)
ShortText = _text_type("ShortText", SHORT_MAX)
BodyText = _text_type("BodyText", BODY_MAX, newlines=True)

TEXT_TYPES = (TitleText, ShortText, BodyText)

Title = Annotated[TitleText, BeforeValidator(_text_input)]
Short = Annotated[ShortText, BeforeValidator(_text_input)]
Body = Annotated[BodyText, BeforeValidator(_text_input)]

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise PydanticCustomError(
            "content",
            "“{value}” 不是有效的编号：只能用小写英文字母、数字和连字符“-”，最多 48 个字符 "
            "(id: lowercase letters, digits and '-')",
            {"value": value},
        )
    return value


def _check_colour(value: str) -> str:
    if not _COLOUR.match(value):
        raise PydanticCustomError(
            "content",
            "“{value}” 不是有效的颜色：请写成 #RRGGBB，例如 #2A7DE1 (colour as #RRGGBB)",
            {"value": value},
        )
    return value


def _check_language(value: str) -> str:
    if value not in languages.codes():
        raise PydanticCustomError(
            "content",
            "“{value}” 不是展示程序的语言：可用 {known} (language: one of {known})",
            {"value": value, "known": "、".join(languages.codes())},
        )
    return value


LanguageCode = Annotated[
    str, AfterValidator(_check_language), WithJsonSchema({"enum": list(languages.codes())})
]


# Long enough for a page address, short enough for a code that scans from a metre away.
LINK_MAX = 120
_LINK = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$")


def _check_link(value: str) -> str:
    if len(value) > LINK_MAX or not _LINK.match(value):
        raise PydanticCustomError(
            "content",
            "“{value}” 不是可用的网址：请写以 http:// 或 https:// 开头的完整网址，"
            "最多 {limit} 个字符 (link: a full http(s) address of at most {limit} characters)",
            {"value": value[:LINK_MAX] + ("…" if len(value) > LINK_MAX else ""), "limit": LINK_MAX},
        )
    return value


def _check_date(value: str) -> str:
    found = _DATE.match(value)
    try:
        if not found:
            raise ValueError
        year, month, day = (int(part) if part else 1 for part in found.groups())
        dt.date(year, month, day)
        if not 1900 <= year <= 2100:
            raise ValueError
    except ValueError:
        raise PydanticCustomError(
            "content",
            "“{value}” 不是有效日期 (YYYY, YYYY-MM 或 YYYY-MM-DD)",
            {"value": value},
        ) from None
    return value


def date_span(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a valid date names: `2017` is all of 2017, `2017-03` March."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    year, month = parts[0], (parts[1] if len(parts) == 2 else None)
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, 1), following - dt.timedelta(days=1)


Id = Annotated[str, AfterValidator(_check_id), Field(json_schema_extra={"pattern": _ID.pattern})]
Colour = Annotated[
    str, AfterValidator(_check_colour), Field(json_schema_extra={"pattern": _COLOUR.pattern})
]
EventDate = Annotated[
    str, AfterValidator(_check_date), Field(json_schema_extra={"pattern": _DATE.pattern})
]
Year = Annotated[int, Field(ge=1900, le=2100)]
WebLink = Annotated[
    str,
    AfterValidator(_check_link),
    Field(
        json_schema_extra={"pattern": _LINK.pattern, "maxLength": LINK_MAX},
        description="网址，在展示屏上显示为二维码 web address, shown as a QR code to scan",
    ),
]
AssetPath = Annotated[
    str,
    StringConstraints(min_length=1, max_length=300),
    Field(description="相对于 content.yaml 所在文件夹的路径，例如 assets/events/1992.svg"),
]
Number = Annotated[Decimal, Field(allow_inf_nan=False, max_digits=18)]
Point = tuple[Annotated[float, Field(ge=0)], Annotated[float, Field(ge=0)]]


class Site(StrictModel):
    """Who the kiosk is about."""

    title: Title = Field(description="展厅主标题 main title")
    subtitle: Short | None = Field(default=None, description="副标题 subtitle")
    organisation: Short = Field(description="主办单位 organisation")
    founded: EventDate = Field(description="成立日期 founding date, YYYY-MM-DD")
    logo: AssetPath | None = Field(
        default=None,
        description="标志 emblem shown on Home and in the attract loop (SVG or PNG, square)",
    )
    link: WebLink | None = None


class Era(StrictModel):
    """A stretch of years the timeline groups events into, drawn as a coloured band."""

    id: Id = Field(description="编号 id, e.g. founding")
    title: Title = Field(description="阶段名称 era title")
    start: Year = Field(description="起始年份 first year")
    end: Year | None = Field(default=None, description="结束年份 last year; empty = ongoing")
    colour: Colour = Field(description="颜色 colour #RRGGBB")


class Picture(StrictModel):
    """One picture of an event, with the words that go with it."""

    image: AssetPath = Field(description="图片 image")
    caption: Short | None = Field(default=None, description="图片说明 caption")
    credit: Short | None = Field(default=None, description="图片来源 credit, e.g. 摄影：张三")
    alt: Short | None = Field(
        default=None,
        description="替代文字：为看不清图片的观众描述画面（读屏软件朗读） "
        "alt text: what the picture shows, for visitors who cannot see it",
    )


PICTURES_MAX = 12


class Event(StrictModel):
    """One event of the zone's history: a day, a month, a year or a span of them."""

    id: Id = Field(description="编号 id, used in links: timeline/<id>")
    date: EventDate = Field(
        description="日期（开始日期） date or first date: YYYY, YYYY-MM or YYYY-MM-DD"
    )
    end: EventDate | None = Field(
        default=None,
        description="结束日期：事件持续一段时间时填写，例如 2022 end date of a span, e.g. 2022",
    )
    display_date: Short | None = Field(
        default=None,
        description="显示的日期文字，代替按日期生成的文字，例如“2017 年起” "
        "the date as shown, instead of the one made from date and end, e.g. From 2017",
    )
    era: Id = Field(description="所属阶段的编号 id of its era")
    title: Title = Field(description="标题 title")
    body: Body = Field(description="正文 body text")
    image: AssetPath | None = Field(default=None, description="图片（一张时） the picture, if one")
    caption: Short | None = Field(default=None, description="图片说明 image caption")
    credit: Short | None = Field(default=None, description="图片来源 image credit")
    alt: Short | None = Field(default=None, description="图片的替代文字 the picture's alt text")
    media: list[Picture] = Field(
        default_factory=list,
        max_length=PICTURES_MAX,
        description="多张图片（详情里可左右翻看、双指放大）；写了 media 就不再写 image "
        "several pictures, shown as a gallery; use instead of image",
    )
    highlight: bool = Field(default=False, description="重点事件 highlighted event")
    link: WebLink | None = None

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """(year, month, day); a part the date leaves out sorts after the known ones, so the
        founding day (1992-11-14) comes before a story about "1992" as a whole."""
        year, month, day = ([*self.date.split("-"), "13", "32"])[:3]
        return int(year), int(month), int(day)

    @property
    def year(self) -> int:
        return self.sort_key[0]

    @property
    def end_year(self) -> int:
        """The last year the event covers: its end's, or its date's."""
        return int((self.end or self.date)[:4])

    def pictures(self) -> list[Picture]:
        """Its pictures in order: `media`, or the one `image` with its words."""
        if self.media or self.image is None:
            return list(self.media)
        return [
            Picture.model_construct(
                image=self.image, caption=self.caption, credit=self.credit, alt=self.alt
            )
        ]


class Timeline(StrictModel):
    title: Title = Field(description="面板标题 panel title")
    eras: list[Era] = Field(min_length=1, description="阶段 eras")
    events: list[Event] = Field(min_length=1, max_length=5000, description="事件 events")


class Park(StrictModel):
    """One of the parks of 一区五园: a polygon on the map and an info card."""

    id: Id = Field(description="编号 id")
    name: Title = Field(description="园区名称 park name")
    role: Short = Field(description="定位 one-line role")
    area_km2: Number | None = Field(default=None, ge=0, description="规划面积 km²")
    established: Year | None = Field(default=None, description="设立年份 year established")
    industries: list[Short] = Field(default_factory=list, description="主导产业 industries")
    projects: list[Short] = Field(default_factory=list, description="重点项目 key projects")
    description: Body = Field(description="介绍 description")
    image: AssetPath | None = Field(default=None, description="图片 image")
    colour: Colour = Field(description="颜色 colour #RRGGBB")
    polygon: list[Point] = Field(min_length=3, max_length=500, description="轮廓点 [x, y]")
    label: Point = Field(description="名称位置 label point [x, y]")
    link: WebLink | None = None


PointKind = Literal["airport", "road", "rail", "industry", "service", "place"]


class PointOfInterest(StrictModel):
    """A place the content names on or near the zone (an airport, a road, a station, a works):
    a card in the map's list, and a marker where staff give its place on the plan."""

    id: Id = Field(description="编号 id, used in links: map/<id>")
    name: Title = Field(description="名称 name")
    kind: PointKind = Field(
        default="place",
        description="类别（决定图标） kind: airport 机场, road 道路, rail 铁路车站, "
        "industry 产业载体, service 服务设施, place 其他地点",
    )
    summary: Short = Field(description="一句话介绍（列表里显示） one line, shown in the list")
    description: Body | None = Field(default=None, description="介绍 description")
    facts: list[Short] = Field(
        default_factory=list, max_length=8, description="要点，例如“投资 8 亿元” key facts"
    )
    position: Point | None = Field(
        default=None,
        description="在园区图上的位置 [x, y]（与园区轮廓同一坐标）；不写则只在列表里显示 "
        "its place on the plan; without it the point is listed only",
    )
    park: Id | None = Field(default=None, description="所在园区的编号 id of its park, if any")
    year: Year | None = Field(
        default=None, description="从哪一年起出现在年份滑块上 the first year it is shown"
    )
    image: AssetPath | None = Field(default=None, description="图片 image")
    caption: Short | None = Field(default=None, description="图片说明 image caption")
    link: WebLink | None = None


# Longitude and latitude (WGS-84, as a phone's map shows them) inside Shanxi province: the
# locator draws the province, the city and its districts (kiosk/geodata).
LonLat = tuple[
    Annotated[float, Field(ge=110.2, le=114.6, description="经度 longitude")],
    Annotated[float, Field(ge=34.5, le=40.8, description="纬度 latitude")],
]


class Locator(StrictModel):
    """区位: where the zone lies in its province and city, from real boundary data."""

    region: Literal["shuozhou"] = Field(description="区位图 which locator: shuozhou 朔州市")
    position: LonLat | None = Field(
        default=None, description="开发区位置 [经度, 纬度] the zone's point, if known"
    )
    note: Body | None = Field(default=None, description="区位说明 a line about the location")


class MapBase(StrictModel):
    image: AssetPath = Field(description="底图 base image")


class EarlierExtent(StrictModel):
    """The zone as it was from a year on, before today's outline: what the year slider shows
    for those years. Its outline only where staff have one (a guessed shape would mislead)."""

    since: Year = Field(description="从哪一年起 from which year")
    note: Short = Field(description="那时的范围，一句话 the zone then, in a line")
    outline: list[Point] | None = Field(
        default=None,
        min_length=3,
        max_length=500,
        description="那时的轮廓（与今天的轮廓同一坐标）；不写则不画 its outline then, if known",
    )


class ParkMap(StrictModel):
    """一区五园: polygons in a coordinate space of width × height (a base image's pixels)."""

    title: Title = Field(description="面板标题 panel title")
    schematic: bool = Field(default=True, description="是否示意图 schematic map")
    width: Annotated[int, Field(ge=100, le=20000)] = Field(description="坐标宽度 width")
    height: Annotated[int, Field(ge=100, le=20000)] = Field(description="坐标高度 height")
    base: MapBase | None = Field(default=None, description="底图 optional base image")
    total_area_km2: Number = Field(ge=0, description="总规划面积 total planned area, km²")
    zone_outline: list[Point] = Field(min_length=3, max_length=500, description="开发区轮廓")
    outline_since: Year | None = Field(
        default=None,
        description="今天的轮廓和总面积从哪一年起，例如整合扩区的 2017 年；年份滑块拖到这之前时，"
        "轮廓淡化并显示 earlier 里那一阶段的说明 the year today's outline dates from",
    )
    earlier: list[EarlierExtent] = Field(
        default_factory=list,
        max_length=20,
        description="更早的阶段（按年份从早到晚） earlier stages of the zone, oldest first",
    )
    parks: list[Park] = Field(min_length=1, max_length=50, description="园区 parks")
    points: list[PointOfInterest] = Field(
        default_factory=list,
        max_length=50,
        description="周边与配套：机场、道路、车站、产业载体等 points of interest",
    )
    locator: Locator | None = Field(default=None, description="区位图 the locator, if shown")
    north: Annotated[float, Field(ge=0, lt=360)] | None = Field(
        default=0,
        description="指北针：北方相对图上方顺时针偏转的角度，0 为上北；null 不显示 "
        "north arrow: degrees clockwise from up, null to hide",
    )


class Change(StrictModel):
    """How a figure moved: a growth rate, a share of a whole, or a completion rate."""

    kind: Literal["growth", "share", "rate"] = Field(
        description="growth 增速 / share 占比 / rate 完成率"
    )
    value: Number = Field(description="百分比 percent")
    label: Short | None = Field(default=None, description="说明 label, e.g. 开工率")
    base: Number | None = Field(
        default=None,
        gt=0,
        description="占比或完成率的分母（与数值同单位），用于核对 the whole, to check",
    )


class ComparisonItem(StrictModel):
    label: Short = Field(description="名称 label")
    value: Number = Field(ge=0, description="数值 value")


class Comparison(StrictModel):
    title: Short = Field(description="图表标题 chart title")
    unit: Short = Field(description="单位 unit")
    items: list[ComparisonItem] = Field(min_length=2, max_length=8, description="对比项")


class HistoryPoint(StrictModel):
    year: Year = Field(description="年份 year")
    value: Number = Field(description="当年的数值（与数据同单位） the value that year, in its unit")


HISTORY_MAX = 30


class Figure(StrictModel):
    """A key figure: a number with its unit, year and change."""

    id: Id = Field(description="编号 id")
    label: Short = Field(description="名称 label")
    value: Number = Field(description="数值，按原样书写 value as written, e.g. 8.05")
    unit: Short = Field(description="单位 unit, e.g. 亿元")
    year: Year = Field(description="年份 year")
    change: Change | None = Field(default=None, description="增速或占比 change")
    increase: Number | None = Field(default=None, description="净增 net increase, in the unit")
    previous: Number | None = Field(
        default=None, description="上一年的数值，用于核对增速 previous value, to check growth"
    )
    note: Body | None = Field(default=None, description="说明 note")
    source: Short | None = Field(default=None, description="来源 source")
    basis: Short | None = Field(
        default=None,
        description="统计口径，例如“规模以上工业企业” what the figure counts, e.g. firms above scale",
    )
    history: list[HistoryPoint] = Field(
        default_factory=list,
        max_length=HISTORY_MAX,
        description="历年数值（按年份从早到晚），详情里画成小折线；本年可不写，自动接上 "
        "earlier years' values, oldest first, drawn as a small trend; this year's may be left out",
    )
    comparison: Comparison | None = Field(default=None, description="对比图 comparison chart")
    highlight: bool = Field(default=False, description="首页轮播展示 headline figure")
    visual: Literal["auto", "number", "ring", "bars"] = Field(
        default="auto",
        description="图形 how it is drawn: auto 自动 (bars 有对比时, ring 有占比或完成率时, "
        "否则 number), number 数字, ring 圆环, bars 条形",
    )

    @property
    def drawn_as(self) -> str:
        """The visual, `auto` resolved: bars for a comparison, a ring for a share or rate."""
        if self.visual != "auto":
            return self.visual
        if self.comparison is not None:
            return "bars"
        if self.change is not None and self.change.kind in ("share", "rate"):
            return "ring"
        return "number"

    link: WebLink | None = None

    def trend(self) -> list[tuple[int, Decimal]]:
        """The history with this year's value last (added where the history leaves it out);
        empty without a history."""
        if not self.history:
            return []
        points = [(point.year, point.value) for point in self.history]
        return points if points[-1][0] == self.year else [*points, (self.year, self.value)]


class FigureGroup(StrictModel):
    id: Id = Field(description="编号 id")
    title: Title = Field(description="分组标题 group title")
    figures: list[Figure] = Field(min_length=1, max_length=40, description="数据 figures")
    lead: Id | None = Field(
        default=None,
        description="主图：本组页面上放大显示的数据编号；不写时取第一个有对比或比率的数据 "
        "the figure drawn large on the group's page",
    )

    def lead_figure(self) -> Figure:
        """The figure the page draws large: the one named, else the first with a chart or a
        ring, else the first highlighted, else the first."""
        named = [figure for figure in self.figures if figure.id == self.lead]
        drawn = [figure for figure in self.figures if figure.drawn_as != "number"]
        highlighted = [figure for figure in self.figures if figure.highlight]
        return (named or drawn or highlighted or self.figures)[0]


class Figures(StrictModel):
    title: Title = Field(description="面板标题 panel title")
    source: Short | None = Field(
        default=None,
        description="数据来源（每项数据没写 source 时显示这一条） the source of every figure "
        "that names none of its own",
    )
    groups: list[FigureGroup] = Field(min_length=1, max_length=20, description="分组 groups")


class AttractSlide(StrictModel):
    title: Title = Field(description="标题 title")
    body: Short | None = Field(default=None, description="文字 text")
    image: AssetPath | None = Field(default=None, description="图片 image")


class Attract(StrictModel):
    """The loop shown while nobody is at the screen."""

    use_highlights: bool = Field(default=True, description="使用重点事件和数据 use highlights")
    slides: list[AttractSlide] = Field(default_factory=list, description="额外页面 extra slides")
    prompt: Short = Field(description="提示语 prompt, e.g. 触摸屏幕开始探索")


class KioskSettings(StrictModel):
    idle_seconds: Annotated[int, Field(ge=15, le=3600)] = Field(
        default=90, description="无人操作多少秒后回到首页 idle time"
    )
    default_language: LanguageCode = Field(
        default_factory=languages.first,
        description="默认语言（" + "、".join(languages.codes()) + "） default language",
    )
    attract_interval: Annotated[int, Field(ge=3, le=120)] = Field(
        default=8, description="轮播间隔秒数 seconds per attract slide"
    )
    screen: (
        Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")] | None
    ) = Field(
        default=None,
        description="显示在哪块屏幕（名称如 HDMI-1，或序号 0、1；默认主屏）"
        " which screen: a name such as HDMI-1 or a number; default the primary screen",
    )


class Content(StrictModel):
    """Everything the kiosk shows, from one content.yaml."""

    site: Site = Field(description="站点 site")
    timeline: Timeline = Field(description="时间轴 timeline")
    map: ParkMap = Field(description="园区地图 park map")
    figures: Figures = Field(description="核心数据 key figures")
    attract: Attract = Field(description="待机轮播 attract loop")
    kiosk: KioskSettings = Field(default_factory=KioskSettings, description="设置 settings")

    def events_in_order(self) -> list[Event]:
        return sorted(self.timeline.events, key=lambda event: event.sort_key)


def _field_names(root: type[BaseModel]) -> frozenset[str]:
    names: set[str] = set()
    for model in (root, *_nested_models(root)):
        names.update(model.model_fields)
    return frozenset(names)


def _nested_models(root: type[BaseModel]) -> set[type[BaseModel]]:
    found: set[type[BaseModel]] = set()
    pending = [root]
    while pending:
        current = pending.pop()
        for info in current.model_fields.values():
            for candidate in _types_in(info.annotation):
                if candidate not in found:
                    found.add(candidate)
                    pending.append(candidate)
    return found


def _types_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [found for arg in typing.get_args(annotation) for found in _types_in(arg)]


FIELD_NAMES = _field_names(Content)
