"""From a match to a reply: composition, conversation context and the session API."""
