"""Where the kiosk finds its configuration, its content and its state, each in one order.

Content: `--content`, `KIOSK_CONTENT`, the configuration's `content`, `content.yaml` in the
current folder, the example bundled with the package. State: `--state-dir`, `KIOSK_STATE_DIR`,
systemd's `STATE_DIRECTORY`, the configuration's `state_dir`, `~/.local/state/kiosk`.
Configuration: `KIOSK_CONFIG`, systemd's `CONFIGURATION_DIRECTORY`, `~/.config/kiosk/kiosk.toml`,
`/etc/kiosk/kiosk.toml`; the first that exists is read.

Why a system-wide configuration file: the service runs as its own user while staff and the
integrator run `kiosk set-pin`, `kiosk stats` and `kiosk check` as themselves or as root; the
file tells every one of them the same content and state folders without a flag.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kiosk.services.paths import BUNDLED_CONTENT

CONTENT_NAME = "content.yaml"
CONFIG_NAME = "kiosk.toml"
SYSTEM_CONFIG = Path("/etc/kiosk") / CONFIG_NAME
CONFIG_KEYS = {"content", "state_dir", "screen"}


class LocationError(Exception):
    """A configuration that cannot be read or content that cannot be found, in words that name
    every file and folder involved; `path` is the named content file that is missing."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class Config:
    """The configuration file's settings; `path` is None when no file was found."""

    path: Path | None = None
    content: Path | None = None
    state_dir: Path | None = None
    screen: str | None = None


@dataclass(frozen=True)
class Location:
    """A path and where it came from (for messages and `kiosk where`)."""

    path: Path
    source: str


def config_candidates() -> list[Path]:
    if override := os.environ.get("KIOSK_CONFIG"):
        return [Path(override)]
    candidates = []
    if systemd := os.environ.get("CONFIGURATION_DIRECTORY"):
        candidates.append(Path(systemd.split(":")[0]) / CONFIG_NAME)
    xdg = os.environ.get("XDG_CONFIG_HOME")
    candidates.append((Path(xdg) if xdg else Path.home() / ".config") / "kiosk" / CONFIG_NAME)
    candidates.append(SYSTEM_CONFIG)
    return candidates


def read_config() -> Config:
    """The first configuration file that exists, checked key by key; no file is no setting."""
    for path in config_candidates():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            if os.environ.get("KIOSK_CONFIG"):
                raise LocationError(f"{path}: no such configuration file (KIOSK_CONFIG)") from None
            continue
        except (OSError, UnicodeDecodeError) as error:
            raise LocationError(f"{path}: cannot be read: {error}") from None
        except tomllib.TOMLDecodeError as error:
            raise LocationError(f"{path}: {error}") from None
        return _config_from(path, data)
    return Config()


def _config_from(path: Path, data: dict) -> Config:
    unknown = sorted(set(data) - CONFIG_KEYS)
    if unknown:
        known = ", ".join(sorted(CONFIG_KEYS))
        raise LocationError(f"{path}: unknown setting {unknown[0]!r} (known: {known})")
    for key, value in data.items():
        if not isinstance(value, str) or not value:
            raise LocationError(f"{path}: {key} must be a non-empty string in quotes")

    def folder_path(key: str) -> Path | None:
        value = data.get(key)
        return (path.parent / Path(value).expanduser()) if value else None

    return Config(path, folder_path("content"), folder_path("state_dir"), data.get("screen"))


def _environment_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


def _content_file(path: Path) -> Path:
    """A content folder stands for the content.yaml in it."""
    return path / CONTENT_NAME if path.is_dir() else path


def find_content(given: Path | None, config: Config) -> Location:
    """The content.yaml to show. A path named on the command line, in the environment or in
    the configuration must exist (falling back from a hall's own content to the example would
    hide the mistake); the current folder and the bundled example are tried in turn."""
    named = [
        ("--content", given),
        ("KIOSK_CONTENT", _environment_path("KIOSK_CONTENT")),
        (str(config.path), config.content),
    ]
    for source, path in named:
        if path is None:
            continue
        path = _content_file(path.expanduser())
        if not path.is_file():
            missing = path.absolute()
            raise LocationError(f"content not found: {missing} (from {source})", missing)
        return Location(path.absolute(), source)
    tried = []
    for source, path in (
        ("the current folder", Path.cwd() / CONTENT_NAME),
        ("the example bundled with the kiosk", BUNDLED_CONTENT),
    ):
        if path.is_file():
            return Location(path, source)
        tried.append(f"{path} ({source})")
    raise LocationError(
        "content not found; tried: " + "; ".join(tried) + ". Name it with --content, "
        f'KIOSK_CONTENT or `content = "…"` in {SYSTEM_CONFIG}, or create one: kiosk init DIR'
    )


def find_state_dir(given: Path | None, config: Config) -> Location:
    if given is not None:
        return Location(given, "--state-dir")
    if override := os.environ.get("KIOSK_STATE_DIR"):
        return Location(Path(override), "KIOSK_STATE_DIR")
    if systemd := os.environ.get("STATE_DIRECTORY"):
        return Location(Path(systemd.split(":")[0]), "STATE_DIRECTORY (systemd)")
    if config.state_dir is not None:
        return Location(config.state_dir, str(config.path))
    xdg = os.environ.get("XDG_STATE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "state"
    return Location(base / "kiosk", "this user's default")
