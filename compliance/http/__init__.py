"""The HTTP edge every router shares: errors mapped to responses, body and time limits."""
