"""Reads the unpacked KB archive (kb/NNN/QNNNNNN/README.md and id/<category>/README.md) into plain records.

Shared by the mining scripts and check_catalog.py. Standard library only.
"""
import json
import os
import re

HEADER = ('Product(s)', 'Version(s)', 'Operating System(s)', 'Keyword(s)')
TRAILER = ('Keywords', 'Technology')
# The engine's own applies-to split (ApplicabilityExtractor.AppliesToLine).
APPLIES_LINE = re.compile(
    r'^(?:the (?:operating system|hardware|network|product)s?:\s*)?(?P<product>.*?)'
    r'(?:,?\s+(?:versions?|for \w+ versions?)\s+(?P<versions>.*))?$', re.I)
VERSION_NUMBER = re.compile(r'\b\d+(?:\.\d+)*[a-z]?\b(?:\s+SP\d+)?')
NO_PRODUCT = 'See article'


def categories(archive):
    """article id -> sorted list of the id/<category> folders that list it."""
    cats = {}
    root = os.path.join(archive, 'id')
    for name in sorted(os.listdir(root)):
        page = os.path.join(root, name, 'README.md')
        if not os.path.isfile(page):
            continue
        text = open(page, encoding='utf-8', errors='replace').read()
        for qid in set(re.findall(r'kb/\d+/(Q\d+)', text)):
            cats.setdefault(qid, []).append(name)
    return {k: sorted(v) for k, v in cats.items()}


def category_folders(archive):
    root = os.path.join(archive, 'id')
    return sorted(n for n in os.listdir(root) if os.path.isfile(os.path.join(root, n, 'README.md')))


def _field(text, name):
    m = re.search(r'^\t' + re.escape(name) + r'\s*:[ \t]*(.*)$', text, re.M)
    return m.group(1).strip() if m else None


def _applies(text):
    lines = []
    m = re.search(r'The information in this article applies to:?\s*\n(.*?)(?:\n\t-{10,}|\n\t\s*\n\t\s*\n)', text, re.S)
    if m:
        for line in m.group(1).split('\n'):
            line = line.strip()
            if line.startswith('-'):
                lines.append(line.lstrip('- ').strip())
            elif lines and line:
                lines[-1] += ' ' + line
    return lines


def codes(record):
    """The keyword codes of an article: header Keyword(s), trailer Keywords and Technology."""
    out = []
    for field in ('keywords', 'trailerKeywords', 'technology'):
        if record.get(field):
            out.extend(t for t in re.split(r'[\s|,;]+', record[field]) if t)
    return out


def read(archive):
    """Every article as a dict: id, categories, product, version, keywords, trailerKeywords, technology, appliesTo, path."""
    cats = categories(archive)
    out = []
    kb = os.path.join(archive, 'kb')
    for d1 in sorted(os.listdir(kb)):
        for qid in sorted(os.listdir(os.path.join(kb, d1))):
            path = os.path.join(kb, d1, qid, 'README.md')
            if not os.path.isfile(path):
                continue
            text = open(path, encoding='utf-8', errors='replace').read()
            out.append({
                'id': qid,
                'path': path,
                'categories': cats.get(qid, []),
                'product': _field(text, 'Product(s)'),
                'version': _field(text, 'Version(s)'),
                'keywords': _field(text, 'Keyword(s)'),
                'trailerKeywords': _field(text, 'Keywords'),
                'technology': _field(text, 'Technology'),
                'appliesTo': _applies(text),
            })
    return out


def load(archive, cache=None):
    """read(), cached as JSON in `cache` when given (the archive is read once, ~60,000 files)."""
    if cache and os.path.isfile(cache):
        return json.load(open(cache))
    records = read(archive)
    if cache:
        json.dump(records, open(cache, 'w'))
    return records


def applies_product(line):
    """The product part of an applies-to line, as the engine cuts it."""
    return APPLIES_LINE.match(line).group('product').strip().rstrip(',').strip()


class Catalog:
    """products.json matched the way the engine's ProductCatalog matches it."""

    def __init__(self, path):
        self.data = json.load(open(path, encoding='utf-8'))
        self.products = self.data['products']
        self.by_alias = {}
        self.by_category = {}
        for p in self.products:
            for alias in p['aliases'] + [p['name']]:
                self.by_alias.setdefault(alias.strip().lower(), p['id'])
            for c in p['archiveCategories']:
                self.by_category.setdefault(c, p['id'])
        alternatives = sorted(self.by_alias, key=len, reverse=True)
        self._find = re.compile(r'(?<![\w-])(?:' + '|'.join(re.escape(a) for a in alternatives) + r')(?![\w-])', re.I)

    def resolve(self, name):
        """Exact alias, any case (ProductCatalog.Resolve)."""
        return self.by_alias.get(name.strip().lower())

    def find(self, text):
        """Leftmost, then longest alias in text (ProductCatalog.Find): (product id, matched text) or None."""
        m = self._find.search(text)
        return (self.by_alias[m.group(0).lower()], m.group(0)) if m else None

    def product_of(self, name):
        found = self.resolve(name)
        if found:
            return found
        hit = self.find(name)
        return hit[0] if hit else None

    def header_product(self, record):
        """The product of an article's Product(s) header; 'See article' goes by archive category.

        Returns (product id or None, how) with how in 'alias', 'find', 'category', 'none'.
        """
        value = record['product'] or ''
        if value.strip().lower() != NO_PRODUCT.lower():
            if self.resolve(value):
                return self.resolve(value), 'alias'
            hit = self.find(value)
            return (hit[0], 'find') if hit else (None, 'none')
        # Old MSPL articles end their Keyword(s) line with the section they come from ("... | mspl13_basic");
        # that picks one folder when the article is listed under several.
        last = (record['keywords'] or '').split('|')[-1].strip()
        category = last if last in self.by_category else (record['categories'][0] if record['categories'] else None)
        found = self.by_category.get(category)
        return (found, 'category') if found else (None, 'none')
