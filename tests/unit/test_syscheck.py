"""The pre-start Qt check: platform choice, ldd parsing, package names, fallback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from desktop_app.ui import syscheck
from desktop_app.ui.syscheck import (
    Result,
    check,
    choose_platform,
    missing_libraries,
    plugin_path,
    qt_folder,
    run_ldd,
)

HAS_LDD = shutil.which("ldd") is not None and sys.platform.startswith("linux")


def _fake_bundle(tmp_path: Path, platform: str = "xcb") -> Path:
    """A Qt folder laid out like PySide6's, holding an (empty) plugin file."""
    qt = tmp_path / "Qt"
    plugin = plugin_path(qt, platform)
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"")
    (qt / "lib").mkdir()
    return qt


def _no_start(env: Mapping[str, str]) -> str | None:
    raise AssertionError("ldd was usable: Qt must not be started")


class FakeLdd:
    """Answers like ldd from canned text per file name and records what it was asked."""

    def __init__(self, outputs: dict[str, str]) -> None:
        self.outputs = outputs
        self.asked: list[str] = []

    def __call__(self, path: Path) -> str:
        self.asked.append(path.name)
        return self.outputs[path.name]


def _xcb_ldd_output(qt: Path) -> dict[str, str]:
    lib = qt / "plugins" / "platforms" / ".." / ".." / "lib"
    plugin = f"""\tlinux-vdso.so.1 (0x00007ffd4a5f2000)
\tlibQt6XcbQpa.so.6 => {lib}/libQt6XcbQpa.so.6 (0x00007f7fa1eb3000)
\tlibQt6Gui.so.6 => {lib}/libQt6Gui.so.6 (0x00007f7fa1200000)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f7fa1e23000)
\tlibxkbcommon.so.0 => /lib/x86_64-linux-gnu/libxkbcommon.so.0 (0x00007f7fa1ddb000)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f7fa1dc1000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f7fa001e000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f7fa1f83000)
"""
    xcbqpa = """\tlinux-vdso.so.1 (0x00007ffd4a5f2000)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f7fa001e000)
"""
    gui = "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f7fa001e000)\n"
    return {"libqxcb.so": plugin, "libQt6XcbQpa.so.6": xcbqpa, "libQt6Gui.so.6": gui}


def test_fake_missing_libraries_are_named_with_one_install_line(tmp_path: Path) -> None:
    qt = _fake_bundle(tmp_path)
    (qt / "lib" / "libQt6XcbQpa.so.6").write_bytes(b"")
    (qt / "lib" / "libQt6Gui.so.6").write_bytes(b"")
    ldd = FakeLdd(_xcb_ldd_output(qt))

    result = check({"DISPLAY": ":0"}, system="linux", qt_dir=qt, ldd=ldd, start=_no_start)

    assert result.code == 1
    assert "«xcb»" in result.message
    assert "libxcb-cursor.so.0" in result.message
    assert "libxkbcommon-x11.so.0" in result.message
    install = [line for line in result.message.splitlines() if "apt-get" in line]
    assert install == ["sudo apt-get install libxkbcommon-x11-0 libxcb-cursor0"]
    # The bundled Qt libraries found by ldd were asked too, the system ones not.
    assert ldd.asked == ["libqxcb.so", "libQt6XcbQpa.so.6", "libQt6Gui.so.6"]


def test_install_line_has_exactly_the_packages_for_the_missing_sonames(tmp_path: Path) -> None:
    qt = _fake_bundle(tmp_path)
    ldd = FakeLdd(
        {
            "libqxcb.so": "\tlibxcb-cursor.so.0 => not found\n"
            "\tlibxkbcommon-x11.so.0 => not found\n"
            "\tlibxcb-cursor.so.0 => not found\n"
        }
    )
    result = check({"DISPLAY": ":1"}, system="linux", qt_dir=qt, ldd=ldd, start=_no_start)
    assert result.code == 1
    last = result.message.splitlines()[-1]
    assert last == "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0"


def test_clean_ldd_means_exit_zero_and_no_output(tmp_path: Path) -> None:
    qt = _fake_bundle(tmp_path)
    ldd = FakeLdd(
        {"libqxcb.so": "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f7fa001e000)\n"}
    )
    result = check({"DISPLAY": ":0"}, system="linux", qt_dir=qt, ldd=ldd, start=_no_start)
    assert result == Result(0, "")
    assert ldd.asked == ["libqxcb.so"]


