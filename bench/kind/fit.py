#!/usr/bin/env python3
"""Fits the kind model of crates/extract/src/kind.rs and reports honest held-out figures.

Input: the JSON lines `colonnade eval extract --features FILE` writes (one per labelled page:
corpus, case, url, label, sure, rule, got, features); bench/kind/dump.sh writes them for the three
labelled corpora into bench/kind/features/. The model is a multinomial logistic regression
(opinion / news / other) with an L2 penalty, fitted by Newton's method on the pages the strong
rules (`kind::rule`) leave open; pages the rules settle keep the rule's kind. Labels marked
`sure: false` count half. Two hyperparameters, the penalty and the weight of an opinion page, are
chosen by grouped cross-validation (`select`).

Figures, per corpus and pooled:
  - as the binary decides now (the dump's `got`);
  - in-sample: the model fitted on every page, scored on the same pages;
  - cross-validated: 5 folds grouped by site (a site's pages are never on both sides), nested
    (each fold chooses its hyperparameters on its own training pages), each page scored by the
    model fitted without its fold;
  - leave-one-corpus-out: each corpus scored by the model fitted on the other two.

Usage (from the repository root):
    bench/kind/dump.sh                                               # after a release build
    python3 bench/kind/fit.py bench/kind/features/*.jsonl            # figures and the weights
    python3 bench/kind/fit.py --write bench/kind/features/*.jsonl    # ... written into kind.rs
    python3 bench/kind/fit.py --drop review,stance bench/kind/features/*.jsonl   # an ablation

Standard library only; deterministic; about twenty minutes on one core of a busy machine.
"""

import argparse
import json
import math
import os
import re
import sys
from collections import defaultdict

KINDS = ["opinion", "news", "other"]
KIND_RS = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "extract", "src", "kind.rs")
FOLDS = 5
UNSURE_WEIGHT = 0.5
# L2 penalties on the weights (not the intercepts), in units of the summed log-loss; `select`
# picks one by cross-validation.
LAMBDAS = (0.5, 1.0, 2.0, 8.0)
# Weights of an opinion page in the fit (opinion is about one page in eight the rules leave open:
# fitted as labelled, the model claims fewer opinions than there are); `select` picks one.
OPINION_WEIGHTS = (1.0, 1.5, 2.0, 3.0)


def load(paths):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rows.append(json.loads(line))
    return rows


def corpus_name(row):
    return os.path.basename(os.path.normpath(row["corpus"]))


def site(row):
    """The site a page comes from: its URL's host (the archived one for web.archive.org), else its
    case name without a trailing number (Readability's `ars-1`, `ars-2`)."""
    url = row.get("url") or ""
    m = re.match(r"https?://web\.archive\.org/web/[^/]+/(https?://)?([^/]+)", url)
    host = m.group(2) if m else (re.match(r"https?://([^/]+)", url) or [None, None])[1]
    if host:
        host = host.lower().split(":")[0]
        return corpus_name(row) + ":" + (host[4:] if host.startswith("www.") else host)
    return corpus_name(row) + ":" + re.sub(r"-\d+$", "", row["case"])


def softmax(z):
    m = max(z)
    e = [math.exp(v - m) for v in z]
    s = sum(e)
    return [v / s for v in e]


