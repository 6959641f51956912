"""The brand and working-group portal: registry API, alert triage, suppressions, webhooks, live stream."""
