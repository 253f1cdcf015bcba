"""The seed's headline claim against the EUCOM infobox row as the live site writes it."""

import asyncio

from tests.conftest import SEED
from verify.article import load_article
from verify.extract import extract_claims
from verify.models import Verdict
from verify.pipeline import check_async

GRYNKEWICH_HEADS_EUCOM = "Grynkewich, who also serves as the head of U.S. European Command"


def test_the_eucom_commander_row_reads_as_rank_name_and_service(wikipedia):
    doc = asyncio.run(wikipedia.lookup(["EUCOM"]))["EUCOM"].document
    commander = next(f for f in doc.infobox if f.label == "commander1")
    assert commander.value == "Gen Alexus G. Grynkewich, USAF"


def test_grynkewich_heading_eucom_is_supported_by_the_live_manner_row(wikipedia):
    article = load_article(SEED)
    report = asyncio.run(check_async(article, extract_claims(article), wikipedia))
    result = next(c for c in report.claims if c.text == GRYNKEWICH_HEADS_EUCOM)
    assert result.verdict == Verdict.SUPPORTED
    assert any(ev.snippet == "Commander: Gen Alexus G. Grynkewich, USAF" for ev in result.evidence)
    assert (report.summary.supported, report.summary.contradicted) == (9, 0)
