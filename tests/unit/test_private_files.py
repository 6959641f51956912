"""Files that hold a brand's confidential data are the owner's only, whatever the process's umask (tenant55,
2026-12-06: a brand's kept logo or product photo was written 0644 in 0755 directories: any local account read it)."""

from __future__ import annotations

import os

from brandsentry.logs import write_private_file


def test_a_kept_image_is_0600_in_0700_directories_down_from_the_image_directory(tmp_path):
    old = os.umask(0o022)
    try:
        images = tmp_path / "portal-images"
        path = images / "bose" / "bose.image.0123.png"
        write_private_file(path, b"\x89PNG logo", private_from=images)
        (images / "acme").mkdir(mode=0o755)
        os.chmod(images / "acme", 0o755)
        os.chmod(images, 0o755)  # made wider by someone else: the next write narrows it again
        write_private_file(images / "acme" / "a.png", b"other", private_from=images)
    finally:
        os.umask(old)
    assert path.read_bytes() == b"\x89PNG logo"
    modes = {p.relative_to(tmp_path).as_posix(): oct(p.stat().st_mode & 0o777) for p in [images, *images.rglob("*")]}
    assert modes == {"portal-images": "0o700", "portal-images/bose": "0o700", "portal-images/acme": "0o700",
                     "portal-images/bose/bose.image.0123.png": "0o600", "portal-images/acme/a.png": "0o600"}


def test_writing_again_replaces_the_whole_file(tmp_path):
    path = tmp_path / "x" / "f.bin"
    write_private_file(path, b"a longer first version")
    write_private_file(path, b"short")
    assert path.read_bytes() == b"short" and oct(path.stat().st_mode & 0o777) == "0o600"
