"""Serving: the HTTP API and the offline web page (``api``, assets in ``web/``), the exports
(``exports``) and what they share (``facts``, ``views``). Reads the database through the store
(``unfog.store``, ``unfog.store.query``) only."""
