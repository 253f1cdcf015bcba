"""rel24: one page too large to read costs only its own claims, and says so (user23's notes 3 and 4)."""

import asyncio

import httpx

from verify.sources.http import HttpClient
from verify.sources.wikipedia import WikipediaSource

CAP = 200_000  # the answer-size cap of these tests' client; the hostile page's answer is padded past it


def _one_oversized_page(fake_wiki, huge: str, requests: list[str]):
    """The fake wiki, but every answer that holds `huge` is padded past the cap (trailing blanks: still JSON)."""

    def handler(request: httpx.Request) -> httpx.Response:
        titles = request.url.params.get("titles", "")
        requests.append(titles)
        answer = fake_wiki.handler(request)
        if huge in titles.split("|"):
            return httpx.Response(
                200, content=answer.content + b" " * CAP, headers={"content-type": "application/json"}
            )
        return answer

    return handler


def test_a_batch_over_the_size_cap_is_asked_again_in_parts_and_only_the_oversized_page_is_lost(fake_wiki):
    requests: list[str] = []
    http = HttpClient(
        transport=httpx.MockTransport(_one_oversized_page(fake_wiki, "NATO", requests)), sleep=lambda s: None
    )
    http.max_bytes = CAP
    wiki = WikipediaSource(http)
    titles = ["Dan Caine", "Donald Trump", "NATO", "Vladimir Putin", "Sergey Lavrov"]
    found = asyncio.run(wiki.lookup(titles))
    asyncio.run(http.aclose())
    assert {t for t, hit in found.items() if hit.document is not None} == set(titles) - {"NATO"}
    lost = found["NATO"]
    assert lost.document is None and not lost.unreachable  # the wiki answers: searches go on
    assert "'NATO'" in lost.reason and "larger than 200,000 bytes" in lost.reason
    assert len(requests) <= 1 + 2 * 3  # halves, not a request per title of a 20-title batch
