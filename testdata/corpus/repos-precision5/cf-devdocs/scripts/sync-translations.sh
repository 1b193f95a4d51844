#!/usr/bin/env bash
# Pull updated translations from the localisation vendor's GitHub repo and open a PR.
# TODO(ana): move the token to the CI secret store before merging
set -euo pipefail

export GH_TOKEN={{ghp}}

VENDOR_REPO="cf-l10n/devdocs-translations"
BRANCH="l10n/sync-$(date +%Y%m%d)"

tmp=$(mktemp -d)
gh repo clone "$VENDOR_REPO" "$tmp" -- --depth 1

for lang in zh-cn ja-jp es-es de-de; do
  rsync -a --delete "$tmp/$lang/" "src/content/docs/${lang%%-*}/"
done

git switch -c "$BRANCH"
git add src/content/docs
git commit -m "l10n: sync translations $(date +%F)" || { echo "nothing to sync"; exit 0; }
git push -u origin "$BRANCH"
gh pr create --fill --label l10n
