#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the diagnosis case library: every case of tests/data/diagnosis is built into a bundle
(bundlegen.py), diagnosed by `plugboardctl diagnose --bundle DIR --json`, and scored:

- top-1: the first finding is the case's root cause;
- false findings: findings the case says must not appear (and, for its healthy twin, any finding);
- the quoted lines (copied verbatim from the public report) are in the bundle.

Prints the figures for each half ("held-back": written and committed before the ranking was
changed; "development") and exits 1 unless both halves reach 100 % with no false finding.
Usage: run-cases.py PLUGBOARDCTL CASES_DIR [--keep DIR] [--only NAME] [--json FILE]"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bundlegen  # noqa: E402

KEYS = {"title", "source", "half", "hypervisor", "category", "root_cause", "must_not", "quoted", "subject",
        "controllers", "devices", "ports", "kernel_log", "audit_log", "last_error", "services", "processes",
        "device_nodes", "open_device_nodes", "files", "selinux", "apparmor", "modules", "bundle_files",
        "usbguard_devices", "libvirt", "vmware", "user", "healthy", "notes"}


def diagnose(ctl, bundle):
    p = subprocess.run([ctl, "diagnose", "--bundle", bundle, "--json"], capture_output=True, text=True,
                       env=dict(os.environ, PLUGBOARD_LANG="C"), timeout=60)
    if p.returncode != 0:
        raise RuntimeError(f"plugboardctl diagnose exited {p.returncode}: {p.stderr.strip()}")
    return json.loads(p.stdout)


def bundle_text(bundle):
    out = []
    for root, _, files in os.walk(bundle):
        if "/sys" in root:
            continue
        for f in files:
            try:
                out.append(open(os.path.join(root, f), encoding="utf-8").read())
            except (UnicodeDecodeError, OSError):
                pass
    return "\n".join(out)


def run_case(ctl, path, keep):
    spec = tomllib.load(open(path, "rb"))
    name = os.path.basename(path)[:-5]
    unknown = set(spec) - KEYS
    problems = [f"unknown keys {sorted(unknown)}"] if unknown else []
    for key in ("title", "source", "half", "hypervisor", "root_cause", "quoted"):
        if key not in spec:
            problems.append(f"no {key}")
    if not spec.get("source", "").startswith("https://"):
        problems.append("the source is not a public report's address")
    result = {"case": name, "half": spec.get("half"), "root_cause": spec.get("root_cause"),
              "hypervisor": spec.get("hypervisor"), "category": spec.get("category")}
    with tempfile.TemporaryDirectory(prefix="pb-case-") as tmp:
        for variant, s in (("fault", spec), ("healthy", bundlegen.healthy_twin(spec))):
            out = os.path.join(keep, name, variant) if keep else os.path.join(tmp, variant)
            if keep and os.path.isdir(out):
                import shutil
                shutil.rmtree(out)
            os.makedirs(out)
            bundlegen.build(s, out)
            report = diagnose(ctl, out)
            checks = [f["check"] for f in report["findings"]]
            if variant == "fault":
                text = bundle_text(out)
                missing = [q for q in spec.get("quoted", []) if q.strip() not in text]
                if missing:
                    problems.append(f"quoted lines not in the bundle: {missing}")
                result["checks"] = checks
                result["top1"] = bool(checks) and checks[0] == spec["root_cause"]
                result["false"] = [c for c in checks if c in spec.get("must_not", [])]
                result["explained_by"] = {f["check"]: f.get("explained_by") for f in report["findings"]}
            else:
                result["healthy_checks"] = checks
    result["problems"] = problems
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ctl")
    ap.add_argument("cases")
    ap.add_argument("--keep", help="write the bundles here instead of a temporary folder")
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--json", help="write every case's result here")
    a = ap.parse_args()
    files = sorted(f for f in os.listdir(a.cases) if f.endswith(".toml"))
    if a.only:
        files = [f for f in files if any(o in f for o in a.only)]
    results = []
    for f in files:
        try:
            r = run_case(a.ctl, os.path.join(a.cases, f), a.keep)
        except Exception as e:  # a case that cannot be built or diagnosed fails, with the reason
            r = {"case": f[:-5], "half": "?", "root_cause": "?", "checks": [], "top1": False, "false": [],
                 "healthy_checks": [], "problems": [f"{type(e).__name__}: {e}"]}
        results.append(r)
        mark = "ok  " if r["top1"] and not r["false"] and not r["healthy_checks"] and not r["problems"] else "FAIL"
        print(f"{mark} {r['case']:<48} want {r['root_cause']:<30} got {' '.join(r['checks'][:4]) or '(nothing)'}")
        if r["false"]:
            print(f"       false findings: {' '.join(r['false'])}")
        if r["healthy_checks"]:
            print(f"       healthy twin: {' '.join(r['healthy_checks'])}")
        for p in r["problems"]:
            print(f"       case: {p}")
    print()
    print(f"{'half':<12} {'cases':>5} {'top-1':>12} {'false findings':>15} {'healthy twins with findings':>28}")
    ok = bool(results)
    for half in ("held-back", "development"):
        rs = [r for r in results if r["half"] == half]
        if not rs:
            continue
        top1 = sum(r["top1"] for r in rs)
        false = sum(len(r["false"]) for r in rs)
        noisy = sum(bool(r["healthy_checks"]) for r in rs)
        print(f"{half:<12} {len(rs):>5} {top1:>4}/{len(rs):<3} {100 * top1 / len(rs):3.0f}% {false:>15} {noisy:>28}")
        ok = ok and top1 == len(rs) and false == 0 and noisy == 0
    bad = [r for r in results if r["half"] not in ("held-back", "development") or r["problems"]]
    ok = ok and not bad
    if a.json:
        json.dump(results, open(a.json, "w"), indent=2)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
