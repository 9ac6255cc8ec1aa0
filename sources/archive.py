"""The raw archive: every fetched body stored once under its SHA-256, before anything parses it.

Layout under the archive root:
  objects/ab/<sha256>        the body, immutable
  urls/ab/<sha256 of url>.json  what we last got from a URL: document id, headers, listing hints
The warehouse can be rebuilt from this folder alone (`kzelect rebuild`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class UrlRecord:
    url: str
    document_id: str
    source: str  # 'cec' | 'osce'
    content_type: str | None
    byte_size: int
    fetched_at: str  # ISO timestamp, UTC
    etag: str | None = None
    last_modified: str | None = None
    hints: dict[str, str | None] = field(default_factory=dict)  # title / published_on from a listing


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def object_path(self, document_id: str) -> Path:
        return self.root / "objects" / document_id[:2] / document_id

    def _url_path(self, url: str) -> Path:
        key = sha256_hex(url.encode())
        return self.root / "urls" / key[:2] / f"{key}.json"

    def store(
        self,
        url: str,
        body: bytes,
        *,
        source: str,
        content_type: str | None,
        etag: str | None = None,
        last_modified: str | None = None,
        hints: dict[str, str | None] | None = None,
    ) -> UrlRecord:
        document_id = sha256_hex(body)
        path = self.object_path(document_id)
        if not path.exists():
            _atomic_write(path, body)
        record = UrlRecord(
            url=url,
            document_id=document_id,
            source=source,
            content_type=content_type,
            byte_size=len(body),
            fetched_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            etag=etag,
            last_modified=last_modified,
            hints=dict(hints or {}),
        )
        _atomic_write(self._url_path(url), json.dumps(asdict(record), ensure_ascii=False).encode())
        return record

    def record_for(self, url: str) -> UrlRecord | None:
        path = self._url_path(url)
        if not path.is_file():
            return None
        record = UrlRecord(**json.loads(path.read_text()))
        return record if self.object_path(record.document_id).is_file() else None

    def read(self, document_id: str) -> bytes:
        return self.object_path(document_id).read_bytes()

    def records(self) -> Iterator[UrlRecord]:
        """Every URL the archive holds a body for, in a stable order."""
        paths = sorted((self.root / "urls").glob("*/*.json"))
        for path in paths:
            record = UrlRecord(**json.loads(path.read_text()))
            if self.object_path(record.document_id).is_file():
                yield record
