--help of the tool and of each subcommand prints the usage of the man page; wrong usage exits 2.
--- run
fh-group --help
fh-group member --help
fh-group plan --help
fh-group; echo $?
fh-group frobnicate; echo $?
fh-group member frob; echo $?
fh-group import; echo $?
fh-group import nosuchfile; echo $?
--- stdout
usage: fh-group import [--dry-run] [--csv | --yaml] FILE | -
       fh-group export [-f yaml | table | tsv | csv | json]
       fh-group zone add CODE NAME
       fh-group zone list
       fh-group member add CODE --name NAME --zone ZONE [--kind KIND]
                      [--contact NAME] [--phone PHONE] [--address TEXT]
                      [--group GROUP] [--lat X] [--lon Y] [--joined DATE]
                      [--left DATE] [--note TEXT] [--force]
       fh-group member show CODE
       fh-group member edit CODE [--name NAME] [--zone ZONE] [--kind KIND]
                      [--contact NAME] [--phone PHONE] [--address TEXT]
                      [--group GROUP] [--lat X] [--lon Y] [--joined DATE]
                      [--left DATE] [--note TEXT] [--force]
       fh-group member leave CODE [--on DATE]
       fh-group member list [--zone ZONE] [--group GROUP] [--kind KIND]
                      [--team TEAM] [--active | --all]
       fh-group add CODE --zone ZONE [--name NAME] [--formed DATE]
       fh-group show GROUP
       fh-group list [--zone ZONE] [--all]
       fh-group assign [--force] MEMBER ... GROUP
       fh-group dissolve GROUP [--on DATE]
       fh-group leader GROUP MEMBER [--letter-signed DATE] [--on DATE]
       fh-group team add CODE NAME --kind KIND [--zone ZONE]
       fh-group team join TEAM MEMBER ... [--on DATE]
       fh-group team leave TEAM MEMBER ... [--on DATE]
       fh-group team list
       fh-group team show TEAM
       fh-group equipment issue MEMBER ITEM [--count N] [--on DATE]
       fh-group equipment return MEMBER ITEM [--count N] [--on DATE]
       fh-group equipment list [--zone ZONE,...] [--group GROUP,...]
                         [--item ITEM,...]
       fh-group check [--min N] [--max N] [--zone ZONE,...]
       fh-group plan [--size N] [--min N] [--max N] [--zone ZONE,...]
                    [--no-fill] [--apply]
       fh-group points [--period P] [--zone ZONE,...] [--group GROUP,...]
                      [--by member | group]
       fh-group points show MEMBER [--period P]
       fh-group points award MEMBER N --reason TEXT [--on DATE]
       fh-group points redeem MEMBER N --reason TEXT [--on DATE]

The roster: zones, members, groups of about ten neighbours with their
leaders, task teams, equipment and volunteer points.  See fh-group(1)
and fh-roster(5).
usage: fh-group member add CODE --name NAME --zone ZONE [--kind KIND]
                      [--contact NAME] [--phone PHONE] [--address TEXT]
                      [--group GROUP] [--lat X] [--lon Y] [--joined DATE]
                      [--left DATE] [--note TEXT] [--force]
       fh-group member show CODE
       fh-group member edit CODE [--name NAME] [--zone ZONE] [--kind KIND]
                      [--contact NAME] [--phone PHONE] [--address TEXT]
                      [--group GROUP] [--lat X] [--lon Y] [--joined DATE]
                      [--left DATE] [--note TEXT] [--force]
       fh-group member leave CODE [--on DATE]
       fh-group member list [--zone ZONE] [--group GROUP] [--kind KIND]
                      [--team TEAM] [--active | --all]

Common options: --db PATH, -f FORMAT, --no-header, --reveal, --as NAME.
See fh-group(1).
usage: fh-group plan [--size N] [--min N] [--max N] [--zone ZONE,...]
                    [--no-fill] [--apply]

Common options: --db PATH, -f FORMAT, --no-header, --reveal, --as NAME.
See fh-group(1).
2
2
2
2
1
--- stderr
fh-group: missing command (see 'fh-group --help')
fh-group: unknown command 'frobnicate' (see 'fh-group --help')
fh-group: unknown member command 'frob' (see 'fh-group --help')
fh-group: import needs one FILE, or - for standard input (see 'fh-group --help')
fh-group: cannot open 'nosuchfile': No such file or directory
