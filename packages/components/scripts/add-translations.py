#!/usr/bin/env python3
"""Fills <target> elements of an XLIFF file from a JSON object {source-text: translation}.

Usage: python3 scripts/add-translations.py xliff/mk.xlf translations.json
Sources with placeholders are matched with the placeholders written as {0}, {1}…; the
translation uses the same {n} markers where the values go. Run `npx lit-localize extract` first.
"""
import json, re, sys

path = sys.argv[1]
xlf = open(path, encoding='utf-8').read()
wanted = json.load(open(sys.argv[2], encoding='utf-8'))

def plain(source):
    return re.sub(r'<x id="(\d+)"[^>]*/>', lambda m: '{' + m.group(1) + '}', source)

def fill(match):
    unit = match.group(0)
    if '<target' in unit:
        return unit
    source = re.search(r'<source>(.*?)</source>', unit, re.S).group(1)
    placeholders = {m.group(1): m.group(0) for m in re.finditer(r'<x id="(\d+)"[^>]*/>', source)}
    key = plain(source).replace('&quot;', '"').replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')
    if key not in wanted:
        return unit
    target = wanted[key].replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    target = re.sub(r'\{(\d+)\}', lambda m: placeholders[m.group(1)], target)
    return unit.replace('</source>', '</source>\n  <target>' + target + '</target>', 1)

xlf = re.sub(r'<trans-unit .*?</trans-unit>', fill, xlf, flags=re.S)
open(path, 'w', encoding='utf-8').write(xlf)
missing = [plain(m) for m in re.findall(r'<trans-unit [^>]*>\s*<source>(.*?)</source>\s*</trans-unit>', xlf, re.S)]
print(f'{len(missing)} messages of {path} without a translation' + (':\n  ' + '\n  '.join(missing) if missing else ''))
