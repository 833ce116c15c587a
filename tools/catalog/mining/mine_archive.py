"""Frequency tables over the KB archive, used to mine products.json.

    python3 mine_archive.py [--archive /tmp/kb] [--cache /tmp/kb-catalog-cache.json] REPORT [ARGS]

Reports:
    product-values              distinct Product(s) header values, with article counts
    applies-names [MIN]         product part of applies-to lines (as the engine cuts it), articles per name
    keyword-families [MIN]      keyword codes with digits, grouped by their letter prefix, with article counts
    cooc REGEX [LINE-REGEX]     for each code matching REGEX: the versions the same articles list in applies-to
                                (lines matching LINE-REGEX only) and in Version(s) - how a code's meaning was checked
    resolution [MIN]            applies-to names resolved with ../products.json (leftmost-longest alias, as the engine)
    keyword-agreement           for each keywordVersions code of ../products.json: in how many of its articles the
                                version it names is among the versions the article lists for that product
                                (applies-to lines resolving to it, and Version(s)); codes under 50% are printed
    fix-phrases                 "corrected/fixed/resolved in ..." phrases read as the engine's FixLevelReader does:
                                the product words that no alias names
"""
import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbarchive  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--archive', default='/tmp/kb')
    ap.add_argument('--cache', default='/tmp/kb-catalog-cache.json')
    ap.add_argument('report')
    ap.add_argument('args', nargs='*')
    a = ap.parse_args()
    records = kbarchive.load(a.archive, a.cache)
    globals()['report_' + a.report.replace('-', '_')](records, a, *a.args)


def report_product_values(records, a):
    c = collections.Counter(r['product'] for r in records)
    print(len(c), 'distinct values')
    for k, v in c.most_common():
        print(v, k)


def report_applies_names(records, a, minimum='1'):
    c = collections.Counter()
    for r in records:
        for name in {kbarchive.applies_product(l) for l in r['appliesTo']}:
            c[name] += 1
    print(sum(1 for r in records if r['appliesTo']), 'articles with an applies-to list;', len(c), 'distinct names')
    for k, v in c.most_common():
        if v >= int(minimum):
            print(v, k)


def report_keyword_families(records, a, minimum='10'):
    counts = collections.Counter()
    for r in records:
        for code in set(kbarchive.codes(r)):
            counts[code] += 1
    fam = collections.defaultdict(list)
    for code, n in counts.items():
        m = re.match(r'^([A-Za-z_+#]+?)(\d[\d.]*)(.*)$', code)
        if m:
            fam[m.group(1).lower()].append((n, code))
    for k, v in sorted(fam.items(), key=lambda x: -sum(n for n, _ in x[1])):
        total = sum(n for n, _ in v)
        if total >= int(minimum):
            print(f'{total:6} {k}: ' + ' '.join(f'{c}({n})' for n, c in sorted(v, reverse=True)))


def report_cooc(records, a, pattern, line_filter=None):
    rx = re.compile(pattern, re.I)
    by_code = collections.defaultdict(list)
    for r in records:
        for code in {c.lower() for c in kbarchive.codes(r)}:
            if rx.search(code):
                by_code[code].append(r)
    for code in sorted(by_code):
        applies, header = collections.Counter(), collections.Counter()
        for r in by_code[code]:
            versions = set()
            for line in r['appliesTo']:
                if line_filter and not re.search(line_filter, line, re.I):
                    continue
                m = kbarchive.APPLIES_LINE.match(line)
                if m.group('versions'):
                    versions.update(kbarchive.VERSION_NUMBER.findall(m.group('versions')))
            applies.update(versions)
            if r['version']:
                header[r['version'][:30]] += 1
        print(f'{code} n={len(by_code[code])} applies:{applies.most_common(4)} header:{header.most_common(2)}')


def report_resolution(records, a, minimum='8'):
    cat = kbarchive.Catalog(os.path.join(HERE, '..', 'products.json'))
    names = collections.Counter()
    for r in records:
        for name in {kbarchive.applies_product(l) for l in r['appliesTo']}:
            names[name] += 1
    unresolved = 0
    for name, n in names.most_common():
        p = cat.product_of(name)
        unresolved += 0 if p else n
        if n >= int(minimum):
            print(f'{n:6} {str(p):30} {name}')
    print('names', sum(names.values()), 'unresolved', unresolved)


