"""The kiosk's own words (buttons, banners, hints), as opposed to content: every visitor- and
staff-facing string of the user interface in one table, one column per language, with
`{name}` placeholders filled by `fill()` in Python and `Texts.fill()` in QML."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.provided import provided
from kiosk.backend.session import Session
from kiosk.content.languages import first
from kiosk.content.typeset import typeset

UI_TEXT: dict[str, dict[str, str]] = {
    "home": {"zh": "首页", "en": "Home"},
    "back": {"zh": "返回", "en": "Back"},
    "backTo": {"zh": "返回{panel}", "en": "Back to {panel}"},
    "openCue": {"zh": "查看详情 ›", "en": "Details ›"},
    "moreBelow": {"zh": "向下滑动查看更多 ↓", "en": "Scroll for more ↓"},
    "chooseLanguage": {"zh": "选择语言", "en": "Choose a language"},
    # The mode with larger text and the navigation lowered: named by what it does.
    "accessible": {"zh": "大字模式", "en": "Large text"},
    "timeline": {"zh": "时间轴", "en": "Timeline"},
    "map": {"zh": "园区地图", "en": "Park Map"},
    "figures": {"zh": "核心数据", "en": "Key Figures"},
    "schematic": {"zh": "示意图", "en": "Schematic"},
    "area": {"zh": "{area} 平方公里", "en": "{area} km²"},
    "areaUnit": {"zh": "平方公里", "en": "km²"},
    "plannedArea": {"zh": "总规划面积", "en": "planned in all"},
    "totalAreaBadge": {"zh": "总规划面积 {area} 平方公里", "en": "Total planned area {area} km²"},
    "timelineHint": {
        "zh": "{first}–{last}，{count} 个重要时刻",
        "en": "{first}–{last}, {count} milestones",
    },
    # The one line a visitor should remember: "32年 · 一区五园 · 99.86平方公里".
    "keyLine": {
        "zh": "{years} 年 · {title} · {area} 平方公里",
        "en": "{years} years · {title} · {area} km²",
    },
    "sketchCaption": {"zh": "{title}示意", "en": "{title}, schematic"},
    "mapHint": {"zh": "{title} · 规划 {area} 平方公里", "en": "{title} · {area} km²"},
    "figuresHint": {"zh": "{year} 年 · {count} 项数据", "en": "{year} · {count} figures"},
    "growth": {"zh": "增长", "en": "growth"},
    # A growth, share or rate badge: "开复工率97%", "97% under way".
    "changeLine": {"zh": "{label}{value}", "en": "{value} {label}"},
    "share": {"zh": "占比", "en": "share"},
    "rate": {"zh": "完成率", "en": "rate"},
    "parks": {"zh": "园区", "en": "Parks"},
    "points": {"zh": "周边与配套", "en": "Around the zone"},
    "parkPoints": {"zh": "周边与配套：", "en": "Around it: "},
    "point_airport": {"zh": "机场", "en": "Airport"},
    "point_road": {"zh": "道路", "en": "Road"},
    "point_rail": {"zh": "铁路车站", "en": "Railway"},
    "point_industry": {"zh": "产业载体", "en": "Industrial site"},
    "point_service": {"zh": "服务设施", "en": "Service"},
    "point_place": {"zh": "地点", "en": "Place"},
    "industries": {"zh": "主导产业：", "en": "Leading industries: "},
    "projects": {"zh": "重点项目：", "en": "Key projects: "},
    "listSeparator": {"zh": "、", "en": ", "},
    "increase": {"zh": "净增 {value} {unit}", "en": "+{value} {unit}"},
    "source": {"zh": "来源：", "en": "Source: "},
    "basis": {"zh": "统计口径：", "en": "Counts: "},
    "trendTitle": {"zh": "历年变化", "en": "Over the years"},
    "scanForMore": {"zh": "扫码了解更多", "en": "Scan for more"},
    "timelineGesture": {
        "zh": "左右滑动 · 点击卡片查看",
        "en": "Swipe sideways · Tap a card to open it",
    },
    "timelineGesturePortrait": {
        "zh": "上下滑动 · 点击卡片查看",
        "en": "Swipe up or down · Tap a card to open it",
    },
    "mapGesture": {"zh": "双指缩放 · 点击园区查看", "en": "Pinch to zoom · Tap a park to open it"},
    "figuresGesture": {"zh": "点击数据卡片查看详情", "en": "Tap a figure to see more"},
    "location": {"zh": "区位", "en": "Location"},
    "locationBody": {
        "zh": "{site}位于{province}{city}。",
        "en": "{site} lies in {city}, {province} Province.",
    },
    "north": {"zh": "北", "en": "N"},
    "chartUnit": {"zh": "（{unit}）", "en": " ({unit})"},
    "established": {"zh": "{year} 年设立", "en": "Established {year}"},
    "resetView": {"zh": "还原视图", "en": "Reset view"},
    "yearLabel": {"zh": "{year} 年", "en": "Year {year}"},
    "contentUnavailable": {
        "zh": "展示内容正在更新，请稍候 · Content is being updated",
        "en": "Content is being updated · 展示内容正在更新",
    },
    "contentUnavailableHint": {
        "zh": "工作人员：长按左上角 3 秒查看问题，或运行 kiosk check",
        "en": "Staff: hold the top-left corner for 3 s to see the problems, or run kiosk check",
    },
    "stillThere": {"zh": "还在浏览吗？", "en": "Still there?"},
    "resetIn": {"zh": "{seconds} 秒后回到首页", "en": "Returning to the start in {seconds} s"},
    "keepBrowsing": {"zh": "继续浏览", "en": "Keep browsing"},
    "adminTitle": {"zh": "管理", "en": "Admin"},
    "noPinBanner": {
        "zh": "尚未设置管理密码：任何人长按左上角都能进入此页面。请在终端运行 kiosk set-pin 设置密码。",
        "en": "No staff PIN is set: anyone can open this page. Run kiosk set-pin in a terminal.",
    },
    "contentStatus": {"zh": "内容状态", "en": "Content status"},
    "statusNone": {"zh": "没有可显示的内容", "en": "No content to show"},
    "statusSnapshot": {"zh": "上一次正确的内容（备份）", "en": "The last good content (backup)"},
    "statusLoaded": {"zh": "读入于", "en": "Loaded"},
    "statusCounts": {
        "zh": "{events} 个事件，{parks} 个园区，{figures} 项数据",
        "en": "{events} events, {parks} parks, {figures} figures",
    },
    "usageToday": {
        "zh": "今天 {sessions} 位访客，时长中位数 {minutes} 分钟",
        "en": "{sessions} visitor sessions today, median {minutes} min",
    },
    "reload": {"zh": "重新加载内容", "en": "Reload content"},
    "restart": {"zh": "重新启动", "en": "Restart"},
    "touchTest": {"zh": "触摸测试", "en": "Touch test"},
    "uptime": {"zh": "已运行", "en": "Uptime"},
    "version": {"zh": "版本", "en": "Version"},
    "enterPin": {"zh": "请输入管理 PIN", "en": "Enter the staff PIN"},
    "wrongPin": {"zh": "PIN 不正确", "en": "Wrong PIN"},
    "createPin": {"zh": "请设置管理 PIN（4–8 位数字）", "en": "Set a staff PIN (4–8 digits)"},
    "confirmPin": {"zh": "请再输入一次新 PIN", "en": "Enter the new PIN once more"},
    "pinMismatch": {"zh": "两次输入不一致，请重新设置", "en": "The two PINs differ; start again"},
    "pinInvalid": {"zh": "PIN 须为 4–8 位数字", "en": "A PIN has 4 to 8 digits"},
    "pinSaveFailed": {
        "zh": "无法保存 PIN，管理页面保持锁定",
        "en": "The PIN could not be saved; the page stays locked",
    },
    "pinBrokenTitle": {"zh": "管理页面已锁定", "en": "Staff page locked"},
    "pinBroken": {
        "zh": "PIN 文件无法读取或已损坏。请在这台电脑的终端里，以运行展示程序的用户执行 kiosk set-pin 重新设置。",
        "en": "The PIN file cannot be read or is damaged. On this PC, run kiosk set-pin as the user the kiosk runs as.",
    },
    "pinLocked": {
        "zh": "错误次数过多，请 {minutes} 分钟后再试",
        "en": "Too many tries; wait {minutes} min",
    },
    "cancel": {"zh": "取消", "en": "Cancel"},
    "exitKiosk": {"zh": "退出展示程序", "en": "Exit kiosk"},
    "close": {"zh": "关闭", "en": "Close"},
    "previous": {"zh": "上一个", "en": "Previous"},
    "previousPicture": {"zh": "上一张", "en": "Previous picture"},
    "nextPicture": {"zh": "下一张", "en": "Next picture"},
    "enlarge": {"zh": "点按放大", "en": "Tap to enlarge"},
    "pictureGesture": {"zh": "双指缩放 · 双击放大", "en": "Pinch or double-tap to zoom"},
    "next": {"zh": "下一个", "en": "Next"},
    "snapshotNote": {
        "zh": "content.yaml 有错误，正在显示上一次正确的内容。",
        "en": "content.yaml has errors; showing the last good content.",
    },
}


@functools.cache
def texts_in(lang: str) -> dict[str, str]:
    """Every string in `lang`, typeset; the first language's where the table has no entry.
    Built once per language (typesetting the table takes ~0.4 ms, and every figure row of a
    language switch asks for it); callers only read it."""
    fallback = first()
    return {
        key: typeset(value.get(lang) or value[fallback], lang) for key, value in UI_TEXT.items()
    }


def fill(template: str, values: dict[str, Any]) -> str:
    """`template` with each `{name}` replaced; an unknown name stays as written. Whole
    numbers read as such (QML passes every number as a float: a year is 1992, not 1992.0)."""
    for name, value in values.items():
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        template = template.replace("{" + name + "}", str(value))
    return template


def filled(template: str, values: dict[str, Any], lang: str) -> str:
    """A visitor-facing string: `template` filled, then typeset in `lang` (so "{area} 平方公里"
    becomes "99.86平方公里" with the number joined to its unit)."""
    return typeset(fill(template, values), lang)


@QmlElement
@QmlSingleton
class Texts(QObject):
    """The table in the session's language: `Texts.t.home`, `Texts.fill(Texts.t.resetIn, …)`."""

    changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._texts = texts_in(session.language)
        session.languageChanged.connect(self._on_language)

    @staticmethod
    def create(engine: object) -> Texts:
        return provided(Texts)

    def _on_language(self) -> None:
        self._texts = texts_in(self._session.language)
        self.changed.emit()

    @Property("QVariantMap", notify=changed)
    def t(self) -> dict[str, str]:
        return self._texts

    def get(self, key: str) -> str:
        return self._texts[key]

    @Slot(str, "QVariantMap", result=str)
    def fill(self, template: str, values: dict[str, Any]) -> str:
        """Pure: the binding that calls it depends on `Texts.t`, which it is given (and which
        changes with the language it is typeset in)."""
        return filled(template, values, self._session.language)
