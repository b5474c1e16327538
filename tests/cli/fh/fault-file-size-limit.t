When the disk is full (here a file size limit) fh init fails with a clear error and leaves no half-made database.
--- run
(trap '' XFSZ; ulimit -f 100; fh init; echo "exit $?")
ls
--- stdout
exit 1
--- stderr
fh: cannot migrate 'fh.db': cannot write: disk full or file too large
