"""Why a bundle or a key file is refused: one code per reason, a Dutch message and its English twin.

A `BundleRefused` is a known problem (a `StorageError`), so the command line prints it without a
traceback and the app shows it as a message, not as a program error. Every refusal happens before
anything is written.
"""

from __future__ import annotations

from ..storage.errors import StorageError


class BundleRefused(StorageError):
    """`code` says which rule: not-a-bundle, truncated, damaged, unknown-sender, changed-key,
    wrong-desk, wrong-kind, too-large, bad-content, not-desk, no-desk, bad-key-file, own-key,
    key-changed, unknown-peer, file."""

    def __init__(self, code: str, text_nl: str, text_en: str):
        super().__init__(text_nl, text_en)
        self.code = code

    def text(self, lang: str = "nl") -> str:
        return self.text_en if lang == "en" else self.text_nl
