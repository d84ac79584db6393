#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of tools/catalog-import and of the catalog it made."""

import difflib
import json
import os
import re
import subprocess
import sys
import unittest

SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOL = os.path.join(SOURCE, "tools", "catalog-import")
CATALOG = os.path.join(SOURCE, "resources", "catalog.json")
CURATED = os.path.join(SOURCE, "resources", "curated.json")
LANDSCAPE = os.environ.get("CG_LANDSCAPE",
                           os.path.join(SOURCE, "..", "shared", "data", "landscape.yml"))
FACTS = os.environ.get("CG_REPO_FACTS",
                       os.path.join(SOURCE, "..", "shared", "data", "repo-facts.json"))
DATA = os.path.join(SOURCE, "tests", "data")

sys.path.insert(0, os.path.join(SOURCE, "tools"))
_ns = {}
with open(TOOL, encoding="utf-8") as f:
    exec(compile(f.read().replace('if __name__ == "__main__":', "if False:"), TOOL, "exec"), _ns)
link_problem = _ns["link_problem"]

GUIDE_IDS = [
    "kubernetes", "prometheus", "cni", "containerd", "coredns", "envoy", "fluentd", "grpc",
    "helm", "jaeger", "linkerd", "nats", "notary-project", "opentracing", "rkt", "tuf",
    "vitess", "cloudevents", "harbor", "open-policy-agent", "rook", "spiffe", "spire",
    "telepresence", "openmetrics",
]


def run_tool(landscape, curated, facts=None):
    args = [sys.executable, TOOL, landscape, curated] + ([facts] if facts else [])
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    return result.stdout, result.stderr


