"""Telegram Desktop JSON exports (``result.json``, "Export chat history" or "Export Telegram data"
in machine-readable JSON): one document per post that has text.

The export's chat (a channel, a group) is the outlet; a post's date is its publication date; a
post forwarded from another channel or account keeps that one in ``Document.forwarded_from``, which
the pipeline makes the last relay of each claim in the post (the forwarding channel is the outlet,
the one it forwarded from stands between the source and it). Posts have the medium "telegram": the
channel of their claims, and a post that cites nobody is its channel's own statement
(:mod:`unfog.posts`). Service messages (joins, pins) and posts with no text (a photo alone) are
passed over. A post's text is the export's ``text``: a string, or a list of strings and entities
(``{"type": "bold", "text": ...}``) that are joined.
Ids are ``telegram:<chat id>:<message id>``, stable across exports of the same chat.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from unfog.ingest.dates import normalise_date
from unfog.ingest.errors import InputError
from unfog.model import Document


def looks_like_telegram(obj: object) -> bool:
    return isinstance(obj, dict) and (
        isinstance(obj.get("messages"), list) or isinstance((obj.get("chats") or {}).get("list"), list)
    )


def read_telegram(origin: str, obj: dict[str, Any], published: str | None) -> Iterator[Document | InputError]:
    chats = obj["chats"]["list"] if "chats" in obj else [obj]
    for chat in chats:
        if isinstance(chat, dict) and isinstance(chat.get("messages"), list):
            yield from _chat(origin, chat, published)


def _chat(origin: str, chat: dict[str, Any], published: str | None) -> Iterator[Document | InputError]:
    name = str(chat.get("name") or "") or None
    chat_id = chat.get("id", "chat")
    for msg in chat["messages"]:
        if not isinstance(msg, dict) or msg.get("type", "message") != "message":
            continue
        text = post_text(msg.get("text"))
        if not text.strip():
            continue
        where = f"{origin}#{msg.get('id')}"
        date = normalise_date(str(msg.get("date") or "")) or published
        fwd = msg.get("forwarded_from")
        yield Document(
            id=f"telegram:{chat_id}:{msg.get('id')}", text=text, published=date, outlet=name or msg.get("from"),
            origin=where, forwarded_from=str(fwd) if fwd else None, medium="telegram",
        )


def post_text(value: object) -> str:
    """The text of a post: a string, or a list of strings and entity objects with a 'text'."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict)
                       else "" for part in value)
    return ""
