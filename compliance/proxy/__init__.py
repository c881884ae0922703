"""The sidecar proxy: routes, API-kind adapters, forwarding and streamed re-identification."""
