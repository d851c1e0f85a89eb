"""A season that runs over New Year, read with no upper date, must not crash the check."""

from datetime import date

from factcheck.article import Article
from factcheck.pipeline import check_article


def test_a_winter_in_the_sentence_does_not_cost_the_claims_their_check():
    # 'winter' runs December to February; read against the open-ended date.max it once ended
    # in the year 10000 and the check of every claim in the sentence failed.
    text = ("In the deepest frost of the winter, Russia launched 120 missiles and 90 drones at the "
            "power grid, the air force said.")
    report = check_article(Article(text=text, published=date(2024, 11, 17)))
    assert len(report["claims"]) == 2
    for claim in report["claims"]:
        assert "could not be checked" not in claim["explanation"], claim["explanation"]
        assert claim["evidence"], claim["text"]
