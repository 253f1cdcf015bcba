"""The README's two commands are the ones CI runs and a new user types."""

from tests.conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = text.split("```sh\n")[1:3]
    return [b.split("\n```")[0].strip() for b in blocks]


def test_readme_opens_with_the_run_and_test_commands():
    run, test = readme_commands()
    assert run.endswith("verify check seeds/nato-defense-chiefs.txt")
    assert test.endswith("pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    _, test = readme_commands()
    assert test.replace("pip install -e", "pip install -q -e") in ci


def test_every_test_named_in_the_reliability_table_exists():
    import re

    table = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    named = {m.split("[")[0] for m in re.findall(r"`(test_\w+(?:\[[^\]]*\])?)`", table)}
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))
    missing = sorted(n for n in named if f"def {n}(" not in source)
    assert not missing, missing


def test_the_usage_block_names_every_option_of_each_command():
    """A new user reads 'Using it' for what a command takes: `verify baseline` took --wiki, --as-of,
    --claims and --cassettes that the block never named."""
    import re

    import typer.main

    from verify.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Using it", 1)[1].split("```", 2)[1]
    lines = {}
    for line in block.splitlines():
        head = re.match(r"verify (\w+) ", line)
        if head:
            current = head.group(1)
            lines[current] = ""
        if head or line.startswith(" "):
            lines[current] += line
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        if name not in lines:
            continue  # `verify schema` takes no options
        named = [param.opts for param in command.params if any(opt.startswith("-") for opt in param.opts)]
        missing = sorted(
            opts[0]
            for opts in named
            if not any(re.search(r"(?<![\w-])" + re.escape(opt) + r"\b", lines[name]) for opt in opts)
        )
        assert not missing, f"verify {name}: {missing} not in README's usage block"
