"""Signs a wukf visitor identity in a Python backend (docs/auth.md, "Visitors your app vouches for").

Usage: WUKF_IDENTITY_KEY="$(cat /etc/wukf/secrets/identity-hmac.key)" python3 sign_identity.py <userId> [displayName]
Prints the JSON body your app sends to POST /api/v1/visitors. Standard library only.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
import time


def sign_identity(key: str, user_id: str, display_name: str | None = None) -> dict:
    timestamp = int(time.time())
    message = f"{user_id}:{timestamp}".encode()
    signature = hmac.new(key.encode(), message, hashlib.sha256).hexdigest()
    return {"userId": user_id, "timestamp": timestamp, "signature": signature, "displayName": display_name or user_id}


if __name__ == "__main__":
    key = os.environ.get("WUKF_IDENTITY_KEY")
    if not key or len(sys.argv) < 2:
        sys.exit("usage: WUKF_IDENTITY_KEY=<key> python3 sign_identity.py <userId> [displayName]")
    print(json.dumps(sign_identity(key, sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)))
