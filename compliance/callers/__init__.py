"""Who calls the sidecar: applications holding API tokens, and the errors of refusing them.

Below both the proxy (which admits applications) and the API (which issues and checks tokens).
"""
