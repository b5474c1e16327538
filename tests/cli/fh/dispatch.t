fh TOOL runs fh-TOOL; an unknown tool is a usage error.
--- run
fh nosuchtool list
--- stderr
fh: unknown command 'nosuchtool' (see 'fh --help')
--- exit
2
