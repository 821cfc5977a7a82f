#!/usr/bin/env python3
"""Speed and output of a Python article extractor on a folder of pages.

    python run_python.py EXTRACTOR PAGES_DIR OUT.jsonl [--seconds 10] [--urls]

EXTRACTOR: trafilatura | resiliparse | readability-lxml.
Pages are read into memory first (not timed). One warm-up pass, whose output is
written to OUT.jsonl, then full passes until the summed extraction time reaches
--seconds. Only the extraction (bytes in -> text and metadata out) is timed;
single thread, pages in order. Prints pages/s and peak RSS.

--urls gives each page its URL, as `colonnade eval extract` does: read from the
corpus around PAGES_DIR (`expected/<case>.json` key "url", else `urls.json` at
the corpus root, file name or case name -> URL). trafilatura uses it for its
metadata (date, site); readability-lxml for links only; Resiliparse ignores it.
"""
import argparse
import json
import resource
import sys
import time
from pathlib import Path


def trafilatura_extractor():
    from trafilatura import bare_extraction

    def run(html: bytes, url=None):
        doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False)
        if doc is None:
            return {"text": None}
        return {
            "text": doc.text,
            "title": doc.title,
            "authors": doc.author.split("; ") if doc.author else None,
            "published": doc.date,
        }

    return run


def resiliparse_extractor():
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(html: bytes, url=None):
        tree = HTMLTree.parse(bytes_to_str(html, detect_encoding(html)))
        return {"text": extract_plain_text(tree, main_content=True), "title": tree.title or None}

    return run


# Elements after which readability-lxml's HTML gets a line break, so the text
# has one block per paragraph (text_content() alone glues "a</p><p>b" into "ab").
BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
          "br", "pre", "blockquote", "figcaption", "dt", "dd", "table", "ul", "ol"}


def readability_lxml_extractor():
    import lxml.html
    from readability import Document

    def run(html: bytes, url=None):
        doc = Document(html, url=url)
        root = lxml.html.fromstring(doc.summary())
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag in BLOCKS:
                el.tail = "\n" + (el.tail or "")
        return {"text": root.text_content(), "title": doc.short_title() or None}

    return run


EXTRACTORS = {
    "trafilatura": trafilatura_extractor,
    "resiliparse": resiliparse_extractor,
    "readability-lxml": readability_lxml_extractor,
}


def corpus_urls(pages_dir: Path) -> dict:
    """Page file name -> URL, from the corpus folder that holds PAGES_DIR."""
    root = pages_dir.resolve().parent
    urls = {}
    if (root / "urls.json").is_file():
        for k, v in json.loads((root / "urls.json").read_text(encoding="utf-8")).items():
            urls[k if k.endswith((".html", ".htm")) else k + ".html"] = v
    for p in pages_dir.glob("*.html"):
        meta = root / "expected" / (p.stem + ".json")
        if meta.is_file():
            url = json.loads(meta.read_text(encoding="utf-8")).get("url")
            if url:
                urls[p.name] = url
    return urls


def one_pass(run, pages, results=None, urls=None):
    """Extracts every page once; returns the summed extraction seconds."""
    urls = urls or {}
    total = 0.0
    for name, html in pages:
        url = urls.get(name)
        t0 = time.perf_counter()
        try:
            out = run(html, url)
        except Exception as e:  # one bad page must not stop the run
            out = {"error": f"{type(e).__name__}: {e}"}
        total += time.perf_counter() - t0
        if results is not None:
            results.append({"file": name, **out})
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("extractor", choices=EXTRACTORS)
    ap.add_argument("pages", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--urls", action="store_true", help="give each page its URL from the corpus")
    args = ap.parse_args()

    run = EXTRACTORS[args.extractor]()
    pages = [(p.name, p.read_bytes()) for p in sorted(args.pages.glob("*.html"))]

    urls = corpus_urls(args.pages) if args.urls else {}
    if args.urls:
        print(f"{args.extractor}: URLs for {sum(n in urls for n, _ in pages)} of {len(pages)} pages")
    results = []
    warm = one_pass(run, pages, results, urls)
    with args.out.open("w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    secs, passes = 0.0, 0
    while secs < args.seconds or passes == 0:
        secs += one_pass(run, pages, urls=urls)
        passes += 1
    n = len(pages) * passes
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # Linux: KB
    errors = sum("error" in r for r in results)
    print(f"{args.extractor}: {len(pages)} pages, warm-up pass {len(pages) / warm:.1f} pages/s; "
          f"measured {passes} passes, {n} pages in {secs:.2f} s extraction time")
    print(f"SUMMARY extractor={args.extractor} pages={n} pages_per_s={n / secs:.1f} "
          f"peak_rss_mb={rss_mb:.1f} errors={errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
