"""Writes ../products.json from product_spec.py and the keyword codes found in the archive.

    python3 build_products.py [--archive /tmp/kb] [--cache /tmp/kb-catalog-cache.json] [--out ../products.json]

This produced the first catalog. products.json is the file the engine reads and the one to edit from now on;
re-running this overwrites hand edits, so port them into product_spec.py first (or do not re-run it).
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kbarchive  # noqa: E402
import product_spec  # noqa: E402

MIN_ARTICLES = 2
# Codes whose use in the archive disagrees with what their name suggests (checked with mine_archive.py cooc):
# left out rather than guessed.
EXCLUDE = {'kbmsn100', 'kbie310search', 'kbvc200b', 'kbexchange550sp5', 'wd2000', 'kbvc152a',
           'kboswince100', 'kboswince100bug', 'kboswince200', 'kboswince200bug', 'kboswince210', 'kboswince210bug',
           'kbwince200', 'kbssafe300', 'kbssafe300bug', 'kbssafe300bugkbbuglist'}
# Codes whose version is not the digits' plain reading.
OVERRIDE = {'kboutlook821mac': '8.2.1', 'kboutlook822mac': '8.2.2',       # Outlook for Macintosh 8.2.1, 8.2.2
            'kbbookshelf1996': '1996-97', 'kbbookshelf1997': '1996-97',   # always together: the 1996-97 edition
            'kbbookshelf1996mac': '1996-97', 'kbbookshelf1997mac': '1996-97'}
SUFFIXES = [r'kb(?:buglist|fixlist|faq)$', r'search$', r'bug$', r'faq$']


def variants(code):
    out, c = [code], code
    for _ in range(3):
        for s in SUFFIXES:
            c2 = re.sub(s, '', c, flags=re.I)
            if c2 != c and c2:
                c = c2
                out.append(c)
                break
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--archive', default='/tmp/kb')
    ap.add_argument('--cache', default='/tmp/kb-catalog-cache.json')
    ap.add_argument('--out', default=os.path.join(HERE, '..', 'products.json'))
    a = ap.parse_args()
    records = kbarchive.load(a.archive, a.cache)
    counts, spelling = collections.Counter(), {}
    for r in records:
        for code in set(kbarchive.codes(r)):
            counts[code] += 1
    merged = collections.Counter()
    for code, n in counts.items():
        k = code.lower()
        merged[k] += n
        if k not in spelling or n > counts[spelling[k]]:
            spelling[k] = code          # the most used spelling of a code that differs only in case

    products, owner = [], {}
    for p in product_spec.P:
        rules = [(re.compile(r, re.I), f) for r, f in p['kw']]
        kv = {}
        for k, best in spelling.items():
            # fix codes say where a bug was fixed, not what an article applies to: they go to fixKeywords
            if merged[k] < MIN_ARTICLES or k in EXCLUDE or 'fix' in k:
                continue
            for v in variants(k):
                hit = next(((f(m) if callable(f) else f) for rx, f in rules for m in [rx.fullmatch(v)] if m), None)
                if hit:
                    kv[best] = OVERRIDE.get(k, hit)
                    break
        for code, version in p['explicit'].items():
            assert code.lower() in merged, code
            kv[spelling[code.lower()]] = version
        for code in kv:
            assert code.lower() not in owner, (code, owner.get(code.lower()), p['id'])
            owner[code.lower()] = p['id']
        products.append({
            'id': p['id'], 'name': p['name'], 'archiveCategories': p['cats'],
            # the name first (the engine adds it anyway), then the other spellings
            'aliases': [p['name']] + [x for x in p['aliases'] if x.lower() != p['name'].lower()],
            'keywordVersions': dict(sorted(kv.items(), key=lambda x: x[0].lower())),
            'fixKeywords': [{'pattern': pat, 'version': ver, 'servicePack': spk} for pat, ver, spk in p['fix']],
        })
    with open(a.out, 'w', encoding='utf-8') as f:
        json.dump({'formatVersion': 1, 'products': products}, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(len(products), 'products,', sum(len(p['keywordVersions']) for p in products), 'keyword codes ->', a.out)


if __name__ == '__main__':
    main()
