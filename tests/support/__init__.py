"""Test support: the fake MediaWiki and the live-manner wikitext it serves (not part of the product)."""
