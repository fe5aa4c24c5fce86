"""What Vietnamese the English summary is made from: the lead, as whole sentences.

A digest reader wants the first sentences of the story, not a photo caption nor a subheading,
and a machine summary that stops mid-sentence reads badly, so the summary source is the
article's `lead` (the sapo, if an editor set one) and then its first prose paragraphs, as plain
text, cut after the last whole sentence that fits in `max_chars`.

The hash of what was translated is stored with the translation (`en_source_sha256`), so a later
run can tell whether the Vietnamese changed since.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..core.article import plain_text
from ..core.prose import paragraphs as prose_paragraphs
from .sentences import split_sentences


def lead_summary(body: str, lead: str | None, max_chars: int) -> str:
    """The first whole sentences of the article, at most `max_chars` long (but never empty
    when there is text: a first sentence longer than that is kept whole)."""
    sources = [lead] if lead else []
    sources += prose_paragraphs(body)
    kept: list[str] = []
    length = 0
    seen_first = plain_text(lead) if lead else None
    for index, source in enumerate(sources):
        text = plain_text(source)
        if index > 0 and text == seen_first:
            continue  # the sapo is also the body's first paragraph
        for sentence in split_sentences(text):
            added = len(sentence) + (1 if kept else 0)
            if kept and length + added > max_chars:
                return " ".join(kept)
            kept.append(sentence)
            length += added
    return " ".join(kept)


@dataclass(frozen=True)
class Source:
    """The Vietnamese an article's English is translated from."""

    title: str
    summary: str

    @property
    def sha256(self) -> str:
        """Stored as `en_source_sha256`: changes exactly when the translated Vietnamese does."""
        return hashlib.sha256(f"{self.title}\n\n{self.summary}".encode()).hexdigest()
