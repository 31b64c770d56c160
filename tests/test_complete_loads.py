"""Nothing half-loaded: every entry of a data folder is read or reported (#13 item 3)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import painkb
from painkb import documents
from painkb.documents import read_documents

REGION = '[[region]]\nid = "{id}"\nname = "{id}"\n'

needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX symlinks")


def _folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "regions.toml").write_text(REGION.format(id="hip"), encoding="utf-8")
    return data


def _problems(path: Path) -> list[str]:
    with pytest.raises(painkb.DataError) as caught:
        painkb.load(path)
    return [str(p) for p in caught.value.problems]


@needs_symlinks
def test_a_dangling_symlink_is_reported_not_skipped(tmp_path: Path) -> None:
    data = _folder(tmp_path)
    (data / "warning_signs.toml").symlink_to(tmp_path / "gone.toml")
    (problem,) = _problems(data)
    assert problem.startswith(str(data / "warning_signs.toml"))
    assert "broken symlink" in problem


@needs_symlinks
def test_a_looping_symlink_is_reported(tmp_path: Path) -> None:
    data = _folder(tmp_path)
    (data / "a.toml").symlink_to(data / "b.toml")
    (data / "b.toml").symlink_to(data / "a.toml")
    problems = _problems(data)
    assert len(problems) == 2
    assert all("symlink loop" in p for p in problems)


@needs_symlinks
def test_a_symlinked_folder_is_followed(tmp_path: Path) -> None:
    data = _folder(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "more.toml").write_text(REGION.format(id="knee"), encoding="utf-8")
    (data / "more").symlink_to(elsewhere, target_is_directory=True)
    assert sorted(e.id for e in painkb.load(data).entities()) == ["hip", "knee"]


@needs_symlinks
def test_a_symlinked_folder_loop_is_reported_not_followed_forever(tmp_path: Path) -> None:
    data = _folder(tmp_path)
    (data / "sub").mkdir()
    (data / "sub" / "back").symlink_to(data, target_is_directory=True)
    (problem,) = _problems(data)
    assert problem.startswith(str(data / "sub" / "back"))
    assert f"symlink loop: it leads back to {data}" in problem


@needs_symlinks
def test_a_second_link_to_a_folder_already_read_is_reported(tmp_path: Path) -> None:
    data = _folder(tmp_path)
    (data / "sub").mkdir()
    (data / "sub" / "x.toml").write_text(REGION.format(id="knee"), encoding="utf-8")
    (data / "again").symlink_to(data / "sub", target_is_directory=True)
    (problem,) = _problems(data)
    assert "which is read already" in problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_reported_and_never_opened(tmp_path: Path) -> None:
    data = _folder(tmp_path)
    os.mkfifo(data / "causes.toml")  # opening it would block forever
    (problem,) = _problems(data)
    assert "is not a regular file" in problem
    (alone,) = _problems(data / "causes.toml")
    assert "is not a regular file" in alone


def test_an_unreadable_file_is_a_data_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _folder(tmp_path)

    def refuse(path: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(documents, "_read_bytes", refuse)
    (problem,) = _problems(data)
    assert problem == f"{data / 'regions.toml'}: cannot be read (Permission denied)"


def test_an_unreadable_sub_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _folder(tmp_path)
    (data / "locked").mkdir()
    (data / "locked" / "warning_signs.toml").write_text(REGION.format(id="x"), encoding="utf-8")
    scandir = os.scandir

    def locked(path: os.PathLike[str]) -> object:
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(documents.os, "scandir", locked)
    (problem,) = _problems(data)
    assert problem == f"{data / 'locked'}: cannot be read (Permission denied)"


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root reads everything")
def test_an_unreadable_sub_folder_is_reported_for_real(tmp_path: Path) -> None:  # pragma: no cover
    data = _folder(tmp_path)
    (data / "locked").mkdir()
    (data / "locked").chmod(0)
    try:
        assert "cannot be read" in _problems(data)[0]
    finally:
        (data / "locked").chmod(0o755)


def test_everything_wrong_is_reported_at_once_and_nothing_is_returned(tmp_path: Path) -> None:
    data = _folder(tmp_path)
    (data / "bad.toml").write_bytes(b"\xff")
    if hasattr(os, "symlink") and os.name != "nt":
        (data / "gone.toml").symlink_to(tmp_path / "nowhere")
    with pytest.raises(painkb.DataError) as caught:
        read_documents([data, tmp_path / "missing"])
    messages = " | ".join(str(p) for p in caught.value.problems)
    assert "not UTF-8" in messages
    assert "no such file or folder" in messages


def test_other_files_are_not_data_and_are_left_alone(tmp_path: Path) -> None:
    data = _folder(tmp_path)
    (data / "README.md").write_text("notes", encoding="utf-8")
    assert [e.id for e in painkb.load(data).entities()] == ["hip"]
