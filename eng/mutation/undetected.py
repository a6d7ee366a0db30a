#!/usr/bin/env python3
"""Lists every mutant no test detected (survived or not covered) in Stryker.NET reports, each with its verdict:
equivalent, killed but misreported, or still open (eng/mutation/verdicts.tsv gives the reasons).

usage:
  python3 eng/mutation/undetected.py REPORT.json [REPORT.json ...] > docs/mutation-undetected.md
  python3 eng/mutation/undetected.py --update docs/mutation-undetected.md [--whole PART] [--region FILE:FIRST-LAST] REPORT.json [...] > new.md
  python3 eng/mutation/undetected.py --spans docs/mutation-undetected.md [FOLDER | FILE | FILE:LINE,LINE ...]

Reports are mutation-report.json files from `dotnet stryker` runs (StrykerOutput/<time>/reports/). Give them
oldest first: a file measured by several runs is taken from the last one that tested it.

--update takes the list itself as the record and re-tests only what is open in it: an open row that a later report
shows killed (same file, line, mutator and mutant) counts as detected from then on; rows the report did not test,
or tested without killing, stay. That lets a short run, mutating only the open lines (see --spans) with only the new
tests, update the list. `--whole PART` (a folder such as Matching/Retrieval) instead replaces that part's counts and
rows with the report's, for a run of the whole part with every test that covers it. It assumes the mutated files have not changed since the list was made (a mutant detected
once stays detected while its code and the tests that detected it stay), and it re-reads every verdict, so rows
added to verdicts.tsv apply to the rows already listed. `--region FILE:FIRST-LAST` is for new code in a listed file
(a run that mutated those lines with the tests that cover them): the report's mutants on those lines replace the
file's rows there, the killed ones counted as detected. The detected count of the code they replaced is not taken
back (the list never held which those were), so run the part whole when the totals must be exact.

--spans prints Stryker `-m` arguments that mutate only the lines of the open rows (under the given folders, or
everywhere): each as a character span from the row's line to where its brackets close, since Stryker mutates only
what a span wholly contains.

verdicts.tsv, one row per verdict, tab-separated:
- file: a path under src/PeerPractice.Core/ (or Generator/ and a path under generators/PeerPractice.Generators/), a
  folder ending in / for every file in it, or * for any;
- code: text on the mutated line; "near:" before it looks in that line and the four above (for a line such as
  `ok = false;` that says nothing alone);
- mutator: how Stryker's mutator name starts, or *;
- replacement: text in the mutant, or *;
- reason: why the mutant is equivalent, or "killed: ..." naming a test that kills a mutant Stryker reports as
  surviving.
Matching on the code, not on line numbers or ids, keeps a row valid while the file changes around it.
"""
import collections
import csv
import json
import os
import re
import sys

# Each measured assembly's source folder, and the prefix its files carry in the list and in verdicts.tsv.
ROOTS = (('generators/PeerPractice.Generators/', 'Generator/'), ('src/PeerPractice.Core/', ''))


def relative(path):
    for root, prefix in ROOTS:
        if root in path:
            return prefix + path.split(root)[-1]
    return path


def source_path(rel):
    for root, prefix in ROOTS:
        if prefix and rel.startswith(prefix):
            return root + rel[len(prefix):]
    return ROOTS[-1][0] + rel


def in_part(rel, part):
    """Whether a file is in a part given to --whole: a folder (Matching/Retrieval) or a whole assembly (Generator)."""
    return folder_of(rel) == part or rel.startswith(part + '/')


def load_rules(path):
    with open(path, newline='', encoding='utf-8') as f:
        rows = [r for r in csv.reader(f, delimiter='\t') if r and not r[0].startswith('#')]
    return [dict(zip(('file', 'code', 'mutator', 'replacement', 'reason'), r)) for r in rows]


def in_file(pattern, rel):
    return pattern == '*' or rel.endswith(pattern) or (pattern.endswith('/') and rel.startswith(pattern))


