#!/usr/bin/env python3
# test-chat-link.py: tools/catalog-import and the refresh name chat links by
# one rule. Every chat link of the landscape (when ../shared/data is there)
# and a set of made-up ones go through both, and both must agree.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import importlib.machinery
import importlib.util
import os
import subprocess
import sys

SOURCE = os.environ["CG_SOURCE_DIR"]
CLASSIFY = sys.argv[1]

loader = importlib.machinery.SourceFileLoader("catalog_import",
                                              os.path.join(SOURCE, "tools", "catalog-import"))
spec = importlib.util.spec_from_loader("catalog_import", loader)
tool = importlib.util.module_from_spec(spec)
loader.exec_module(tool)

urls = [
    "https://join.slack.com/t/cloud-native/shared_invite/zt-fyy3b8up-qHeDNVqbz1j8HDY6g1cY4w",
    "https://join.slack.com/t/Kubernetes/shared_invite/zt-abc",
    "https://join.slack.com/t/fluent-all/shared_invite/zt-xyz",
    "https://join.slack.com/t/fluent-all",
    "https://join.slack.com/",
    "https://communityinviter.com/apps/kube-ovn/kube-ovn",
    "https://communityinviter.com/apps/cloud-native/cncf",
    "https://cloud-native.slack.com/archives/C01",
    "https://KUBERNETES.slack.com/",
    "https://slack.cncf.io/",
    "https://slack.k8s.io/",
    "https://slack.example.org/",
    "https://discord.gg/abc",
    "https://gitter.im/x/y",
    "https://matrix.to/#/#room:example.org",
    "https://example.org/chat",
    "https://app.slack.com/client/T08PSQ7BQ/C01",
    "https://argoproj.github.io/community/join-slack",
    "https://join.slack.com/t//shared_invite/zt-abc",
    "https://join.slack.com/t/" + "a" * 90 + "/shared_invite/zt-abc",
    "https://join.slack.com/share/zt-abc",
    "https://www.slack.com/",
]

landscape = os.path.join(SOURCE, "..", "shared", "data", "landscape.yml")
if os.path.exists(landscape):
    import yaml
    with open(landscape, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    for category in data.get("landscape") or []:
        for sub in category.get("subcategories") or []:
            for item in sub.get("items") or []:
                url = ((item or {}).get("extra") or {}).get("slack_url")
                if isinstance(url, str) and url.startswith("https://"):
                    urls.append(url.strip())
else:
    print("# ../shared/data/landscape.yml is absent: made-up links only")

out = subprocess.run([CLASSIFY, *urls], check=True, capture_output=True, text=True).stdout
lines = out.splitlines()
assert len(lines) == len(urls), (len(lines), len(urls))

failures = 0
for url, line in zip(urls, lines):
    if line == "-":
        continue  # refused by the link policy: the tool's clean_url refuses it first
    title, kept, may_expire = line.split("\t")
    expected = tool.classify_chat(url)
    got = (title, kept, may_expire == "true")
    if got != expected:
        failures += 1
        print(f"not the same rule for {url}: C {got}, tool {expected}")

print(f"{len(urls) - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
