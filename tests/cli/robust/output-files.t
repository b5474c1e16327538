fh-report photo -o and fh-stats trend --svg create a new file with mode
0600: they refuse an existing file unless --force, and never write through
a symbolic link (which could point at anything the user can write).
--- setup
fh init
printf '\377\330\377\340JFIF-one' > a.jpg
fh-report add --category fire --photo a.jpg 消防通道被堵
echo precious > kept
ln -s kept link.jpg
ln -s kept link.svg
echo old > old.jpg
echo old > old.svg
--- run
umask 022
fh-report photo 1 -o new.jpg; echo "new $?"
stat -c %a new.jpg
fh-report photo 1 -o old.jpg; echo "existing $?"
fh-report photo 1 -o link.jpg; echo "link $?"
fh-report photo 1 -o link.jpg --force; echo "link forced $?"
fh-report photo 1 -o old.jpg --force; echo "forced $?"
cmp old.jpg a.jpg && echo replaced
fh-stats trend --svg new.svg; echo "svg $?"
stat -c %a new.svg
fh-stats trend --svg old.svg; echo "svg existing $?"
fh-stats trend --svg link.svg --force; echo "svg link $?"
fh-stats trend --svg old.svg --force; echo "svg forced $?"
cat kept old.svg | head -2
--- stdout
new 0
600
existing 1
link 1
link forced 1
forced 0
replaced
svg 0
600
svg existing 1
svg link 1
svg forced 0
precious
<?xml version="1.0" encoding="UTF-8"?>
--- stderr
fh-report: 'old.jpg' already exists: use --force to replace it
fh-report: 'link.jpg' is a symbolic link: not writing through it
fh-report: 'link.jpg' is a symbolic link: not writing through it
fh-stats: 'old.svg' already exists: use --force to replace it
fh-stats: 'link.svg' is a symbolic link: not writing through it