def reason_for(rules, rel, line, near, mutator, replacement):
    for r in rules:
        near_only = r['code'].startswith('near:')
        code = r['code'][len('near:'):] if near_only else r['code']
        if (in_file(r['file'], rel) and code in (near if near_only else line)
                and (r['mutator'] == '*' or mutator.startswith(r['mutator']))
                and (r['replacement'] == '*' or r['replacement'] in replacement)):
            return r['reason']
    return None


def shown(replacement):
    text = replacement if len(replacement) <= 90 else replacement[:87] + '...'
    return text.replace('|', '\\|').replace('`', "'")


def load_reports(reports):
    latest = {}
    for report in reports:
        with open(report, encoding='utf-8') as f:
            data = json.load(f)
        for path, entry in data['files'].items():
            rel = relative(path)
            if any(m['status'] in ('Killed', 'Timeout', 'Survived', 'NoCoverage') for m in entry['mutants']):
                latest[rel] = entry
    return latest


def folder_of(rel):
    return '/'.join(rel.split('/')[:2]) if '/' in rel else rel


def main(reports):
    here = os.path.dirname(os.path.abspath(__file__))
    rules = load_rules(os.path.join(here, 'verdicts.tsv'))
    latest = load_reports(reports)

    by_folder = collections.defaultdict(collections.Counter)
    listing = collections.defaultdict(list)
    for rel in sorted(latest):
        entry = latest[rel]
        source = entry['source'].split('\n')
        folder = folder_of(rel)
        for m in sorted(entry['mutants'], key=lambda m: (m['location']['start']['line'], int(m['id']))):
            status = m['status']
            counts = by_folder[folder]
            if status in ('Killed', 'Timeout'):
                counts['detected'] += 1
                continue
            if status not in ('Survived', 'NoCoverage'):
                continue
            number = m['location']['start']['line']
            line = source[number - 1] if number - 1 < len(source) else ''
            near = '\n'.join(source[max(0, number - 5):number])
            replacement = ' '.join((m.get('replacement') or '').split())
            reason = reason_for(rules, rel, line, near, m['mutatorName'], replacement)
            counts['killed by hand' if reason and reason.startswith('killed:') else 'equivalent' if reason else 'open'] += 1
            listing[rel].append((number, m['id'], status, m['mutatorName'], replacement, reason))

    write(by_folder, listing)


def write(by_folder, listing):
    out = sys.stdout
    out.write('# Undetected mutants\n\n')
    out.write('Every mutant no test detected in the latest Stryker.NET run of each part of `PeerPractice.Core` (the source\n')
    out.write('generator\'s files under `Generator/`, its own total), and whether\n')
    out.write('it is *equivalent* (it cannot change behaviour; `eng/mutation/verdicts.tsv` says why), *killed* but misreported\n')
    out.write('(a static initializer runs once per test process, which Stryker 5.1 reuses; each such row names the test that\n')
    out.write('fails, checked by applying the mutant by hand), or still *open* (a test should kill it). Generated by\n')
    out.write('`python3 eng/mutation/undetected.py` from the runs\' reports, then brought forward by its `--update` runs (open\n')
    out.write('rows re-tested with the tests written for them); the commands are in [testing.md](testing.md), "Mutation\n')
    out.write('testing". Do not edit by hand. Ids are the run\'s that listed the row; they change with the code.\n\n')
    out.write('| part | detected | killed, misreported | equivalent | open | score (Stryker) | score (killed and equivalent counted) |\n|---|---|---|---|---|---|---|\n')
    total, generator = collections.Counter(), collections.Counter()
    for folder in sorted(by_folder):
        c = by_folder[folder]
        (generator if folder.startswith('Generator/') else total).update(c)
        out.write(row(folder, c))
    out.write(row('**all measured**', total))
    if generator:
        out.write(row('**the generator**', generator))
    out.write('\n')
    for rel in sorted(listing):
        out.write(f'## {rel}\n\n| line | id | status | mutator | mutant | verdict |\n|---|---|---|---|---|---|\n')
        for number, ident, status, mutator, replacement, reason in listing[rel]:
            out.write(f'| {number} | {ident} | {status} | {mutator} | `{shown(replacement)}` | {(reason or "open").replace("|", chr(92) + "|")} |\n')
        out.write('\n')


