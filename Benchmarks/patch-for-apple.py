#!/usr/bin/env python3
"""Makes the minimal copy of the Budgea spec that apple/swift-openapi-generator accepts.

    python3 Benchmarks/patch-for-apple.py spec/biapi.pro-2.0.openapi.yaml OUT.yaml

The published spec lists response properties (`jwt_token`, `expires_in`, ...) as if they were content
types under `responses.<code>.content`; apple's generator rejects any content-type key without a `/`.
This drops exactly those keys (38 in biapi.pro 2.0) and nothing else; it prints how many it dropped.
The overlay in spec/ is not applied (apple's generator has no overlay support).
"""
import sys
import yaml

src, dst = sys.argv[1], sys.argv[2]
with open(src) as f:
    doc = yaml.safe_load(f)

dropped = 0

def clean(responses):
    global dropped
    for response in (responses or {}).values():
        content = response.get("content") if isinstance(response, dict) else None
        if isinstance(content, dict):
            for key in [k for k in content if "/" not in str(k)]:
                del content[key]
                dropped += 1

for item in (doc.get("paths") or {}).values():
    for op in item.values():
        if isinstance(op, dict) and "responses" in op:
            clean(op["responses"])
clean((doc.get("components") or {}).get("responses"))

with open(dst, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4096)
print(f"patched copy for apple's generator: dropped {dropped} response content-type keys without '/' -> {dst}")
