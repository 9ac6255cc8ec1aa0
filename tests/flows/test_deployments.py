"""prefect.yaml: every deployment points at a real flow of flows/ with a valid schedule and a work pool.

(`prefect --no-prompt deploy --all` against an ephemeral API was checked by hand: it needs the work
pool to exist and takes ~40 s, too slow for every test run.)"""

from __future__ import annotations

import importlib

import pytest
import yaml
from prefect import Flow

from tests.conftest import ROOT

DEPLOYMENTS = yaml.safe_load((ROOT / "prefect.yaml").read_text())["deployments"]


@pytest.mark.parametrize("deployment", DEPLOYMENTS, ids=[d["name"] for d in DEPLOYMENTS])
def test_deployment_entrypoint_is_a_flow(deployment: dict) -> None:
    path, name = deployment["entrypoint"].split(":")
    assert path.startswith("flows/") and (ROOT / path).is_file()
    module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
    assert isinstance(getattr(module, name), Flow)
    assert deployment["work_pool"]["name"] == "kzelect"
    for schedule in deployment.get("schedules", []):
        fields = schedule["cron"].split()
        assert len(fields) == 5, schedule


def test_there_is_a_frequent_a_daily_and_a_rebuild_deployment() -> None:
    crons = {d["name"]: [s["cron"] for s in d.get("schedules", [])] for d in DEPLOYMENTS}
    assert crons["cec-election-period"] == ["*/15 * * * *"]
    assert crons["osce-daily"] == ["30 6 * * *"]
    assert next(d for d in DEPLOYMENTS if d["name"] == "rebuild-from-archive")["entrypoint"].endswith(":rebuild")


def test_the_failure_automation_is_a_valid_prefect_automation() -> None:
    import uuid

    from prefect.events.schemas.automations import AutomationCore

    spec = yaml.safe_load((ROOT / "flows" / "notify_on_failure.yaml").read_text())
    spec["actions"][0]["block_document_id"] = str(uuid.uuid4())  # the README's substitution
    automation = AutomationCore.model_validate(spec)
    assert "prefect.flow-run.Failed" in automation.trigger.expect  # type: ignore[union-attr]
    flows = {name for name in spec["trigger"]["match_related"]["prefect.resource.name"]}
    assert flows == {"kzelect-harvest", "kzelect-rebuild"}
