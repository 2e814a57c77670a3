"""An SVG is parsed and held to an allow-list before any renderer sees it.

Why a parser and not a pattern over the text: a link can hide inside a `data:` document inside
an `<image>`, in a `<style>` sheet or under an XML character reference; and what makes an SVG
slow to draw (a `<use>` that copies a group that copies a group …) is only visible in its
tree. So: a real XML parser without entities or external documents (defusedxml), known
elements and attributes only, links only to the document's own `#ids` or to embedded pictures
(which are checked in turn, two levels deep at most), and a bound on how many elements the
drawing expands to.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

MAX_SVG_BYTES = 5 * 1024 * 1024
MAX_ELEMENTS = 50_000  # elements written in the file
MAX_DRAWN = 200_000  # elements drawn once every <use> is expanded
MAX_DEPTH = 100
MAX_NESTING = 2  # an SVG inside an SVG inside an SVG, no deeper
MAX_SVG_EDGE = 1e6  # design units of an SVG's viewBox; inf, nan and 1e999 are refused

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# What drawing programs write beside the picture (Inkscape, Sodipodi, Illustrator, RDF
# licence blocks): Qt ignores these elements and attributes, so they are allowed as they are.
EDITOR_NAMESPACES = {
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://creativecommons.org/ns#",
    "http://purl.org/dc/elements/1.1/",
    "http://ns.adobe.com/AdobeIllustrator/10.0/",
    "http://ns.adobe.com/Graphs/1.0/",
    "http://ns.adobe.com/SaveForWeb/1.0/",
    "http://ns.adobe.com/Extensibility/1.0/",
    "http://ns.adobe.com/Variables/1.0/",
    "http://ns.adobe.com/ImageReplacement/1.0/",
    "http://ns.adobe.com/xap/1.0/",
}
ELEMENTS = frozenset(
    """svg g defs symbol use switch title desc metadata style
    path rect circle ellipse line polyline polygon text tspan textPath image
    linearGradient radialGradient stop pattern clipPath mask marker
    filter feBlend feColorMatrix feComponentTransfer feComposite feFlood feGaussianBlur
    feMerge feMergeNode feOffset feFuncR feFuncG feFuncB feFuncA""".split()
)
ATTRIBUTES = frozenset(
    """id class style transform x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points
    pathLength viewBox preserveAspectRatio version baseProfile href title
    fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin
    stroke-miterlimit stroke-dasharray stroke-dashoffset stroke-opacity opacity color display
    visibility overflow clip clip-path clip-rule clipPathUnits mask maskUnits
    maskContentUnits font font-family font-size font-weight font-style font-variant
    font-stretch text-anchor dominant-baseline alignment-baseline baseline-shift
    letter-spacing word-spacing text-decoration writing-mode direction unicode-bidi dx dy
    rotate textLength lengthAdjust startOffset method spacing side gradientUnits
    gradientTransform spreadMethod offset stop-color stop-opacity patternUnits
    patternContentUnits patternTransform markerWidth markerHeight markerUnits refX refY orient
    marker marker-start marker-mid marker-end filter filterUnits primitiveUnits in in2 result
    stdDeviation edgeMode mode operator k1 k2 k3 k4 values type tableValues slope intercept
    amplitude exponent flood-color flood-opacity lighting-color color-interpolation
    color-interpolation-filters color-rendering shape-rendering text-rendering image-rendering
    vector-effect paint-order mix-blend-mode isolation enable-background
    solid-color solid-opacity requiredFeatures requiredExtensions systemLanguage
    focusable role tabindex lang space""".split()
)
_EMBEDDED = re.compile(r"^data:image/(png|jpeg|gif|webp|svg\+xml)(;[^,]*)?,", re.I)
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.I | re.S)
_NUMBER = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([a-z%]*)\s*$", re.I)

# Checks an embedded raster picture's bytes (its header: format and pixel count); supplied by
# images.py, which knows raster formats, and raises ImageProblem.
RasterCheck = Callable[[bytes], None]


class SvgProblem(Exception):
    """Why an SVG is refused, in staff language."""


def svg_size(data: bytes, check_raster: RasterCheck, nesting: int = 0) -> tuple[float, float]:
    """Width and height of a safe SVG in its own units; raises SvgProblem."""
    if len(data) > MAX_SVG_BYTES:
        raise SvgProblem(
            f"SVG 文件太大：{len(data) / 1048576:.1f} MB，最多 {MAX_SVG_BYTES // 1048576} MB "
            "(SVG too large)"
        )
    root = _parse(data)
    if _local(root.tag) != "svg" or _namespace(root.tag) not in ("", SVG_NS):
        raise SvgProblem("这不是 SVG 图片：最外层应为 <svg> (not an SVG)")
    elements = _checked_elements(root)
    ids = {element.get("id"): element for element in elements if element.get("id")}
    for element in elements:
        _check_links(element, check_raster, nesting)
    drawn = _drawn_count(root, ids)
    if drawn > MAX_DRAWN:
        raise SvgProblem(
            f"SVG 太复杂：展开 <use> 后要画 {drawn:,} 个元素，最多 {MAX_DRAWN:,} 个 "
            "(SVG expands to too many elements)"
        )
    return _size(root)


def _parse(data: bytes) -> ElementTree.Element:
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise SvgProblem(
            "SVG 里不能定义实体或引用外部文档 (SVG entities and external documents are refused)"
        ) from None
    except ElementTree.ParseError as error:
        line, column = error.position
        raise SvgProblem(
            f"SVG 文件格式有误（第 {line} 行第 {column + 1} 列），请用绘图软件重新导出 "
            "(SVG is not well-formed XML)"
        ) from None


def _checked_elements(root: ElementTree.Element) -> list[ElementTree.Element]:
    """Every element, depth first, each held to the allow-lists (iterative: depth is bounded
    here, before any recursion)."""
    elements: list[ElementTree.Element] = []
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise SvgProblem(f"SVG 嵌套太深（超过 {MAX_DEPTH} 层）(SVG nested too deeply)")
        elements.append(element)
        if len(elements) > MAX_ELEMENTS:
            raise SvgProblem(f"SVG 元素太多：超过 {MAX_ELEMENTS:,} 个 (SVG has too many elements)")
        _check_element(element)
        stack.extend((child, depth + 1) for child in reversed(element))
    return elements


def _check_element(element: ElementTree.Element) -> None:
    if not isinstance(element.tag, str):  # comments and processing instructions
        return
    namespace, name = _namespace(element.tag), _local(element.tag)
    if namespace in EDITOR_NAMESPACES:
        return
    if namespace not in ("", SVG_NS) or name not in ELEMENTS:
        raise SvgProblem(f"SVG 里不允许 <{name}> 元素 (SVG element <{name}> not allowed)")
    for attribute in element.attrib:
        namespace, local = _namespace(attribute), _local(attribute)
        if namespace in EDITOR_NAMESPACES:
            continue
        allowed = (
            (namespace == "" and (local in ATTRIBUTES or local.startswith(("data-", "aria-"))))
            or (namespace == XLINK_NS and local in ("href", "title"))
            or (namespace == XML_NS and local in ("space", "lang"))
        )
        if not allowed:
            raise SvgProblem(
                f"SVG 的 <{name}> 里不允许属性“{local}” (SVG attribute {local!r} not allowed)"
            )


def _check_links(element: ElementTree.Element, check_raster: RasterCheck, nesting: int) -> None:
    for link in _links(element):
        if link.startswith("#"):
            continue
        if not _EMBEDDED.match(link):
            raise SvgProblem(
                "SVG 引用了外部文件或网络地址，请把它们嵌入或删除 (SVG references outside)"
            )
        _check_embedded(link, check_raster, nesting)


def _links(element: ElementTree.Element) -> Iterator[str]:
    """Every address the element names: href attributes, url(…) in attributes and style
    sheets. `@import` pulls a sheet from elsewhere and is refused outright."""
    if not isinstance(element.tag, str):
        return
    for attribute, value in element.attrib.items():
        if _local(attribute) == "href":
            yield value.strip()
        elif "url(" in value.lower():
            yield from (match.group(2).strip() for match in _URL.finditer(value))
    if _local(element.tag) == "style":
        sheet = "".join(element.itertext())
        if "@import" in sheet.lower():
            raise SvgProblem("SVG 的样式表不能用 @import 引入外部样式 (SVG @import refused)")
        yield from (match.group(2).strip() for match in _URL.finditer(sheet))


def _check_embedded(link: str, check_raster: RasterCheck, nesting: int) -> None:
    kind = _EMBEDDED.match(link)
    assert kind is not None
    header, _, payload = link.partition(",")
    try:
        if ";base64" in header.lower():
            data = base64.b64decode("".join(payload.split()), validate=True)
        else:
            data = urllib.parse.unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        raise SvgProblem("SVG 里嵌入的图片数据已损坏 (embedded picture is corrupt)") from None
    if kind.group(1).lower() != "svg+xml":
        check_raster(data)
        return
    if nesting + 1 > MAX_NESTING:
        raise SvgProblem("SVG 里嵌入的 SVG 层数太多 (SVG documents nested too deeply)")
    width, height = svg_size(data, check_raster, nesting + 1)
    check_svg_edges(width, height)


def _drawn_count(root: ElementTree.Element, ids: dict[str, ElementTree.Element]) -> int:
    """How many elements the renderer visits with every <use> replaced by what it names.

    Counted bottom-up with a cache, so a fan-out of 10⁹ is found in a few thousand steps; a
    <use> that (through others) names its own ancestor is a loop and is refused.
    """
    counts: dict[int, int] = {}
    visiting: set[int] = set()
    limit = MAX_DRAWN + 1

    def count(element: ElementTree.Element) -> int:
        key = id(element)
        if key in counts:
            return counts[key]
        if key in visiting:
            raise SvgProblem("SVG 的 <use> 引用了自己，形成循环 (SVG <use> loop)")
        visiting.add(key)
        total = 1
        for child in element:
            total = min(limit, total + count(child))
        if isinstance(element.tag, str) and _local(element.tag) == "use":
            target = ids.get(_use_target(element))
            if target is not None:
                total = min(limit, total + count(target))
        visiting.discard(key)
        counts[key] = total
        return total

    return count(root)


def _use_target(element: ElementTree.Element) -> str:
    link = element.get("href") or element.get(f"{{{XLINK_NS}}}href") or ""
    return link.strip()[1:] if link.strip().startswith("#") else ""


def _size(root: ElementTree.Element) -> tuple[float, float]:
    view_box = root.get("viewBox")
    try:
        if view_box:
            parts = view_box.replace(",", " ").split()
            width, height = float(parts[2]), float(parts[3])
        else:
            width, height = _length(root.get("width")), _length(root.get("height"))
    except (IndexError, ValueError, TypeError):
        raise SvgProblem(
            "SVG 没有写明尺寸：请给 <svg> 加上 viewBox (SVG needs a viewBox)"
        ) from None
    check_svg_edges(width, height)
    return width, height


def check_svg_edges(width: float, height: float) -> None:
    if not (0 < width < MAX_SVG_EDGE and 0 < height < MAX_SVG_EDGE):
        raise SvgProblem(
            f"SVG 的尺寸无效（{width:g} × {height:g}）：viewBox 的宽和高应为正数，不超过 {MAX_SVG_EDGE:.0f} "
            "(SVG size out of range)"
        )


def _length(value: str | None) -> float:
    match = _NUMBER.match(value or "")
    if match is None or match.group(2) == "%":
        raise ValueError(value)
    return float(match.group(1))


def _namespace(tag: str) -> str:
    return tag[1:].partition("}")[0] if tag.startswith("{") else ""


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]
