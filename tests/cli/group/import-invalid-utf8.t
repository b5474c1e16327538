Bytes that are not UTF-8 are refused with the line and column where they are.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'members:\n  - {code: S0100,\n     name: "\xe8\x80\x81\xff\xfe", zone: Z1}\n' > r.yaml
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:3:14: invalid UTF-8 (byte 0xff)
--- exit
1
