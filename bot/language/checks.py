"""A yes/no check of a statement: "правда ли, что …", "верно ли, что …", "is it true that …".

"Правда ли, что Ишмухамедов предложил добавить Турцию?" asks whether the article says what
follows the frame, so the entry answering it is the one saying that. The frame words are no
part of the subject: "правда", "true", "correct" are words no entry is about, and weighed as
unknown words of the question they pull the right entry's score down to "did you mean". So
the frame is cut off (at the start, or as a tag at the end: "…, это правда?", "… или я
что-то путаю?") before the
question's words are read; what is left asks what the statement asks (nothing in
particular, or "будет ли …"'s forecast kept by its own words).
"""

from __future__ import annotations

# Frames opening a check, longest first; the trailing "что/that" is optional.
_OPENING: tuple[tuple[str, ...], ...] = (
    ("а", "правда", "ли"),
    ("а", "это", "правда"),
    ("а", "правда"),  # "а правда что торговля всего полмиллиарда?"
    ("правда", "ли"),
    ("верно", "ли"),
    ("действительно", "ли"),
    ("так", "ли"),
    ("это", "правда"),
    ("правда",),
    ("is", "it", "true"),
    ("is", "it", "correct"),
    ("is", "it", "right"),
    ("is", "it", "so"),
    ("it", "is", "true"),
    ("true",),
)
_THAT = frozenset({"что", "that"})
# Tags closing a check: "…, это правда?", "…, верно?", "…, is that true?".
_CLOSING: tuple[tuple[str, ...], ...] = (
    # "… приезжал или я что-то путаю?", "…, или я ошибаюсь?": the asker doubts his memory
    ("или", "я", "что-то", "путаю"),
    ("или", "я", "что", "то", "путаю"),
    ("или", "я", "путаю"),
    ("или", "я", "ошибаюсь"),
    ("если", "я", "не", "ошибаюсь"),
    ("если", "не", "ошибаюсь"),
    ("or", "am", "i", "wrong"),
    ("or", "am", "i", "mistaken"),
    ("это", "правда"),
    ("правда",),
    ("верно",),
    ("is", "that", "true"),
    ("is", "it", "true"),
    ("true",),
)
# What must be left for the frame to be one: "правда" alone is a question about truth.
_MIN_LEFT = 2


def unframed(words: list[str]) -> list[str]:
    """The folded words of a question without a yes/no check's frame (unchanged when it has
    none, or when too little would be left for a statement)."""
    for frame in _OPENING:
        if tuple(words[: len(frame)]) == frame:
            rest = words[len(frame) :]
            asking = frame[-1] == "ли" or frame[0] == "is"  # a question by itself
            if not asking and rest[:1] and rest[0] not in _THAT:
                continue  # "это правда интересно" is no frame; "это правда, что …" is one
            if rest[:1] and rest[0] in _THAT:
                rest = rest[1:]
            if len(rest) >= _MIN_LEFT:
                return rest
            return words
    for frame in _CLOSING:
        if len(words) > len(frame) and tuple(words[-len(frame) :]) == frame:
            rest = words[: -len(frame)]
            if len(rest) >= _MIN_LEFT:
                return rest
    return words