def solve(a, b):
    """Solves a x = b (a symmetric positive definite) by Gaussian elimination with pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        piv = m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / piv
            if f:
                row_r, row_c = m[r], m[c]
                for j in range(c, n + 1):
                    row_r[j] -= f * row_c[j]
    x = [0.0] * n
    for c in range(n - 1, -1, -1):
        x[c] = (m[c][n] - sum(m[c][j] * x[j] for j in range(c + 1, n))) / m[c][c]
    return x


def fit(xs, ys, ws, lam, iters=30):
    """Multinomial logistic regression: returns w[k][j], j = 0 the intercept."""
    k, d = len(KINDS), len(xs[0]) + 1
    xs = [[1.0] + x for x in xs]
    w = [[0.0] * d for _ in range(k)]
    outer = [[[xi * xj for xj in x] for xi in x] for x in xs]
    for _ in range(iters):
        grad = [[0.0] * d for _ in range(k)]
        hess = [[0.0] * (k * d) for _ in range(k * d)]
        for x, y, sw, xx in zip(xs, ys, ws, outer):
            p = softmax([sum(wj * xj for wj, xj in zip(w[a], x)) for a in range(k)])
            for a in range(k):
                g = sw * (p[a] - (1.0 if a == y else 0.0))
                ga = grad[a]
                for j in range(d):
                    ga[j] += g * x[j]
                for b in range(a, k):
                    c = sw * p[a] * ((1.0 if a == b else 0.0) - p[b])
                    if c == 0.0:
                        continue
                    for i in range(d):
                        row = hess[a * d + i]
                        xxi = xx[i]
                        off = b * d
                        for j in range(d):
                            row[off + j] += c * xxi[j]
        for a in range(k):
            for j in range(d):
                pen = lam if j > 0 else 1e-6
                grad[a][j] += pen * w[a][j]
                hess[a * d + j][a * d + j] += pen
            for b in range(a + 1, k):
                for i in range(d):
                    for j in range(d):
                        hess[b * d + j][a * d + i] = hess[a * d + i][b * d + j]
        step = solve(hess, [g for ga in grad for g in ga])
        biggest = max(abs(s) for s in step)
        for a in range(k):
            for j in range(d):
                w[a][j] -= step[a * d + j]
        if biggest < 1e-7:
            break
    return w


def predict(w, x, interview=False):
    """The model's kind (an index of KINDS); never opinion for an interview, as in kind::decide."""
    x = [1.0] + x
    scores = [sum(wj * xj for wj, xj in zip(wa, x)) for wa in w]
    if interview:
        scores[KINDS.index("opinion")] = -math.inf
    return max(range(len(KINDS)), key=lambda a: (scores[a], -a))


def probabilities(w, x, interview=False):
    """The model's probability of each kind (opinion 0 for an interview, as in kind::decide)."""
    x = [1.0] + x
    scores = [sum(wj * xj for wj, xj in zip(wa, x)) for wa in w]
    if interview:
        scores[KINDS.index("opinion")] = -math.inf
    return softmax(scores)


def page_probabilities(rows, names, w, i):
    """Page i's probability of each kind: the rule's kind for sure, else the model's."""
    if rows[i]["rule"]:
        return [1.0 if k == rows[i]["rule"] else 0.0 for k in KINDS]
    f = rows[i]["features"]
    return probabilities(w, [f[n] for n in names], f.get("interview", 0.0) > 0.5)


def scores(rows, idx, probs):
    """Held-out log-loss (pages the model decides, `sure: false` counting half) and the average
    precision of opinion (every page ranked by its probability of opinion) on `idx`."""
    loss = weight = 0.0
    for i in idx:
        if rows[i]["rule"] is None:
            sw = 1.0 if rows[i]["sure"] else UNSURE_WEIGHT
            loss -= sw * math.log(max(probs[i][KINDS.index(rows[i]["label"])], 1e-12))
            weight += sw
    ranked = sorted(idx, key=lambda i: (-probs[i][0], rows[i]["case"]))
    hits, ap, positives = 0, 0.0, sum(1 for i in idx if rows[i]["label"] == "opinion")
    for rank, i in enumerate(ranked, 1):
        if rows[i]["label"] == "opinion":
            hits += 1
            ap += hits / rank
    return loss / max(weight, 1e-12), ap / max(positives, 1)


def show_scores(title, rows, every, corpora, probs):
    print(title)
    for c in corpora + ["(pooled)"]:
        idx = [i for i in every if c == "(pooled)" or corpus_name(rows[i]) == c]
        loss, ap = scores(rows, idx, probs)
        print(f"  {c:<12} {len(idx):>4} pages  log-loss {loss:.3f}  opinion average precision {ap:.3f}")


def figures(pairs):
    """(label, got) pairs -> accuracy, opinion precision, recall, counts."""
    n = len(pairs)
    right = sum(1 for y, g in pairs if y == g)
    tp = sum(1 for y, g in pairs if y == g == "opinion")
    claimed = sum(1 for _, g in pairs if g == "opinion")
    actual = sum(1 for y, _ in pairs if y == "opinion")
    return {
        "n": n,
        "accuracy": right / n if n else 0.0,
        "precision": tp / claimed if claimed else 0.0,
        "recall": tp / actual if actual else 0.0,
        "tp": tp,
        "claimed": claimed,
        "actual": actual,
    }


def show(title, by_corpus):
    print(title)
    for name, pairs in sorted(by_corpus.items()):
        f = figures(pairs)
        print(
            f"  {name:<12} {f['n']:>4} pages  accuracy {f['accuracy']:.3f}  opinion P {f['precision']:.2f}"
            f" ({f['tp']}/{f['claimed']})  R {f['recall']:.2f} ({f['tp']}/{f['actual']})"
        )


