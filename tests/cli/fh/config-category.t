fh config set categories.CODE.FIELD adds a category (family first), relabels it and changes its deadline, checked as fh init --config checks a category (a label may not be another category's), and audited; fh init's audit shows it seeding the default categories.
--- setup
fh init
--- run
fh audit -f tsv --no-header | cut -f 4-
fh config set categories.gas.label 燃气隐患; echo "exit $?"
fh config set categories.gas.family hazard
fh config set categories.gas.label 燃气隐患
fh config set categories.gas.deadline 2
fh config set categories.fire.label 火灾隐患
fh config set categories.fire.deadline 0; echo "exit $?"
fh config set categories.gas.label 交通隐患; echo "exit $?"
fh config set categories.gas.label theft; echo "exit $?"
fh config set categories.gas.label ''; echo "exit $?"
fh config set categories.gas.family weather; echo "exit $?"
fh config set categories.gas.colour red; echo "exit $?"
fh config set categories.gas red; echo "exit $?"
fh config get categories.gas
fh config get categories.fire
fh audit -f tsv | tail -n 4 | cut -f 4-
--- stdout
fh init	delete categories 1-12; insert categories 1-12; insert settings 2
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 2
exit 2
hazard 燃气隐患 2
hazard 火灾隐患 3
fh config set categories.gas.family hazard	insert categories 13
fh config set categories.gas.label 燃气隐患	update categories 13
fh config set categories.gas.deadline 2	update categories 13
fh config set categories.fire.label 火灾隐患	update categories 1
--- stderr
fh: categories.gas.label: category 'gas' needs a family
fh: categories.fire.deadline: a deadline must be a whole number from 1 to 3650, not '0'
fh: categories.gas.label: label '交通隐患' is already used by category 'traffic'
fh: categories.gas.label: label 'theft' is already used by category 'theft'
fh: categories.gas.label: a category's label must be one line of text, not empty
fh: categories.gas.family: unknown family 'weather' (valid: hazard, incident, service, other)
fh: unknown setting 'categories.gas.colour' (a category has family, label and deadline)
fh: set a category as categories.CODE.FIELD (family, label or deadline)