def test_unknown_soname_is_named_as_is_with_apt_file_hint(tmp_path: Path) -> None:
    qt = _fake_bundle(tmp_path, "wayland")
    ldd = FakeLdd(
        {
            "libqwayland.so": "\tlibwayland-cursor.so.0 => not found\n"
            "\tlibfrobnicate.so.7 => not found\n"
        }
    )
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}
    result = check(env, system="linux", qt_dir=qt, ldd=ldd, start=_no_start)
    assert result.code == 1
    assert "«wayland»" in result.message
    assert "sudo apt-get install libwayland-cursor0" in result.message
    assert "apt-file search libfrobnicate.so.7" in result.message


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DISPLAY": ":0"}, "xcb"),
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "wayland"),
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"},
         "wayland"),
        # XWayland-only session: Qt stays on xcb.
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, "xcb"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "xcb"),
        ({"QT_QPA_PLATFORM": "wayland:option=1;xcb", "DISPLAY": ":0"}, "wayland"),
        ({"QT_QPA_PLATFORM": "", "DISPLAY": ":0"}, "xcb"),
        ({}, None),
    ],
)
def test_platform_is_chosen_as_qt_does(env: dict[str, str], expected: str | None) -> None:
    assert choose_platform(env, "linux") == expected


def test_no_display_on_linux_is_reported_in_russian() -> None:
    result = check({}, system="linux", ldd=_no_ldd, start=_no_start)
    assert result.code == 1
    assert "нет графического сеанса" in result.message
    assert "QT_QPA_PLATFORM=offscreen" in result.message


def _no_ldd(path: Path) -> str:
    raise AssertionError("ldd must not run here")


def test_without_ldd_qt_is_started_and_its_error_reported(tmp_path: Path) -> None:
    asked: list[Mapping[str, str]] = []

    def start(env: Mapping[str, str]) -> str | None:
        asked.append(env)
        return "qt.qpa.plugin: Could not load the Qt platform plugin \"windows\""

    result = check({}, system="win32", qt_dir=_fake_bundle(tmp_path), start=start)
    assert result.code == 1
    assert len(asked) == 1
    assert "Could not load the Qt platform plugin" in result.message
    assert "Qt не запускается" in result.message

    quiet = check({}, system="win32", qt_dir=tmp_path, start=lambda env: None)
    assert quiet == Result(0, "")


def test_ldd_failure_falls_back_to_starting_qt(tmp_path: Path) -> None:
    def broken(path: Path) -> str:
        raise subprocess.CalledProcessError(1, ["ldd", str(path)])

    result = check(
        {"DISPLAY": ":0"},
        system="linux",
        qt_dir=_fake_bundle(tmp_path),
        ldd=broken,
        start=lambda env: "boom",
    )
    assert result.code == 1
    assert "boom" in result.message


@pytest.mark.skipif(not HAS_LDD, reason="ldd is not installed on this machine")
def test_real_offscreen_plugin_has_nothing_missing() -> None:
    qt = qt_folder()
    plugin = plugin_path(qt, "offscreen")
    assert plugin.is_file()
    assert missing_libraries(plugin, qt, run_ldd) == []


@pytest.mark.skipif(not HAS_LDD, reason="ldd is not installed on this machine")
def test_real_plugin_alone_in_a_folder_misses_its_qt_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # libqxcb.so finds libQt6XcbQpa through $ORIGIN/../../lib; copied away from
    # the bundle it cannot, whatever this machine has installed.
    monkeypatch.delenv("LD_LIBRARY_PATH", raising=False)
    plugin = plugin_path(tmp_path, "xcb")
    plugin.parent.mkdir(parents=True)
    shutil.copy(plugin_path(qt_folder(), "xcb"), plugin)

    result = check({"DISPLAY": ":0"}, system="linux", qt_dir=tmp_path, start=_no_start)

    assert result.code == 1
    assert "libQt6XcbQpa.so.6" in result.message
    assert "удалите папку .venv" in result.message


@pytest.mark.skipif(not HAS_LDD, reason="ldd is not installed on this machine")
def test_module_run_offscreen_prints_nothing_and_exits_zero() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", syscheck.__name__],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
