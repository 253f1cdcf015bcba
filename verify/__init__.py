"""verify: check the factual claims of a news article against reference sources."""

__version__ = "0.1.0"
