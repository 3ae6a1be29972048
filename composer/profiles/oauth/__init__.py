"""OAuth 2.0 sign-in ("Sign in with Microsoft / Google") for a profile's SMTP and IMAP.

* :mod:`~composer.profiles.oauth.presets`: provider endpoints and scopes, client IDs (the
  profile, the organisation file, Composer's own).
* :mod:`~composer.profiles.oauth.flow`: the browser flow (authorization code, PKCE S256,
  ``state``, loopback redirect on 127.0.0.1, timeout, cancel).
* :mod:`~composer.profiles.oauth.tokens`: the token endpoint over verified HTTPS.
* :mod:`~composer.profiles.oauth.tokenstore`: the refresh token in the keyring, only there.
* :mod:`~composer.profiles.oauth.session`: access tokens in memory, refreshed on demand.
* :mod:`~composer.profiles.oauth.signin`: signing a profile in; :mod:`.state`: its state
  in words.

Qt-free; the library (:mod:`composer.mail.oauth2`) only uses the tokens.
"""
