Under zh_CN every message keeps the prefix "fh-TOOL: " with an ASCII colon and a blank, as scripts and the man pages expect (the catalogue once wrote 'fh-group：').
--- setup
fh init
--- run
export LC_ALL=zh_CN.UTF-8
fh-group list -f tsv >/dev/full; echo "exit $?"
fh-report list -f tsv >/dev/full; echo "exit $?"
--- stdout
exit 1
exit 1
--- stderr
fh-group: 无法写出结果：ERR
fh-report: 无法写出结果：ERR
--- filter
s/：[^：]*$/：ERR/
--- locales
C.UTF-8
