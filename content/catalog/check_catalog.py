"""Checks products.json and measures it against the unpacked KB archive.

    python3 check_catalog.py [--archive /tmp/kb] [--cache /tmp/kb-catalog-cache.json] [--fix-report fix-keywords-checked.txt]

Checks (exit code 1 when one fails):
  - the schema: formatVersion 1; every product has exactly id, name, archiveCategories, aliases, keywordVersions,
    fixKeywords; ids are lower-case and hyphenated, and unique
  - names and aliases are unique across the catalog, ignoring case (the engine keeps the first and drops the rest)
  - keyword codes are unique across the catalog and within a product, ignoring case (the engine reads them into a
    case-insensitive dictionary), and each is used by at least one article
  - every id/<category> folder of the archive belongs to exactly one product, and no product names a folder that
    does not exist
  - every fixKeywords pattern uses .NET named groups (?<name>...), compiles, uses in its templates only groups it
    defines, matches at least one code of the archive, and no code is matched by two patterns
Measures:
  - Product(s) coverage: articles whose Product(s) value resolves to a product (exact alias, else the leftmost
    longest alias in it, else - for "See article" - the article's archive folder)
  - applies-to coverage: applies-to lines whose product part resolves
  - keyword codes: articles carrying at least one code of keywordVersions
Writes the codes each fix pattern matches (with article counts and the level it reads) to --fix-report.
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'mining'))
import kbarchive  # noqa: E402

FIELDS = ['id', 'name', 'archiveCategories', 'aliases', 'keywordVersions', 'fixKeywords']
ID = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')


def python_regex(pattern):
    """.NET pattern -> Python: named groups (?<n>...) become (?P<n>...); the rest of what we use is common syntax."""
    return re.sub(r'\(\?<(?![=!])(\w+)>', r'(?P<\1>', pattern)


def template(tmpl, match):
    return re.sub(r'\$\{(\w+)\}', lambda g: match.group(g.group(1)) or '', tmpl)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--archive', default='/tmp/kb')
    ap.add_argument('--cache', default='/tmp/kb-catalog-cache.json')
    ap.add_argument('--catalog', default=os.path.join(HERE, 'products.json'))
    ap.add_argument('--fix-report', default=os.path.join(HERE, 'fix-keywords-checked.txt'))
    a = ap.parse_args()
    errors = []
    data = json.load(open(a.catalog, encoding='utf-8'))
    products = data.get('products', [])
    if data.get('formatVersion') != 1:
        errors.append('formatVersion is not 1')

    # schema, ids, aliases, codes
    ids, aliases, codes = set(), {}, {}
    for p in products:
        if list(p) != FIELDS:
            errors.append(f'{p.get("id")}: fields {list(p)} are not {FIELDS}')
        if not ID.match(p['id']) or p['id'] in ids:
            errors.append(f'{p["id"]}: id not lower-case-hyphenated or not unique')
        ids.add(p['id'])
        own = [x.lower() for x in p['aliases']]
        for alias in sorted({x for x in own if own.count(x) > 1}):
            errors.append(f'{p["id"]}: alias "{alias}" twice')
        for alias in [p['name']] + p['aliases']:
            key = alias.lower()
            if alias != alias.strip() or not alias:
                errors.append(f'{p["id"]}: alias "{alias}" has outer spaces or is empty')
            if key in aliases and aliases[key] != p['id']:
                errors.append(f'alias "{alias}" in {aliases[key]} and {p["id"]}')
            aliases.setdefault(key, p['id'])
        for code, version in p['keywordVersions'].items():
            if code.lower() in codes:
                errors.append(f'keyword code {code} in {codes[code.lower()]} and {p["id"]}')
            codes[code.lower()] = p['id']
            if not isinstance(version, str) or not version:
                errors.append(f'{p["id"]}: {code} has no version')

    # archive
    records = kbarchive.load(a.archive, a.cache)
    folders = kbarchive.category_folders(a.archive)
    owners = collections.defaultdict(list)
    for p in products:
        for c in p['archiveCategories']:
            owners[c].append(p['id'])
    for c in folders:
        if len(owners.get(c, [])) != 1:
            errors.append(f'folder {c}: products {owners.get(c, [])}')
    for c in owners:
        if c not in folders:
            errors.append(f'{owners[c]}: no folder {c} in the archive')

    code_articles = collections.Counter()
    spelled = {}
    for r in records:
        for code in set(kbarchive.codes(r)):
            code_articles[code] += 1
            spelled.setdefault(code, code)
    lower_articles = collections.Counter()
    for code, n in code_articles.items():
        lower_articles[code.lower()] += n
    for code, owner in codes.items():
        if lower_articles[code] == 0:
            errors.append(f'{owner}: keyword code {code} is used by no article')

    # fix patterns
    report, matched_by = [], collections.defaultdict(list)
    for p in products:
        for fix in p['fixKeywords']:
            pattern, version, sp = fix.get('pattern'), fix.get('version'), fix.get('servicePack')
            if sorted(fix) != ['pattern', 'servicePack', 'version']:
                errors.append(f'{p["id"]}: fixKeywords fields {sorted(fix)}')
            if '(?P<' in pattern:
                errors.append(f'{p["id"]}: {pattern} uses Python-only (?P<...>)')
            try:
                rx = re.compile(python_regex(pattern), re.I)
            except re.error as e:
                errors.append(f'{p["id"]}: {pattern} does not compile: {e}')
                continue
            for t in [version] + ([sp] if sp is not None else []):
                for g in re.findall(r'\$\{(\w+)\}', t):
                    if g not in rx.groupindex:
                        errors.append(f'{p["id"]}: {pattern}: template {t} uses unknown group {g}')
            hits = []
            for code, n in sorted(code_articles.items(), key=lambda x: (-x[1], x[0])):
                m = rx.search(code)
                if m:
                    hits.append((code, n, template(version, m), template(sp, m) if sp is not None else None))
                    matched_by[code].append(p['id'])
            if not hits:
                errors.append(f'{p["id"]}: {pattern} matches no code of the archive')
            report.append((p['id'], pattern, version, sp, hits))
    for code, who in matched_by.items():
        if len(who) > 1:
            errors.append(f'{code} matched by fix patterns of {who}')
    with open(a.fix_report, 'w', encoding='utf-8') as f:
        f.write('# Keyword codes of the KB archive matched by each fixKeywords pattern of products.json\n')
        f.write('# (written by check_catalog.py). Columns: code, articles using it, version, service pack.\n')
        for pid, pattern, version, sp, hits in report:
            f.write(f'\n{pid}  {pattern}  ->  version {version}, servicePack {sp}\n')
            for code, n, v, s in hits:
                f.write(f'    {code:32} {n:5}   {v}' + (f'   SP{s}' if s else '') + '\n')

    # coverage
    cat = kbarchive.Catalog(a.catalog)
    how = collections.Counter()
    unresolved_values = collections.Counter()
    for r in records:
        pid, way = cat.header_product(r)
        how[way] += 1
        if not pid:
            unresolved_values[r['product']] += 1
    total = len(records)
    resolved = total - how['none']
    lines = resolved_lines = 0
    for r in records:
        for line in set(r['appliesTo']):
            lines += 1
            resolved_lines += 1 if cat.product_of(kbarchive.applies_product(line)) else 0
    with_code = sum(1 for r in records if any(c.lower() in codes for c in kbarchive.codes(r)))
    values = collections.Counter(r['product'] for r in records)

    print(f'products: {len(products)}; aliases: {len(aliases)}; keyword codes: {len(codes)}; '
          f'fix patterns: {len(report)} matching {len(matched_by)} distinct codes')
    print(f'archive folders: {len(folders)}; covered by exactly one product: {sum(1 for c in folders if len(owners.get(c, [])) == 1)}')
    print(f'articles: {total}; distinct Product(s) values: {len(values)}')
    print(f'Product(s) resolved: {resolved} of {total} ({100.0 * resolved / total:.2f}%) - '
          f'by alias {how["alias"]}, by leftmost alias {how["find"]}, "See article" by archive folder {how["category"]}')
    for value, n in unresolved_values.most_common(10):
        print(f'    unresolved: {n} {value}')
    print(f'applies-to lines resolved: {resolved_lines} of {lines} ({100.0 * resolved_lines / lines:.2f}%)')
    print(f'articles with a keyword code of keywordVersions: {with_code} of {total}')
    for e in errors:
        print('ERROR:', e)
    print('OK' if not errors else f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
