"""The raw archive: every fetched body stored once under its SHA-256, before anything parses it.

Layout under the archive root:
  objects/ab/<sha256>           the body, immutable (re-written only when it no longer matches its name)
  urls/ab/<sha256 of url>.json  one document URL (canonical: the real site's): every body it has served, in
                                order (its versions), the validators of the last answer, listing hints, and
                                since when the site has answered 404 for it
The warehouse can be rebuilt from this folder alone (`kzelect rebuild`): every version of every URL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

ObjectState = Literal["ok", "missing", "corrupt"]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Version:
    """One body a URL served, from the first time it was fetched."""

    document_id: str
    fetched_at: str  # ISO timestamp, UTC
    byte_size: int
    content_type: str | None
    hints: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class UrlRecord:
    """What the archive knows about one URL; the top-level body fields describe its current version."""

    url: str  # canonical: the document's URL on the real site
    document_id: str
    source: str  # 'cec' | 'osce'
    content_type: str | None
    byte_size: int
    fetched_at: str  # ISO timestamp, UTC: when this body was first fetched from this URL
    etag: str | None = None
    last_modified: str | None = None
    hints: dict[str, str | None] = field(default_factory=dict)  # title / published_on from a listing
    fetched_url: str | None = None  # the URL actually requested last (a mirror, the snapshot on some port)
    versions: list[dict[str, Any]] = field(default_factory=list)  # every body, oldest first (Version dicts)
    gone_since: str | None = None  # the site answers 404/410 for it since then; its claims are kept

    def history(self) -> list[Version]:
        """Every version, oldest first (an archive written before versions were kept has only the current)."""
        if self.versions:
            return [Version(**v) for v in self.versions]
        return [Version(self.document_id, self.fetched_at, self.byte_size, self.content_type, dict(self.hints))]

    def at(self, version: Version) -> UrlRecord:
        """This record as it stood when `version` was its body: what parsing that version sees."""
        return replace(self, document_id=version.document_id, fetched_at=version.fetched_at,
                       byte_size=version.byte_size, content_type=version.content_type, hints=dict(version.hints))


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

    @contextlib.contextmanager
    def _updating(self) -> Iterator[None]:
        """Serialise read-modify-write of URL records: two runs at once must not lose a version."""
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / ".records.lock").open("a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _write(self, record: UrlRecord) -> None:
        _atomic_write(self._url_path(record.url), json.dumps(asdict(record), ensure_ascii=False).encode())

    def object_state(self, document_id: str) -> ObjectState:
        """Whether the archived body is there and still hashes to its name."""
        path = self.object_path(document_id)
        if not path.is_file():
            return "missing"
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return "ok" if digest.hexdigest() == document_id else "corrupt"

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
        fetched_url: str | None = None,
    ) -> UrlRecord:
        """Archive a body fetched from `url` (canonical); a body unlike the URL's last one is a new version."""
        document_id = sha256_hex(body)
        if self.object_state(document_id) != "ok":  # absent, or damaged on disk: (re)write it
            _atomic_write(self.object_path(document_id), body)
        with self._updating():
            previous = self.record_for(url)
            history = previous.history() if previous else []
            if history and history[-1].document_id == document_id:
                current = history[-1]
            else:
                current = Version(document_id, utc_now(), len(body), content_type, dict(hints or {}))
                history.append(current)
            record = UrlRecord(
                url=url, document_id=document_id, source=source, content_type=content_type, byte_size=len(body),
                fetched_at=current.fetched_at, etag=etag, last_modified=last_modified, hints=dict(hints or {}),
                fetched_url=fetched_url, versions=[asdict(v) for v in history], gone_since=None,
            )
            self._write(record)
        return record

    def mark_gone(self, url: str, when: str | None = None) -> UrlRecord | None:
        """The site no longer serves `url`: keep every version, note since when (the first 404 seen)."""
        with self._updating():
            record = self.record_for(url)
            if record is None or record.gone_since:
                return record
            record = replace(record, gone_since=when or utc_now(), versions=[asdict(v) for v in record.history()])
            self._write(record)
            return record

    def mark_present(self, url: str) -> None:
        """The URL answers again (a 304): it is no longer gone."""
        with self._updating():
            record = self.record_for(url)
            if record is not None and record.gone_since:
                self._write(replace(record, gone_since=None, versions=[asdict(v) for v in record.history()]))

    def record_for(self, url: str) -> UrlRecord | None:
        """What the archive knows about `url`, whether or not its body is intact (see `object_state`)."""
        path = self._url_path(url)
        if not path.is_file():
            return None
        return UrlRecord(**json.loads(path.read_text()))

    def read(self, document_id: str) -> bytes:
        return self.object_path(document_id).read_bytes()

    def records(self) -> Iterator[UrlRecord]:
        """Every URL record the archive holds, in a stable order (bodies not checked: see `object_state`)."""
        for path in sorted((self.root / "urls").glob("*/*.json")):
            yield UrlRecord(**json.loads(path.read_text()))

    def histories(self, canonical: Callable[[UrlRecord], str]) -> dict[str, UrlRecord]:
        """Records grouped by canonical URL, oldest body first: records an older kzelect wrote under a
        loopback URL (one per port it was served on) merge into the document's one history."""
        grouped: dict[str, list[UrlRecord]] = {}
        for record in self.records():
            grouped.setdefault(canonical(record), []).append(record)
        merged: dict[str, UrlRecord] = {}
        for url, group in sorted(grouped.items()):
            versions = sorted((v for r in group for v in r.history()), key=lambda v: (v.fetched_at, v.document_id))
            history: list[Version] = []
            for v in versions:
                if not history or history[-1].document_id != v.document_id:
                    history.append(v)
            latest = max(group, key=lambda r: (r.fetched_at, r.url == url))
            gone = [r.gone_since for r in group if r.gone_since]
            merged[url] = replace(latest, url=url, versions=[asdict(v) for v in history],
                                  gone_since=max(gone) if len(gone) == len(group) else None,
                                  **_top_fields(history[-1]))
        return merged


def _top_fields(version: Version) -> dict[str, Any]:
    return {"document_id": version.document_id, "fetched_at": version.fetched_at,
            "byte_size": version.byte_size, "content_type": version.content_type}
