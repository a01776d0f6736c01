"""Slack front end: `/comply`, @mentions and DMs answered in threads with cited, verified answers.

`app.build_app` makes the Bolt app, `cli.run_slack_command` runs it; `blocks` is the pure renderer.
"""