def _norm(v):
    v = re.sub(r'\s*(sp|sr-?)\s*\d+a?$', '', v.lower())
    return re.sub(r'^(\d+\.\d)0$', r'\1', v)


def report_keyword_agreement(records, a):
    cat = kbarchive.Catalog(os.path.join(HERE, '..', 'products.json'))
    kv = {c.lower(): (p['id'], v) for p in cat.products for c, v in p['keywordVersions'].items()}
    arts = collections.defaultdict(list)
    for r in records:
        for code in {c.lower() for c in kbarchive.codes(r)}:
            if code in kv:
                arts[code].append(r)
    rows = []
    for code, rs in arts.items():
        pid, version = kv[code]
        want, evidence, agree = _norm(version), 0, 0
        for r in rs:
            vs = set()
            for line in r['appliesTo']:
                m = kbarchive.APPLIES_LINE.match(line)
                name = m.group('product').strip().rstrip(',')
                if cat.product_of(name) == pid:
                    if m.group('versions'):
                        vs.update(_norm(x) for x in kbarchive.VERSION_NUMBER.findall(m.group('versions')))
                    inner = re.search(r'(\d+(?:\.\d+)*[a-z]?)\b', name)
                    if inner:
                        vs.add(_norm(inner.group(1)))
            if r['version']:
                vs.update(_norm(x) for x in re.findall(r'\d+(?:\.\d+)*[a-z]?', r['version']))
            if vs:
                evidence += 1
                agree += 1 if want in vs or (len(want) == 4 and want.isdigit() and want[2:] in vs) else 0
        rows.append((code, pid, version, len(rs), evidence, agree))
    ok = sum(1 for r in rows if r[4] and r[5] / r[4] >= 0.5)
    print(f'codes {len(rows)}; with version evidence {sum(1 for r in rows if r[4])}; agreeing in half or more of their articles {ok}')
    for r in sorted(rows, key=lambda r: -r[3]):
        if r[4] >= 3 and r[5] / r[4] < 0.5:
            print('  ', *r)


FIXED_IN = re.compile(r'\b(?:first |also |been |was |were |is |are )?(?:corrected|fixed|resolved)\s+in\s+(?:the\s+)?(?P<what>[^.;]*(?:\.\d[^.;]*)*)', re.I)
EXPLANATION = re.compile(r'\((?!SR-)[^()]*\)')
VERSION = re.compile(r'(?:\b[Vv]ersion\s+)?(?P<version>\d+(?:\.\d+)*[a-z]?)\b(?:,?\s+(?:U\.S\.\s+)?(?:Service\s+Pack|SP)\s*(?P<sp>\d+))?(?:,?\s+Service\s+Release\s+\d+)?(?:\s*\(?SR-?(?P<sr>\d+)\)?)?')
PRODUCT_WORDS = re.compile(r'(?P<product>(?:[A-Z][\w+/.-]*\s+)*[A-Z][\w+/.-]*)\s+(?:[Vv]ersion\s+)?$')


def _last_words(before):
    cut = max(before.rfind(' and '), before.rfind(','), before.rfind(' in '))
    return before[cut + 1:] if cut >= 0 else before


def report_fix_phrases(records, a):
    cat = kbarchive.Catalog(os.path.join(HERE, '..', 'products.json'))
    named, unnamed, total = collections.Counter(), collections.Counter(), 0
    for r in records:
        body = re.sub(r'\s+', ' ', open(r['path'], encoding='utf-8', errors='replace').read())
        for m in FIXED_IN.finditer(body):
            text = re.sub(r'\s+', ' ', EXPLANATION.sub(' ', m.group('what'))).strip()
            for vm in VERSION.finditer(text):
                before = text[:vm.start()]
                total += 1
                hit = cat.find(_last_words(before))
                if hit:
                    named[hit[0]] += 1
                elif PRODUCT_WORDS.search(before):
                    unnamed[PRODUCT_WORDS.search(before).group('product').strip()] += 1
    print('version mentions in fix phrases', total, '; product named by an alias', sum(named.values()))
    print('-- products named:')
    for k, v in named.most_common():
        print(v, k)
    print('-- product words no alias names:')
    for k, v in unnamed.most_common(60):
        print(v, k)


if __name__ == '__main__':
    main()
