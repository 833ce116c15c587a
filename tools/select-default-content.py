#!/usr/bin/env python3
"""Selects the embedded default corpus (content/kb/) from the KB archive.

The default corpus is the MS Mail <-> Exchange coexistence articles: those whose
Product(s) header is "Microsoft Exchange" or "Microsoft Mail For PC Networks" and whose
text mentions dirsync, directory synchronization, the MS Mail connector, a shadow or
indirect postoffice, or External Admin (white space and case ignored).

The seed article Q199534 is written without its {% raw %} wrapper, as the seed copy of
the project has it, so the default corpus exercises both envelope forms.

Usage: tools/select-default-content.py ../shared/corpus/kbarchive.tar.gz content/kb
"""
import re
import sys
import tarfile
from pathlib import Path

PRODUCTS = {"microsoft exchange", "microsoft mail for pc networks"}
TOPICS = re.compile(
    r"dirsync|directory synchronization|ms mail connector|shadow post ?office|indirect post ?office|external admin")
SEED = "Q199534"


def main(archive: str, out: str) -> int:
    target = Path(out)
    selected = 0
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            parts = member.name.removeprefix("./").split("/")
            if not member.isfile() or len(parts) != 4 or parts[0] != "kb":
                continue
            text = tar.extractfile(member).read().decode("utf-8")
            product = re.search(r"^\tProduct\(s\):(.*)$", text, re.M)
            flat = re.sub(r"\s+", " ", text.lower())
            if not product or product.group(1).strip().lower() not in PRODUCTS or not TOPICS.search(flat):
                continue
            if parts[2] == SEED:
                text = text.replace("{% raw %}\n", "").replace("{% endraw %}\n", "")
            path = target.joinpath(*parts[1:])
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            selected += 1
    print(f"{selected} articles written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