def all_urls(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "url" or key in ("homepage", "repository", "contributor_guide"):
                yield value
            else:
                yield from all_urls(value)
    elif isinstance(node, list):
        for value in node:
            yield from all_urls(value)


class CommittedCatalog(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(CATALOG, encoding="utf-8") as f:
            cls.text = f.read()
        cls.catalog = json.loads(cls.text)
        cls.projects = {p["id"]: p for p in cls.catalog["projects"]}
        with open(CURATED, encoding="utf-8") as f:
            cls.curated = json.load(f)

    def test_counts(self):
        counts = {}
        for p in self.catalog["projects"]:
            counts[p["maturity"]] = counts.get(p["maturity"], 0) + 1
        self.assertEqual(len(self.catalog["projects"]), 255)
        self.assertEqual(counts, {"graduated": 38, "incubating": 38, "sandbox": 151,
                                  "archived": 28})

    def test_ids(self):
        ids = [p["id"] for p in self.catalog["projects"]]
        self.assertEqual(len(ids), len(set(ids)))
        self.assertEqual(ids, sorted(ids))
        for pid in ids:
            self.assertRegex(pid, r"^[a-z0-9][a-z0-9-]{0,63}$")

    def test_every_url_passes_the_link_policy(self):
        urls = list(all_urls(self.catalog))
        self.assertGreater(len(urls), 600)
        for url in urls:
            self.assertIsNone(link_problem(url), url)

    def test_guide_projects_keep_curated_fields(self):
        by_id = {}
        for name, fix in self.curated["projects"].items():
            if "id" in fix:
                by_id[fix["id"]] = fix
        for pid in GUIDE_IDS:
            self.assertIn(pid, self.projects)
            project = self.projects[pid]
            fix = by_id.get(pid) or next(f for n, f in self.curated["projects"].items()
                                         if re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-") == pid)
            for key, value in fix.items():
                if key.startswith("_") or key == "dates":
                    continue
                if key == "aliases":  # and those of the project's language
                    self.assertEqual(project[key][:len(value)], value, f"{pid}.{key}")
                    continue
                if key == "legal" and value == {"kind": "unknown"}:
                    continue  # an unknown curated rule leaves the repository's facts
                if value in (None, []):
                    self.assertNotIn(key, project, f"{pid}.{key}")
                else:
                    self.assertEqual(project[key], value, f"{pid}.{key}")
            self.assertIn("focus", project)
            self.assertIn("license", project)
            self.assertIn("legal", project)
        self.assertEqual(self.projects["telepresence"]["repository"],
                         "https://github.com/telepresenceio/telepresence")
        self.assertEqual(self.projects["helm"]["legal"]["kind"], "dco")
        self.assertNotIn("chat", self.projects["grpc"])

    def test_repository_fact_counts(self):
        projects = self.catalog["projects"]

        def count(test):
            return sum(1 for p in projects if test(p))
        self.assertGreaterEqual(count(lambda p: "contributor_guide" in p), 210)
        self.assertGreaterEqual(count(lambda p: "license" in p), 235)
        self.assertGreaterEqual(count(lambda p: "language" in p), 230)
        self.assertGreaterEqual(count(lambda p: "activity" in p), 235)
        known = count(lambda p: p.get("legal", {}).get("kind") in ("dco", "cla", "none"))
        self.assertGreaterEqual(known, 145)
        # Null flags are left out, never written as false or "none"
        for p in projects:
            legal = p.get("legal", {})
            for flag in ("dco", "cla"):
                self.assertIn(legal.get(flag, True), (True, False), p["id"])
            if legal.get("kind") == "none":
                self.assertIn("legal", p.get("curated", []), p["id"])

    def test_known_projects(self):
        dex = self.projects["dex"]
        self.assertEqual(dex["legal"]["kind"], "dco")
        self.assertIs(dex["legal"]["dco"], True)
        self.assertEqual(dex["language"], "Go")
        self.assertEqual(dex["license"], "Apache-2.0")
        self.assertGreater(dex["activity"]["commits"], 0)
        self.assertRegex(dex["facts_source"]["url"], r"^https://github.com/dexidp/dex/tree/[0-9a-f]{40}$")
        kubescape = self.projects["kubescape"]["legal"]
        self.assertEqual(kubescape, {"kind": "unknown", "dco": False, "cla": False})
        both = [p["id"] for p in self.catalog["projects"]
                if p.get("legal", {}).get("dco") is True and p["legal"].get("cla") is True]
        self.assertTrue(both)
        for pid in both:
            self.assertEqual(self.projects[pid]["legal"]["kind"], "cla", pid)
        # Curated wins over the repository: Kubernetes' CNCF CLA
        self.assertEqual(self.projects["kubernetes"]["legal"]["title"], "CNCF CLA")
        for alias, pid in (("k8s", "kubernetes"), ("otel", "opentelemetry"),
                           ("opa", "open-policy-agent"), ("tf", "opentofu"),
                           ("terraform", "opentofu"), ("golang", "dex")):
            self.assertIn(alias, self.projects[pid]["aliases"], pid)

    def test_every_fact_records_its_source(self):
        for name, fix in self.curated["projects"].items():
            facts = [k for k in fix if not k.startswith("_")]
            self.assertIn("_sources", fix, name)
            for key in facts:
                if key != "summary" or len(facts) > 1:
                    self.assertIn(key, fix["_sources"], f"{name}: {key}")

    def test_summaries(self):
        for p in self.catalog["projects"]:
            self.assertTrue(p.get("summary"), p["id"])
            self.assertLessEqual(len(p["summary"]), 125, p["id"])
            self.assertNotIn("\n", p["summary"])

    @unittest.skipUnless(os.path.exists(LANDSCAPE), f"{LANDSCAPE} is absent")
    def test_summaries_are_our_own_words(self):
        import yaml
        with open(LANDSCAPE, encoding="utf-8") as f:
            landscape = yaml.safe_load(f)
        descriptions = {}
        for category in landscape["landscape"]:
            for sub in category.get("subcategories") or []:
                for item in sub.get("items") or []:
                    if "project" in item and item.get("description"):
                        descriptions[item["name"]] = item["description"]
        compared = 0
        for p in self.catalog["projects"]:
            theirs = descriptions.get(p["name"])
            if not theirs:
                continue
            compared += 1
            ours = p["summary"].lower().strip(" .")
            self.assertNotEqual(ours, theirs.lower().strip(" ."), p["id"])
            ratio = difflib.SequenceMatcher(None, ours, theirs.lower()).ratio()
            self.assertLess(ratio, 0.75, f"{p['id']}: too close to the landscape's description")
        self.assertGreater(compared, 150)

    @unittest.skipUnless(os.path.exists(LANDSCAPE) and os.path.exists(FACTS),
                         f"{LANDSCAPE} or {FACTS} is absent")
    def test_reproducible_from_the_tool(self):
        output, report = run_tool(LANDSCAPE, CURATED, FACTS)
        self.assertEqual(output, self.text, "the committed catalog differs from the tool's output")
        again, _ = run_tool(LANDSCAPE, CURATED, FACTS)
        self.assertEqual(output, again)
        self.assertIn("255 projects: 38 graduated, 38 incubating, 151 sandbox, 28 archived", report)


class Traps(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        output, cls.report = run_tool(os.path.join(DATA, "landscape-traps.yml"),
                                      os.path.join(DATA, "curated-traps.json"),
                                      os.path.join(DATA, "repo-facts-traps.json"))
        cls.catalog = json.loads(output)
        cls.projects = {p["name"]: p for p in cls.catalog["projects"]}

    def test_only_projects_are_imported(self):
        self.assertEqual(sorted(self.projects),
                         ["Alpha Runtime", "Beta Without Marker", "Gamma", "Épsilon Tracer (ET)"])

    def test_item_without_marker(self):
        self.assertIn("Beta Without Marker", self.projects)
        self.assertIn("item without the item: marker", self.report)
        beta = self.projects["Beta Without Marker"]
        self.assertEqual(beta["chat"], [{"title": "Gitter", "url": "https://gitter.im/beta/beta"}])

    def test_items_null(self):
        self.assertIn("Runtime / Empty One: items: null", self.report)

    def test_duplicate_name_keeps_the_first(self):
        alpha = self.projects["Alpha Runtime"]
        self.assertEqual(alpha["maturity"], "graduated")
        self.assertIn("Alpha Runtime: duplicate name; the first one is kept", self.report)

    def test_curated_wins_and_http_is_upgraded(self):
        alpha = self.projects["Alpha Runtime"]
        self.assertEqual(alpha["id"], "alpha")
        self.assertEqual(alpha["focus"], "Runtime")
        self.assertEqual(alpha["homepage"], "https://alpha.example.org/")
        self.assertEqual(alpha["legal"]["kind"], "dco")
        self.assertNotIn("_sources", json.dumps(self.catalog))
        # An unquoted YAML date is still a date
        self.assertEqual(alpha["dates"], {"accepted": "2019-01-02", "graduated": "2021-03-04"})
        self.assertEqual(alpha["chat"], [{"title": "CNCF Slack", "channel": "#alpha",
                                          "url": "https://slack.cncf.io/"}])

    def test_curated_wins_over_repository_facts(self):
        alpha = self.projects["Alpha Runtime"]
        self.assertEqual(alpha["license"], "MIT")
        self.assertEqual(alpha["legal"], {"kind": "dco", "title": "DCO",
                                          "url": "https://developercertificate.org/"})
        # What people did not curate comes from the repository
        self.assertEqual(alpha["contributor_guide"],
                         "https://github.com/alpha/alpha/blob/main/CONTRIBUTING.md")
        self.assertEqual(alpha["language"], "Rust")
        self.assertEqual(alpha["languages"], [{"name": "Rust", "share": 80.5},
                                              {"name": "Shell", "share": 19.5}])
        self.assertEqual(alpha["newcomer_labels"], ["good first issue", "help wanted"])
        self.assertEqual(alpha["health"], {
            "code_of_conduct": "https://github.com/alpha/alpha/blob/main/CODE_OF_CONDUCT.md"})
        self.assertIn("health.maintainers", self.report)
        self.assertEqual(alpha["activity"], {"commits": 120, "authors": 9,
                                             "window": ["2025-09-01", "2026-08-31"],
                                             "last_commit": "2026-08-20"})
        self.assertEqual(alpha["facts_date"], "2026-08-20")
        self.assertEqual(alpha["facts_source"]["title"], "alpha/alpha at 0123456")
        self.assertEqual(alpha["aliases"], ["ar", "rs"])

    def test_legal_flags(self):
        # null flags: unknown, so no legal member at all, never "none"
        self.assertNotIn("legal", self.projects["Gamma"])
        self.assertNotIn("facts_source", self.projects["Gamma"])
        self.assertNotIn("health", self.projects["Gamma"])
        # false flags: the text says nothing of it; older builds see "unknown"
        beta = self.projects["Beta Without Marker"]
        self.assertEqual(beta["legal"], {"kind": "unknown", "dco": False, "cla": False})
        self.assertNotIn("language", beta)
        self.assertNotIn("facts_date", beta)
        self.assertEqual(beta["facts_source"]["url"],
                         "https://github.com/beta/beta/tree/89abcdef0123456789abcdef0123456789abcdef")
        # one flag known, the other left out
        self.assertEqual(self.projects["Épsilon Tracer (ET)"]["legal"],
                         {"kind": "dco", "title": "Developer Certificate of Origin (DCO)",
                          "url": "https://developercertificate.org/", "dco": True})
        self.assertIn("repo-facts / not-in-catalog: not a catalog id", self.report)

    def test_unsafe_links_are_dropped_and_reported(self):
        gamma = self.projects["Gamma"]
        self.assertNotIn("homepage", gamma)
        self.assertIn("dropped link 'javascript:alert(1)': not an https URL", self.report)
        epsilon = self.projects["Épsilon Tracer (ET)"]
        self.assertNotIn("homepage", epsilon)
        self.assertIn("contains user information", self.report)

    def test_misspelled_key_is_reported(self):
        self.assertIn("'slack_ur' looks like a misspelling of 'slack_url'", self.report)
        self.assertIn("chat channel '#gamma' without a chat link; dropped", self.report)

    def test_bad_values(self):
        self.assertIn("Delta: unknown maturity 'mature'; skipped", self.report)
        self.assertIn("extra.accepted 'soon' is not a date; dropped", self.report)
        self.assertNotIn("dates", self.projects["Gamma"])

    def test_ids_from_names(self):
        self.assertEqual(self.projects["Épsilon Tracer (ET)"]["id"], "epsilon-tracer-et")
        self.assertEqual(self.projects["Beta Without Marker"]["id"], "beta-without-marker")

    def test_stale_curated_entries_are_reported(self):
        self.assertIn("curated / Zeta Gone: not in the landscape", self.report)

    def test_output_loads_in_the_app(self):
        binary = os.environ.get("CG_BINARY")
        if not binary:
            self.skipTest("CG_BINARY is not set")
        path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "cg-traps-catalog.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.catalog, f)
        result = subprocess.run([binary, "--validate", path], capture_output=True, text=True)
        os.unlink(path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, "ok: 4 projects\n")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import cgtest
    cgtest.main()
