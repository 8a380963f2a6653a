"""Article splitting, date tokens and zones in plain text (lapwing.articles)."""

from __future__ import annotations

import pytest

from lapwing.articles import articles_from_text, find_zones, split_articles
from lapwing.records import CODED_ZONES, Zone

SINGLE = """Rockets strike base near Baghdad

BAGHDAD — Three rockets struck a military base near the capital on Tuesday, officials said.

Photo: Smoke rises over the base on Tuesday.
Image credit: Staff photographer/Getty Images

Security response

Police sealed off the area.

The ministry said the attack caused no casualties and that an inquiry was under way.

Short paragraph here

Another paragraph follows the short one, as paragraphs do.

Read more at example.org
More about: Iraq, Baghdad"""


def glued(*articles: str) -> str:
    return "\n\n".join(articles)


def article(title: str, date: str, town: str) -> str:
    return (
        f"{title}\n"
        f"date {date} {town} — Officials said the incident happened early in the morning.\n\n"
        "Witnesses described heavy gunfire lasting for about an hour.\n\n"
        "Read more at example.org/news\n"
        f"More about: {town}"
    )


def kinds(text: str) -> list[tuple[str, str]]:
    """Each zone as (kind, its text without the trailing line breaks)."""
    return [(z.kind, text[z.start : z.end].rstrip("\n")) for z in find_zones(text)]


def test_single_article_stays_one_with_subheads_and_short_paragraphs() -> None:
    articles = articles_from_text(SINGLE)
    assert len(articles) == 1
    assert articles[0].title == "Rockets strike base near Baghdad"
    assert articles[0].text == SINGLE
    assert articles[0].date is None


def test_glued_articles_with_trailers_split_with_titles_and_dates() -> None:
    text = glued(
        article("Rockets strike base near Baghdad", "2025-03-04", "BAGHDAD"),
        article("Clashes erupt on the border", "2025-03-05", "ERBIL"),
        article("Ceasefire talks resume in Cairo", "2025-03-06", "CAIRO"),
        article("Drone downed over the north", "2025-03-07", "MOSUL"),
    )
    articles = articles_from_text(text)
    assert [a.title for a in articles] == [
        "Rockets strike base near Baghdad",
        "Clashes erupt on the border",
        "Ceasefire talks resume in Cairo",
        "Drone downed over the north",
    ]
    assert [a.date for a in articles] == ["2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07"]
    assert [a.line for a in articles] == [1, 9, 17, 25]
    assert all("date 2025" not in a.text for a in articles)
    assert articles[1].text.splitlines()[1].startswith("ERBIL — Officials said")


def test_title_after_trailer_without_date_token_starts_an_article() -> None:
    text = SINGLE + "\n\nSecond story headline\n\nIts first paragraph tells what happened."
    articles = articles_from_text(text)
    assert [a.title for a in articles] == [
        "Rockets strike base near Baghdad", "Second story headline"]
    assert articles[0].text == SINGLE


def test_byline_and_date_lines_do_not_hide_the_next_title() -> None:
    second_story = "Second story headline\nBy Jane Roe\nMarch 3, 2025\n\nWhat happened, at length."
    text = f"{SINGLE}\n\n{second_story}"
    first, second = articles_from_text(text)
    assert first.text == SINGLE
    assert second.title == "Second story headline"
    assert [z.kind for z in second.zones] == ["title", "body"]


def test_quoted_sentence_is_not_a_title() -> None:
    text = 'He said: "We will respond."\nThe ministry gave no details.'
    assert [z.kind for z in find_zones(text)] == ["body"]


def test_related_headlines_after_trailer_stay_in_the_trailer() -> None:
    text = (
        "Talks stall in Doha\n\nNegotiators left without a deal on Monday.\n\n"
        "Related:\nDrone attack in Erbil\nMinister visits Ankara"
    )
    articles = articles_from_text(text)
    assert len(articles) == 1
    assert kinds(articles[0].text)[-1] == (
        "trailer", "Related:\nDrone attack in Erbil\nMinister visits Ankara")


@pytest.mark.parametrize("separator", ["---", "***", "* * *", "===", "#####"])
def test_separator_lines_split_and_belong_to_no_article(separator: str) -> None:
    text = f"First report.\n{separator}\nSecond report of the day.\n\n{separator}\n\nThird."
    articles = articles_from_text(text)
    assert [a.text for a in articles] == [
        "First report.", "Second report of the day.", "Third."]
    assert [a.line for a in articles] == [1, 3, 7]


def test_markdown_heading_is_not_a_separator() -> None:
    assert len(split_articles("### Heading\nBody text of the article.")) == 1


def test_date_token_on_first_line_is_removed_and_returned() -> None:
    (only,) = articles_from_text("  date 2025-03-04 BAGHDAD (Reuters) — Rockets hit a base.")
    assert only.date == "2025-03-04"
    assert only.text == "BAGHDAD (Reuters) — Rockets hit a base."
    assert only.title is None


