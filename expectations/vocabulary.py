"""Closed vocabularies of the warehouse contract (DESIGN.md, 0001_init.sql comments)."""

from __future__ import annotations

from typing import get_args

from sources.records import Category, DocKind, ElectionType, Language, Measure, Source, Stage, Subject

STAGES = get_args(Stage)
SOURCES = get_args(Source)
LANGUAGES = get_args(Language)
ELECTION_TYPES = get_args(ElectionType)
DOC_KINDS = get_args(DocKind)
SUBJECTS = get_args(Subject)
CATEGORIES = get_args(Category)
MEASURES = get_args(Measure)

ELECTION_ID_PATTERN = r"^kz-\d{4}-\d{2}-\d{2}-(?:presidential|parliamentary|referendum)$"
REGION_CODE_PATTERN = r"^KZ(?:-\d{2})?$"  # ISO 3166-2:KZ, or KZ for the national level
DOCUMENT_ID_PATTERN = r"^[0-9a-f]{64}$"  # SHA-256 hex of the body
CLOCK_PATTERN = r"^(?:[01]\d|2[0-3]):[0-5]\d$"  # as_of of an hourly bulletin