def folds_by_site(rows, k):
    """Groups (sites) spread over k folds, largest first into the smallest fold; deterministic."""
    groups = defaultdict(list)
    for i, r in enumerate(rows):
        groups[site(r)].append(i)
    fold_of, sizes = {}, [0] * k
    for g in sorted(groups, key=lambda g: (-len(groups[g]), g)):
        f = min(range(k), key=lambda f: (sizes[f], f))
        sizes[f] += len(groups[g])
        for i in groups[g]:
            fold_of[i] = f
    return fold_of


def train(rows, names, idx, lam, opw):
    """Fits the model on the pages of `idx` the rules leave open."""
    open_idx = [i for i in idx if rows[i]["rule"] is None]
    xs = [[rows[i]["features"][n] for n in names] for i in open_idx]
    ys = [KINDS.index(rows[i]["label"]) for i in open_idx]
    ws = [
        (1.0 if rows[i]["sure"] else UNSURE_WEIGHT) * (opw if rows[i]["label"] == "opinion" else 1.0)
        for i in open_idx
    ]
    return fit(xs, ys, ws, lam)


def decide(rows, names, w, i):
    """The kind of page i: the rule's, else the model's."""
    f = rows[i]["features"]
    return rows[i]["rule"] or KINDS[predict(w, [f[n] for n in names], f.get("interview", 0.0) > 0.5)]


def cross_validate(rows, names, idx, lam, opw, k=FOLDS):
    """Held-out kinds for `idx`, k folds grouped by site, and the held-out log-loss (per page the
    model decides, weighted as in training)."""
    fold_of = folds_by_site([rows[i] for i in idx], k)
    got, loss, weight = {}, 0.0, 0.0
    for f in range(k):
        test = [i for j, i in enumerate(idx) if fold_of[j] == f]
        w = train(rows, names, [i for j, i in enumerate(idx) if fold_of[j] != f], lam, opw)
        for i in test:
            got[i] = decide(rows, names, w, i)
            if rows[i]["rule"] is None:
                x = [1.0] + [rows[i]["features"][n] for n in names]
                p = softmax([sum(wj * xj for wj, xj in zip(wa, x)) for wa in w])
                sw = 1.0 if rows[i]["sure"] else UNSURE_WEIGHT
                loss -= sw * math.log(max(p[KINDS.index(rows[i]["label"])], 1e-12))
                weight += sw
    return got, loss / max(weight, 1e-12)


def select(rows, names, idx, log=False):
    """(lambda, opinion weight), by grouped cross-validation on `idx`: for each opinion weight the
    L2 penalty with the smallest held-out log-loss (a proper score, steadier than F1); then the
    opinion weight whose held-out opinion claims come closest in number to the opinion labels, so
    that precision and recall come out about equal (precision matters as much as recall). Ties:
    the weight whose held-out opinion claims are right more often, then the smaller weight, then
    the stronger penalty."""
    best, best_key = None, None
    for opw in OPINION_WEIGHTS:
        lam_best, loss_best, got_best = None, None, None
        for lam in LAMBDAS:
            got, loss = cross_validate(rows, names, idx, lam, opw)
            if loss_best is None or loss < loss_best - 1e-9:
                lam_best, loss_best, got_best = lam, loss, got
        f = figures([(rows[i]["label"], got_best[i]) for i in idx])
        if log:
            print(
                f"  opinion weight {opw:<4} lambda {lam_best:<4} log-loss {loss_best:.4f}  accuracy {f['accuracy']:.3f}"
                f"  opinion claimed {f['claimed']} of {f['actual']}  P {f['precision']:.2f}  R {f['recall']:.2f}"
            )
        # Equally far from the labels' count: the one that finds more of them right (its
        # held-out true opinions), then the smaller weight.
        key = (abs(f["claimed"] - f["actual"]), -f["tp"], opw)
        if best_key is None or key < best_key:
            best, best_key = (lam_best, opw), key
    return best


def rust_feature_order():
    """The names of kind.rs's FEATURES, in its order (the order of the weights)."""
    src = open(KIND_RS, encoding="utf-8").read()
    body = re.search(r"pub const FEATURES: \[&str; FEATURE_COUNT\] = \[(.*?)\];", src, flags=re.S).group(1)
    return re.findall(r'"([a-z_]+)"', body)


