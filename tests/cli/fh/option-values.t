Every tool option that takes a value (required_argument in cmd/) is in lib/io/cli.c's value_options, so that its value is taken whole even when it begins with '-' ("--where -fast" is not "-f ast").
--- run
grep -ho '{ "[a-z-]*", required_argument' "$TOP"/cmd/*.c | sed 's/{ "\([^"]*\)".*/\1/' | sort -u > want
sed -n '/value_options\[\] = {/,/^};/p' "$TOP/lib/io/cli.c" | grep -o '"[a-z-]*"' | tr -d '"' | sort -u > have
comm -23 want have
test -s have && echo listed
--- stdout
listed
