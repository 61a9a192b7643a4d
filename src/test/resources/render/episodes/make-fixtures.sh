#!/bin/sh
# Regenerates the *.transcript.html fixtures: the transcript section of each synthetic episode
# here as Jekyll builds it with the real site's episode layout. Needs jekyll (apt-get install
# jekyll) and the site beside the project; run from the project root:
#   sh src/test/resources/render/episodes/make-fixtures.sh [../shared/corpus/site]
set -eu
site=${1:-../shared/corpus/site}
here=src/test/resources/render/episodes
work=$(mktemp -d)
mkdir -p "$work/_layouts" "$work/_includes" "$work/_podcast" "$work/_people"
cp "$site/_layouts/podcast.html" "$work/_layouts/"
for include in head header youtube footer; do : > "$work/_includes/$include.html"; done
printf 'collections:\n  people:\n    output: true\n  podcast:\n    output: true\n' > "$work/_config.yml"
printf 'defaults:\n  - scope: {path: "", type: podcast}\n    values: {layout: podcast}\n' >> "$work/_config.yml"
printf -- '---\nshort: ann\ntitle: Ann Example\n---\nAnn works on examples.\n' > "$work/_people/ann.md"
cp "$here"/*.md "$work/_podcast/"
(cd "$work" && jekyll build --quiet --safe)
for page in "$here"/*.md; do
    name=$(basename "$page" .md)
    sed -n '/id="transcript-tab"/,/<\/section>/p' "$work/_site/podcast/$name.html" > "$here/$name.transcript.html"
done
rm -rf "$work"
