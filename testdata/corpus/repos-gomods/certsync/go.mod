module git.corp.ravelin-labs.net/platform/certsync

go 1.22
