# Regenerates src/gazetteer/vn-provinces-data.ts from src/gazetteer/data/vn-provinces-2025-merger.csv.
import csv, json, re
rows = list(csv.DictReader(open('src/gazetteer/data/vn-provinces-2025-merger.csv', encoding='utf-8')))
def strip(n):
    return re.sub(r'^(Thủ đô|thành phố|tỉnh)\s+', '', n.strip())
out = []
for r in rows:
    new = strip(r['tentinh'])
    prev = r['truocsapnhap'].strip()
    olds = [new] if prev == 'không sáp nhập' else [strip(p) for p in re.split(r',\s*|\s+và\s+', prev) if p.strip()]
    out.append({'name': new, 'kind': 'city' if re.match(r'^(Thủ đô|thành phố)', r['tentinh']) else 'province', 'formedFrom': olds, 'code': int(r['mahc'])})
head = open('src/gazetteer/vn-provinces-data.ts', encoding='utf-8').read().split('export const VN_PROVINCES_2025')[0]
open('src/gazetteer/vn-provinces-data.ts', 'w', encoding='utf-8').write(head + 'export const VN_PROVINCES_2025: VnProvince2025[] = ' + json.dumps(out, ensure_ascii=False, indent=1) + ';\n')
