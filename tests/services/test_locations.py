"""Where content, state and configuration are found: each source present and absent, in the
documented order, and every miss named with its path; `kiosk init`, `kiosk where`, `kiosk
stats` with no usage log, and a start whose named content has gone."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import EXIT_CONFIG, EXIT_NO_INPUT, main
from kiosk.services import locations
from kiosk.services.locations import (
    Config,
    LocationError,
    find_content,
    find_state_dir,
    read_config,
)
from kiosk.services.paths import BUNDLED_CONTENT
from tests.conftest import BUNDLED, ROOT, copy_site


@pytest.fixture(autouse=True)
def nowhere(tmp_path, monkeypatch):
    """No configuration or content from the machine running the tests; start in an empty folder."""
    for name in ("KIOSK_CONFIG", "KIOSK_CONTENT", "STATE_DIRECTORY", "CONFIGURATION_DIRECTORY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.setattr(locations, "SYSTEM_CONFIG", tmp_path / "etc" / "kiosk.toml")
    empty = tmp_path / "cwd"
    empty.mkdir()
    monkeypatch.chdir(empty)


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "etc" / "kiosk.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_content_sources_in_order(tmp_path, monkeypatch) -> None:
    sites = {name: copy_site(tmp_path / f"{name}-site") for name in ("cli", "env", "config", "cwd")}
    config_file = write_config(tmp_path, f'content = "{sites["config"].parent}"\n')
    config = read_config()
    assert config.path == config_file
    monkeypatch.setenv("KIOSK_CONTENT", str(sites["env"]))
    monkeypatch.chdir(sites["cwd"].parent)

    assert find_content(sites["cli"], config).path == sites["cli"]
    assert find_content(None, config).path == sites["env"]
    monkeypatch.delenv("KIOSK_CONTENT")
    found = find_content(None, config)
    assert (found.path, found.source) == (sites["config"], str(config_file))
    assert find_content(None, Config()).path == sites["cwd"]
    monkeypatch.chdir(tmp_path)
    found = find_content(None, Config())
    assert (found.path, found.source) == (BUNDLED_CONTENT, "the example bundled with the kiosk")


@pytest.mark.parametrize("source", ["cli", "env", "config"])
def test_named_content_that_is_missing_is_an_error_naming_it(tmp_path, monkeypatch, source) -> None:
    missing = tmp_path / "gone" / "content.yaml"
    given = missing if source == "cli" else None
    if source == "env":
        monkeypatch.setenv("KIOSK_CONTENT", str(missing))
    if source == "config":
        write_config(tmp_path, f'content = "{missing}"\n')
    config = read_config()
    with pytest.raises(LocationError) as raised:
        find_content(given, config)
    assert str(missing) in str(raised.value), "no fall back to the example: the mistake shows"
    assert raised.value.path == missing


def test_nothing_found_names_every_path_tried(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(locations, "BUNDLED_CONTENT", tmp_path / "broken-install" / "content.yaml")
    with pytest.raises(LocationError) as raised:
        find_content(None, Config())
    message = str(raised.value)
    assert str(Path.cwd() / "content.yaml") in message
    assert str(tmp_path / "broken-install" / "content.yaml") in message
    assert "kiosk init" in message


def test_state_sources_in_order(tmp_path, monkeypatch) -> None:
    write_config(tmp_path, 'state_dir = "/var/lib/kiosk"\n')
    config = read_config()
    monkeypatch.setenv("KIOSK_STATE_DIR", "/from/env")
    monkeypatch.setenv("STATE_DIRECTORY", "/from/systemd")
    assert find_state_dir(Path("/from/cli"), config).path == Path("/from/cli")
    assert find_state_dir(None, config).path == Path("/from/env")
    monkeypatch.delenv("KIOSK_STATE_DIR")
    assert find_state_dir(None, config).path == Path("/from/systemd")
    monkeypatch.delenv("STATE_DIRECTORY")
    assert find_state_dir(None, config).path == Path("/var/lib/kiosk")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    assert find_state_dir(None, Config()).path == tmp_path / "xdg" / "kiosk"


def test_configuration_order_and_relative_paths(tmp_path, monkeypatch) -> None:
    write_config(tmp_path, 'content = "system"\n')
    user = tmp_path / "user-config" / "kiosk" / "kiosk.toml"
    user.parent.mkdir(parents=True)
    user.write_text('content = "site"\n', encoding="utf-8")
    assert read_config().content == user.parent / "site", "the user's file first, relative to it"
    explicit = tmp_path / "elsewhere.toml"
    explicit.write_text('state_dir = "state"\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(explicit))
    assert read_config().state_dir == tmp_path / "state"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('contnet = "/srv"\n', "unknown setting 'contnet'"),
        ("content = 3\n", "content must be a non-empty string"),
        ('content = "/srv\n', "kiosk.toml"),
    ],
)
def test_a_bad_configuration_is_named_and_stops_every_command(tmp_path, capsys, text, expected):
    path = write_config(tmp_path, text)
    assert main(["where"]) == EXIT_CONFIG
    error = capsys.readouterr().err
    assert str(path) in error and expected in error


def test_a_configuration_named_in_the_environment_must_exist(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "nope.toml"))
    with pytest.raises(LocationError, match=r"nope\.toml: no such configuration file"):
        read_config()


def test_init_writes_a_starter_folder_that_checks_clean(tmp_path, capsys) -> None:
    folder = tmp_path / "hall"
    assert main(["init", str(folder)]) == 0
    assert (folder / "content.schema.json").is_file()
    assert (folder / "assets" / "illustrations" / "founding.svg").is_file()
    capsys.readouterr()
    assert main(["check", str(folder)]) == 0
    assert "OK: 10 events" in capsys.readouterr().out
    (folder / "content.yaml").write_text("edited", encoding="utf-8")
    assert main(["init", str(folder)]) == 1, "never overwrites a hall's content"
    assert (folder / "content.yaml").read_text(encoding="utf-8") == "edited"


def test_where_tells_each_location_and_its_source(tmp_path, capsys, monkeypatch) -> None:
    path = write_config(tmp_path, f'content = "{BUNDLED.parent}"\nstate_dir = "{tmp_path}/s"\n')
    monkeypatch.delenv("KIOSK_STATE_DIR")
    assert main(["where"]) == 0
    out = capsys.readouterr().out
    assert f"configuration: {path}" in out
    assert f"content:       {BUNDLED}  (from {path})" in out
    assert f"state:         {tmp_path}/s  (from {path})" in out


def test_stats_without_a_usage_log_names_the_folder(tmp_path, capsys) -> None:
    assert main(["stats", "--state-dir", str(tmp_path / "other")]) == 1
    error = capsys.readouterr().err
    assert str(tmp_path / "other" / "usage.sqlite3") in error and "--state-dir" in error


def run_kiosk(tmp_path: Path, *arguments: str, **env: str) -> subprocess.Popen:
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STATE_DIR=str(tmp_path / "state")
    )
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", *arguments],
        cwd=ROOT,
        env={**environment, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_run_with_named_content_missing_and_nothing_shown_before_exits(tmp_path) -> None:
    missing = tmp_path / "gone" / "content.yaml"
    process = run_kiosk(tmp_path, "--content", str(missing))
    output = process.communicate(timeout=60)[0]
    assert process.returncode == EXIT_NO_INPUT
    assert f"content not found: {missing} (from --content)" in output


def test_run_with_named_content_gone_shows_the_last_good_copy(tmp_path) -> None:
    site = copy_site(tmp_path / "site")
    state = tmp_path / "state"
    state.mkdir()
    (state / "last-good-content.yaml").write_bytes(site.read_bytes())
    site.unlink()
    address = str(tmp_path / "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(address)
    listener.settimeout(60)
    process = run_kiosk(tmp_path, "--content", str(site), NOTIFY_SOCKET=address)
    try:
        messages = []
        while "READY=1" not in messages:
            messages.append(listener.recv(256).decode())
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        listener.close()
        if process.poll() is None:
            process.kill()
            process.wait()
    status = next(message for message in messages if message.startswith("STATUS="))
    assert status.startswith("STATUS=showing the last good content"), messages
    log = (state / "kiosk.log").read_text(encoding="utf-8")
    assert f"content not found: {site} (from --content)" in log
    assert f"找不到内容文件 (file not found): {site}" in log
