#!/bin/sh
# Dumps the kind model's inputs for every labelled page of the three corpora the model is fitted
# on into bench/kind/features/, and of the written probe corpora (worldmix, englishmix, cmsmix, pagemix,
# columnmix, regionmix, essaymix, legacymix, bylinemix, datemix, blogmix, longformmix, sectionmix, reviewmix,
# analysismix, wiremix, asiamix, rtlmix, cyrillicmix, romancemix, nordicmix, africamix, anglomix,
# mediterramix, indicmix, germanmix, francomix, eastasiamix, seasiamix, bloggermix, latammix, ampmix,
# magazinemix), which
# it is only scored on, into bench/kind/features/probe/ (run from the repository root, after
# `cargo build --release -p colonnade`).
# Then `python3 bench/kind/fit.py --write bench/kind/features/*.jsonl` refits the model.
set -e
bin=${COLONNADE:-${CARGO_TARGET_DIR:-target}/release/colonnade}
out=bench/kind/features
mkdir -p "$out/probe"
"$bin" eval extract --corpus ../shared/corpus/webmix --worst 0 --features "$out/webmix.jsonl" >/dev/null
"$bin" eval extract --corpus ../shared/corpus/readability --kind bench/kind/readability.json --worst 0 \
    --features "$out/readability.jsonl" >/dev/null
"$bin" eval extract --corpus tests/corpus/kindmix --worst 0 --features "$out/kindmix.jsonl" >/dev/null
"$bin" eval extract --corpus tests/corpus/worldmix --worst 0 --features "$out/probe/worldmix.jsonl" >/dev/null
"$bin" eval extract --corpus tests/corpus/englishmix --worst 0 --features "$out/probe/englishmix.jsonl" >/dev/null
"$bin" eval extract --corpus tests/corpus/cmsmix --worst 0 --features "$out/probe/cmsmix.jsonl" >/dev/null
"$bin" eval extract --corpus tests/corpus/pagemix --worst 0 --features "$out/probe/pagemix.jsonl" >/dev/null
for c in columnmix regionmix essaymix legacymix bylinemix datemix blogmix longformmix sectionmix reviewmix analysismix \
    wiremix asiamix rtlmix cyrillicmix romancemix nordicmix africamix anglomix mediterramix indicmix germanmix francomix \
    eastasiamix seasiamix bloggermix latammix ampmix magazinemix; do
    if [ -d "tests/corpus/$c/pages" ]; then
        "$bin" eval extract --corpus "tests/corpus/$c" --worst 0 --features "$out/probe/$c.jsonl" >/dev/null
    fi
done
wc -l "$out"/*.jsonl "$out"/probe/*.jsonl