def rust_block(w, names, note):
    fmt = lambda v: f"{v:.4f}"
    out = ["// @generated-weights-begin", f"// {note}"]
    allow = '#[allow(clippy::approx_constant, reason = "fitted weights, not the constants they may round to")]'
    out.append("/// Intercepts of the model, per [`KINDS`].")
    out.append(allow)
    out.append(f"const MODEL_BIAS: [f64; 3] = [{', '.join(fmt(wa[0]) for wa in w)}];")
    out.append("/// Weights of the model, per [`KINDS`] and [`FEATURES`].")
    out.append("#[rustfmt::skip]")
    # A fitted weight may round to a mathematical constant (0.6931 ~ ln 2): it is none.
    out.append(allow)
    out.append("const MODEL_WEIGHTS: [[f64; FEATURE_COUNT]; 3] = [")
    for kind, wa in zip(KINDS, w):
        out.append(f"    // {kind}")
        out.append("    [")
        for n, v in zip(names, wa[1:]):
            out.append(f"        {fmt(v)}, // {n}")
        out.append("    ],")
    out.append("];")
    out.append("// @generated-weights-end")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", help="JSON lines from `colonnade eval extract --features`")
    ap.add_argument("--drop", default="", help="comma-separated features to leave out (for ablations)")
    ap.add_argument("--write", action="store_true", help="write the fitted weights into kind.rs")
    args = ap.parse_args()
    rows = load(args.files)
    order = rust_feature_order()
    if set(order) != set(rows[0]["features"]):
        sys.exit("fit.py: the features in the files are not kind.rs's FEATURES: dump them again")
    names = [n for n in order if n not in set(filter(None, args.drop.split(",")))]
    every = list(range(len(rows)))
    corpora = sorted({corpus_name(r) for r in rows})
    by = lambda got, idx=every: {
        c: [(rows[i]["label"], got[i]) for i in idx if corpus_name(rows[i]) == c] for c in corpora
    } | {"(pooled)": [(rows[i]["label"], got[i]) for i in idx]}

    open_count = sum(1 for r in rows if r["rule"] is None)
    print(f"{len(rows)} labelled pages, {len(rows) - open_count} settled by the rules, {open_count} left to the model")
    show("as the binary decides now (column `got`)", by({i: rows[i]["got"] for i in every}))

    print("hyperparameters, chosen by grouped cross-validation on every page:")
    lam, opw = select(rows, names, every, log=True)
    w = train(rows, names, every, lam, opw)
    in_sample = {i: decide(rows, names, w, i) for i in every}
    show(f"in-sample (lambda {lam}, opinion weight {opw})", by(in_sample))
    agree = sum(1 for i in every if in_sample[i] == rows[i]["got"])
    print(f"  (the binary agrees on {agree} of {len(rows)} pages: on all once these weights are in kind.rs)")

    # Nested: each outer fold chooses its own penalty on its training pages only.
    fold_of = folds_by_site(rows, FOLDS)
    held, held_p = {}, {}
    for f in range(FOLDS):
        train_idx = [i for i in every if fold_of[i] != f]
        wf = train(rows, names, train_idx, *select(rows, names, train_idx))
        for i in every:
            if fold_of[i] == f:
                held[i] = decide(rows, names, wf, i)
                held_p[i] = page_probabilities(rows, names, wf, i)
    show(f"{FOLDS}-fold cross-validated, grouped by site (nested: hyperparameters chosen inside each fold)", by(held))
    show_scores(f"  the same, held-out probabilities:", rows, every, corpora, held_p)
    loco, loco_p = {}, {}
    for c in corpora:
        train_idx = [i for i in every if corpus_name(rows[i]) != c]
        wc = train(rows, names, train_idx, *select(rows, names, train_idx))
        for i in every:
            if corpus_name(rows[i]) == c:
                loco[i] = decide(rows, names, wc, i)
                loco_p[i] = page_probabilities(rows, names, wc, i)
    show("leave-one-corpus-out (fitted on the other corpora)", by(loco))
    show_scores("  the same, held-out probabilities:", rows, every, corpora, loco_p)

    note = f"lambda {lam}, opinion weight {opw}; {len(rows)} labelled pages, {open_count} left to the model."
    block = rust_block(w, names, note)
    print()
    print(block)
    if args.write:
        if len(names) != len(order):
            sys.exit("fit.py: --write needs every feature (no --drop)")
        src = open(KIND_RS, encoding="utf-8").read()
        new = re.sub(r"// @generated-weights-begin.*?// @generated-weights-end", lambda _: block, src, flags=re.S)
        open(KIND_RS, "w", encoding="utf-8").write(new)
        print(f"\nwritten into {os.path.normpath(KIND_RS)}")


if __name__ == "__main__":
    main()
