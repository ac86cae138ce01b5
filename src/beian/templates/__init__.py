"""``beian init``: a package skeleton whose headings and columns are the ones ``beian check`` reads."""

from __future__ import annotations

from pathlib import Path

from beian.standard import Profile
from beian.templates.skeleton import skeleton_files
from beian.templates.writer import write_docx, write_xlsx

__all__ = ["skeleton_files", "write_docx", "write_skeleton", "write_xlsx"]


def write_skeleton(root: Path, route: str, profile: Profile) -> list[str]:
    """Write the route's templates under ``root``; existing files are kept. Returns the written names."""
    written = []
    for rel, kind, payload in skeleton_files(route, profile):
        path = root / rel
        if path.exists():
            continue
        if kind == "docx":
            title, blocks = payload
            write_docx(path, title, blocks)
        else:
            write_xlsx(path, payload)
        written.append(rel)
    return written
