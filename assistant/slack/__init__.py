"""Slack front end: `/comply`, @mentions and DMs answered in threads with cited, verified answers.

`app.build_app` makes the Bolt app, `cli.run_slack_command` runs it (HTTP mode behind `http_server`). `bot` holds
the listeners, which queue `jobs` on a worker pool; `events` reads Slack payloads, `blocks` is the pure renderer.
"""