def row(name, c):
    detected, by_hand, equivalent, open_ = c['detected'], c['killed by hand'], c['equivalent'], c['open']
    tested = detected + by_hand + equivalent + open_
    score = 100.0 * detected / tested if tested else 0.0
    counted = 100.0 * (detected + by_hand) / (detected + by_hand + open_) if detected + by_hand + open_ else 0.0
    return f'| {name} | {detected} | {by_hand} | {equivalent} | {open_} | {score:.2f}% | {counted:.2f}% |\n'


ROW = re.compile(r'^\| (\d+) \| (\d+) \| (\w+) \| ([^|]+) \| `(.*)` \| (.*) \|$')
PART = re.compile(r'^\| ([^*|][^|]*) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|')


def read_list(path):
    """The list as written: detected counts by part, and each undetected row (verdicts are re-read, not kept)."""
    detected, listing, rel = collections.Counter(), collections.defaultdict(list), None
    with open(path, encoding='utf-8') as f:
        for text in f:
            text = text.rstrip('\n')
            if text.startswith('## '):
                rel = text[3:]
            elif rel is None and (m := PART.match(text)):
                detected[m.group(1)] = int(m.group(2))
            elif rel is not None and (m := ROW.match(text)):
                number, ident, status, mutator, replacement, _ = m.groups()
                listing[rel].append([int(number), ident, status, mutator, replacement.replace('\\|', '|')])
    return detected, listing


def source_lines(rel):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', source_path(rel))
    with open(path, encoding='utf-8-sig') as f:
        return f.read().split('\n')


def update(list_path, args):
    here = os.path.dirname(os.path.abspath(__file__))
    rules = load_rules(os.path.join(here, 'verdicts.tsv'))
    detected, rows = read_list(list_path)
    whole, regions, reports = [], [], []
    while args:
        if args[0] == '--whole':
            whole.append(args[1].rstrip('/'))
            args = args[2:]
        elif args[0] == '--region':
            name, lines = args[1].split(':', 1)
            first, last = (int(x) for x in lines.split('-', 1))
            regions.append((name, first, last))
            args = args[2:]
        else:
            reports.append(args.pop(0))
    killed_now = collections.Counter()
    latest = load_reports(reports)
    for folder in whole:
        # a run of the whole part with every test that covers it: its report replaces the part's rows
        for part in [p for p in detected if p == folder or p.startswith(folder + '/')]:
            del detected[part]
        for rel in [r for r in rows if in_part(r, folder)]:
            del rows[rel]
        for rel, entry in latest.items():
            if not in_part(rel, folder):
                continue
            for m in entry['mutants']:
                if m['status'] in ('Killed', 'Timeout'):
                    detected[folder_of(rel)] += 1
                elif m['status'] in ('Survived', 'NoCoverage'):
                    rows.setdefault(rel, []).append([m['location']['start']['line'], m['id'], m['status'], m['mutatorName'],
                                                     ' '.join((m.get('replacement') or '').split())])
            if rel in rows:
                rows[rel].sort(key=lambda r: (r[0], int(r[1])))
    for name, first, last in regions:
        # new code in a listed file: the report's mutants of those lines replace the rows listed there
        rows[name] = [r for r in rows.get(name, []) if not first <= r[0] <= last]
        for m in latest.get(name, {'mutants': []})['mutants']:
            if not first <= m['location']['start']['line'] <= last:
                continue
            if m['status'] in ('Killed', 'Timeout'):
                detected[folder_of(name)] += 1
            elif m['status'] in ('Survived', 'NoCoverage'):
                rows[name].append([m['location']['start']['line'], m['id'], m['status'], m['mutatorName'],
                                   ' '.join((m.get('replacement') or '').split())])
        rows[name].sort(key=lambda r: (r[0], int(r[1])))
    for rel, entry in latest.items():
        if any(in_part(rel, part) for part in whole):
            continue
        # rows keep the mutant as the list shows it, with its bars unescaped (read_list), so compare it that way
        killed = {(m['location']['start']['line'], m['mutatorName'], shown(' '.join((m.get('replacement') or '').split())).replace('\\|', '|'))
                  for m in entry['mutants'] if m['status'] in ('Killed', 'Timeout')}
        kept = [r for r in rows.get(rel, []) if (r[0], r[3], r[4]) not in killed
                or any(name == rel and first <= r[0] <= last for name, first, last in regions)]
        killed_now[rel] = len(rows.get(rel, [])) - len(kept)
        detected[folder_of(rel)] += killed_now[rel]
        rows[rel] = kept
    for rel, count in sorted(killed_now.items()):
        if count:
            print(f'{rel}: {count} listed mutants now killed', file=sys.stderr)

    by_folder = collections.defaultdict(collections.Counter)
    for folder, count in detected.items():
        by_folder[folder]['detected'] += count
    listing = collections.defaultdict(list)
    for rel in sorted(rows):
        source = source_lines(rel)
        for number, ident, status, mutator, replacement in rows[rel]:
            line = source[number - 1] if number - 1 < len(source) else ''
            near = '\n'.join(source[max(0, number - 5):number])
            reason = reason_for(rules, rel, line, near, mutator, replacement)
            counts = by_folder[folder_of(rel)]
            counts['killed by hand' if reason and reason.startswith('killed:') else 'equivalent' if reason else 'open'] += 1
            listing[rel].append((number, ident, status, mutator, replacement, reason))
    write(by_folder, listing)


