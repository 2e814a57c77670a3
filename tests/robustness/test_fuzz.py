"""Fuzzing the loader and the checker: whatever the bytes, the answer is content or a
ContentError (an ImageProblem for a picture); any other exception fails.

Deterministic (derandomize): CI runs the same examples every time, and a failure found here is
found again on the next run.
"""

from __future__ import annotations

import contextlib
import struct
import zlib
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import ContentError
from kiosk.content.images import ImageProblem, check_embedded_raster, read_header
from kiosk.content.load import load_content_text
from kiosk.content.svg import ELEMENTS, SvgProblem, svg_size
from tests.conftest import BUNDLED

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SITE = BUNDLED.parent
TEXT = BUNDLED.read_text(encoding="utf-8")
SVG = (SITE / "assets" / "illustrations" / "founding.svg").read_bytes()


def _loads_or_refuses(data: bytes | str) -> None:
    try:
        load_content_text(data, base_dir=SITE)
    except ContentError as error:
        assert error.issues, "a ContentError names at least one problem"
        for issue in error.issues:
            assert issue.line >= 1 and issue.column >= 1


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes(data: bytes) -> None:
    _loads_or_refuses(data)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
)
keys = st.sampled_from(
    [
        "site",
        "timeline",
        "map",
        "figures",
        "attract",
        "kiosk",
        "title",
        "zh",
        "en",
        "events",
        "id",
        "date",
        "era",
        "image",
        "body",
        "parks",
        "polygon",
        "value",
        "unit",
        "groups",
    ]
) | st.text(max_size=10)
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(keys, children, max_size=5),
    max_leaves=40,
)


@FUZZ
@given(documents)
def test_any_yaml_document(document) -> None:
    _loads_or_refuses(yaml.safe_dump(document, allow_unicode=True))


@FUZZ
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=len(TEXT)),
            st.integers(min_value=0, max_value=20),
            st.text(alphabet=st.characters(codec="utf-8"), max_size=8)
            | st.sampled_from([":", "- ", "\t", '"', "'", "[", "{", "&a", "*a", "!!", "\n  ", "#"]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_the_bundled_content_mutated(edits) -> None:
    text = TEXT
    for position, cut, insert in edits:
        text = text[:position] + insert + text[position + cut :]
    _loads_or_refuses(text)


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" + b"\x80" * (width * 3) * height)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


SAMPLES = {".svg": SVG, ".png": _png(16, 16)}


def _mutated(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    for position, cut, insert in edits:
        position %= len(data) + 1
        data = data[:position] + insert + data[position + cut :]
    return data


byte_edits = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=10_000), st.integers(0, 16), st.binary(max_size=8)
    ),
    min_size=1,
    max_size=5,
)


@FUZZ
@given(st.sampled_from(sorted(SAMPLES)), byte_edits)
def test_mutated_pictures_are_checked_or_refused(tmp_path_factory, suffix, edits) -> None:
    path = tmp_path_factory.mktemp("picture") / f"p{suffix}"
    path.write_bytes(_mutated(SAMPLES[suffix], edits))
    with contextlib.suppress(ImageProblem):
        read_header(path)


@settings(FUZZ, max_examples=40)
@given(st.sampled_from(sorted(SAMPLES)), byte_edits)
def test_mutated_pictures_decode_or_are_refused(tmp_path_factory, decoder, suffix, edits) -> None:
    path = tmp_path_factory.mktemp("picture") / f"p{suffix}"
    path.write_bytes(_mutated(SAMPLES[suffix], edits))
    try:
        header = read_header(path)
    except ImageProblem:
        return
    problem = decoder.problem(path, header)
    assert problem is None or isinstance(problem, str)


names = st.sampled_from([*sorted(ELEMENTS), "script", "foreignObject", "a", "iframe", "x:y"])
attributes = st.dictionaries(
    st.sampled_from(["id", "href", "style", "fill", "onload", "width", "viewBox", "x"]),
    st.sampled_from(
        [
            "#a",
            "#b",
            "url(#a)",
            "url(file:///etc/passwd)",
            "data:image/svg+xml,<svg/>",
            "data:image/png;base64,AAAA",
            "0 0 10 10",
            "1e999",
            "red",
            "",
        ]
    ),
    max_size=3,
)
elements = st.recursive(
    st.tuples(names, attributes, st.just(())),
    lambda children: st.tuples(names, attributes, st.lists(children, max_size=4)),
    max_leaves=30,
)


def _markup(element) -> str:
    name, attrs, children = element
    written = "".join(f' {key}="{value}"' for key, value in attrs.items())
    return f"<{name}{written}>{''.join(_markup(child) for child in children)}</{name}>"


@FUZZ
@given(
    st.lists(elements, max_size=5),
    st.sampled_from(['viewBox="0 0 100 100"', 'width="5" height="5"', ""]),
)
def test_generated_svgs_are_sized_or_refused(children, size) -> None:
    body = "".join(_markup(child) for child in children)
    data = f'<svg xmlns="http://www.w3.org/2000/svg" {size}>{body}</svg>'.encode()
    try:
        width, height = svg_size(data, check_embedded_raster)
    except (SvgProblem, ImageProblem):
        return
    assert width > 0 and height > 0


def test_the_fuzzed_samples_are_real_pictures(tmp_path: Path) -> None:
    """The fuzz starts from pictures that pass, or it would test only the refusals."""
    for suffix, data in SAMPLES.items():
        (tmp_path / f"p{suffix}").write_bytes(data)
        assert read_header(tmp_path / f"p{suffix}").width > 0