def test_date_token_line_after_title_is_removed_with_its_line() -> None:
    (only,) = articles_from_text("Rockets hit base\ndate 2025-03-04\nRockets hit a base.")
    assert (only.title, only.date) == ("Rockets hit base", "2025-03-04")
    assert only.text == "Rockets hit base\nRockets hit a base."
    assert [z.kind for z in only.zones] == ["title", "body"]


def test_broken_date_token_is_removed_and_passed_on_raw() -> None:
    (only,) = articles_from_text("date 2024-13-45 Gunmen attacked a checkpoint, the army said.")
    assert only.date == "2024-13-45"
    assert only.text == "Gunmen attacked a checkpoint, the army said."


@pytest.mark.parametrize("text", [
    "Date palms burned in the clashes near Basra, farmers said.",
    "Date 2025-03-04 was set for the vote, officials said.",
])
def test_capitalised_date_is_prose(text: str) -> None:
    (only,) = articles_from_text(text)
    assert only.date is None
    assert only.text == text


def test_date_token_later_in_the_body_is_left_alone() -> None:
    text = "Officials met on Monday.\ndate 2025-01-01 appears here for no reason."
    (only,) = articles_from_text(text)
    assert only.date is None
    assert only.text == text


def test_zones_mark_captions_credits_and_trailers() -> None:
    assert kinds(SINGLE) == [
        ("title", "Rockets strike base near Baghdad"),
        ("body", SINGLE.split("\n\n")[1]),
        ("caption", "Photo: Smoke rises over the base on Tuesday."),
        ("credit", "Image credit: Staff photographer/Getty Images"),
        ("body", "\n\n".join(SINGLE.split("\n\n")[3:8])),
        ("trailer", "Read more at example.org\nMore about: Iraq, Baghdad"),
    ]
    coded = [z.kind for z in find_zones(SINGLE) if z.kind in CODED_ZONES]
    assert coded == ["body", "body"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Caption: Fighters gather at dawn", "caption"),
        ("File photo of the port in 2019", "caption"),
        ("(Photo: Ministry of Defence)", "caption"),
        ("[Photo] The convoy on the highway", "caption"),
        ("Residents inspect the damage in Gaza City. (AFP)", "caption"),
        ("A boy walks past the rubble (Reuters/Jane Roe)", "caption"),
        ("Soldiers patrol the market. AP Photo/John Doe", "caption"),
        ("Photograph: Jane Roe", "credit"),
        ("Credit: Ministry handout", "credit"),
        ("Share this article", "trailer"),
        ("Follow us on social media", "trailer"),
        ("Subscribe to our newsletter", "trailer"),
        ("Sign up for alerts", "trailer"),
        ("Tags: Iraq, Syria", "trailer"),
        ("© 2025 Example News", "trailer"),
        ("Copyright Example Media Group", "trailer"),
        ("(Reporting by Ann Smith; Editing by Bob Jones)", "trailer"),
        ("Writing by Ann Smith", "trailer"),
        ("See also: the earlier report", "trailer"),
    ],
)
def test_line_kinds(line: str, kind: str) -> None:
    text = f"Officials reported the attack on Tuesday.\n{line}"
    assert kinds(text)[-1] == (kind, line)


def test_long_paragraph_ending_in_agency_tag_stays_body() -> None:
    paragraph = " ".join(["Officials said the attack killed several people."] * 6) + " (AFP)"
    assert kinds(f"Opening paragraph of the story.\n{paragraph}") == [
        ("body", f"Opening paragraph of the story.\n{paragraph}")]


def test_zones_cover_the_text_contiguously_and_shift_by_start() -> None:
    zones = find_zones(SINGLE, start=100)
    assert zones[0].start == 100
    assert zones[-1].end == 100 + len(SINGLE)
    assert all(a.end == b.start for a, b in zip(zones, zones[1:]))
    for zone in zones:
        assert SINGLE[zone.start - 100] not in " \n"


def test_zones_index_the_stored_text_after_the_date_token_is_removed() -> None:
    text = glued(
        article("Rockets strike base near Baghdad", "2025-03-04", "BAGHDAD"),
        "Checkpoint attacked in the north\n"
        "date 2025-03-09 Gunmen attacked a post, police said.\n"
        "Photo: Smoke over the post",
    )
    first, second = articles_from_text(text)
    assert [(z.kind, second.text[z.start : z.end].rstrip("\n")) for z in second.zones] == [
        ("title", "Checkpoint attacked in the north"),
        ("body", "Gunmen attacked a post, police said."),
        ("caption", "Photo: Smoke over the post"),
    ]
    for piece in (first, second):
        assert "".join(piece.text[z.start : z.end] for z in piece.zones) == piece.text


def test_one_line_text_is_body_not_title() -> None:
    assert find_zones("Rockets hit base") == [Zone(0, 16, "body")]


def test_empty_text_has_no_zones_and_no_articles() -> None:
    assert find_zones("") == []
    assert articles_from_text("") == []
    assert articles_from_text("---\n\n***") == []
