"""README's "Use in CI": the workflow's commands and the pre-commit hook are the ones these tests run."""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from pre_commit.clientlib import load_config, load_manifest

from tests.conftest import ROOT
from tests.support.fakewiki import FakeWiki, serve

VERIFY = Path(sys.executable).parent / "verify"  # the console script pip installed next to this Python
SEED = "nato-defense-chiefs"


def readme_yaml_blocks() -> list[dict]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def readme_workflow() -> dict:
    return next(block for block in readme_yaml_blocks() if "jobs" in block)


def newsroom(tmp_path: Path) -> Path:
    """A repository as the workflow expects it: articles/, claims/, fixtures/cassettes/."""
    repo = tmp_path / "newsroom"
    (repo / "articles").mkdir(parents=True)
    for suffix in (".txt", ".meta.json"):
        shutil.copy(ROOT / "seeds" / f"{SEED}{suffix}", repo / "articles" / f"{SEED}{suffix}")
    (repo / "claims").mkdir()
    shutil.copy(ROOT / "claims" / f"{SEED}.json", repo / "claims")
    (repo / "fixtures" / "cassettes").mkdir(parents=True)
    shutil.copy(ROOT / "fixtures" / "cassettes" / f"{SEED}.yaml", repo / "fixtures" / "cassettes")
    return repo


def run(command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    assert command[0] == "verify", command
    return subprocess.run(
        [str(VERIFY), *command[1:]],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


def test_the_workflow_runs_only_the_install_and_verify_commands():
    steps = readme_workflow()["jobs"]["verify"]["steps"]
    commands = [step["run"] for step in steps if "run" in step]
    assert len(commands) == 2 and commands[0].startswith("pip install ")
    assert commands[1].startswith("verify check ") and "--format github" in commands[1]


def test_the_workflow_command_annotates_summarises_and_writes_what_the_later_steps_upload(tmp_path):
    repo = newsroom(tmp_path)
    steps = readme_workflow()["jobs"]["verify"]["steps"]
    command = next(step["run"] for step in steps if step.get("run", "").startswith("verify "))
    summary = tmp_path / "step-summary.md"
    result = run(shlex.split(command), repo, GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary), CI="true")
    assert result.returncode == 0, result.stderr
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    lines = (repo / "articles" / f"{SEED}.txt").read_text(encoding="utf-8").splitlines()
    expected = []
    for number, quote in ((7, "‘just, credible, and durable peace,’"), (9, "‘legitimate interests’")):
        col = lines[number - 1].index(quote) + 1
        expected.append(
            f"::warning file=articles/{SEED}.txt,line={number},col={col},endLine={number},"
            f"endColumn={col + len(quote) - 1},title=Unverified claim::“{quote}”: "
        )
    assert len(annotations) == 2 and all(a.startswith(e) for a, e in zip(annotations, expected, strict=True))
    assert "## Fact check" in summary.read_text() and "Needs attention" in summary.read_text()
    uploads = {step["uses"].split("@")[0]: step["with"] for step in steps if "with" in step and "uses" in step}
    sarif = repo / uploads["github/codeql-action/upload-sarif"]["sarif_file"]
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(sarif.read_text(encoding="utf-8")), schema)
    artifact = repo / uploads["actions/upload-artifact"]["path"]
    assert {"index.html", "junit.xml", f"{SEED}.html", f"{SEED}.sarif"} <= {p.name for p in artifact.iterdir()}


def test_the_pre_commit_hook_definition_is_valid_and_the_readme_config_uses_it(tmp_path):
    hooks = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert [hook["id"] for hook in hooks] == ["verify"]
    config = next(block for block in readme_yaml_blocks() if "repos" in block)
    (tmp_path / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    loaded = load_config(str(tmp_path / ".pre-commit-config.yaml"))
    assert [hook["id"] for repo in loaded["repos"] for hook in repo["hooks"]] == ["verify"]


def staged(hook: dict, paths: list[str]) -> list[str]:
    """The files pre-commit would pass to the hook: `files` matches, `exclude` does not."""
    return [p for p in paths if re.search(hook["files"], p) and not re.search(hook["exclude"], p)]


def test_the_pre_commit_hook_passes_a_sound_article_and_fails_a_contradicted_one(tmp_path):
    hook = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))[0]
    assert staged(hook, ["articles/a.txt", "articles/b.html", "README.txt", "docs/LICENSE.txt", "x.py"]) == [
        "articles/a.txt",
        "articles/b.html",
    ]
    repo = newsroom(tmp_path)
    sound = run([*shlex.split(hook["entry"]), *staged(hook, [f"articles/{SEED}.txt"])], repo)
    assert sound.returncode == 0, sound.stderr
    assert sound.stdout.strip() == "11 claims: 9 supported, 0 contradicted, 2 unverified"
    (repo / "articles" / "count.txt").write_text(
        "Count\n\nNATO defense chiefs met; all 31 allied military leaders joined.\n"
    )
    (repo / "articles" / "count.meta.json").write_text('{"as_of": "2025-08-20"}')
    with serve(FakeWiki.from_directory(ROOT / "fixtures" / "wiki" / "pages")) as wiki:
        wrong = run([*shlex.split(hook["entry"]), "articles/count.txt"], repo, VERIFY_WIKI=wiki)
    assert wrong.returncode == 1, wrong.stderr
    assert "1 contradicted" in wrong.stdout


@pytest.mark.parametrize("block", ["workflow", "pre-commit"])
def test_the_readme_yaml_blocks_parse(block):
    kinds = ["workflow" if "jobs" in b else "pre-commit" if "repos" in b else "other" for b in readme_yaml_blocks()]
    assert kinds.count(block) == 1
