#!/usr/bin/env bash
# Tag and upload a release. GitHub token comes from gh auth.
set -euo pipefail
VERSION=$1
GITHUB_TOKEN={{ghp}}
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
# cloudflare pages deploy happens in CI with the CLOUDFLARE_API_TOKEN secret
git tag -s "v$VERSION" -m "v$VERSION"
gh release create "v$VERSION" --notes-file CHANGELOG.md
