#!/usr/bin/env python3
"""Brings a narrower re-test into a run's report: each mutant of OVER (same file, position, mutator and mutant) sets
the status of the same mutant in BASE; everything else in BASE stays. For a second run over some lines of a first run
(its timeouts, say, with only the fast tests and a wider margin), so that --update and --region see one report.

usage:
  python3 eng/mutation/merge.py BASE.json OVER.json OUT.json [--timeouts-survive]

--timeouts-survive then sets every remaining Timeout to Survived: the list counts a timeout as detected only for a
mutant that loops, and a mutant that is only slow must be answered by a test or a verdict like any survivor.
"""
import json
import sys


def key(m):
    start = m['location']['start']
    return start['line'], start['column'], m['mutatorName'], m.get('replacement')


def main(args):
    if len(args) < 3:
        sys.exit(__doc__)
    base_path, over_path, out_path = args[:3]
    with open(base_path, encoding='utf-8') as f:
        base = json.load(f)
    with open(over_path, encoding='utf-8') as f:
        over = json.load(f)
    changed = 0
    for path, entry in over['files'].items():
        mutants = {key(m): m for m in base['files'].get(path, {'mutants': []})['mutants']}
        for m in entry['mutants']:
            target = mutants.get(key(m))
            if target is None or m['status'] not in ('Killed', 'Timeout', 'Survived', 'NoCoverage'):
                continue
            if target['status'] != m['status']:
                changed += 1
                print(f"{path.split('/src/')[-1]}:{m['location']['start']['line']}: {target['status']} -> {m['status']} "
                      f"({m['mutatorName']}: {(m.get('replacement') or '')[:60]})", file=sys.stderr)
            target['status'] = m['status']
    if '--timeouts-survive' in args[3:]:
        for entry in base['files'].values():
            for m in entry['mutants']:
                if m['status'] == 'Timeout':
                    m['status'] = 'Survived'
    with open(out_path, 'w', encoding='utf-8') as f:
        json.dump(base, f)
    print(f'{changed} statuses changed', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1:])
