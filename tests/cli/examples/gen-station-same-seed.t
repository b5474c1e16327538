The same seed gives the same roster and reports, byte for byte; another
seed another roster.
--- run
g=${FH_BIGRAM_EXT%/fh_bigram}/examples/gen-station
"$g" --seed 5 --grouped >a.yaml
"$g" --seed 5 --grouped >b.yaml
"$g" --seed 6 --grouped >c.yaml
"$g" --seed 5 --reports 50 >a.jsonl
"$g" --seed 5 --reports 50 >b.jsonl
cmp a.yaml b.yaml && echo same roster
cmp -s a.yaml c.yaml || echo another roster
cmp a.jsonl b.jsonl && echo same reports
grep -c '^  - code: S' a.yaml
grep -c '^    kind: mobile' a.yaml
grep -c '"category"' a.jsonl
--- stdout
same roster
another roster
same reports
1300
50
50
