"""Benchmark: CPU time per request of the public pages, as a ratio to a plain page.

Run with `make bench`. CPU time (process time, the median of ROUNDS after warm-up) is the
cost a crowd multiplies, free of what else the machine is doing. Times are printed; the
ratios the article must keep to a plain page, and the size of a long thread, are asserted.
"""

import gc
import statistics
import time

import pytest
from django.core.management import call_command
from django.test import Client

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage, ArticlePage
from comments.models import Comment
from home.models import StandardPage

ROUNDS = 20
WARM_UP = 5


def cpu_ms(client, urls):
    """Median CPU milliseconds of one anonymous request for each of `urls`, after warm-up,
    measured in turns (one of each, then again) so that a slow spell of the machine falls
    on every page alike and the ratios hold."""
    for url in urls:
        for _ in range(WARM_UP):
            assert client.get(url).status_code == 200, url
    samples = {url: [] for url in urls}
    for _ in range(ROUNDS):
        for url in urls:
            # As timeit does: a collection of what earlier pages left would land on this one.
            gc.collect()
            gc.disable()
            start = time.process_time()
            client.get(url)
            samples[url].append((time.process_time() - start) * 1000)
            gc.enable()
    return {url: statistics.median(times) for url, times in samples.items()}


def with_comments(count, slug):
    """A published article with `count` approved comments, one in five a reply."""
    article = ArticlePageFactory(
        parent=ArticleIndexPage.objects.get(), slug=slug, title=f"An article with {count}"
    )
    parents = []
    for n in range(count):
        parent = parents[-1] if parents and n % 5 == 4 else None
        comment = Comment.objects.create(
            page=article,
            parent=parent,
            author_name=f"Reader {n}",
            author_email=f"reader{n}@example.com",
            body=f"Thank you for this, comment {n}. It helped on a hard week: www.example.org",
            status=Comment.Status.APPROVED,
        )
        if parent is None:
            parents.append(comment)
    return article


@pytest.fixture
def site(db):
    call_command("seed_demo", stdout=None)
    return {
        "robots.txt": "/robots.txt",
        "plain page": StandardPage.objects.live().first().url,
        "home": "/",
        "article index": "/articles/",
        "article, 0 comments": with_comments(0, "none").url,
        "article, 50 comments": with_comments(50, "fifty").url,
        "article, 500 comments": with_comments(500, "five-hundred").url,
    }


def test_cpu_per_request(site, capsys):
    reader = Client()
    medians = cpu_ms(reader, list(site.values()))
    costs = {name: medians[url] for name, url in site.items()}
    sizes = {name: len(reader.get(url).content) for name, url in site.items()}
    plain = costs["plain page"]
    with capsys.disabled():
        print(f"\n{'page':<24}{'CPU ms':>8}{'× plain':>9}{'KB':>8}")
        for name, cost in costs.items():
            print(f"{name:<24}{cost:>8.1f}{cost / plain:>9.2f}{sizes[name] / 1024:>8.0f}")
    assert costs["article, 50 comments"] <= 1.4 * plain
    assert costs["article, 500 comments"] <= 1.5 * costs["article, 50 comments"]
    assert sizes["article, 500 comments"] <= 150 * 1024
    assert ArticlePage.objects.live().count() >= 9