CONTINUATION = ('+', '-', '*', '/', '%', '&&', '||', '??', '?', ':', '.', '==', '!=', '<', '>', '&', '|', '^')


def spans(list_path, folders):
    """Stryker -m arguments mutating only the lines of the open rows, each to where its brackets close."""
    here = os.path.dirname(os.path.abspath(__file__))
    rules = load_rules(os.path.join(here, 'verdicts.tsv'))
    _, rows = read_list(list_path)
    only_lines = {}
    for f in folders:
        if ':' in f:
            # FILE:LINE,LINE... takes only those rows of the file
            name, lines = f.split(':', 1)
            only_lines[name] = {int(x) for x in lines.split(',')}
    folders = [f.split(':', 1)[0] for f in folders]
    for rel in sorted(rows):
        if folders and not any(rel.startswith(f.rstrip('/') + '/') or rel == f for f in folders):
            continue
        source = source_lines(rel)
        starts = [0]
        for text in source:
            starts.append(starts[-1] + len(text) + 1)
        ranges = []
        for number, _, _, mutator, replacement in rows[rel]:
            line = source[number - 1] if number - 1 < len(source) else ''
            near = '\n'.join(source[max(0, number - 5):number])
            if reason_for(rules, rel, line, near, mutator, replacement) or number not in only_lines.get(rel, [number]):
                continue
            # a removed block or statement reaches its closing brace or semicolon; any other mutant its closing bracket
            opening, closing = ('({[', ')}]') if mutator.startswith(('Block', 'Statement')) else ('([', ')]')
            end, depth = number, 0
            while True:
                depth += sum(source[end - 1].count(c) for c in opening) - sum(source[end - 1].count(c) for c in closing)
                # an expression goes on while the next line starts with an operator (this code breaks long
                # expressions and LINQ chains before the operator), so a mutant of the whole expression fits
                if (depth <= 0 and not (end < len(source) and source[end].lstrip().startswith(CONTINUATION))) or end == len(source):
                    break
                end += 1
            ranges.append((starts[number - 1], starts[end] - 1))
        merged = []
        for a, b in sorted(ranges):
            if merged and a <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        if merged:
            # a generator file is named by its path in the repository (Generator/ is only the list's prefix)
            glob = source_path(rel) if rel.startswith('Generator/') else rel
            print(f"-m '**/{glob}" + ''.join(f'{{{a}..{b}}}' for a, b in merged) + "'")


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    if sys.argv[1] == '--update':
        update(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == '--spans':
        spans(sys.argv[2], sys.argv[3:])
    else:
        main(sys.argv[1:])
