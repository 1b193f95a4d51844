#!/bin/sh
# plain AWS S3: not R2
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY={{hex64}}
aws s3 cp backup.tar.gz s3://backups-eu/
